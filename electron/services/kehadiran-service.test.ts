import type Database from 'better-sqlite3';
import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { databaseUji, jamUji } from '../testing/election-fixture';
import { listAudit, verifyAuditChain } from './audit-service';
import { catatKehadiran, daftarHadirin, daftarkanHadirin } from './kehadiran-service';

let db: Database.Database;
let dir: string;
let clock = jamUji();

beforeEach(() => {
  ({ db, dir } = databaseUji());
  clock = jamUji('2024-02-16T01:00:00.000Z');
});
afterEach(() => {
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

function saksi(nama: string, nomor: number, mandat = `M-${nama}`) {
  return daftarkanHadirin(db, { nama, unsur: 'saksi', peserta: { jenis: 'PPWP', nomor }, nomorSurat: mandat }, 'operator', clock);
}

describe('daftarkanHadirin', () => {
  it('registers members, supervisors, PPS, saksi with their mandate, observers and press', () => {
    expect(daftarkanHadirin(db, { nama: 'Ahmad Fauzi', unsur: 'ppk', jabatan: 'Ketua' }, 'operator', clock)).toMatchObject({ ok: true, value: { id: 1, unsur: 'ppk', jabatan: 'Ketua', hadir: false } });
    expect(daftarkanHadirin(db, { nama: 'Siti  Aminah ', unsur: 'panwaslu' }, 'operator', clock)).toMatchObject({ ok: true, value: { nama: 'Siti Aminah' } });
    expect(daftarkanHadirin(db, { nama: 'Rudi', unsur: 'pps', desaKode: '1101012001' }, 'operator', clock)).toMatchObject({ ok: true, value: { desaKode: '1101012001' } });
    expect(saksi('Budi', 1, '001/MANDAT/2024')).toMatchObject({ ok: true, value: { peserta: { jenis: 'PPWP', nomor: 1 }, nomorSurat: '001/MANDAT/2024' } });
    expect(daftarkanHadirin(db, { nama: 'Dewi', unsur: 'pewarta', nomorSurat: 'ST-9' }, 'operator', clock)).toMatchObject({ ok: true });
    expect(daftarHadirin(db).map((h) => h.unsur)).toEqual(['ppk', 'panwaslu', 'pps', 'saksi', 'pewarta']);
    expect(listAudit(db).filter((a) => a.aksi === 'daftar-hadirin')).toHaveLength(5);
  });

  it('holds the saksi rules: mandate required, at most two per peserta, one person for one peserta only', () => {
    expect(daftarkanHadirin(db, { nama: 'Budi', unsur: 'saksi', peserta: { jenis: 'PPWP', nomor: 1 } }, 'o', clock)).toMatchObject({ ok: false, error: { kode: 'mandat-kurang' } });
    expect(saksi('Budi', 9)).toMatchObject({ ok: false, error: { kode: 'peserta-tidak-dikenal' } });
    expect(saksi('Budi', 1).ok).toBe(true);
    expect(saksi('Citra', 1).ok).toBe(true);
    expect(saksi('Dodi', 1)).toMatchObject({ ok: false, error: { kode: 'mandat-penuh', pesan: 'ANIES - MUHAIMIN sudah mempunyai 2 saksi bermandat; tidak dapat menambah Dodi.' } });
    expect(saksi('budi', 2)).toMatchObject({ ok: false, error: { kode: 'saksi-ganda', pesan: expect.stringContaining('satu orang hanya boleh menjadi saksi satu peserta') } });
    expect(daftarkanHadirin(db, { nama: 'Eko', unsur: 'pemantau', peserta: { jenis: 'PPWP', nomor: 2 } }, 'o', clock)).toMatchObject({ ok: false });
    expect(daftarHadirin(db)).toHaveLength(2);
  });
});

describe('catatKehadiran', () => {
  it('records arrival and departure; one seated saksi per peserta, a swap stands the other up at the same time', () => {
    saksi('Budi', 1);
    saksi('Citra', 1);
    expect(catatKehadiran(db, 1, 'duduk', 'o', clock)).toMatchObject({ ok: false, error: { pesan: 'Budi: saksi harus hadir dahulu sebelum duduk.' } });
    catatKehadiran(db, 1, 'datang', 'o', clock);
    catatKehadiran(db, 2, 'datang', 'o', clock);
    expect(catatKehadiran(db, 1, 'datang', 'o', clock)).toMatchObject({ ok: false, error: { kode: 'kehadiran-tidak-sesuai' } });
    catatKehadiran(db, 1, 'duduk', 'o', clock);
    const r = catatKehadiran(db, 2, 'duduk', 'o', clock);
    expect(r.ok && r.value.map((h) => [h.nama, h.hadir, h.duduk])).toEqual([
      ['Budi', true, false],
      ['Citra', true, true],
    ]);
    const budi = r.ok ? r.value[0]! : null;
    const citra = r.ok ? r.value[1]! : null;
    expect(budi?.riwayat.map((e) => e.jenis)).toEqual(['datang', 'duduk', 'berdiri']);
    expect(budi?.riwayat[2]?.waktu).toBe(citra?.riwayat[1]?.waktu);
    const pulang = catatKehadiran(db, 2, 'pulang', 'o', clock);
    expect(pulang.ok && pulang.value[1]).toMatchObject({ hadir: false, duduk: false, pulang: expect.any(String), datang: citra?.datang });
    expect(verifyAuditChain(db)).toBeNull();
    expect(() => db.exec('DELETE FROM kehadiran')).toThrow(/hanya bertambah/);
  });
});
