import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { HIGHLIGHT_COLORS } from '../../utils/library/highlight-schema';

const root = resolve(__dirname, '../..');
const catalogue = (lang: string) =>
  JSON.parse(readFileSync(join(root, 'public/_locales', lang, 'messages.json'), 'utf8')) as Record<string, { message: string }>;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) && !name.endsWith('.test.ts') ? [path] : [];
  });
}

/**
 * Keys the code builds from a template, each with every key it can build. A key built with no
 * entry here fails the test below, so a new one is listed (and so checked) when it is written.
 */
const BUILT_KEYS: Record<string, string[]> = {
  'color_${color}': HIGHLIGHT_COLORS.map((c) => `color_${c}`),
};
/**
 * t(variable) calls, read by hand: abbr-popover's `sourceKey` is a SOURCE_KEYS value; domainLabel's
 * `key` (domain_…) is optional, the dictionary's own domain tag shows when there is no name for it.
 */
const KEY_VARIABLES = new Set(['abbr-popover.ts: sourceKey', 'NotebookFilters.tsx: key']);

/** The first argument of every t(…) call in `source` (a function named t being declared is skipped). */
function firstArguments(source: string): string[] {
  const out: string[] = [];
  for (const call of source.matchAll(/(?<![\w.$])t\(/g)) {
    if (/function\s+$/.test(source.slice(Math.max(0, call.index - 10), call.index))) continue;
    let depth = 0;
    let quote: string | null = null;
    let i = call.index + 2;
    for (; i < source.length; i++) {
      const c = source[i];
      if (quote) {
        if (c === '\\') i++;
        else if (c === quote) quote = null;
      } else if (c === "'" || c === '"' || c === '`') quote = c;
      else if ('([{'.includes(c)) depth++;
      else if (')]}'.includes(c) && depth-- === 0) break;
      else if (c === ',' && depth === 0) break;
    }
    out.push(source.slice(call.index + 2, i).trim());
  }
  return out;
}

/** Every key the UI code asks for: literal keys (also inside conditions), `*_KEYS` maps' values, built keys, manifest __MSG_s. */
function keysInUse(): { keys: Set<string>; unknown: string[] } {
  const keys = new Set<string>();
  const unknown: string[] = [];
  for (const file of ['components', 'entrypoints', 'hooks', 'utils'].flatMap((dir) => sourceFiles(join(root, dir)))) {
    const source = readFileSync(file, 'utf8');
    const name = file.split('/').pop()!;
    for (const arg of firstArguments(source)) {
      // String literals in the argument, but not those it compares with (mark === 'known' ? …).
      const literals = [...arg.matchAll(/(?<![=!]==\s*)'([A-Za-z0-9_]+)'(?!\s*[=!]==)/g)].map((m) => m[1]);
      literals.forEach((k) => keys.add(k));
      if (arg.startsWith('`')) {
        const built = BUILT_KEYS[arg.slice(1, -1)];
        if (!built) unknown.push(`${name}: ${arg}`);
        else built.forEach((k) => keys.add(k));
      } else if (!literals.length && !/^[A-Z_]+_KEYS\[/.test(arg) && !KEY_VARIABLES.has(`${name}: ${arg}`)) unknown.push(`${name}: ${arg}`);
    }
    for (const map of source.matchAll(/const [A-Z_]+_KEYS\b[^=]*=\s*\{([^}]*)\}/g)) {
      for (const value of map[1].matchAll(/:\s*'([A-Za-z0-9_]+)'/g)) keys.add(value[1]);
    }
    for (const match of source.matchAll(/__MSG_([A-Za-z0-9_]+)__/g)) keys.add(match[1]);
  }
  return { keys, unknown };
}

describe('UI strings', () => {
  const en = catalogue('en');
  const vi = catalogue('vi');

  it('English and Vietnamese have the same keys, none empty', () => {
    expect(Object.keys(vi).sort()).toEqual(Object.keys(en).sort());
    for (const [key, value] of [...Object.entries(en), ...Object.entries(vi)]) {
      expect(value.message.trim(), key).not.toBe('');
    }
  });

  it('every key the code asks for exists in English and in Vietnamese', () => {
    const { keys, unknown } = keysInUse();
    expect(unknown, 'keys this test cannot read: list them in BUILT_KEYS or KEY_VARIABLES').toEqual([]);
    // The library, highlight, notebook and review pages' strings are among them.
    expect([...keys]).toEqual(expect.arrayContaining(['libraryTitle', 'sortRelevance', 'highlightNote', 'color_pink', 'notebookMarkedLearn', 'reviewEasy']));
    expect([...keys].filter((key) => !(key in en))).toEqual([]);
    expect([...keys].filter((key) => !(key in vi))).toEqual([]);
  });

  it('finds keys in conditions and key maps, and reports a key it cannot read', () => {
    expect(firstArguments("t(read ? 'markRead' : 'markUnread'); x.t('no'); function t(key: string) {} t(`x_${y}`, 1)"))
      .toEqual(["read ? 'markRead' : 'markUnread'", '`x_${y}`']);
    expect(firstArguments("t(mark === 'known' ? 'markedKnown' : 'unmarked', abbr)")).toEqual(["mark === 'known' ? 'markedKnown' : 'unmarked'"]);
  });

  it('Vietnamese is translated, with the same placeholders as English', () => {
    const same = Object.keys(en).filter((key) => vi[key].message === en[key].message);
    expect(same).toEqual(['extName', 'pixels', 'speedValue']); // a name and two units: the same in both
    const placeholders = (m: { message: string; placeholders?: object }) =>
      [...new Set([...m.message.matchAll(/\$([A-Za-z0-9_]+)\$/g)].map((p) => p[1].toLowerCase()))].sort();
    for (const key of Object.keys(en)) {
      expect(placeholders(vi[key]), key).toEqual(placeholders(en[key]));
      for (const name of placeholders(vi[key])) expect(Object.keys((vi[key] as { placeholders?: object }).placeholders ?? {}).map((p) => p.toLowerCase()), `${key}: $${name}$`).toContain(name);
    }
  });

  it('no component writes words straight into the UI', () => {
    const offenders: string[] = [];
    for (const file of ['components', 'entrypoints'].flatMap((dir) => sourceFiles(join(root, dir))).filter((f) => f.endsWith('.tsx'))) {
      const source = readFileSync(file, 'utf8');
      // JSX text between tags, and literal label-like attributes.
      for (const match of source.matchAll(/(?<!=)>([^<>{}();=&|*]*\p{L}{2,}[^<>{}();=&|*]*)</gu)) offenders.push(`${file}: ${match[1].trim()}`);
      for (const match of source.matchAll(/\b(?:aria-label|title|placeholder|alt)="([^"]*\p{L}{2,}[^"]*)"/gu)) offenders.push(`${file}: ${match[1]}`);
    }
    expect(offenders).toEqual([]);
  });
});
