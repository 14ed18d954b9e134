// Reading OFAC's legacy CSV files (sdn, add, alt, sdn_comments): no header, double-quoted fields, `-0-` for an
// empty value, CRLF line ends, a DOS end-of-file byte (0x1A) at the end and Latin-1 text.

import type { ImportProblem } from './problems';

/**
 * OFAC publishes these files in a single-byte Western encoding. WHATWG `latin1` is windows-1252, a superset of
 * ISO-8859-1 on the printable range, which is what the files' few curly quotes and dashes actually are.
 */
export function decodeLatin1(bytes: Uint8Array): string {
  return new TextDecoder('latin1').decode(bytes);
}

export interface CsvLine {
  /** 1-based line number in the file. */
  line: number;
  text: string;
}

/** Splits a whole file into its non-empty lines, keeping their numbers, without the trailing 0x1A byte. */
export function splitLines(text: string): CsvLine[] {
  const out: CsvLine[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i].replace(/\x1a+$/, '');
    if (t.trim() !== '') out.push({ line: i + 1, text: t });
  }
  return out;
}

/** One line's fields, or an error message when its quoting is broken. `-0-` (OFAC's null) becomes ''. */
export function parseCsvLine(text: string): { fields: string[] } | { error: string } {
  const fields: string[] = [];
  let i = 0;
  const n = text.length;
  for (;;) {
    let value: string;
    if (text[i] === '"') {
      let buf = '';
      i++;
      for (;;) {
        const q = text.indexOf('"', i);
        if (q < 0) return { error: `unterminated quoted field ${fields.length + 1}` };
        buf += text.slice(i, q);
        if (text[q + 1] === '"') {
          buf += '"';
          i = q + 2;
        } else {
          i = q + 1;
          break;
        }
      }
      // OFAC writes `"x" ,` nowhere, but tolerate spaces before the comma; anything else is a broken row.
      while (text[i] === ' ') i++;
      if (i < n && text[i] !== ',') return { error: `unexpected text after quoted field ${fields.length + 1}` };
      value = buf;
    } else {
      const c = text.indexOf(',', i);
      const end = c < 0 ? n : c;
      value = text.slice(i, end);
      if (value.includes('"')) return { error: `stray quote in field ${fields.length + 1}` };
      i = end;
    }
    fields.push(cleanValue(value));
    if (i >= n) break;
    i++; // past the comma
  }
  return { fields };
}

function cleanValue(v: string): string {
  const t = v.trim();
  return t === '-0-' ? '' : t;
}

/** Parses every line of a file, expecting `columns` fields; rows with another count are reported, not guessed at. */
export function parseCsvFile(
  text: string,
  file: string,
  columns: number,
): { rows: { line: number; fields: string[] }[]; problems: ImportProblem[] } {
  const rows: { line: number; fields: string[] }[] = [];
  const problems: ImportProblem[] = [];
  for (const { line, text: t } of splitLines(text)) {
    const r = parseCsvLine(t);
    if ('error' in r) {
      problems.push({ file, line, message: r.error });
    } else if (r.fields.length !== columns) {
      problems.push({ file, line, message: `expected ${columns} fields, found ${r.fields.length}` });
    } else {
      rows.push({ line, fields: r.fields });
    }
  }
  return { rows, problems };
}
