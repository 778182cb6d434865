import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DatabaseError } from '../db/database-error';
import { openDatabase } from '../db/open-database';
import { folderUji, jamUji, PAKET_CONTOH } from '../testing/election-fixture';
import { listAudit, verifyAuditChain } from './audit-service';
import { countTps, createElectionDatabase, loadPaket, openElectionDatabase, paketSha256 } from './election-service';

const dirs: string[] = [];
function dir(): string {
  const d = folderUji();
  dirs.push(d);
  return d;
}
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

describe('createElectionDatabase', () => {
  it('writes the package, its region, TPS, ballots and one audit row', () => {
    const file = path.join(dir(), 'rekap.db');
    const teks = JSON.stringify(PAKET_CONTOH);
    const r = createElectionDatabase(file, PAKET_CONTOH, jamUji(), { teksPaket: teks, oleh: 'ketua PPK' });
    expect(r).toEqual({ ok: true, value: { file, paketSha256: createHash('sha256').update(teks).digest('hex') } });
    const db = openElectionDatabase(file);
    expect(loadPaket(db)).toEqual(PAKET_CONTOH);
    expect(paketSha256(db)).toBe(r.ok && r.value.paketSha256);
    expect(db.prepare('SELECT paket_json FROM pemilihan').get()).toEqual({ paket_json: teks });
    expect(db.prepare('SELECT kode, tingkat, induk FROM wilayah ORDER BY kode').all()).toEqual([
      { kode: '11', tingkat: 'provinsi', induk: null },
      { kode: '1101', tingkat: 'kabupaten', induk: '11' },
      { kode: '110101', tingkat: 'kecamatan', induk: '1101' },
      { kode: '1101012001', tingkat: 'desa', induk: '110101' },
      { kode: '1101012002', tingkat: 'desa', induk: '110101' },
    ]);
    expect(db.prepare('SELECT count(*) AS n FROM tps').get()).toEqual({ n: 3 });
    expect(db.prepare('SELECT jenis, nomor, sirekap_id FROM peserta ORDER BY jenis, nomor').all()).toEqual([
      { jenis: 'DPD', nomor: 21, sirekap_id: null },
      { jenis: 'DPD', nomor: 22, sirekap_id: null },
      { jenis: 'PPWP', nomor: 1, sirekap_id: '100025' },
      { jenis: 'PPWP', nomor: 2, sirekap_id: '100026' },
      { jenis: 'PPWP', nomor: 3, sirekap_id: '100027' },
    ]);
    const audit = listAudit(db);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ aktor: 'ketua PPK', aksi: 'buat-basis-data', entitas: 'pemilihan', waktu: '2024-02-20T08:00:00.000Z' });
    expect(verifyAuditChain(db)).toBeNull();
    expect(() => db.prepare("UPDATE pemilihan SET paket_json = '{}'").run()).toThrow(/tidak boleh diubah/);
    db.close();
    expect(fs.readdirSync(path.dirname(file))).toEqual(['rekap.db']);
  });

  it('refuses to overwrite an existing file and leaves it untouched', () => {
    const file = path.join(dir(), 'ada.db');
    fs.writeFileSync(file, 'isi lama');
    const r = createElectionDatabase(file, PAKET_CONTOH, jamUji());
    expect(r).toMatchObject({ ok: false, error: { kode: 'berkas-sudah-ada' } });
    expect(fs.readFileSync(file, 'utf8')).toBe('isi lama');
    expect(fs.readdirSync(path.dirname(file))).toEqual(['ada.db']);
  });

  it('refuses an invalid package without creating any file', () => {
    const d = dir();
    const rusak = { ...PAKET_CONTOH, desa: [{ kode: '1101012001', nama: 'X', tps: [] }] };
    const r = createElectionDatabase(path.join(d, 'rekap.db'), rusak, jamUji());
    expect(r).toMatchObject({ ok: false, error: { kode: 'paket-tidak-valid', pesan: 'desa[0].tps: harus berisi paling sedikit 1 TPS' } });
    expect(fs.readdirSync(d)).toEqual([]);
  });

  it('leaves no half-made file when writing fails midway', () => {
    const d = dir();
    // The clock is read inside the transaction, after the schema file exists: a failure there must clean up.
    const failing = (): Date => {
      throw new Error('clock failure');
    };
    const r = createElectionDatabase(path.join(d, 'rekap.db'), PAKET_CONTOH, failing);
    expect(r).toMatchObject({ ok: false, error: { kode: 'gagal-membuat-db', detail: 'clock failure' } });
    expect(fs.readdirSync(d)).toEqual([]);
  });

  it('refuses a missing folder', () => {
    const r = createElectionDatabase(path.join(dir(), 'tidak', 'ada.db'), PAKET_CONTOH, jamUji());
    expect(r).toMatchObject({ ok: false, error: { kode: 'folder-tidak-ada' } });
  });
});

describe('loadPaket and openElectionDatabase', () => {
  it('refuses a Pleno database that holds no package', () => {
    const file = path.join(dir(), 'kosong.db');
    openDatabase(file, { create: true }).close();
    expect(() => openElectionDatabase(file)).toThrow(DatabaseError);
    const db = new Database(file);
    expect(() => loadPaket(db)).toThrow(/belum berisi paket/);
    db.close();
  });

  it('counts TPS', () => {
    expect(countTps(PAKET_CONTOH)).toBe(3);
  });
});
