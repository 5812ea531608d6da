// Gloss popup: starts the saved list's first (small) storage read while the popup's modules are
// still loading; hooks/use-library-data.ts picks the promise up. Plain script, run during parsing.
globalThis.__glossFirstRead = (globalThis.browser || globalThis.chrome).storage.local.get(['library-recent', 'library-damaged']);
