import type Database from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatAngka } from '../../shared/format/number';
import { syntheticPaket, syntheticSheets } from '../../tests/fixtures/synthetic-rekap';
import type { JenisSuratSuara } from '../../shared/domain/ballot';
import { databaseUji, jamUji, PAKET_LEGISLATIF } from '../testing/election-fixture';
import { namaBerkasDHasil, printRecapDocuments } from './print-service';
import { recap } from './recap-service';
import { saveTpsSheet } from './results-service';

let db: Database.Database;
let dir: string;
const paket = syntheticPaket({ desa: 5, minTps: 3, maxTps: 15 });

beforeEach(() => {
  ({ db, dir } = databaseUji(paket));
  const clock = jamUji();
  for (const [kodeTps, nilai] of syntheticSheets(paket, { kosong: 0.1 })) {
    const r = saveTpsSheet(db, { kodeTps, jenis: 'PPWP', nilai, sumber: 'c_hasil', oleh: 'uji' }, clock);
    if (!r.ok) throw new Error(r.error.pesan);
  }
});
afterEach(() => {
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('printRecapDocuments', () => {
  it('writes D.HASIL-KECAMATAN-<kode>-PPWP.pdf with the recap of the database, and nothing else', async () => {
    const out = path.join(dir, 'cetak', 'baru');
    const files = await printRecapDocuments(db, out, () => new Date('2024-02-18T13:05:00Z'));
    expect(files).toEqual([path.join(out, 'D.HASIL-KECAMATAN-320444-PPWP.pdf')]);
    expect(fs.readdirSync(out)).toEqual(['D.HASIL-KECAMATAN-320444-PPWP.pdf']);
    const text = execFileSync('pdftotext', ['-layout', files[0]!, '-'], { encoding: 'utf8' });
    const r = recap(db, 'PPWP');
    expect(text).toContain('KERTASARI (320444)');
    expect(text).toContain(formatAngka(r.jumlah['suara_total']!));
    expect(text).toContain('JUMLAH PINDAHAN');
    expect(text).toMatch(/Halaman 1 dari \d+/);
    const info = execFileSync('pdfinfo', [files[0]!], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+935\.43\d* x 609\.44\d* pts/);
  });

  it('prints A4 on request and overwrites the previous file in place', async () => {
    const out = path.join(dir, 'cetak');
    const clock = (): Date => new Date('2024-02-18T13:05:00Z');
    const [first] = await printRecapDocuments(db, out, clock);
    const [again] = await printRecapDocuments(db, out, clock, { kertas: 'A4' });
    expect(again).toBe(first);
    expect(execFileSync('pdfinfo', [again!], { encoding: 'utf8' })).toMatch(/Page size:\s+841\.89\d* x 595\.27\d* pts/);
    expect(fs.readdirSync(out)).toEqual([namaBerkasDHasil('320444', 'PPWP')]);
  });
});

describe('printRecapDocuments on every ballot', () => {
  it('writes one file per ballot in the official order, each its own D.Hasil; --jenis prints one', async () => {
    db.close();
    fs.rmSync(dir, { recursive: true, force: true });
    ({ db, dir } = databaseUji(PAKET_LEGISLATIF));
    const clock = jamUji();
    const r = saveTpsSheet(db, { kodeTps: '1101012001001', jenis: 'DPR', nilai: { partai_1_a1: 3, partai_1_calon_1: 10, partai_1_calon_2: 2, partai_1_b: 15 }, sumber: 'c_hasil', oleh: 'uji' }, clock);
    if (!r.ok) throw new Error(r.error.pesan);
    const out = path.join(dir, 'cetak');
    const at = (): Date => new Date('2024-02-18T13:05:00Z');
    const files = await printRecapDocuments(db, out, at);
    expect(files.map((f) => path.basename(f))).toEqual(['PPWP', 'DPR', 'DPD', 'DPRD_KABKO'].map((j) => namaBerkasDHasil('110101', j as JenisSuratSuara)));
    const dpr = execFileSync('pdftotext', ['-layout', files[1]!, '-'], { encoding: 'utf8' });
    expect(dpr).toContain('KECAMATAN-DPR');
    expect(dpr).toContain('01. PARTAI KEBANGKITAN BANGSA');
    expect(dpr).toContain('CALON DUA');
    expect(dpr).toMatch(/Jumlah suara sah partai politik dan calon \(A\.1 \+ A\.2\)\s+15\s+—\s+15/);
    const one = await printRecapDocuments(db, path.join(dir, 'satu'), at, { jenis: 'DPRD_KABKO' });
    expect(one.map((f) => path.basename(f))).toEqual([namaBerkasDHasil('110101', 'DPRD_KABKO')]);
  });
});
