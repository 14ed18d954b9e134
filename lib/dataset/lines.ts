// Reading a stream of text as lines, one record at a time, so a large file never sits whole in memory.

/** A line grew past the longest a file may have: refused before it is ever joined into one string. */
export class LineTooLong extends Error {
  constructor(
    readonly number: number,
    readonly limit: number,
  ) {
    super(`line ${number} is longer than ${limit} characters`);
    this.name = 'LineTooLong';
  }
}

/**
 * The lines of `stream`, numbered from 1 (blank ones skipped). Linear in the text: each chunk is searched once and a
 * line that spans chunks is joined once, at its end; one longer than `maxLineChars` throws LineTooLong as soon as
 * its pieces pass the limit, so a file without newlines is stopped early rather than held and rescanned.
 */
export async function* readLines(stream: ReadableStream<string>, maxLineChars = Infinity): AsyncGenerator<{ line: string; number: number }> {
  const reader = stream.getReader();
  // The start of the current line, from earlier chunks.
  let pieces: string[] = [];
  let partial = 0;
  let number = 0;
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      let from = 0;
      let nl: number;
      while ((nl = value.indexOf('\n', from)) >= 0) {
        number++;
        if (partial + nl - from > maxLineChars) throw new LineTooLong(number, maxLineChars);
        const tail = value.slice(from, nl);
        const line = (partial ? pieces.join('') + tail : tail).replace(/\r$/, '');
        pieces = [];
        partial = 0;
        from = nl + 1;
        if (line.trim()) yield { line, number };
      }
      if (from < value.length) {
        partial += value.length - from;
        if (partial > maxLineChars) throw new LineTooLong(number + 1, maxLineChars);
        pieces.push(value.slice(from));
      }
    }
    number++;
    const rest = pieces.join('');
    if (rest.trim()) yield { line: rest.replace(/\r$/, ''), number };
  } finally {
    // A reader that stops early (a bad line, a limit) stops the stream too, so nothing upstream keeps inflating.
    await reader.cancel().catch(() => undefined);
  }
}
