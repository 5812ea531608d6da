/**
 * The user's own abbreviation expansions (exported as `userGlossary`). Stored
 * as one small item in storage.local, which every reader reads, and sent to
 * storage.sync so they follow the browser profile (utils/sync: a quota error
 * keeps the local copy and the popup says so; the background copies changes
 * made on other machines back here). Writes share the library's one-writer queue.
 */
import { storage } from 'wxt/utils/storage';
import { LibraryError, isQuotaError } from './errors';
import { serialized } from './queue';
import { USER_GLOSSARY_KEY } from './user-glossary-key';
import { pushSynced } from '../sync/synced';

const glossaryItem = storage.defineItem<Record<string, string>>(`local:${USER_GLOSSARY_KEY}`, { fallback: {}, version: 1 });

async function write(value: Record<string, string>): Promise<void> {
  try {
    await glossaryItem.setValue(value);
  } catch (err) {
    if (isQuotaError(err)) throw new LibraryError('storage-full', 'Browser storage is full', { cause: err });
    throw err;
  }
  // Kept here whatever sync answers; a refusal is recorded for the popup to show.
  await pushSynced(USER_GLOSSARY_KEY, value);
}

export async function getUserGlossary(): Promise<Record<string, string>> {
  return { ...(await glossaryItem.getValue()) };
}

/** Sets (or with null removes) one user expansion. */
export function setUserGlossaryEntry(abbr: string, expansion: string | null): Promise<void> {
  return serialized(async () => {
    const { [abbr]: _old, ...rest } = await glossaryItem.getValue();
    await write(expansion === null ? rest : { ...rest, [abbr]: expansion });
  });
}

/** Adds entries for abbreviations the user has not defined; the user's current entries win. Returns how many were added. */
export function mergeUserGlossary(incoming: Record<string, string>): Promise<number> {
  return serialized(async () => {
    const current = await glossaryItem.getValue();
    const adds = Object.entries(incoming).filter(([abbr]) => !Object.prototype.hasOwnProperty.call(current, abbr));
    if (adds.length) await write({ ...current, ...Object.fromEntries(adds) });
    return adds.length;
  });
}
