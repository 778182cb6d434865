import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDHasil, type DHasilInput } from '../../shared/documents/d-hasil';
import type { Kertas } from '../../shared/documents/layout';
import { formatAngka } from '../../shared/format/number';
import { syntheticRekap } from '../../tests/fixtures/synthetic-rekap';
import { renderDocument } from './render-document';

// Rendered samples stay in tests/artifacts/pdf (gitignored) for looking at.
const artifacts = path.resolve(import.meta.dirname, '../../tests/artifacts/pdf');
const AT = new Date('2024-02-18T13:05:00Z');

function input(kertas: Kertas): DHasilInput {
  // 12 desa of 8 to 15 TPS; the first has 15, more than a page holds, so its lampiran carries JUMLAH PINDAHAN.
  const { paket, rekap } = syntheticRekap({ kosong: 0.03 });
  return { rekap, wilayah: paket.wilayah, pemilihan: paket.pemilihan, dicetakPada: AT, kertas, tanggalPleno: '2024-02-18' };
}

/** `pdfinfo` page sizes in points, one entry per page. */
function pageSizes(file: string): [number, number][] {
  const out = execFileSync('pdfinfo', ['-f', '1', '-l', '9999', file], { encoding: 'utf8' });
  return [...out.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => [Number(m[1]), Number(m[2])]);
}

function text(file: string, first?: number, last?: number): string {
  const range = first === undefined ? [] : ['-f', String(first), '-l', String(last ?? first)];
  return execFileSync('pdftotext', ['-layout', ...range, file, '-'], { encoding: 'utf8' });
}

const files: Partial<Record<Kertas, { file: string; pages: number; input: DHasilInput; bytes: Buffer }>> = {};

beforeAll(async () => {
  fs.mkdirSync(artifacts, { recursive: true });
  for (const kertas of ['F4', 'A4'] as const) {
    const inp = input(kertas);
    const model = buildDHasil(inp);
    const bytes = await renderDocument(model);
    const file = path.join(artifacts, `D.HASIL-KECAMATAN-${inp.rekap.kode}-PPWP-${kertas}.pdf`);
    fs.writeFileSync(file, bytes);
    files[kertas] = { file, pages: model.pages.length, input: inp, bytes };
  }
});

describe('renderDocument', () => {
  it('writes the titles, the region, the pindahan and final columns and the page numbers', () => {
    const { file, pages, input: inp } = files.F4!;
    const all = text(file);
    const p1 = text(file, 1);
    expect(p1).toContain('MODEL D.HASIL');
    expect(p1).toContain('KECAMATAN-PPWP');
    expect(p1).toMatch(/BERITA ACARA DAN SERTIFIKAT REKAPITULASI HASIL PENGHITUNGAN/);
    expect(p1).toContain('PEMILIHAN UMUM PRESIDEN DAN WAKIL PRESIDEN TAHUN 2024');
    for (const name of ['JAWA BARAT (32)', 'BANDUNG (3204)', 'KERTASARI (320444)', 'SUKAMAJU', 'CIKERUH']) expect(p1).toContain(name);
    expect(p1).toContain('JUMLAH AKHIR');
    expect(p1).toContain(`Halaman 1 dari ${pages}`);
    expect(all).toContain(`Halaman ${pages} dari ${pages}`);
    expect(all).toContain('JUMLAH PINDAHAN');
    expect(all).toContain('LAMPIRAN MODEL D.HASIL KECAMATAN-PPWP');
    expect(all).toContain('RINCIAN PEROLEHAN SUARA DI SETIAP TPS');
    expect(all).toContain('TPS 015');
    expect(all).toContain('Dicetak 18 Februari 2024 pukul 20.05 WIB');
    expect(all).toContain('Minggu, tanggal delapan belas, bulan Februari, tahun dua ribu dua puluh empat');
    expect(all).toContain('PANITIA PEMILIHAN KECAMATAN');
    expect(all).toContain('SAKSI PASANGAN CALON');
    expect(all).toContain('H. PRABOWO SUBIANTO dan GIBRAN RAKABUMING RAKA');
    // The kecamatan totals, Indonesian style, on the recap page.
    const total = inp.rekap.jumlah['suara_total']!;
    expect(total).toBeGreaterThan(1000);
    expect(p1).toContain(formatAngka(total));
    expect(formatAngka(total)).toMatch(/^\d{1,3}\.\d{3}$/);
    expect(p1).toContain(formatAngka(inp.rekap.desa[0]!.lembar['pemilih_dpt_j']!));
  });

  it('gives byte-identical output for the same data and clock', async () => {
    const again = await renderDocument(buildDHasil(files.F4!.input));
    expect(again.equals(files.F4!.bytes)).toBe(true);
    const later = await renderDocument(buildDHasil({ ...files.F4!.input, dicetakPada: new Date('2024-02-18T13:06:00Z') }));
    expect(later.equals(files.F4!.bytes)).toBe(false);
  });

  it('uses F4 and A4 sizes, landscape for tables and portrait for the berita acara', () => {
    const sizes = { F4: [935.43, 609.45], A4: [841.89, 595.28] } as const;
    for (const kertas of ['F4', 'A4'] as const) {
      const { file, pages } = files[kertas]!;
      const got = pageSizes(file);
      expect(got).toHaveLength(pages);
      const [long, short] = sizes[kertas];
      expect(got[0]![0]).toBeCloseTo(long, 1);
      expect(got[0]![1]).toBeCloseTo(short, 1);
      const portrait = got.filter(([w, h]) => h > w);
      expect(portrait.length).toBeGreaterThanOrEqual(1);
      expect(portrait[0]![0]).toBeCloseTo(short, 1);
      expect(portrait[0]![1]).toBeCloseTo(long, 1);
    }
  });

  it('embeds the DejaVu fonts and pins the dates and producer', () => {
    const { file } = files.F4!;
    const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' });
    expect(fonts).toMatch(/DejaVuSansCondensed\s/);
    expect(fonts).toMatch(/DejaVuSansCondensed-Bold/);
    expect(fonts).toMatch(/DejaVuSans-Bold/);
    for (const line of fonts.split('\n').slice(2).filter((l) => l.trim())) expect(line).toMatch(/\byes\s+yes\s+yes\b/);
    const info = execFileSync('pdfinfo', ['-isodates', file], { encoding: 'utf8' });
    expect(info).toMatch(/Producer:\s+Pleno Rekap/);
    expect(info).toMatch(/CreationDate:\s+2024-02-18T13:05:00/);
    expect(info).toMatch(/Title:\s+MODEL D.HASIL KECAMATAN-PPWP KERTASARI \(320444\)/);
  });

  describe('rasterised', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dhasil-png-'));
    afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

    it('renders every page to PNG', () => {
      const { file, pages } = files.A4!;
      execFileSync('pdftoppm', ['-png', '-r', '60', file, path.join(dir, 'p')]);
      const pngs = fs.readdirSync(dir).filter((f) => f.endsWith('.png'));
      expect(pngs).toHaveLength(pages);
      for (const f of pngs) expect(fs.statSync(path.join(dir, f)).size).toBeGreaterThan(5_000);
    });
  });
});
