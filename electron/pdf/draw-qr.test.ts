import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { modulQr } from './draw-qr';

/** Decodes modules as a phone would see them: 4 pixels a module, a quiet zone of 4 modules, RGBA. */
function baca(m: readonly (readonly boolean[])[]): string | null {
  const s = 4;
  const n = (m.length + 8) * s;
  const rgba = new Uint8ClampedArray(n * n * 4).fill(255);
  m.forEach((row, r) =>
    row.forEach((gelap, c) => {
      if (!gelap) return;
      for (let y = 0; y < s; y++) for (let x = 0; x < s; x++) rgba.fill(0, (((r + 4) * s + y) * n + (c + 4) * s + x) * 4, (((r + 4) * s + y) * n + (c + 4) * s + x) * 4 + 3);
    }),
  );
  return jsQR(rgba, n, n)?.data ?? null;
}

describe('modulQr', () => {
  it('encodes page codes, with and without characters outside the alphanumeric set, so that they decode as written', () => {
    const hex = 'A3F2'.repeat(16);
    for (const teks of [`REKAP-HASIL:336901:PPWP:1/12:A3F2-A3F2-A3F2-A3F2:${hex}`, `REKAP-HASIL:336901:DPRD_KABKO:843/843:A3F2-A3F2-A3F2-A3F2:${hex}`, 'rekap hasil: é']) {
      expect(baca(modulQr(teks))).toBe(teks);
    }
  });
});
