import { describe, expect, it } from 'vitest';
import { decodeLatin1, parseCsvFile, parseCsvLine, splitLines } from '../../lib/dataset/csv';

describe('OFAC legacy CSV', () => {
  it('reads quoted fields with commas, doubled quotes and -0- as empty', () => {
    const r = parseCsvLine('306,"BANCO NACIONAL DE CUBA",-0- ,"CUBA","say ""hi"", ok",-0-');
    expect(r).toEqual({ fields: ['306', 'BANCO NACIONAL DE CUBA', '', 'CUBA', 'say "hi", ok', ''] });
  });

  it('splits CRLF lines, keeps line numbers and drops the 0x1A end-of-file byte', () => {
    const lines = splitLines('1,"A"\r\n\r\n3,"C"\r\n\x1a');
    expect(lines).toEqual([
      { line: 1, text: '1,"A"' },
      { line: 3, text: '3,"C"' },
    ]);
  });

  it('decodes Latin-1 bytes (é is 0xE9, not a UTF-8 sequence)', () => {
    expect(decodeLatin1(new Uint8Array([0x50, 0xe9, 0x72, 0x65, 0x7a]))).toBe('Pérez');
  });

  it('reports a row with the wrong number of fields with its file and line', () => {
    const { rows, problems } = parseCsvFile('1,"A",-0- \r\n2,"B"\r\n', 'x.csv', 3);
    expect(rows).toHaveLength(1);
    expect(problems).toEqual([{ file: 'x.csv', line: 2, message: 'expected 3 fields, found 2' }]);
  });
});
