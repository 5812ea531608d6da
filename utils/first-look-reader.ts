import { askBackground } from './background-client';
import type { AnyMessageOf, ContentRequests } from './messages';
import { firstLookPort, type ContentRequestHandler } from './first-look-port';
import { primeGlossary, readPage, type StoredForReading } from './page-reading';
import type { GlossaryEntry } from './glossary/index';

const CONTENT_REQUESTS: ReadonlySet<string> = new Set<keyof ContentRequests>([
  'content.toggle', 'content.read', 'content.glossed', 'content.join', 'content.article', 'content.pick', 'content.reveal',
]);

/**
 * The requests of the popup's first-look script (entrypoints/first-look.content). It answers the
 * first look itself — `content.read` (judgement and extraction, utils/page-reading.ts) and
 * `content.glossed` (the popup's glossary, kept) — and then brings the reader's script in
 * (`reader.join`: the background injects it into this frame), so the reader is prepared before the
 * switch, as when the reader's script read the page itself. Any other request (the switch, saving,
 * picking) waits for the reader's script and is handed to it: nobody else injects it meanwhile,
 * so it never arrives twice. When it cannot come, the request goes unanswered, and the sender
 * (utils/tab-messaging.ts) injects it itself.
 */
export function createFirstLookReader(later: (work: () => void) => void) {
  let queue: Promise<unknown> = Promise.resolve();
  let joining: Promise<ContentRequestHandler | null> | null = null;

  /** One request at a time, as in the reader's controller; a failure answers `failed`. */
  function run<T>(work: () => T | Promise<T>) {
    const result = queue.then(work);
    queue = result.catch(() => undefined);
    return result.catch(() => ({ problem: 'failed' as const }));
  }

  /** The reader's script, asked for once (again after a failed attempt). */
  function joinReader(): Promise<ContentRequestHandler | null> {
    joining ??= askBackground({ type: 'reader.join' }).then(() => firstLookPort().reader ?? null, () => null);
    const attempt = joining;
    void attempt.then((reader) => {
      if (!reader && joining === attempt) joining = null;
    });
    return attempt;
  }

  /** After the reading and glossary this script is answering, in the reader's script. */
  async function handOver(message: AnyMessageOf<ContentRequests>): Promise<unknown> {
    await queue;
    const reader = await joinReader();
    return reader?.(message);
  }

  async function glossed({ definitions, entries }: { definitions: string; entries: GlossaryEntry[] }) {
    const kept = await primeGlossary(definitions, entries);
    // After the answer has gone to the popup: the reader's script then prepares the reader — also
    // when it joined while the glossary was being kept (the popup's early `content.join`).
    later(() => void joinReader().then(() => firstLookPort().prepare?.()));
    return { kept };
  }

  /** `stored`: for the script's own first reading, storage.local read as it loaded (StoredForReading). */
  function handle(message: AnyMessageOf<ContentRequests>, stored?: StoredForReading): Promise<unknown> | undefined {
    // The reader's script has joined: its own listener answers (this one is normally gone by then).
    if (firstLookPort().reader) return undefined;
    if (message.type === 'content.read') return run(() => readPage(false, stored));
    if (message.type === 'content.glossed') return run(() => glossed(message));
    // Not queued: the join overlaps whatever this script is doing, as it overlaps the glossary's build.
    if (message.type === 'content.join') return joinReader().then((reader) => ({ joined: reader != null }));
    if (CONTENT_REQUESTS.has(message.type)) return handOver(message);
    return undefined;
  }

  return { handle };
}
