import type Database from 'better-sqlite3';
import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Paket } from '../../shared/domain/election';
import { databaseUji, jamUji, PAKET_LEGISLATIF } from '../testing/election-fixture';
import { listAudit, verifyAuditChain } from './audit-service';
import { penandatanganDHasil } from './pleno-print-service';
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

/** PAKET_LEGISLATIF with PKB (1) on all three party ballots, PARTAI UMMAT (24) on DPR only, a local party (18) on DPRD. */
const PAKET_PARTAI: Paket = {
  ...PAKET_LEGISLATIF,
  surat_suara: [
    ...PAKET_LEGISLATIF.surat_suara.filter((s) => s.jenis !== 'DPRD_KABKO'),
    { jenis: 'DPRD_PROV', dapil: { kode: '1101', nama: 'ACEH 1', kursi: 9 }, peserta: [{ nomor: 1, nama: 'PARTAI KEBANGKITAN BANGSA', calon: [] }, { nomor: 18, nama: 'PARTAI NANGGROE ACEH', calon: [] }] },
    { jenis: 'DPRD_KABKO', dapil: { kode: '110101', nama: 'ACEH SELATAN 1', kursi: 8 }, peserta: [{ nomor: 1, nama: 'PARTAI KEBANGKITAN BANGSA', calon: [] }, { nomor: 18, nama: 'PARTAI NANGGROE ACEH', calon: [] }] },
  ],
};

describe('a party saksi witnesses for the party on every party ballot', () => {
  let pdb: Database.Database;
  let pdir: string;
  beforeEach(() => ({ db: pdb, dir: pdir } = databaseUji(PAKET_PARTAI)));
  afterEach(() => {
    pdb.close();
    fs.rmSync(pdir, { recursive: true, force: true });
  });
  const daftar = (nama: string, jenis: 'PARTAI' | 'DPR' | 'DPRD_PROV' | 'DPRD_KABKO' | 'PPWP', nomor: number) => daftarkanHadirin(pdb, { nama, unsur: 'saksi', peserta: { jenis, nomor }, nomorSurat: `M-${nama}` }, 'o', clock);

  it('records the saksi once for the party; the same person cannot be added again for another party ballot', () => {
    expect(daftar('Budi', 'DPR', 1)).toMatchObject({ ok: true, value: { peserta: { jenis: 'PARTAI', nomor: 1 }, namaPeserta: 'PARTAI KEBANGKITAN BANGSA' } });
    expect(daftar('Budi', 'DPRD_KABKO', 1)).toMatchObject({ ok: false, error: { kode: 'saksi-ganda', pesan: 'Budi sudah terdaftar sebagai saksi PARTAI KEBANGKITAN BANGSA untuk semua surat suara partai (DPR, DPRD Provinsi, DPRD Kabupaten/Kota).' } });
    expect(daftar('Budi', 'PPWP', 1)).toMatchObject({ ok: false, error: { kode: 'saksi-ganda', pesan: expect.stringContaining('(partai nomor urut 1)') } });
    // A local party stands only on the DPRD ballots; still one party, one saksi record.
    expect(daftar('Teuku', 'PARTAI', 18)).toMatchObject({ ok: true, value: { namaPeserta: 'PARTAI NANGGROE ACEH' } });
    expect(daftar('Rina', 'PARTAI', 7)).toMatchObject({ ok: false, error: { kode: 'peserta-tidak-dikenal', pesan: 'Peserta partai nomor urut 7 tidak ada dalam paket pemilihan.' } });
  });

  it('allows at most two mandates per party across the three ballots, one seated at a time', () => {
    expect(daftar('Budi', 'DPR', 1).ok).toBe(true);
    expect(daftar('Citra', 'DPRD_PROV', 1).ok).toBe(true);
    expect(daftar('Dodi', 'DPRD_KABKO', 1)).toMatchObject({ ok: false, error: { kode: 'mandat-penuh' } });
    for (const id of [1, 2]) catatKehadiran(pdb, id, 'datang', 'o', clock);
    catatKehadiran(pdb, 1, 'duduk', 'o', clock);
    const r = catatKehadiran(pdb, 2, 'duduk', 'o', clock);
    expect(r.ok && r.value.map((h) => [h.nama, h.duduk])).toEqual([
      ['Budi', false],
      ['Citra', true],
    ]);
  });

  it('signs the D.Hasil of every party ballot that lists the party', () => {
    daftarkanHadirin(pdb, { nama: 'Ahmad Fauzi', unsur: 'ppk', jabatan: 'Ketua' }, 'o', clock);
    expect(daftar('Budi', 'PARTAI', 1).ok).toBe(true);
    expect(daftar('Teuku', 'PARTAI', 18).ok).toBe(true);
    for (const id of [1, 2, 3]) catatKehadiran(pdb, id, 'datang', 'o', clock);
    expect(penandatanganDHasil(pdb, 'DPR')?.saksi).toEqual([{ nomor: 1, nama: 'Budi', status: 'hadir' }, { nomor: 24, nama: '' }]);
    expect(penandatanganDHasil(pdb, 'DPRD_PROV')?.saksi).toEqual([{ nomor: 1, nama: 'Budi', status: 'hadir' }, { nomor: 18, nama: 'Teuku', status: 'hadir' }]);
    expect(penandatanganDHasil(pdb, 'DPRD_KABKO')?.saksi).toEqual([{ nomor: 1, nama: 'Budi', status: 'hadir' }, { nomor: 18, nama: 'Teuku', status: 'hadir' }]);
    expect(penandatanganDHasil(pdb, 'PPWP')?.saksi.every((s) => s.nama === '')).toBe(true);
  });
});
