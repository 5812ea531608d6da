/**
 * Typed failures of the library layer. UI code switches on `code` (e.g. to show
 * "Storage is full — delete some saved articles") instead of parsing messages.
 */
export type LibraryErrorCode =
  | 'storage-full' // the browser refused the write (quota); nothing was changed
  | 'not-found' // no article with that id
  | 'invalid-url' // not an http(s) URL
  | 'invalid-data' // a record/file failed validation (message names the field)
  | 'id-collision'; // two different canonical URLs hashed to one id (practically never)

export class LibraryError extends Error {
  readonly code: LibraryErrorCode;
  constructor(code: LibraryErrorCode, message?: string, options?: { cause?: unknown }) {
    super(message ?? code, options);
    this.name = 'LibraryError';
    this.code = code;
  }
}

/** Chrome: "QUOTA_BYTES quota exceeded"; Firefox: "QuotaExceededError" / "quota". */
export function isQuotaError(err: unknown): boolean {
  const text = err instanceof Error ? `${err.name} ${err.message}` : String(err);
  return /quota/i.test(text);
}
