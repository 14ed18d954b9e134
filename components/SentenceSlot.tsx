import type { ComponentChildren } from 'preact';

// Stands in a catalog sentence (passed as its placeholder's value) where an element goes: the catalog words the
// sentence, and the element (a list's English words marked lang="en", a place of birth) goes in as markup, never text.
export const SLOT = '\uE000';

/** A catalog sentence with `element` where `SLOT` stands. */
export function withSlot(sentence: string, element: ComponentChildren): ComponentChildren {
  const [before, after = ''] = sentence.split(SLOT);
  return (
    <>
      {before}
      {element}
      {after}
    </>
  );
}
