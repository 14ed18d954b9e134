// Huge pages (a document of 100,000 elements or more) get cheaper ways of doing the same work: highlights drawn as
// tints near the viewport only (highlights.ts) and one scan message in flight (page-marks.ts). Both were measured on
// a page of a million text nodes, where the browser's own costs grow with the page.

export const HUGE_PAGE = 100_000;

/** Documents already found huge: they stay so (pages seldom shrink by tens of thousands of elements). */
const huge = new WeakSet<Document>();

/** Whether a document has HUGE_PAGE elements: a walk of at most that many (about 4 ms), not of the whole page. */
export function isHuge(doc: Document): boolean {
  if (huge.has(doc)) return true;
  if (doc.getElementsByTagName('*').item(HUGE_PAGE - 1) === null) return false;
  huge.add(doc);
  return true;
}
