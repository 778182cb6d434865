import { FONT_METRICS } from './font-metrics';

/** Measuring and wrapping text without a PDF library, from the DejaVu width tables in font-metrics.ts. */

export const FONT_ROLES = ['sans', 'sans-bold', 'cond', 'cond-bold'] as const;

/** The four faces the forms use: DejaVu Sans (titles, prose) and its condensed cut (tables). */
export type FontRole = (typeof FONT_ROLES)[number];

export interface FontMetrics {
  /** Units are 1/1000 em. */
  readonly ascender: number;
  readonly descender: number;
  readonly capHeight: number;
  /** Width used for a character outside the measured ranges: the width of W, so text is never underestimated. */
  readonly fallback: number;
  readonly ranges: readonly (readonly [number, readonly number[]])[];
}

/**
 * Width in points of `text` set in `font` at `size` points, without kerning: pdfkit's kerned text is up to a
 * few per cent narrower (AV, Ta) and in rare pairs (LA) a fraction of a point wider.
 */
export function textWidth(text: string, font: FontRole, size: number): number {
  const m = FONT_METRICS[font];
  let units = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    let w: number | undefined;
    for (const [first, widths] of m.ranges) {
      if (cp >= first && cp < first + widths.length) {
        w = widths[cp - first];
        break;
      }
    }
    units += w ?? m.fallback;
  }
  return (units * size) / 1000;
}

/** Line height in points that pdfkit uses for a font (ascender - descender). */
export function lineHeight(font: FontRole, size: number): number {
  const m = FONT_METRICS[font];
  return ((m.ascender - m.descender) * size) / 1000;
}

/**
 * Breaks text into lines no wider than `width`: at spaces, after hyphens and slashes, and inside a word
 * only when the word alone is wider than the line (with a hyphen at a syllable where possible). Explicit newlines
 * are kept.
 */
export function wrapText(text: string, font: FontRole, size: number, width: number): string[] {
  const lines: string[] = [];
  for (const para of text.split('\n')) {
    // Tokens keep their trailing break character: "Jumlah ", "rusak/", "keliru ".
    const tokens = para.match(/[^\s/-]*[\s/-]+|[^\s/-]+$/g) ?? [''];
    let line = '';
    for (const token of tokens) {
      const candidate = line + token;
      if (textWidth(candidate.trimEnd(), font, size) <= width) {
        line = candidate;
        continue;
      }
      if (line.trim() !== '') lines.push(line.trimEnd());
      // A token wider than the line is cut: at a syllable with a hyphen where one fits, else by characters.
      let rest = token;
      while (textWidth(rest.trimEnd(), font, size) > width) {
        const n = syllableCut(rest, font, size, width);
        if (n > 0) {
          lines.push(`${rest.slice(0, n)}-`);
        } else {
          let k = rest.length - 1;
          while (k > 1 && textWidth(rest.slice(0, k), font, size) > width) k--;
          lines.push(rest.slice(0, k));
          rest = rest.slice(k);
          continue;
        }
        rest = rest.slice(n);
      }
      line = rest;
    }
    lines.push(line.trimEnd());
  }
  return lines;
}

const VOWEL = /[aiueoAIUEO]/;
const LETTER = /[A-Za-z]/;
/** Indonesian consonant pairs that stay together: ng, ny, kh, sy (KARANG-TENGAH, not KARAN-GTENGAH). */
const DIGRAPH = /^(ng|ny|kh|sy)$/i;

/**
 * The longest head of `word` that ends before an Indonesian syllable (a consonant followed by a vowel, not inside a
 * digraph) and fits with a hyphen, keeping at least two letters on each side; 0 when there is none.
 */
function syllableCut(word: string, font: FontRole, size: number, width: number): number {
  for (let n = word.length - 2; n >= 2; n--) {
    const prev = word[n - 1]!;
    const cur = word[n]!;
    const next = word[n + 1]!;
    if (!LETTER.test(prev) || !LETTER.test(cur) || VOWEL.test(cur)) continue;
    if (DIGRAPH.test(prev + cur)) continue;
    // A syllable starts at a consonant before a vowel, or at a digraph before a vowel (SUKA-NYA).
    const startsSyllable = VOWEL.test(next) || (DIGRAPH.test(cur + next) && VOWEL.test(word[n + 2] ?? ''));
    if (!startsSyllable) continue;
    if (textWidth(`${word.slice(0, n)}-`, font, size) <= width) return n;
  }
  return 0;
}

/**
 * Wraps into as few lines as `wrapText` at `width`, but with the lines as even as possible (for titles):
 * the narrowest width that keeps the same line count.
 */
export function wrapBalanced(text: string, font: FontRole, size: number, width: number): string[] {
  const count = wrapText(text, font, size, width).length;
  if (count <= 1) return wrapText(text, font, size, width);
  let lo = 0;
  let hi = width;
  while (hi - lo > 0.5) {
    const mid = (lo + hi) / 2;
    if (wrapText(text, font, size, mid).length <= count) hi = mid;
    else lo = mid;
  }
  return wrapText(text, font, size, hi);
}
