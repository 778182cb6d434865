import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDHasil, type DHasilInput } from '../../shared/documents/d-hasil';
import { formatAngka } from '../../shared/format/number';
import { syntheticPartaiRekap } from '../../tests/fixtures/synthetic-rekap';
import { renderDocument } from './render-document';

// A DPRD Kab/Kota D.Hasil (18 parties x 12 candidates, 250 rows) rendered for real: text, pages, bytes.
const artifacts = path.resolve(import.meta.dirname, '../../tests/artifacts/pdf');
const AT = new Date('2024-02-20T03:00:00Z');

let input: DHasilInput;
let bytes: Buffer;
let pages: number;
let file: string;

beforeAll(async () => {
  fs.mkdirSync(artifacts, { recursive: true });
  const { paket, rekap } = syntheticPartaiRekap({ kosong: 0.03, desa: 4, maxTps: 15 });
  input = { rekap, wilayah: paket.wilayah, pemilihan: paket.pemilihan, dicetakPada: AT, kertas: 'F4', tanggalPleno: '2024-02-20' };
  const model = buildDHasil(input);
  pages = model.pages.length;
  bytes = await renderDocument(model);
  file = path.join(artifacts, `D.HASIL-KECAMATAN-${rekap.kode}-DPRD_KABKO-F4.pdf`);
  fs.writeFileSync(file, bytes);
});

function text(first?: number, last?: number): string {
  const range = first === undefined ? [] : ['-f', String(first), '-l', String(last ?? first)];
  return execFileSync('pdftotext', ['-layout', ...range, file, '-'], { encoding: 'utf8' });
}

describe('renderDocument, DPRD Kab/Kota', () => {
  it('prints the party blocks with their candidates, the dapil, the pindahan columns and continued headings', () => {
    const all = text();
    expect(text(1)).toContain('PEMILIHAN UMUM ANGGOTA DPRD KABUPATEN/KOTA TAHUN 2024');
    expect(text(1)).toContain('KECAMATAN-DPRD KAB/KOTA');
    expect(all).toContain('DAERAH PEMILIHAN :');
    expect(all).toContain('BANDUNG 7 (320407)');
    expect(all).toContain('IV. DATA PEROLEHAN SUARA PARTAI POLITIK DAN SUARA CALON');
    expect(all).toMatch(/IV\. DATA PEROLEHAN SUARA PARTAI POLITIK DAN SUARA CALON \(lanjutan\)/);
    expect(all).toContain('03. PARTAI DEMOKRASI INDONESIA PERJUANGAN');
    expect(all).toContain('24. PARTAI UMMAT');
    expect(all).toContain('CALON 3-12 DENGAN NAMA LENGKAP, S.H.');
    expect(all).toContain('Jumlah suara sah partai politik dan calon (A.1 + A.2)');
    expect(all).toContain('JUMLAH PINDAHAN');
    expect(all).toContain('SAKSI PARTAI POLITIK');
    expect(all).toContain('IV. JUMLAH SUARA SAH PARTAI POLITIK DAN CALON (B = A.1 + A.2)');
    expect(all).toContain(formatAngka(input.rekap.jumlah['partai_3_b']!));
    expect(all).toContain(`Halaman ${pages} dari ${pages}`);
  });

  it('gives byte-identical output for the same data and clock', async () => {
    const again = await renderDocument(buildDHasil(input));
    expect(again.equals(bytes)).toBe(true);
  });

  describe('rasterised', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dhasil-partai-'));
    afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

    it('renders every page to PNG', () => {
      execFileSync('pdftoppm', ['-png', '-r', '40', file, path.join(dir, 'p')]);
      const pngs = fs.readdirSync(dir).filter((f) => f.endsWith('.png'));
      expect(pngs).toHaveLength(pages);
      for (const f of pngs) expect(fs.statSync(path.join(dir, f)).size).toBeGreaterThan(3_000);
    });
  });
});
