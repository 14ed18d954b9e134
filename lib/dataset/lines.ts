// Reading a stream of text as lines, one record at a time, so a large file never sits whole in memory.

export async function* readLines(stream: ReadableStream<string>): AsyncGenerator<{ line: string; number: number }> {
  const reader = stream.getReader();
  let rest = '';
  let number = 0;
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    const chunk = rest + value;
    let from = 0;
    let nl: number;
    while ((nl = chunk.indexOf('\n', from)) >= 0) {
      const line = chunk.slice(from, nl).replace(/\r$/, '');
      from = nl + 1;
      number++;
      if (line.trim()) yield { line, number };
    }
    rest = chunk.slice(from);
  }
  number++;
  if (rest.trim()) yield { line: rest.replace(/\r$/, ''), number };
}
