import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { parseCsv } from './csv';
import { importPocketCsv, parsePocketCsv } from './import-pocket';
import { getAllArticles, saveArticle } from './store';

describe('parseCsv (RFC 4180)', () => {
  it('handles quotes, commas, doubled quotes and newlines in quotes', () => {
    const res = parseCsv('a,b,c\r\n"x, y","say ""hi""","multi\nline"\n1,,3\n');
    expect(res).toEqual({ ok: true, records: [
      { line: 1, fields: ['a', 'b', 'c'] },
      { line: 2, fields: ['x, y', 'say "hi"', 'multi\nline'] },
      { line: 4, fields: ['1', '', '3'] },
    ] });
  });
  it('handles BOM, no trailing newline, empty quoted fields', () => {
    expect(parseCsv('\uFEFFa,""\nb,c')).toEqual({ ok: true, records: [{ line: 1, fields: ['a', ''] }, { line: 2, fields: ['b', 'c'] }] });
  });
  it.each([
    ['a,b\n"open,c\n', 'line 2: unterminated quoted field'],
    ['a,b\nx"y,c\n', 'line 2: quote inside an unquoted field'],
    ['a,b\n"x"y,c\n', 'line 2: unexpected text after a closing quote'],
  ])('rejects %j', (text, error) => {
    expect(parseCsv(text)).toMatchObject({ ok: false, error });
  });
});

const HEADER = 'title,url,time_added,tags,status\n';

describe('Pocket import', () => {
  beforeEach(() => fakeBrowser.reset());

  it('turns rows into not-downloaded articles', async () => {
    const csv = `${HEADER}"Ủy ban, nhân dân",https://vnexpress.net/a.html?utm_source=pocket,1700000000,news|vn,unread\n`
      + `"Multi\nline ""title""",https://e.com/b,1600000000,,archive\n`
      + `,https://e.com/c#x,1500000000,,unread\n`
      + `dup,https://e.com/c,1500000001,,archive\n`;
    const res = await importPocketCsv(csv);
    expect(res).toEqual({ ok: true, report: { added: 3, updated: 0, skipped: 1 } });
    const all = await getAllArticles();
    expect(all.map((a) => a.title)).toEqual(['Ủy ban, nhân dân', 'Multi\nline "title"', 'https://e.com/c']);
    expect(all[0]).toMatchObject({
      url: 'https://vnexpress.net/a.html', status: 'not-downloaded', contentHtml: '', readState: 'unread',
      progress: 0, savedAt: 1700000000000, tags: ['news', 'vn'],
    });
    expect(all[1]).toMatchObject({ readState: 'read', progress: 1, tags: [] });
  });

  it('does not overwrite downloaded articles', async () => {
    const { article } = await saveArticle({ url: 'https://e.com/b', title: 'Real', contentHtml: '<p>x</p>', textContent: 'x' });
    const res = await importPocketCsv(`${HEADER}Old,https://e.com/b,1600000000,,archive\n`);
    expect(res).toEqual({ ok: true, report: { added: 0, updated: 0, skipped: 1 } });
    expect((await getAllArticles())[0]).toEqual(article);
  });

  it.each([
    ['', 'line 1: empty file'],
    ['title,url\nx,https://e.com\n', 'line 1: missing column "time_added"'],
    [`${HEADER}a,https://e.com/a,1,,unread\nb,https://e.com/b,2,unread\n`, 'line 3: expected 5 fields, found 4'],
    [`${HEADER}a,https://e.com/a,1,,unread\n"b\nc",notaurl,2,,unread\n`, 'line 3: url: not a URL'],
    [`${HEADER}a,https://e.com/a,yesterday,,unread\n`, 'line 2: time_added: not a Unix time'],
    [`${HEADER}a,https://e.com/a,1,,deleted\n`, 'line 2: status: expected "unread" or "archive"'],
    [`${HEADER}"a,https://e.com/a,1,,unread\n`, 'line 2: unterminated quoted field'],
  ])('malformed file %# → error with line number, nothing changes', async (csv, error) => {
    await saveArticle({ url: 'https://e.com/keep', title: 'Keep', contentHtml: '', textContent: '' });
    const before = await fakeBrowser.storage.local.get();
    const parsed = parsePocketCsv(csv);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toContain(error);
    expect(await importPocketCsv(csv)).toEqual(parsed);
    expect(await fakeBrowser.storage.local.get()).toEqual(before);
  });
});
