// The look of the marks, by status and reader's choice, for light and dark pages. Pure: the colours and the
// ::highlight() rules are computed here and tested in Node; highlights.ts and overlay-marks.ts apply them.
import type { MentionStatus } from '@/lib/match/mention';
import type { MarkStyle } from '@/lib/settings';

/** The line under a name: its style is the status's second cue, beside the colour (WCAG 1.4.1). */
export type LineStyle = 'solid' | 'double' | 'dashed' | 'dotted';

export interface StatusColours {
  /** Tint behind the name. */
  background: string;
  /** Underline colour. */
  line: string;
  lineStyle: LineStyle;
  /** The overlay's border width; a double border needs at least 3 px to show its two lines. */
  lineWidth: number;
}

// The four styles both renderers can draw: ::highlight() allows text-decoration-style (solid, double, dotted, dashed,
// wavy) and the overlay draws a border-bottom (solid, double, dotted, dashed). Told apart with no colour at all:
// sanctioned one thick line, delisted two lines, not sanctioned dashes, possible dots.
const LINES: Record<MentionStatus, { lineStyle: LineStyle; lineWidth: number }> = {
  sanctioned: { lineStyle: 'solid', lineWidth: 3 },
  delisted: { lineStyle: 'double', lineWidth: 4 },
  'not-sanctioned': { lineStyle: 'dashed', lineWidth: 2 },
  possible: { lineStyle: 'dotted', lineWidth: 2 },
};

// Light pages: dark, saturated lines. Dark pages: light lines and stronger tints; the page's light text stays readable
// over a translucent tint on either.
const LIGHT: Record<MentionStatus, Pick<StatusColours, 'background' | 'line'>> = {
  sanctioned: { background: 'rgba(220, 38, 38, 0.22)', line: 'rgb(185, 28, 28)' },
  delisted: { background: 'rgba(217, 119, 6, 0.20)', line: 'rgb(180, 83, 9)' },
  'not-sanctioned': { background: 'rgba(37, 99, 235, 0.12)', line: 'rgb(37, 99, 235)' },
  possible: { background: 'rgba(107, 114, 128, 0.14)', line: 'rgb(75, 85, 99)' },
};
const DARK: Record<MentionStatus, Pick<StatusColours, 'background' | 'line'>> = {
  sanctioned: { background: 'rgba(248, 113, 113, 0.30)', line: 'rgb(252, 165, 165)' },
  delisted: { background: 'rgba(251, 191, 36, 0.26)', line: 'rgb(252, 211, 77)' },
  'not-sanctioned': { background: 'rgba(96, 165, 250, 0.24)', line: 'rgb(147, 197, 253)' },
  possible: { background: 'rgba(156, 163, 175, 0.26)', line: 'rgb(209, 213, 219)' },
};

export function statusColours(status: MentionStatus, dark: boolean): StatusColours {
  return { ...(dark ? DARK : LIGHT)[status], ...LINES[status] };
}

/** [r, g, b, alpha] of a computed CSS colour ("rgb(…)" / "rgba(…)"), or null for anything else. */
export function parseRgb(css: string): [number, number, number, number] | null {
  const m = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(css.trim());
  if (!m) return null;
  const alpha = m[4] === undefined ? 1 : m[4].endsWith('%') ? Number(m[4].slice(0, -1)) / 100 : Number(m[4]);
  return [Number(m[1]), Number(m[2]), Number(m[3]), alpha];
}

/** WCAG relative luminance of an sRGB colour, 0 (black) to 1 (white). */
export function luminance([r, g, b]: readonly number[]): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/**
 * Whether a page reads as dark, from the computed background colours of its body and root (first opaque one wins)
 * and, when both are transparent, its text colour (light text means a dark canvas).
 */
export function isDarkPage(backgrounds: readonly string[], textColour: string): boolean {
  for (const bg of backgrounds) {
    const rgb = parseRgb(bg);
    if (rgb && rgb[3] > 0.5) return luminance(rgb) < 0.3;
  }
  const text = parseRgb(textColour);
  return text !== null && luminance(text) > 0.6;
}

/** The highlight name a status is registered under; `tint` names the tint-only variant (see highlightCss). */
export function highlightName(status: MentionStatus, tint = false): string {
  return `sanctions-lens-${status}${tint ? '-tint' : ''}`;
}

/** The text-decoration thickness for a status: each of a double underline's two lines takes it, so half the width. */
export function decorationThickness(c: Pick<StatusColours, 'lineStyle' | 'lineWidth'>): number {
  return c.lineStyle === 'double' ? c.lineWidth / 2 : c.lineWidth;
}

/**
 * The ::highlight() rules for the reader's styles. A hidden status gets no rule, so it draws nothing. Each visible
 * status also gets a tint-only rule, used on huge pages: a highlight with a text decoration makes Chromium recompute
 * the overflow of the page's layout on every change to the page (58 ms a frame on a page of a million text
 * nodes, against 13 ms for a background; `npx tsx scripts/measure-highlight-cost.ts`).
 */
export function highlightCss(styles: Record<MentionStatus, MarkStyle>, dark: boolean): string {
  return (Object.keys(styles) as MentionStatus[])
    .filter((status) => styles[status] !== 'hidden')
    .flatMap((status) => {
      const c = statusColours(status, dark);
      const background = styles[status] === 'background' ? `background-color: ${c.background}; ` : '';
      return [
        `::highlight(${highlightName(status)}) { ${background}text-decoration: underline ${c.lineStyle} ${decorationThickness(c)}px ${c.line}; text-underline-offset: 2px; }`,
        `::highlight(${highlightName(status, true)}) { background-color: ${c.background}; }`,
      ];
    })
    .join('\n');
}
