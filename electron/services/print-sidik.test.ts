import type Database from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bacaIsiQr } from '../../shared/documents/sidik-halaman';
import { databaseUji, jamUji } from '../testing/election-fixture';
import { eksporRekapHasil } from './exchange-service';
import { printRecapDocuments } from './print-service';
import { printPlenoDocuments } from './pleno-print-service';
import { saveTpsSheet } from './results-service';

let db: Database.Database;
let dir: string;
const clock = jamUji();

beforeAll(() => {
  ({ db, dir } = databaseUji());
  const r = saveTpsSheet(db, { kodeTps: '1101012001001', jenis: 'PPWP', nilai: { suara_1: 10, suara_2: 20, suara_3: 5, suara_sah: 35 }, sumber: 'c_hasil', oleh: 'uji' }, clock);
  if (!r.ok) throw new Error(r.error.pesan);
});
afterAll(() => {
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Renders one page with pdftoppm and decodes the QR code on it with jsQR. */
function qrDariHalaman(pdf: string, halaman: number): string | null {
  const prefix = path.join(dir, `hal-${halaman}`);
  execFileSync('pdftoppm', ['-r', '200', '-gray', '-png', '-f', String(halaman), '-l', String(halaman), '-singlefile', pdf, prefix]);
  const png = PNG.sync.read(fs.readFileSync(`${prefix}.png`));
  // pngjs gives RGBA for any input colour type.
  const code = jsQR(new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.length), png.width, png.height);
  return code?.data ?? null;
}

describe('fingerprint on paper', () => {
  it('prints the export fingerprint and a QR code on every page that a phone decodes to region, ballot, page n/m and the fingerprint', async () => {
    const out = path.join(dir, 'cetak');
    const [pdf] = await printRecapDocuments(db, out, clock);
    const ekspor = eksporRekapHasil(db, 'PPWP');
    const teks = execFileSync('pdftotext', ['-layout', pdf!, '-'], { encoding: 'utf8' });
    const halaman = teks.split('\f').filter((p) => p.trim() !== '');
    expect(halaman.length).toBeGreaterThan(1);
    for (const h of halaman) {
      expect(h).toContain(`Sidik jari ekspor ${ekspor.sidik}`);
      expect(h.replace(/\s+/g, '')).toContain(ekspor.sha256);
    }
    for (let i = 1; i <= halaman.length; i++) {
      const isi = qrDariHalaman(pdf!, i);
      expect(isi, `page ${i}`).not.toBeNull();
      const q = bacaIsiQr(isi!);
      expect(q).toEqual({ kodeWilayah: '110101', jenis: 'PPWP', halaman: i, jumlahHalaman: halaman.length, sidik: ekspor.sidik, sha256: ekspor.sha256 });
    }
  }, 120_000);

  it('prints the fingerprint of the export of all ballots and a QR code on every page of the plenary documents', async () => {
    const pdfs = await printPlenoDocuments(db, path.join(dir, 'pleno'), clock);
    const ekspor = eksporRekapHasil(db);
    expect(pdfs.length).toBeGreaterThan(0);
    for (const pdf of pdfs) {
      const n = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).split('\f').filter((p) => p.trim() !== '').length;
      for (let i = 1; i <= n; i++) {
        const q = bacaIsiQr(qrDariHalaman(pdf, i) ?? '');
        expect(q, `${path.basename(pdf)} page ${i}`).toEqual({ kodeWilayah: '110101', jenis: 'SEMUA', halaman: i, jumlahHalaman: n, sidik: ekspor.sidik, sha256: ekspor.sha256 });
      }
    }
  }, 120_000);
});
