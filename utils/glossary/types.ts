/** What the glossary gives back and takes in (stable: see ../shared/TEST-CONTRACT.md). */
export interface GlossaryEntry {
  abbr: string;
  expansion: string | null;
  source: 'article' | 'inferred' | 'dictionary' | 'user' | 'unknown';
  count: number;
  /** character offset of the first use */
  firstIndex?: number;
  /** every written form met in the text (GD-ĐT, GD&ĐT), for marking them in the reader */
  variants?: string[];
  /** dictionary domain of the chosen sense (gov, edu, health, econ …) */
  domain?: string;
}

export interface GlossaryOptions {
  lang: string;
  userDefinitions?: Record<string, string>;
}
