// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { createFirstLookReader } from '@/utils/first-look-reader';
import { firstLookPort } from '@/utils/first-look-port';
import { extractionFor, hasPrimedGlossary } from '@/utils/page-reading';
import type { GlossaryEntry } from '@/utils/glossary/index';
import type { PageReading } from '@/utils/messages';

// The popup's first-look script answers the first look itself and hands everything else to the
// reader's script, which it asks the background to inject (`reader.join`) — once.

// Without its scripts and stylesheets, which happy-dom would try to load.
const SEED = readFileSync(resolve(__dirname, '../fixtures/seed-thanh-hoa.html'), 'utf8').replace(/<script[\s\S]*?<\/script>|<link[^>]*>/gi, '');
const ENTRIES: GlossaryEntry[] = [{ abbr: 'MTTQ', expansion: 'Mặt trận Tổ quốc', source: 'dictionary', count: 3 }];

/** The page, and the background as the first-look script sees it: `join` stands for injecting the reader's script. */
function setUp(join: () => unknown = () => ({ loaded: true })) {
  document.open();
  document.write(SEED);
  document.close();
  const asked: string[] = [];
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (message: { type: string }) => {
    asked.push(message.type);
    return message.type === 'reader.join' ? join() : undefined;
  }) as never);
  const later: (() => void)[] = [];
  const reader = createFirstLookReader((work) => later.push(work));
  return { reader, asked, runLater: () => later.splice(0).forEach((work) => work()) };
}

describe("the popup's first-look script", () => {
  beforeEach(() => {
    fakeBrowser.reset();
    for (const key of ['gloss.first-look-port', 'gloss.page-reading']) delete (globalThis as Record<symbol, unknown>)[Symbol.for(key)];
  });

  it('answers the first look with the text to explain, then with the glossary the popup handed it', async () => {
    const { reader, asked } = setUp();
    const reading = await reader.handle({ type: 'content.read' }) as PageReading;
    expect(reading.readerable).toBe(true);
    expect(reading.readerOpen).toBe(false);
    expect(reading.text).toContain('MTTQ');
    expect(reading.entries).toBeUndefined();
    expect(await reader.handle({ type: 'content.glossed', definitions: reading.definitions, entries: ENTRIES })).toEqual({ kept: true });
    expect(hasPrimedGlossary()).toBe(true);
    const again = await reader.handle({ type: 'content.read' }) as PageReading;
    expect(again).toMatchObject({ text: '', entries: ENTRIES, title: reading.title });
    expect(asked).toEqual([]);
  });

  it("asks for the reader's script once the glossary is kept, after answering, and shares its reading", async () => {
    const { reader, asked, runLater } = setUp();
    const reading = await reader.handle({ type: 'content.read' }) as PageReading;
    const kept = await extractionFor(false);
    await reader.handle({ type: 'content.glossed', definitions: reading.definitions, entries: ENTRIES });
    expect(asked).toEqual([]);
    runLater();
    await vi.waitFor(() => expect(asked).toEqual(['reader.join']));
    // What the reader's script reads (the same module state, bundled twice) is what the first look read.
    expect(await extractionFor(false)).toBe(kept);
    expect(kept.glossed?.analysis.entries).toEqual(ENTRIES);
  });

  it("brings the reader's script in when the popup asks (content.join), once, and has it prepare the glossary kept after", async () => {
    const prepared: string[] = [];
    // The injection takes a while: the glossary comes to this script meanwhile.
    const { reader, asked, runLater } = setUp(async () => {
      await new Promise((resolve) => setTimeout(resolve, 20));
      firstLookPort().reader = async () => undefined;
      firstLookPort().prepare = () => prepared.push(hasPrimedGlossary() ? 'primed' : 'nothing to prepare');
      return { loaded: true };
    });
    const reading = await reader.handle({ type: 'content.read' }) as PageReading;
    // The popup asks while the background builds the glossary; the glossary comes while it joins.
    const joined = reader.handle({ type: 'content.join' });
    const glossed = reader.handle({ type: 'content.glossed', definitions: reading.definitions, entries: ENTRIES });
    expect(await joined).toEqual({ joined: true });
    expect(await glossed).toEqual({ kept: true });
    runLater();
    await vi.waitFor(() => expect(prepared).toEqual(['primed']));
    expect(asked).toEqual(['reader.join']);
  });

  it("reads the page with what storage held as the script loaded: the site's pick rule and the reader's definitions", async () => {
    const { reader } = setUp();
    const picked = 'p:nth-of-type(3)';
    const paragraph = document.querySelector(picked)?.textContent?.trim() ?? '';
    expect(paragraph.length).toBeGreaterThan(200);
    // Storage itself is empty: only what was read ahead can pick the block and define MTTQ.
    const stored = Promise.resolve({ 'pick-rules': { [location.hostname]: picked }, 'user-glossary': { MTTQ: 'Mặt trận' } });
    const reading = await reader.handle({ type: 'content.read' }, stored) as PageReading;
    expect(reading.definitions).toBe(JSON.stringify({ MTTQ: 'Mặt trận' }));
    expect(reading.text).toContain(paragraph.slice(0, 60));
    expect(reading.text).not.toContain('Kéo xuống để xem tiếp');
    expect(reading.text.length).toBeLessThan(paragraph.length + reading.title.length + 20);
  });

  it('hands any other request to the joined reader, asking for it once however many come', async () => {
    const handled: string[] = [];
    const { reader, asked } = setUp(() => {
      firstLookPort().reader = async (message) => {
        handled.push(message.type);
        return { open: true };
      };
      return { loaded: true };
    });
    const [toggle, save] = await Promise.all([
      reader.handle({ type: 'content.toggle' }),
      reader.handle({ type: 'content.article' }),
    ]);
    expect(toggle).toEqual({ open: true });
    expect(save).toEqual({ open: true });
    expect(handled).toEqual(['content.toggle', 'content.article']);
    expect(asked).toEqual(['reader.join']);
    // Joined, the reader's own listener answers: this one stays out.
    expect(reader.handle({ type: 'content.read' })).toBeUndefined();
  });

  it('leaves a request unanswered when the reader cannot come (the sender injects it), and asks again next time', async () => {
    const { reader, asked } = setUp(() => ({ problem: 'restricted' }));
    expect(await reader.handle({ type: 'content.toggle' })).toBeUndefined();
    expect(await reader.handle({ type: 'content.pick' })).toBeUndefined();
    expect(asked).toEqual(['reader.join', 'reader.join']);
  });

  it('ignores what is not a request to a tab', () => {
    const { reader } = setUp();
    expect(reader.handle({ type: 'reader.changed' } as never)).toBeUndefined();
  });
});
