// Interface text by key, from the browser's i18n (public/_locales) or, in tests and Node, from a messages.json
// catalog resolved the way the browser resolves it. The English catalog defines the keys.
export type MessageKey = keyof typeof import('../../public/_locales/en/messages.json');

/** The shape of browser.i18n.getMessage: an empty string when the key is unknown. */
export type GetMessage = (key: string, substitutions?: string[]) => string;

export type Translate = (key: MessageKey, ...substitutions: (string | number)[]) => string;

export function translator(getMessage: GetMessage): Translate {
  // An unknown key shows as itself rather than as nothing, so a missing translation is visible.
  return (key, ...subs) => getMessage(key, subs.map(String)) || key;
}

export interface CatalogEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

export type Catalog = Record<string, CatalogEntry>;

/** getMessage over a catalog: named placeholders ($NAME$, case-insensitive) resolve to their content, $1..$9 to substitutions. */
export function catalogGetMessage(catalog: Catalog): GetMessage {
  return (key, subs = []) => {
    const entry = catalog[key];
    if (!entry) return '';
    const positional = (s: string) => s.replace(/\$(\d)/g, (_, i: string) => subs[Number(i) - 1] ?? '');
    return entry.message
      .replace(/\$([A-Za-z0-9_@]+)\$/g, (_, name: string) => positional(entry.placeholders?.[name.toLowerCase()]?.content ?? ''))
      .replace(/\$\$/g, '$');
  };
}
