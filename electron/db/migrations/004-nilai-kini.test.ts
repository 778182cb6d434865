import Database from 'better-sqlite3';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from './index';

/** The rule of migration 1's nilai_efektif view, over every version: the reference nilai_kini must agree with. */
const JENDELA = `
WITH berperingkat AS (
  SELECT tps_kode, jenis, baris, nilai, sumber, id, CASE sumber WHEN 'sirekap' THEN 1 WHEN 'c_hasil' THEN 2 ELSE 3 END AS prioritas FROM nilai
), terakhir AS (
  SELECT *, ROW_NUMBER() OVER (PARTITION BY tps_kode, jenis, baris, prioritas ORDER BY id DESC) AS urut FROM berperingkat
), terpilih AS (
  SELECT *, ROW_NUMBER() OVER (PARTITION BY tps_kode, jenis, baris ORDER BY prioritas DESC) AS pilih FROM terakhir WHERE urut = 1 AND nilai IS NOT NULL
)
SELECT tps_kode, jenis, baris, nilai, sumber, id FROM terpilih WHERE pilih = 1 ORDER BY tps_kode, jenis, baris`;

const KINI = 'SELECT tps_kode, jenis, baris, nilai, sumber, id FROM nilai_efektif ORDER BY tps_kode, jenis, baris';

function db(sampai: number): Database.Database {
  const d = new Database(':memory:');
  for (const m of MIGRATIONS.slice(0, sampai)) d.exec(m.sql);
  d.exec("INSERT INTO wilayah VALUES ('1101012001', 'desa', NULL, 'X', 0); INSERT INTO tps VALUES ('1101012001001', '1101012001', 1, 0), ('1101012001002', '1101012001', 2, 1); INSERT INTO surat_suara VALUES ('PPWP', 0), ('DPR', 1)");
  return d;
}

const versi = fc.record({
  tps: fc.constantFrom('1101012001001', '1101012001002'),
  jenis: fc.constantFrom('PPWP', 'DPR'),
  baris: fc.constantFrom('suara_1', 'suara_2'),
  nilai: fc.option(fc.integer({ min: 0, max: 999 }), { freq: 3 }),
  sumber: fc.constantFrom('sirekap', 'c_hasil', 'koreksi', 'hitung_ulang'),
});

function tulis(d: Database.Database, vs: readonly { tps: string; jenis: string; baris: string; nilai: number | null; sumber: string }[]): void {
  const ins = d.prepare("INSERT INTO nilai (tps_kode, jenis, baris, nilai, sumber, dicatat_pada, oleh) VALUES (?, ?, ?, ?, ?, 't', 'o')");
  for (const v of vs) ins.run(v.tps, v.jenis, v.baris, v.nilai, v.sumber);
}

describe('migration 4: the effective value kept as versions are written', () => {
  it('always equals the window query over every version, nulls and corrections included', () => {
    fc.assert(
      fc.property(fc.array(versi, { maxLength: 40 }), (vs) => {
        const d = db(MIGRATIONS.length);
        tulis(d, vs);
        expect(d.prepare(KINI).all()).toEqual(d.prepare(JENDELA).all());
        d.close();
      }),
      { numRuns: 400, seed: 4 },
    );
  });

  it('fills nilai_kini from the versions already in a database of schema 3', () => {
    fc.assert(
      fc.property(fc.array(versi, { maxLength: 30 }), fc.array(versi, { maxLength: 10 }), (sebelum, sesudah) => {
        const d = db(3);
        tulis(d, sebelum);
        d.exec(MIGRATIONS[3]!.sql);
        tulis(d, sesudah);
        expect(d.prepare(KINI).all()).toEqual(d.prepare(JENDELA).all());
        d.close();
      }),
      { numRuns: 100, seed: 3 },
    );
  });
});
