import type Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { berkasSirekap, databaseUji, jamUji } from '../testing/election-fixture';
import { auditHead, listAudit, verifyAuditChain } from './audit-service';
import { cellHistory, readSheets, readTpsSheet, saveTpsSheet } from './results-service';
import { importSirekapFiles } from './sirekap-import-service';

let db: Database.Database;
let dir: string;
const clock = jamUji('2024-02-20T10:00:00.000Z');
const TPS = '1101012001001';

beforeEach(() => {
  ({ db, dir } = databaseUji());
});
afterEach(() => {
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

function simpan(nilai: Record<string, number | null>, oleh = 'operator 1', kodeTps = TPS, jenis: 'PPWP' | 'DPD' = 'PPWP') {
  return saveTpsSheet(db, { kodeTps, jenis, nilai, sumber: 'c_hasil', oleh }, clock);
}

function jumlah(tabel: string): number {
  return (db.prepare(`SELECT count(*) AS n FROM ${tabel}`).get() as { n: number }).n;
}

describe('saveTpsSheet and cellHistory', () => {
  it('keeps every version: a second save adds one, the old one stays', () => {
    const first = simpan({ suara_1: 25, suara_2: 80, suara_sah: 105 });
    expect(first.ok && first.value.c_hasil).toEqual({ suara_1: 25, suara_2: 80, suara_sah: 105 });
    const second = simpan({ suara_1: 26, suara_2: 80, suara_sah: 105 }, 'operator 2');
    expect(second.ok && second.value.efektif).toEqual({ suara_1: 26, suara_2: 80, suara_sah: 105 });

    const hist = cellHistory(db, TPS, 'PPWP', 'suara_1');
    expect(hist.map((h) => [h.nilai, h.sumber, h.oleh])).toEqual([
      [25, 'c_hasil', 'operator 1'],
      [26, 'c_hasil', 'operator 2'],
    ]);
    expect(hist[0]!.dicatat_pada < hist[1]!.dicatat_pada).toBe(true);
    // Only the changed cell was written the second time.
    expect(cellHistory(db, TPS, 'PPWP', 'suara_2')).toHaveLength(1);
    expect(jumlah('nilai')).toBe(4);
    const audit = listAudit(db);
    expect(audit.map((a) => a.aksi)).toEqual(['buat-basis-data', 'simpan-c-hasil', 'simpan-c-hasil']);
    expect(JSON.parse(audit[2]!.rincian)).toEqual({ jenis: 'PPWP', perubahan: [{ baris: 'suara_1', dari: 25, ke: 26 }], tps: TPS });
    expect(verifyAuditChain(db)).toBeNull();
  });

  it('writes nothing when nothing changed', () => {
    simpan({ suara_1: 25 });
    const head = auditHead(db);
    simpan({ suara_1: 25 });
    expect(jumlah('nilai')).toBe(1);
    expect(auditHead(db)).toEqual(head);
  });

  it('refuses UPDATE and DELETE of a version', () => {
    simpan({ suara_1: 25 });
    expect(() => db.prepare('UPDATE nilai SET nilai = 26').run()).toThrow(/tidak boleh diubah/);
    expect(() => db.prepare('DELETE FROM nilai').run()).toThrow(/tidak boleh dihapus/);
    expect(cellHistory(db, TPS, 'PPWP', 'suara_1').map((h) => h.nilai)).toEqual([25]);
  });

  it.each<[string, () => ReturnType<typeof simpan>, string, string]>([
    ['a number above 999', () => simpan({ suara_1: 1000 }), 'nilai-tidak-valid', `TPS ${TPS} PPWP, baris suara_1: harus bilangan bulat 0–999 (tiga kotak angka) atau kosong, tertulis 1000.`],
    ['a negative number', () => simpan({ suara_sah: -1 }), 'nilai-tidak-valid', `TPS ${TPS} PPWP, baris suara_sah: harus bilangan bulat 0–999 (tiga kotak angka) atau kosong, tertulis -1.`],
    ['a fraction', () => simpan({ suara_2: 2.5 }), 'nilai-tidak-valid', `TPS ${TPS} PPWP, baris suara_2: harus bilangan bulat 0–999 (tiga kotak angka) atau kosong, tertulis 2.5.`],
    ['a row not on the form', () => simpan({ suara_4: 1 }), 'baris-tidak-dikenal', `TPS ${TPS} PPWP: baris "suara_4" tidak ada pada formulir C.Hasil PPWP.`],
    ['an unknown TPS', () => simpan({ suara_1: 1 }, 'x', '1101012001009'), 'tps-tidak-dikenal', 'TPS 1101012001009 tidak ada dalam paket pemilihan.'],
    ['an empty operator name', () => simpan({ suara_1: 1 }, ' '), 'oleh-kosong', 'Nama petugas yang menyimpan wajib diisi.'],
  ])('refuses %s and writes nothing', (_what, act, kode, pesan) => {
    simpan({ suara_3: 7 });
    const head = auditHead(db);
    const r = act();
    expect(r).toMatchObject({ ok: false, error: { kode, pesan } });
    expect(jumlah('nilai')).toBe(1);
    expect(auditHead(db)).toEqual(head);
  });

  it('refuses a ballot that is not in the package', () => {
    const r = saveTpsSheet(db, { kodeTps: TPS, jenis: 'DPR', nilai: {}, sumber: 'c_hasil', oleh: 'x' }, clock);
    expect(r).toMatchObject({ ok: false, error: { kode: 'surat-suara-tidak-dikenal' } });
  });
});

describe('effective value', () => {
  function imporSirekap(nilai: number): void {
    const f = path.join(dir, `${TPS}.json`);
    fs.writeFileSync(f, berkasSirekap({ 100025: nilai, 100026: 80, 100027: 10 }, null));
    const r = importSirekapFiles(db, [f], clock);
    if (!r.ok) throw new Error(r.error.pesan);
  }

  function tambah(sumber: string, nilai: number | null): void {
    db.prepare("INSERT INTO nilai (tps_kode, jenis, baris, nilai, sumber, dicatat_pada, oleh) VALUES (?, 'PPWP', 'suara_1', ?, ?, '2024-02-21T00:00:00Z', 'uji')").run(TPS, nilai, sumber);
  }

  it('is the latest correction or recount, else the latest C.Hasil, else the latest Sirekap', () => {
    imporSirekap(825);
    expect(readSheets(db, 'PPWP', 'efektif').get(TPS)?.['suara_1']).toBe(825);
    simpan({ suara_1: 25 });
    expect(readSheets(db, 'PPWP', 'efektif').get(TPS)?.['suara_1']).toBe(25);
    imporSirekap(826); // a later Sirekap value does not override what was read from the C.Hasil
    expect(readSheets(db, 'PPWP', 'efektif').get(TPS)?.['suara_1']).toBe(25);
    tambah('koreksi', 24);
    tambah('hitung_ulang', 23);
    expect(readSheets(db, 'PPWP', 'efektif').get(TPS)?.['suara_1']).toBe(23);
    tambah('koreksi', 22);
    expect(readSheets(db, 'PPWP', 'efektif').get(TPS)?.['suara_1']).toBe(22);
    expect(readSheets(db, 'PPWP', 'sirekap').get(TPS)?.['suara_1']).toBe(826);
    expect(readSheets(db, 'PPWP', 'c_hasil').get(TPS)).toEqual({ suara_1: 25 });
    const sheet = readTpsSheet(db, TPS, 'PPWP');
    expect(sheet.ok && [sheet.value.efektif['suara_1'], sheet.value.sirekap['suara_1'], sheet.value.c_hasil['suara_1']]).toEqual([22, 826, 25]);
    expect(cellHistory(db, TPS, 'PPWP', 'suara_1').map((h) => h.sumber)).toEqual(['sirekap', 'c_hasil', 'sirekap', 'koreksi', 'hitung_ulang', 'koreksi']);
  });

  it('falls back to the next source when a C.Hasil entry is cleared again', () => {
    imporSirekap(825);
    simpan({ suara_1: 25 });
    simpan({ suara_1: null });
    expect(readSheets(db, 'PPWP', 'efektif').get(TPS)?.['suara_1']).toBe(825);
    expect(readSheets(db, 'PPWP', 'c_hasil').get(TPS)).toEqual({ suara_1: null });
  });

  it('lists only TPS with values, per ballot', () => {
    simpan({ suara_21: 4 }, 'x', '1101012002001', 'DPD');
    expect([...readSheets(db, 'DPD', 'efektif').keys()]).toEqual(['1101012002001']);
    expect(readSheets(db, 'PPWP', 'efektif').size).toBe(0);
  });
});
