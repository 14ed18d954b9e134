// What a content script feature is, and what the features share: the page's marks and their painter, the reader's
// settings for this site, the way to the background, the requests they answer, and an event channel between them.
// Only types and the channel here, so the wiring is tested in Node.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Client, Request, Response, ToBackground, ToContent } from '@/lib/protocol';
import type { Settings } from '@/lib/settings';
import type { MarkedMention, MarkPainter } from './mark-types';
import type { PageMarks } from './page-marks';
import type { NestedRoot } from './page-text';

/** What the features tell each other. */
export interface ContentEvents {
  /** The stored settings changed (the popup, the options page or the shortcut saved them). */
  settings: undefined;
  /** A document or open shadow root is about to be read for the first time: adopt styles, listen for the pointer. */
  root: NestedRoot;
  /** Reading met a shadow root or a same-origin frame's document: it is read and watched on its own. */
  nested: { root: NestedRoot; host: Element };
  /** Marks were added or removed. */
  marksChanged: undefined;
  /** Everything queued so far has been read. */
  pageRead: undefined;
  /**
   * The keyboard list opens a name's card: it takes focus, and gives it back to `returnFocus` when closed; `avoid`
   * is where the list is on screen, which the card must not cover.
   */
  openCard: { mark: MarkedMention; returnFocus: HTMLElement; avoid?: () => DOMRect | undefined };
  /** A short notice on the page, in words (a card's action was done; the marks went off): with an undo when given. */
  notice: Notice;
}

export interface Notice {
  message: string;
  /** Called only on the reader's own click on the notice's button. */
  undo?: () => void;
  /** The button's words ("Turn back on" when not given). */
  undoLabel?: string;
}

export interface Channel<E> {
  /** Calls `listener` on every `type` event until the returned function is called. */
  on<K extends keyof E>(type: K, listener: (value: E[K]) => void): () => void;
  emit<K extends keyof E>(type: K, ...value: E[K] extends undefined ? [] : [E[K]]): void;
}

export function channel<E>(): Channel<E> {
  const listeners = new Map<keyof E, Set<(value: never) => void>>();
  return {
    on(type, listener) {
      const set = listeners.get(type) ?? new Set();
      listeners.set(type, set);
      set.add(listener);
      return () => set.delete(listener);
    },
    emit(type, ...value) {
      // A copy: a listener may stop listening while the event is delivered.
      for (const listener of [...(listeners.get(type) ?? [])]) (listener as (v: unknown) => void)(value[0]);
    },
  };
}

export type Answer<K extends keyof ToContent> = (payload: Request<ToContent, K>['payload']) => Promise<Response<ToContent, K>>;

export interface ContentContext {
  /** For WXT's shadow-root UIs: invalidated only when the extension goes away (lifetime.ts). */
  lifetime: ContentScriptContext;
  background: Client<ToBackground>;
  hostname: string;
  settings(): Settings;
  /** Whether the marks show on this site. */
  on(): boolean;
  /** The site switch's way in: replaces the settings and, if they changed, tells every feature. */
  setSettings(next: Settings): void;
  marks: PageMarks;
  painter: MarkPainter;
  events: Channel<ContentEvents>;
  /** Answers a request from the background or the popup until the returned function is called. */
  answer<K extends keyof ToContent>(type: K, answer: Answer<K>): () => void;
}

/** One user-visible behaviour of the content script, started once the page's context exists. */
export interface Feature {
  name: string;
  /** Starts the feature; the returned function undoes everything it did (listeners, observers, UI, marks). */
  start(page: ContentContext): () => void;
}

/** Starts `features` in order and stops them, last first, when the extension goes away. */
export function startFeatures(page: ContentContext, features: readonly Feature[]): void {
  const stops: (() => void)[] = [];
  for (const feature of features) {
    try {
      stops.push(feature.start(page));
    } catch (e) {
      console.error(`Sanctions Lens: the ${feature.name} feature could not start`, e);
    }
  }
  page.lifetime.onInvalidated(() => {
    for (const stop of stops.reverse()) {
      try {
        stop();
      } catch (e) {
        console.error('Sanctions Lens: a feature could not stop cleanly', e);
      }
    }
  });
}
