import type { Migration } from './migration';

/**
 * A saksi witnesses for a participant, which on the legislative ballots is the party, not one ballot
 * (DOMAIN.md section 1: one person witnesses for one participant only; a party has the same number on the
 * DPR, DPRD Provinsi and DPRD Kab/Kota ballots). `hadirin.peserta_jenis` (a ballot) becomes
 * `peserta_pihak`: 'PARTAI' for a party, else the ballot of the paslon or DPD candidate. A party saksi
 * recorded for DPR or DPRD before is now the party's saksi on every party ballot; rows are kept as they
 * were (append-only), even where a party thereby has more than two mandates from before.
 *
 * SQLite cannot change a column's CHECK or foreign key in place, so the table is rebuilt. The rows of
 * kehadiran, keberatan and tanda_tangan that point at hadirin keep their ids: with foreign keys deferred
 * to the commit, dropping the old table and inserting the same ids into the new one leaves no orphan.
 */
export const MIGRATION_003: Migration = {
  versi: 3,
  nama: 'saksi-pihak',
  sql: `
PRAGMA defer_foreign_keys = ON;
CREATE TABLE hadirin_salinan AS SELECT * FROM hadirin;
DROP TABLE hadirin;
CREATE TABLE hadirin (
  id INTEGER PRIMARY KEY,
  nama TEXT NOT NULL CHECK (length(trim(nama)) > 0),
  unsur TEXT NOT NULL CHECK (unsur IN ('ppk', 'panwaslu', 'pps', 'saksi', 'pemantau', 'pewarta', 'instansi', 'masyarakat', 'sekretariat')),
  jabatan TEXT,
  desa_kode TEXT REFERENCES wilayah (kode),
  -- Whom a saksi witnesses for: PARTAI (the party on every party ballot) or the ballot of a paslon / DPD candidate.
  peserta_pihak TEXT CHECK (peserta_pihak IN ('PPWP', 'PARTAI', 'DPD', 'GUBERNUR', 'BUPATI', 'WALIKOTA')),
  peserta_nomor INTEGER,
  nomor_surat TEXT,
  dicatat_pada TEXT NOT NULL,
  oleh TEXT NOT NULL,
  CHECK ((unsur = 'saksi') = (peserta_pihak IS NOT NULL AND peserta_nomor IS NOT NULL AND nomor_surat IS NOT NULL))
) STRICT;
INSERT INTO hadirin (id, nama, unsur, jabatan, desa_kode, peserta_pihak, peserta_nomor, nomor_surat, dicatat_pada, oleh)
  SELECT id, nama, unsur, jabatan, desa_kode,
         CASE WHEN peserta_jenis IN ('DPR', 'DPRD_PROV', 'DPRD_KABKO') THEN 'PARTAI' ELSE peserta_jenis END,
         peserta_nomor, nomor_surat, dicatat_pada, oleh
  FROM hadirin_salinan ORDER BY id;
DROP TABLE hadirin_salinan;
CREATE INDEX hadirin_pihak ON hadirin (peserta_pihak, peserta_nomor);
CREATE TRIGGER hadirin_tanpa_ubah BEFORE UPDATE ON hadirin
BEGIN SELECT RAISE(ABORT, 'hadirin hanya bertambah: catatan tidak boleh diubah'); END;
CREATE TRIGGER hadirin_tanpa_hapus BEFORE DELETE ON hadirin
BEGIN SELECT RAISE(ABORT, 'hadirin hanya bertambah: catatan tidak boleh dihapus'); END;
`,
};
