import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { glossaryFor } from '@/utils/article-glossary';
import { setUserGlossaryEntry } from '@/utils/library/user-glossary';
import { buildGlossary } from '@/utils/glossary/index';

const text = 'Ủy ban nhân dân (UBND) tỉnh họp. UBND và MTTQ đã thống nhất.';

describe('the glossary the popup and the background build for a page', () => {
  beforeEach(() => fakeBrowser.reset());

  it('is buildGlossary on the text, with the reader\'s own definitions', async () => {
    expect(await glossaryFor({ text, lang: 'vi' })).toEqual(buildGlossary(text, { lang: 'vi' }));
    await setUserGlossaryEntry('MTTQ', 'Mặt trận Tổ quốc Việt Nam');
    const entries = await glossaryFor({ text, lang: 'vi' });
    expect(entries).toEqual(expect.arrayContaining([
      expect.objectContaining({ abbr: 'MTTQ', expansion: 'Mặt trận Tổ quốc Việt Nam', source: 'user' }),
      expect.objectContaining({ abbr: 'UBND', expansion: 'Ủy ban nhân dân', source: 'article' }),
    ]));
  });

  it('answers a malformed request with a problem, not a throw', async () => {
    expect(await glossaryFor({ text: 42 as unknown as string, lang: 'vi' })).toEqual({ problem: 'failed' });
  });
});
