/**
 * Where the user's own definitions are stored (`storage.local`). Its own module so that the
 * reader's content script can read the stored value raw (to tell whether its glossary is still
 * current) without pulling in the storage library (utils/library/user-glossary.ts).
 */
export const USER_GLOSSARY_KEY = 'user-glossary';
