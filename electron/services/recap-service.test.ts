import type Database from 'better-sqlite3';
import fs from 'node:fs';
import type { JenisSuratSuara } from '../../shared/domain/ballot';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PlenoError } from '../errors';
import { databaseUji, jamUji, PAKET_LEGISLATIF } from '../testing/election-fixture';
import { check, recap } from './recap-service';
import { readSheets, saveTpsSheet } from './results-service';
import { mulberry32 } from '../../shared/util/mulberry32';

let db: Database.Database;
let dir: string;
const clock = jamUji();

beforeEach(() => {
  ({ db, dir } = databaseUji());
});
afterEach(() => {
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

function simpan(kodeTps: string, jenis: JenisSuratSuara, nilai: Record<string, number | null>): void {
  const r = saveTpsSheet(db, { kodeTps, jenis, nilai, sumber: 'c_hasil', oleh: 'uji' }, clock);
  if (!r.ok) throw new Error(r.error.pesan);
}

describe('recap', () => {
  it('sums the effective values TPS -> desa -> kecamatan, every row on its own', () => {
    simpan('1101012001001', 'PPWP', { suara_1: 10, suara_2: 20, suara_3: 5, suara_sah: 35 });
    simpan('1101012001002', 'PPWP', { suara_1: 1, suara_2: 2, suara_3: 3, suara_sah: 7 });
    simpan('1101012002001', 'PPWP', { suara_1: 100, suara_2: 0, suara_3: 0, suara_sah: 90 });
    const r = recap(db, 'PPWP');
    expect(r.desa.map((d) => d.lembar['suara_1'])).toEqual([11, 100]);
    expect(r.jumlah).toMatchObject({ suara_1: 111, suara_2: 22, suara_3: 8, suara_sah: 132, pemilih_dpt_j: null });
    expect(r.desa[0]!.tps.map((t) => t.terisi)).toEqual([true, true]);
  });

  it('throws a PlenoError for a ballot that is not in the package', () => {
    expect(() => recap(db, 'DPR')).toThrow(PlenoError);
  });
});

describe('check', () => {
  it('validates every filled TPS sheet of every ballot, sorted by ballot order then TPS code', () => {
    simpan('1101012002001', 'DPD', { suara_21: 5, suara_22: 5, suara_sah: 11 });
    simpan('1101012002001', 'PPWP', { suara_1: 100, suara_2: 0, suara_3: 0, suara_sah: 90 });
    simpan('1101012001002', 'PPWP', { suara_1: 1, suara_2: 2, suara_3: 3, suara_sah: 6, suara_tidak_sah: 1, suara_total: 8 });
    simpan('1101012001001', 'PPWP', { suara_1: null });
    const t = check(db);
    expect(t.map((x) => [x.surat_suara, x.kode, x.aturan])).toEqual([
      ['PPWP', '1101012001002', 'R3'],
      ['PPWP', '1101012002001', 'R4'],
      ['PPWP', '1101012002001', 'R13'],
      ['DPD', '1101012002001', 'R4'],
    ]);
    expect(t[1]).toMatchObject({ keparahan: 'galat', pesan: 'Jumlah suara paslon (100) tidak sama dengan suara sah (90)' });
  });

  it('finds nothing in an empty database', () => {
    expect(check(db)).toEqual([]);
  });
});

describe('recap and check on the party ballots', () => {
  beforeEach(() => {
    db.close();
    fs.rmSync(dir, { recursive: true, force: true });
    ({ db, dir } = databaseUji(PAKET_LEGISLATIF));
  });

  it('sums the party blocks row by row', () => {
    simpan('1101012001001', 'DPR', { partai_1_a1: 3, partai_1_calon_1: 10, partai_1_calon_2: 2, partai_1_b: 15, partai_24_a1: 4, partai_24_b: 4, suara_sah: 19 });
    simpan('1101012001002', 'DPR', { partai_1_a1: 1, partai_1_calon_1: 1, partai_1_calon_2: 1, partai_1_b: 3, partai_24_a1: 0, partai_24_b: 0, suara_sah: 3 });
    const r = recap(db, 'DPR');
    expect(r.rowKeys).toContain('partai_1_calon_2');
    expect(r.desa[0]!.lembar).toMatchObject({ partai_1_a1: 4, partai_1_calon_1: 11, partai_1_calon_2: 3, partai_1_b: 18, partai_24_b: 4, suara_sah: 22 });
  });

  it('checks R5 on DPR/DPRD, R4 elsewhere, then R15 across the ballots of each TPS, in the official order', () => {
    const adm = { pemilih_dpt_l: 100, pemilih_dpt_p: 100, pemilih_dpt_j: 200, pengguna_total_j: 150 };
    simpan('1101012001001', 'DPRD_KABKO', { ...adm, partai_18_a1: 5, partai_18_calon_1: 5, partai_18_b: 11 });
    simpan('1101012001001', 'DPR', { ...adm, pemilih_dpt_j: 210, pemilih_dpt_l: 110, pengguna_total_j: 151 });
    simpan('1101012001001', 'PPWP', adm);
    simpan('1101012001001', 'DPD', { ...adm, suara_21: 1, suara_22: 1, suara_sah: 3 });
    expect(check(db).map((x) => [x.surat_suara, x.aturan, x.keparahan])).toEqual([
      ['DPR', 'R15', 'peringatan'],
      ['DPR', 'R15', 'peringatan'],
      ['DPR', 'R15', 'peringatan'],
      ['DPD', 'R4', 'galat'],
      ['DPRD_KABKO', 'R5', 'galat'],
    ]);
  });
});

describe('the recap and findings kept per connection', () => {
  it('equal a fresh computation after every round of saves (cleared cells included) on any ballot and TPS', () => {
    db.close();
    fs.rmSync(dir, { recursive: true, force: true });
    ({ db, dir } = databaseUji(PAKET_LEGISLATIF));
    const acak = mulberry32(8);
    const tps = ['1101012001001', '1101012001002', '1101012002001'];
    const jenis: JenisSuratSuara[] = ['PPWP', 'DPR', 'DPD'];
    const baris: Record<string, string[]> = { PPWP: ['suara_1', 'suara_2', 'suara_sah', 'pengguna_dpt_l'], DPR: ['partai_1_a1', 'partai_1_b', 'suara_sah', 'pengguna_dpt_l'], DPD: ['suara_21', 'suara_sah', 'pengguna_dpt_l'] };
    const segar = <T,>(f: () => T): T => db.transaction(f)();
    for (let round = 0; round < 25; round++) {
      expect(check(db)).toEqual(segar(() => check(db)));
      for (const j of jenis) {
        expect(recap(db, j)).toEqual(segar(() => recap(db, j)));
        expect(readSheets(db, j, 'c_hasil')).toEqual(segar(() => readSheets(db, j, 'c_hasil')));
      }
      for (let i = 0; i < 1 + Math.floor(acak() * 3); i++) {
        const j = jenis[Math.floor(acak() * jenis.length)]!;
        const k = baris[j]![Math.floor(acak() * baris[j]!.length)]!;
        simpan(tps[Math.floor(acak() * tps.length)]!, j, { [k]: acak() < 0.2 ? null : Math.floor(acak() * 300) });
      }
    }
    expect(check(db).length).toBeGreaterThan(0);
  });
});
