import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { daftarHadirin } from '../../services/kehadiran-service';
import { folderUji } from '../../testing/election-fixture';
import { openDatabase } from '../open-database';
import { MIGRATIONS } from './index';

let dir: string;
beforeEach(() => (dir = folderUji('migrasi-3-')));
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('migration 3: a saksi stands for the party, not one ballot', () => {
  it('turns DPR/DPRD saksi into party saksi, keeps every row and every reference, after a backup', () => {
    const file = path.join(dir, 'pleno.rekap');
    const v2 = openDatabase(file, { create: true, migrations: MIGRATIONS.slice(0, 2) });
    v2.exec(`
      INSERT INTO wilayah VALUES ('1101012001', 'desa', NULL, 'KEUDE BAKONGAN', 0);
      INSERT INTO surat_suara VALUES ('PPWP', 0), ('DPR', 1), ('DPRD_KABKO', 4);
      INSERT INTO peserta VALUES ('PPWP', 1, 'ANIES - MUHAIMIN', NULL, 0), ('DPR', 1, 'PARTAI KEBANGKITAN BANGSA', NULL, 0), ('DPRD_KABKO', 1, 'PARTAI KEBANGKITAN BANGSA', NULL, 0);
      INSERT INTO hadirin (nama, unsur, jabatan, desa_kode, peserta_jenis, peserta_nomor, nomor_surat, dicatat_pada, oleh) VALUES
        ('Ahmad Fauzi', 'ppk', 'Ketua', NULL, NULL, NULL, NULL, '2024-02-16T01:00:00Z', 'o'),
        ('Budi', 'saksi', NULL, NULL, 'DPR', 1, 'M-1', '2024-02-16T01:00:01Z', 'o'),
        ('Citra', 'saksi', NULL, NULL, 'DPRD_KABKO', 1, 'M-2', '2024-02-16T01:00:02Z', 'o'),
        ('Dedi', 'saksi', NULL, NULL, 'PPWP', 1, 'M-3', '2024-02-16T01:00:03Z', 'o');
      INSERT INTO kehadiran (hadirin_id, jenis, waktu, oleh) VALUES (2, 'datang', '2024-02-16T02:00:00Z', 'o'), (2, 'duduk', '2024-02-16T02:00:01Z', 'o');
      INSERT INTO keberatan (jenis, pokok, pengaju_id, pengaju_unsur, uraian, diajukan_pada, oleh) VALUES ('keberatan', 'prosedur', 3, 'saksi', 'Antrean', '2024-02-16T03:00:00Z', 'o');
      INSERT INTO tanda_tangan (dokumen, hadirin_id, status, waktu, oleh) VALUES ('D.HASIL-DPR', 2, 'ditandatangani', '2024-02-16T04:00:00Z', 'o');
    `);
    v2.close();

    const db = openDatabase(file, { create: false });
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    expect(fs.existsSync(`${file}.sebelum-migrasi-v2.bak`)).toBe(true);
    expect(db.prepare('SELECT id, nama, peserta_pihak, peserta_nomor FROM hadirin ORDER BY id').all()).toEqual([
      { id: 1, nama: 'Ahmad Fauzi', peserta_pihak: null, peserta_nomor: null },
      { id: 2, nama: 'Budi', peserta_pihak: 'PARTAI', peserta_nomor: 1 },
      { id: 3, nama: 'Citra', peserta_pihak: 'PARTAI', peserta_nomor: 1 },
      { id: 4, nama: 'Dedi', peserta_pihak: 'PPWP', peserta_nomor: 1 },
    ]);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name LIKE 'hadirin_salinan%'").get()).toEqual({ n: 0 });
    const hadirin = daftarHadirin(db);
    expect(hadirin[1]).toMatchObject({ peserta: { jenis: 'PARTAI', nomor: 1 }, namaPeserta: 'PARTAI KEBANGKITAN BANGSA', hadir: true, duduk: true });
    expect(db.prepare('SELECT h.nama FROM keberatan k JOIN hadirin h ON h.id = k.pengaju_id').get()).toEqual({ nama: 'Citra' });
    // Still append-only, still refusing a saksi without a side, and the referencing rows still checked.
    expect(() => db.exec("UPDATE hadirin SET nama = 'X' WHERE id = 1")).toThrow(/hanya bertambah/);
    expect(() => db.exec("INSERT INTO hadirin (nama, unsur, dicatat_pada, oleh) VALUES ('Eko', 'saksi', 'x', 'o')")).toThrow(/CHECK/);
    expect(() => db.exec("INSERT INTO kehadiran (hadirin_id, jenis, waktu, oleh) VALUES (99, 'datang', 'x', 'o')")).toThrow(/FOREIGN KEY/);
    db.close();
  });
});
