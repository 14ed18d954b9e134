// A list file as a download hands it to a reader: `size` bytes at a time, decoded as a stream (a letter may span
// two pieces), for the source readers' tests that records do not depend on where the pieces are cut.
export function downloadPieces(text: string, size: number): string[] {
  const bytes = new TextEncoder().encode(text);
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const out: string[] = [];
  for (let i = 0; i < bytes.length; i += size) out.push(decoder.decode(bytes.subarray(i, i + size), { stream: true }));
  out.push(decoder.decode());
  return out;
}
