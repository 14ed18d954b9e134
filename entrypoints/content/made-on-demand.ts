// Our UIs (the card, the list of names) are built the first time they are needed. Building one makes elements in
// the page's document, and any DOM work in it, even on elements not yet in the page, makes Chromium revalidate
// every registered highlight on the next frame: a repaint of the marked text, 30-40 ms on a page of a million text
// nodes. Most pages are read without a card ever being opened.

export interface MadeOnDemand<T> {
  /** The thing, built on the first call; a failed build is tried again on the next. */
  get(): Promise<T>;
  /** The thing if it has been built, without building it. */
  now(): T | undefined;
}

export function madeOnDemand<T>(make: () => Promise<T>): MadeOnDemand<T> {
  let made: Promise<T> | undefined;
  let value: T | undefined;
  return {
    get() {
      made ??= make().then(
        (v) => (value = v),
        (e: unknown) => {
          made = undefined;
          throw e;
        },
      );
      return made;
    },
    now: () => value,
  };
}
