/**
 * RFC 4180 CSV parser: quoted fields may contain commas, doubled quotes and
 * line breaks; CRLF or LF line ends; a UTF-8 BOM is ignored. Strict on
 * malformed quoting so an import never guesses at broken data.
 */
export interface CsvRecord { line: number; fields: string[] } // line: 1-based line where the record starts
export type CsvResult = { ok: true; records: CsvRecord[] } | { ok: false; error: string; line: number };

export function parseCsv(input: string): CsvResult {
  const text = input.replace(/^\uFEFF/, '');
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1; // current physical line
  let recordLine = 1;
  let i = 0;
  let atFieldStart = true;
  const endRecord = () => {
    fields.push(field);
    // A completely empty line is not a record (e.g. the trailing newline).
    if (!(fields.length === 1 && fields[0] === '')) records.push({ line: recordLine, fields });
    fields = [];
    field = '';
    atFieldStart = true;
  };
  while (i < text.length) {
    const c = text[i];
    if (c === '"' && atFieldStart) {
      const quoteLine = line;
      i++;
      for (;;) {
        if (i >= text.length) return { ok: false, error: `line ${quoteLine}: unterminated quoted field`, line: quoteLine };
        const q = text[i];
        if (q === '"') {
          if (text[i + 1] === '"') { field += '"'; i += 2; continue; }
          i++;
          break;
        }
        if (q === '\n') line++;
        field += q;
        i++;
      }
      const next = text[i];
      if (next !== undefined && next !== ',' && next !== '\n' && !(next === '\r' && text[i + 1] === '\n')) {
        return { ok: false, error: `line ${line}: unexpected text after a closing quote`, line };
      }
      atFieldStart = false;
      continue;
    }
    if (c === ',') { fields.push(field); field = ''; atFieldStart = true; i++; continue; }
    if (c === '\n' || (c === '\r' && text[i + 1] === '\n')) {
      endRecord();
      i += c === '\r' ? 2 : 1;
      line++;
      recordLine = line;
      continue;
    }
    if (c === '"') return { ok: false, error: `line ${line}: quote inside an unquoted field`, line };
    field += c;
    atFieldStart = false;
    i++;
  }
  if (field !== '' || fields.length) endRecord();
  return { ok: true, records };
}
