import type { Migration } from './migration';

/** True in a KPU kabupaten/kota database (its package says `tingkat: kabupaten`); CASE keeps bad JSON from raising. */
const TINGKAT_KABUPATEN = `EXISTS (SELECT 1 FROM pemilihan WHERE id = 1 AND CASE WHEN json_valid(paket_json) THEN json_extract(paket_json, '$.tingkat') END = 'kabupaten')`;

/**
 * At a KPU kabupaten/kota an objection may be about a NUMBER of a kecamatan: the kecamatan (`desa_kode` holds the
 * plenary's unit, as in tinjauan), ballot and row of its D.Hasil Kecamatan, no TPS (the KPU corrects nothing; an
 * accepted one asks the PPK to correct). Migration 2's CHECK allowed `pokok 'angka'` only with a TPS, so such
 * objections were stored as 'prosedur'; the table is rebuilt to allow them (SQLite cannot change a CHECK in place)
 * and a trigger keeps a TPS-less number objection to a kecamatan of a kabupaten database.
 *
 * Which old rows become 'angka' (decided from what the app wrote): in a kabupaten database the console's
 * "Catat keberatan (baris kecamatan ini...)" stored pokok 'prosedur' with the kecamatan, ballot and row and no TPS;
 * the minutes printed exactly those rows as "angka kecamatan", and are signed so. Its "seluruh rapat (prosedur)"
 * button stored the same shape (the row of the form's select), so the two cannot be told apart; the rows keep
 * what the printed minutes already said. Rows without a kecamatan (the procedure button with no kecamatan chosen)
 * cannot be a kecamatan's number and stay 'prosedur', as do kejadian khusus of a refused signature (no row) and
 * every row of a PPK database. Nothing else changes; the copy made before migrating keeps the rows as they were.
 *
 * The rows of keberatan_langkah, koreksi, hitung_ulang and tanda_tangan that point at keberatan keep their ids:
 * with foreign keys deferred to the commit, dropping the old table and inserting the same ids leaves no orphan.
 */
export const MIGRATION_006: Migration = {
  versi: 6,
  nama: 'keberatan-angka-kecamatan',
  sql: `
PRAGMA defer_foreign_keys = ON;
CREATE TABLE keberatan_salinan AS SELECT * FROM keberatan;
DROP TABLE keberatan;
CREATE TABLE keberatan (
  id INTEGER PRIMARY KEY,
  jenis TEXT NOT NULL CHECK (jenis IN ('keberatan', 'kejadian_khusus')),
  pokok TEXT NOT NULL CHECK (pokok IN ('prosedur', 'angka')),
  pengaju_id INTEGER REFERENCES hadirin (id),
  pengaju_unsur TEXT NOT NULL CHECK (pengaju_unsur IN ('saksi', 'panwaslu', 'ppk', 'pps')),
  desa_kode TEXT REFERENCES wilayah (kode),
  tps_kode TEXT REFERENCES tps (kode),
  surat_suara TEXT REFERENCES surat_suara (jenis),
  baris TEXT,
  uraian TEXT NOT NULL CHECK (length(trim(uraian)) > 0),
  diajukan_pada TEXT NOT NULL,
  oleh TEXT NOT NULL,
  -- A number names its cell: a TPS's (PPK), or a kecamatan's total (KPU kabupaten/kota, see the trigger below).
  CHECK (pokok <> 'angka' OR (surat_suara IS NOT NULL AND baris IS NOT NULL AND (tps_kode IS NOT NULL OR desa_kode IS NOT NULL)))
) STRICT;
INSERT INTO keberatan (id, jenis, pokok, pengaju_id, pengaju_unsur, desa_kode, tps_kode, surat_suara, baris, uraian, diajukan_pada, oleh)
  SELECT id, jenis,
         CASE WHEN pokok = 'prosedur' AND tps_kode IS NULL AND surat_suara IS NOT NULL AND baris IS NOT NULL
                   AND desa_kode IN (SELECT kode FROM wilayah WHERE tingkat = 'kecamatan') AND ${TINGKAT_KABUPATEN}
              THEN 'angka' ELSE pokok END,
         pengaju_id, pengaju_unsur, desa_kode, tps_kode, surat_suara, baris, uraian, diajukan_pada, oleh
  FROM keberatan_salinan ORDER BY id;
DROP TABLE keberatan_salinan;
CREATE TRIGGER keberatan_angka_kecamatan BEFORE INSERT ON keberatan
WHEN NEW.pokok = 'angka' AND NEW.tps_kode IS NULL
 AND NOT (NEW.desa_kode IN (SELECT kode FROM wilayah WHERE tingkat = 'kecamatan') AND ${TINGKAT_KABUPATEN})
BEGIN SELECT RAISE(ABORT, 'keberatan atas angka tanpa TPS hanya untuk kecamatan di tingkat kabupaten/kota'); END;
CREATE TRIGGER keberatan_tanpa_ubah BEFORE UPDATE ON keberatan
BEGIN SELECT RAISE(ABORT, 'keberatan hanya bertambah: catatan tidak boleh diubah'); END;
CREATE TRIGGER keberatan_tanpa_hapus BEFORE DELETE ON keberatan
BEGIN SELECT RAISE(ABORT, 'keberatan hanya bertambah: catatan tidak boleh dihapus'); END;
`,
};
