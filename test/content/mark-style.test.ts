import { describe, expect, it } from 'vitest';
import { decorationThickness, highlightCss, highlightName, isDarkPage, luminance, parseRgb, statusColours } from '../../entrypoints/content/mark-style';
import { DEFAULT_SETTINGS } from '../../lib/settings';

function contrast(a: number[], b: number[]): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

describe('mark styles', () => {
  it('tells dark pages from light ones by their background, or by light text on a transparent canvas', () => {
    expect(isDarkPage(['rgb(18, 18, 18)'], 'rgb(230, 230, 230)')).toBe(true);
    expect(isDarkPage(['rgba(0, 0, 0, 0)', 'rgb(255, 255, 255)'], 'rgb(34, 34, 34)')).toBe(false);
    expect(isDarkPage(['rgba(0, 0, 0, 0)', 'rgba(0, 0, 0, 0)'], 'rgb(240, 240, 240)')).toBe(true);
    expect(isDarkPage([], 'rgb(0, 0, 0)')).toBe(false);
  });

  it('draws every status line with at least 3:1 contrast against its page (WCAG non-text contrast)', () => {
    for (const status of ['sanctioned', 'delisted', 'not-sanctioned', 'possible'] as const) {
      expect(contrast(parseRgb(statusColours(status, false).line)!, [255, 255, 255])).toBeGreaterThanOrEqual(3);
      expect(contrast(parseRgb(statusColours(status, true).line)!, [18, 18, 18])).toBeGreaterThanOrEqual(3);
    }
  });

  it('writes a rule per visible status: a background only where asked, none for a hidden status', () => {
    const css = highlightCss({ ...DEFAULT_SETTINGS.styles, sanctioned: 'background', delisted: 'underline', possible: 'hidden' }, false);
    expect(css).toMatch(/::highlight\(sanctions-lens-sanctioned\) \{ background-color/);
    expect(css).toMatch(/::highlight\(sanctions-lens-delisted\) \{ text-decoration/);
    expect(css).not.toContain('sanctions-lens-possible');
  });

  it('gives each visible status a tint-only rule with no text decoration (for huge pages)', () => {
    const css = highlightCss({ ...DEFAULT_SETTINGS.styles, delisted: 'underline', possible: 'hidden' }, false);
    const tint = css.split('\n').filter((rule) => rule.includes('-tint)'));
    expect(tint.map((rule) => /sanctions-lens-([a-z-]+)-tint/.exec(rule)?.[1]).sort()).toEqual(['delisted', 'not-sanctioned', 'sanctioned']);
    for (const rule of tint) {
      expect(rule).toMatch(/background-color: rgba/);
      expect(rule).not.toContain('text-decoration');
    }
  });

  it('tells the four statuses apart by line style too, the same on light and dark pages (not by colour alone)', () => {
    const statuses = ['sanctioned', 'delisted', 'not-sanctioned', 'possible'] as const;
    for (const dark of [false, true]) {
      const lines = statuses.map((s) => statusColours(s, dark).lineStyle);
      expect(new Set(lines).size).toBe(4);
      expect(lines).toEqual(['solid', 'double', 'dashed', 'dotted']);
    }
    // A double border shows two lines only from 3 px up; a double underline splits the width between its lines.
    expect(statusColours('delisted', false).lineWidth).toBeGreaterThanOrEqual(3);
    expect(decorationThickness(statusColours('delisted', false))).toBe(statusColours('delisted', false).lineWidth / 2);
  });

  it('writes each status’s line style into its ::highlight() rule, with a background or without', () => {
    for (const style of ['underline', 'background'] as const) {
      const css = highlightCss({ sanctioned: style, delisted: style, 'not-sanctioned': style, possible: style }, false);
      for (const status of ['sanctioned', 'delisted', 'not-sanctioned', 'possible'] as const) {
        const rule = css.split('\n').find((r) => r.startsWith(`::highlight(${highlightName(status)})`));
        expect(rule).toContain(`text-decoration: underline ${statusColours(status, false).lineStyle} `);
      }
    }
  });
});
