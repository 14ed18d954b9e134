// A name written right to left (Arabic, Persian, Hebrew) put into a left-to-right sentence of the catalog: without
// an isolate the sentence's own quotation marks and words are reordered around it ("«محمد …«" on a Spanish card).
// First-strong isolate (U+2068 … U+2069) lets the name keep its direction and the sentence its own; Latin and
// Cyrillic names are left as they are.
const RTL = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;

export function isolate(text: string): string {
  return RTL.test(text) ? `\u2068${text}\u2069` : text;
}
