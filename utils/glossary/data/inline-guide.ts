/**
 * Data of the guided reading of a definition (inline-guided.ts).
 */

/** Folded words that say nothing of a meaning: neither shared with it nor the run's own. Only words that fold to no
 *  Vietnamese syllable of weight ("to" would be "tổ", "an" "ăn", "de" "đề"). */
export const GUIDE_IGNORED = new Set(['va', 'cua', 'the', 'of', 'and', 'for']);

/** Words as written (lower case, NFC) that end the walk back, besides the phrase breaks of data/inline-cues.ts
 *  (unless they join a name before a capital: "của Triều Tiên"). */
export const GUIDE_BREAKS = new Set(['the', 'of', 'and', 'for', 'in', 'at', 'on', 'to', 'a', 'an', 'by', 'with',
  'from', 'as', 'chiếc', 'cái', 'loại', 'cuộc', 'con', 'mọi', 'mỗi', 'nhiều', 'vài']);

/** Function words a name runs through before a capital: "hãng thông tấn chính thức của Triều Tiên". */
export const GUIDE_JOINERS = new Set(['của', 'về', 'và', 'of', 'for', 'and']);

/** Words a run may have beyond the longest known meaning ("Thông tấn xã …" for "Hãng thông tấn …"), and words a
 *  start found inside a compound may move back to reach a clean edge ("bay" → "máy bay"). */
export const GUIDE_SLACK = 3;
