import type Database from 'better-sqlite3';
import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { databaseUji, jamUji } from '../testing/election-fixture';
import { listAudit } from './audit-service';
import { saveTpsSheet } from './results-service';
import { daftarTinjauan, majukanTinjauan, periksaBelumDisahkan, tinjauanUnit } from './tinjauan-service';

let db: Database.Database;
let dir: string;
const clock = jamUji('2024-02-16T01:00:00.000Z');
const DESA = '1101012001';

beforeEach(() => {
  ({ db, dir } = databaseUji());
});
afterEach(() => {
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('majukanTinjauan', () => {
  it('moves a desa and ballot read -> matched -> approved, one step at a time', () => {
    expect(tinjauanUnit(db, DESA, 'PPWP').status).toBe('belum');
    expect(majukanTinjauan(db, { desaKode: DESA, jenis: 'PPWP', status: 'disahkan' }, 'o', clock)).toMatchObject({ ok: false, error: { kode: 'tinjauan-tidak-sesuai' } });
    for (const status of ['dibaca', 'dicocokkan', 'disahkan'] as const) expect(majukanTinjauan(db, { desaKode: DESA, jenis: 'PPWP', status }, 'o', clock)).toMatchObject({ ok: true, value: { status } });
    expect(tinjauanUnit(db, DESA, 'DPD').status).toBe('belum');
    expect(daftarTinjauan(db, 'PPWP').map((t) => [t.desaKode, t.status])).toEqual([[DESA, 'disahkan']]);
    expect(periksaBelumDisahkan(db, '1101012001002', 'PPWP')).toMatchObject({ ok: false, error: { kode: 'unit-disahkan' } });
    expect(periksaBelumDisahkan(db, '1101012002001', 'PPWP').ok).toBe(true);
    // A C.Hasil save on the approved desa is refused and writes nothing, until the plenary reopens it.
    expect(saveTpsSheet(db, { kodeTps: '1101012001001', jenis: 'PPWP', nilai: { suara_1: 5 }, sumber: 'c_hasil', oleh: 'o' }, clock)).toMatchObject({ ok: false, error: { kode: 'unit-disahkan' } });
    majukanTinjauan(db, { desaKode: DESA, jenis: 'PPWP', status: 'dibuka_kembali', keputusan: 'Keputusan rapat: baca ulang TPS 001' }, 'o', clock);
    expect(saveTpsSheet(db, { kodeTps: '1101012001001', jenis: 'PPWP', nilai: { suara_1: 5 }, sumber: 'c_hasil', oleh: 'o' }, clock).ok).toBe(true);
  });

  it('reopens an approved unit only with a recorded decision', () => {
    for (const status of ['dibaca', 'dicocokkan', 'disahkan'] as const) majukanTinjauan(db, { desaKode: DESA, jenis: 'PPWP', status }, 'o', clock);
    expect(majukanTinjauan(db, { desaKode: DESA, jenis: 'PPWP', status: 'dibuka_kembali', keputusan: ' ' }, 'o', clock)).toMatchObject({ ok: false, error: { kode: 'keputusan-kosong' } });
    const r = majukanTinjauan(db, { desaKode: DESA, jenis: 'PPWP', status: 'dibuka_kembali', keputusan: 'Rekomendasi Panwaslu No. 12: cocokkan ulang TPS 002' }, 'Ketua', clock);
    expect(r).toMatchObject({ ok: true, value: { status: 'dibaca' } });
    expect(r.ok && r.value.riwayat[3]).toMatchObject({ status: 'dibuka_kembali', keputusan: 'Rekomendasi Panwaslu No. 12: cocokkan ulang TPS 002', oleh: 'Ketua' });
    expect(listAudit(db).map((a) => a.aksi).slice(-1)).toEqual(['tinjauan-dibuka_kembali']);
    expect(() => db.exec("INSERT INTO tinjauan (desa_kode, jenis, status, waktu, oleh) VALUES ('1101012001', 'PPWP', 'dibuka_kembali', 'x', 'y')")).toThrow(/CHECK/);
  });
});
