import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { forbiddenRepos, isForbidden, silverTestPaths } from '../../scripts/corpus/hold-out.ts';
import { SPLITTERS, englishShare } from '../../scripts/corpus/splitters.ts';
import { detokenize, detokenizeLine } from '../../scripts/corpus/detokenize.ts';
import { foldOf } from '../../utils/glossary-eval/folds.ts';

const root = join(__dirname, '..', '..');

describe('mining hold-out', () => {
  it('holds out exactly the silver test fold of magizbox/scraper, and nothing of other repositories', () => {
    const held = silverTestPaths('magizbox/scraper', root);
    expect(held.size).toBeGreaterThan(100);
    for (const p of held) expect(foldOf(`magizbox/scraper:${p}`)).toBe('test');
    expect(silverTestPaths('undertheseanlp/resources', root).size).toBe(0);
  });
  it('refuses the real evaluation pages\' repositories and the reserved sources', () => {
    const repos = forbiddenRepos(root);
    expect(repos).toContain('JayBMF/eNewsWebApp');
    expect(isForbidden('flairNLP/fundus', root)).toBe(true);
    expect(isForbidden('lythinhsunrise/anything', root)).toBe(true);
    expect(isForbidden('magizbox/scraper', root)).toBe(false);
  });
});

describe('corpus splitters', () => {
  it('splits Reuters SGML into one article per element, entities decoded', () => {
    const sgml = '<REUTERS NEWID="7"><TEXT><TITLE>A &amp; B</TITLE><BODY>The Federal Reserve (Fed)\nsaid.\n Reuter\n&#3;</BODY></TEXT></REUTERS>';
    const [[name, text]] = SPLITTERS['reuters-sgm'](Buffer.from(sgml, 'latin1'), 'reut2-000.sgm');
    expect(name).toBe('7.txt');
    expect(text.startsWith('A & B\nThe Federal Reserve (Fed) said.')).toBe(true);
  });
  it('keeps WCXB pages typed article and written in English', () => {
    const body = 'The Food and Drug Administration (FDA) said on Monday that it is reviewing the rules for the sale of the drug in the country. '.repeat(6);
    const page = (type: string, text: string) => Buffer.from(JSON.stringify({ file_id: '0042', _internal: { page_type: { primary: type } }, ground_truth: { title: 'T', main_content: text } }));
    expect(SPLITTERS['wcxb-json'](page('article', body), 'dev/ground-truth/0042.json')).toEqual([['dev-0042.txt', 'T\n' + body]]);
    expect(SPLITTERS['wcxb-json'](page('product', body), 'dev/ground-truth/0042.json')).toEqual([]);
    const german = 'Die Bundesregierung hat am Montag die neuen Regeln für den Verkauf des Medikaments im Land vorgestellt. '.repeat(8);
    expect(englishShare(german)).toBeLessThan(0.05);
    expect(SPLITTERS['wcxb-json'](page('article', german), 'dev/ground-truth/0042.json')).toEqual([]);
  });
  it('re-joins word-segmented Vietnamese (VietNews) the way the press writes it', () => {
    expect(detokenizeLine('Sáng 25/2 , Ủy_ban nhân_dân ( UBND ) tỉnh họp .')).toBe('Sáng 25/2, Ủy ban nhân dân (UBND) tỉnh họp.');
    expect(detokenizeLine('Sở NN & PTNT và Sở TN - MT , Sở GD & ĐT - KH')).toBe('Sở NN&PTNT và Sở TN-MT, Sở GD&ĐT-KH');
    expect(detokenizeLine('Bà_Rịa - Vũng_Tàu , lời “ nổ ” này , 3,2 tỷ đồng …')).toBe('Bà Rịa - Vũng Tàu, lời “nổ” này, 3,2 tỷ đồng…');
    const [[name, text]] = SPLITTERS['vi-word-segmented'](Buffer.from('Tiêu_đề\n\nTóm_tắt ( TT ) .\n'), 'data/train_tokenized/000042.txt.seg');
    expect(name).toBe('train-000042.txt');
    expect(text).toBe(detokenize('Tiêu_đề\n\nTóm_tắt ( TT ) .\n'));
    expect(text).toBe('Tiêu đề\n\nTóm tắt (TT).\n');
  });
});
