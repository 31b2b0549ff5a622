// Both themes meet WCAG 2.2 AA contrast: computed from app.css's own colour
// values, so a badly chosen colour fails here before anyone sees it.
import { describe, expect, test, vi } from 'vitest';

// Read as a file: the test runner replaces imported CSS with nothing.
const fs = await vi.importActual<{ readFileSync(path: string, encoding: 'utf8'): string }>('node:fs');
const css = fs.readFileSync(decodeURIComponent(import.meta.url.replace(/^file:\/\//, '').replace(/[^/]+$/, 'app.css')), 'utf8');

/** The `--name: #hex` values declared in the first block that follows `selector`. */
function palette(source: string, selector: string): Record<string, string> {
  const at = source.indexOf(selector);
  if (at < 0) throw new Error(`app.css has no ${selector}`);
  const open = source.indexOf('{', at + selector.length - 1);
  const body = source.slice(open + 1, source.indexOf('}', open));
  const colours: Record<string, string> = {};
  for (const [, name, hex] of body.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})\s*;/gi)) colours[name] = hex.toLowerCase();
  return colours;
}

/** WCAG 2 relative luminance of an sRGB colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

const light = palette(css, ':root {');
const dark = palette(css, ":root[data-theme='dark'] {");
const darkFromOs = palette(css, ":root:not([data-theme='light']) {");

// Everything text, a border or the focus ring is drawn on.
const backgrounds = ['bg', 'surface', 'sidebar', 'subtle', 'accent-soft'];
const textColours = ['text', 'muted', 'accent', 'accent-strong', 'positive', 'warning', 'danger'];
// Non-text: form control borders, the focus ring, and the semantic colours as borders (plan and KPI cells).
const uiColours = ['control-border', 'focus', 'positive', 'warning', 'danger'];

type Pair = [string, string, number];
const pairs: Pair[] = [
  ...textColours.flatMap((fg) => backgrounds.map((bg): Pair => [fg, bg, 4.5])),
  ...uiColours.flatMap((fg) => backgrounds.map((bg): Pair => [fg, bg, 3])),
  // Primary buttons, at rest and hovered; the toasts' round icons.
  ['on-accent', 'accent', 4.5],
  ['on-accent', 'accent-strong', 4.5],
  ['bg', 'accent', 4.5],
  ['bg', 'danger', 4.5],
];

describe('the colours', () => {
  test('light and dark declare the same colours, and the dark ones are the same whichever way dark is chosen', () => {
    expect(Object.keys(dark).sort()).toEqual(Object.keys(light).sort());
    expect(darkFromOs).toEqual(dark);
  });

  test('contrast is computed as WCAG defines it', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrast('#ffffff', '#ffffff')).toBe(1);
  });

  for (const [name, theme] of [['light', light], ['dark', dark]] as const) {
    test(`${name}: text reaches 4.5:1, control borders and the focus ring 3:1`, () => {
      const failures = pairs
        .map(([fg, bg, needed]) => ({ fg, bg, needed, ratio: contrast(theme[fg] ?? '#000000', theme[bg] ?? '#000000') }))
        .filter((p) => !theme[p.fg] || !theme[p.bg] || p.ratio < p.needed)
        .map((p) => `--${p.fg} on --${p.bg}: ${p.ratio.toFixed(2)}:1, needs ${p.needed}:1`);
      expect(failures).toEqual([]);
    });
  }
});
