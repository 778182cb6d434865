import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { FONT_METRICS } from '../../shared/documents/font-metrics';
import { FONT_ROLES, textWidth } from '../../shared/documents/text-measure';
import { defaultFontsDir, fontFile, FONT_FILES } from './fonts';

const repoFonts = path.resolve(import.meta.dirname, '../../resources/fonts');

describe('defaultFontsDir', () => {
  it('finds resources/fonts walking up from this folder, and from a bundled out/main', () => {
    expect(defaultFontsDir()).toBe(repoFonts);
    expect(defaultFontsDir(path.resolve(import.meta.dirname, '../../out/main'))).toBe(repoFonts);
  });

  it('ships the four faces with their licence', () => {
    for (const f of Object.values(FONT_FILES)) expect(fs.statSync(path.join(repoFonts, f)).size).toBeGreaterThan(100_000);
    expect(fs.readFileSync(path.join(repoFonts, 'LICENSE-DejaVu.txt'), 'utf8')).toContain('Bitstream Vera');
  });

  it('says where it looked when the fonts are nowhere', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'no-fonts-'));
    try {
      expect(() => defaultFontsDir(dir)).toThrow(/DejaVu fonts not found; looked in: .*no-fonts-/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('font metrics of the pure model', () => {
  const doc = new PDFDocument({ autoFirstPage: false });
  const measure = (role: (typeof FONT_ROLES)[number], text: string, size: number): number =>
    doc.font(fontFile(repoFonts, role)).fontSize(size).widthOfString(text);

  it('are up to date with the font files (regenerate with electron/pdf/generate-font-metrics.ts)', () => {
    for (const role of FONT_ROLES) {
      for (const [first, widths] of FONT_METRICS[role].ranges) {
        widths.forEach((w, i) => expect(measure(role, String.fromCodePoint(first + i), 1000)).toBeCloseTo(w, 1));
      }
    }
  });

  // pdfkit kerns (AV, Ta, P. narrower; LA a hair wider); the tables do not. The model so measures a little wide
  // and wraps early; where kerning widens, the difference is a fraction of a point (the renderer shrinks a line
  // that would overflow its cell anyway).
  it('measure text as pdfkit does up to kerning', () => {
    const samples = [
      'BERITA ACARA DAN SERTIFIKAT REKAPITULASI HASIL PENGHITUNGAN PEROLEHAN SUARA',
      'H. ANIES RASYID BASWEDAN, Ph.D. dan Dr. (H.C.) H. A. MUHAIMIN ISKANDAR',
      'Jumlah surat suara yang tidak digunakan/tidak terpakai, termasuk sisa surat suara cadangan',
      '12.345 204.807.222 — JUMLAH PINDAHAN', 'Yogyakarta, Wates, AVATAR, “kutipan”…',
    ];
    for (const role of FONT_ROLES) {
      for (const s of samples) {
        const real = measure(role, s, 8);
        const ours = textWidth(s, role, 8);
        expect(ours).toBeGreaterThanOrEqual(real * 0.999);
        expect(ours).toBeLessThan(real * 1.05);
      }
    }
  });
});
