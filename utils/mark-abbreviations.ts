import type { GlossaryEntry } from './glossary/index';

const SKIP = new Set(['ABBR', 'CODE', 'PRE', 'SCRIPT', 'STYLE', 'TEXTAREA']);

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** All written forms of an entry (the engine may report variants such as GD-ĐT beside GD&ĐT). */
function formsOf(entry: GlossaryEntry): string[] {
  const variants = (entry as GlossaryEntry & { variants?: string[] }).variants ?? [];
  return [...new Set([entry.abbr, ...variants])];
}

/**
 * Wrap every use of a glossary abbreviation under `root` in <abbr title="expansion">.
 * Text is only split and wrapped, never reparsed, so nothing in it can become markup.
 * The pattern is an alternation of literals with look-arounds: no catastrophic backtracking.
 */
export interface MarkOptions {
  /** Write the expansion after the first use: "UBND (Ủy ban nhân dân)". */
  spellOutFirstUse?: boolean;
}

export function markAbbreviations(root: Element, entries: GlossaryEntry[], options: MarkOptions = {}): number {
  const byForm = new Map<string, GlossaryEntry>();
  for (const entry of entries) if (entry.expansion) for (const form of formsOf(entry)) byForm.set(form, entry);
  if (byForm.size === 0) return 0;
  const forms = [...byForm.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${forms.join('|')})(?![\\p{L}\\p{N}])`, 'gu');

  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const textNodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.parentElement?.closest('abbr, code, pre') && !SKIP.has(node.parentElement?.tagName ?? '')) {
      textNodes.push(node as Text);
    }
  }
  let marked = 0;
  const spelledOut = new Set<GlossaryEntry>();
  for (const node of textNodes) {
    const text = node.data;
    pattern.lastIndex = 0;
    let last = 0;
    const parts: (string | HTMLElement)[] = [];
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      const entry = byForm.get(match[0])!;
      const abbr = doc.createElement('abbr');
      abbr.textContent = match[0];
      abbr.title = entry.expansion!;
      abbr.dataset.source = entry.source;
      // Focusable, so keyboard readers reach the meaning popover too.
      abbr.tabIndex = 0;
      parts.push(text.slice(last, match.index), abbr);
      if (options.spellOutFirstUse && !spelledOut.has(entry)) {
        spelledOut.add(entry);
        parts.push(` (${entry.expansion})`);
      }
      last = match.index + match[0].length;
      marked++;
    }
    if (parts.length === 0) continue;
    parts.push(text.slice(last));
    node.replaceWith(...parts.filter((part) => part !== ''));
  }
  return marked;
}
