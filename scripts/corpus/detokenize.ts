/**
 * Word-segmented Vietnamese (VnCoreNLP / pyvi style, as in the VietNews summarisation corpus) back to running text:
 * syllables of a word are joined by `_` ("Ủy_ban nhân_dân") and every punctuation mark stands apart ("( UBND ) ,").
 * The miner reads definitions such as "Ủy ban nhân dân (UBND)" and forms such as "NN&PTNT", so the words are split
 * again and the marks re-attached the way the press writes them.
 */
const CAPS = '[A-ZĐ][A-ZĐ0-9]{0,7}';
// a code split by the tokenizer: "NN & PTNT", "TN - MT", "CV / TW" (capitals on both sides only: "Bà Rịa - Vũng Tàu" stays)
const SPLIT_CODE = new RegExp(`(?<![\\p{L}\\p{N}])(${CAPS}) ([&/-]) (?=${CAPS}(?![\\p{L}\\p{N}]))`, 'gu');

export function detokenizeLine(line: string): string {
  let s = line.replace(/_/g, ' ').replace(/[ \t]+/g, ' ').trim();
  s = s.replace(/ ([,.;:!?%)\]…])/g, '$1'); // no space before a closing mark
  s = s.replace(/([([]) /g, '$1'); // none after an opening one
  s = s.replace(/“ /g, '“').replace(/ ”/g, '”');
  for (let i = 0; i < 3; i++) s = s.replace(SPLIT_CODE, '$1$2'); // chains: "GD & ĐT - KH"
  return s;
}

/** The whole file: line by line, blank lines kept (they separate title, summary and body). */
export function detokenize(text: string): string {
  return text.split(/\r?\n/).map(detokenizeLine).join('\n');
}
