import { browser } from 'wxt/browser';
import { USER_GLOSSARY_KEY } from '@/utils/library/user-glossary-key';
import { PICK_RULES_KEY } from '@/utils/pick-rules';

/**
 * What the first reading needs from storage.local (the reader's own definitions, the site's pick
 * rule), asked for as this script starts to load. Imported first by index.ts and depending on
 * nothing heavy, so the round trip runs while the extraction's modules are evaluated (several ms
 * in a fresh page) instead of between them and the extraction. A copy injected into a tab that
 * already has a script of ours asks too, and nobody reads the answer: one small storage read.
 */
export const storedAtStart: Promise<Record<string, unknown>> = browser.storage.local.get([USER_GLOSSARY_KEY, PICK_RULES_KEY]);
storedAtStart.catch(() => undefined);
