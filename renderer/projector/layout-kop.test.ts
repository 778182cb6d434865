import { describe, expect, it } from 'vitest';
import { bungkus, type UkurTeks } from './layout';
import { pasJudul } from './layout-kop';

// A crude but monotone measure: 0.62 em per character.
const ukur: UkurTeks = (text, font) => text.length * 0.62 * Number(/(\d+)px/.exec(font)?.[1] ?? 16);

describe('the projector header title', () => {
  it('keeps its size when it fits', () => {
    expect(pasJudul('PPWP · DESA WANAJAYA', 500, 26, 18, 'x', ukur)).toEqual({ px: 26, baris: 1 });
  });

  it('shrinks a little, on one line, when a little too long', () => {
    const t = 'DPRD Kab/Kota · DESA KARANGTENGAH';
    const r = pasJudul(t, 480, 26, 18, 'x', ukur);
    expect(r.baris).toBe(1);
    expect(r.px).toBeLessThan(26);
    expect(r.px).toBeGreaterThanOrEqual(20);
    expect(ukur(t, `bold ${r.px}px x`)).toBeLessThanOrEqual(480);
  });

  it('goes to two lines, never cut, when a long name would shrink too much', () => {
    const t = 'DPRD Kab/Kota · KELURAHAN SUKAMAJU KIDUL BARAT DAYA PESISIR';
    const r = pasJudul(t, 420, 26, 18, 'x', ukur);
    expect(r.baris).toBe(2);
    // Two lines stay within the header's height: no larger than the two-line maximum.
    expect(r.px).toBeLessThanOrEqual(18);
    expect(r.px).toBeGreaterThanOrEqual(16);
    const lines = bungkus(t, 420, `bold ${r.px}px x`, ukur);
    expect(lines).toHaveLength(2);
    expect(lines.join(' ')).toBe(t);
  });
});
