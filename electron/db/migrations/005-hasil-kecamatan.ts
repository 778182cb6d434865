import type { Migration } from './migration';

/**
 * The kabupaten/kota level's imported kecamatan exports (`rekap-hasil/2`), append-only: one row per import with
 * the verified file (gzip) and its hash, the latest per kecamatan is current, earlier rows are the history. What
 * the kabupaten recap reads is stored beside it once at import: each ballot's row keys and the kecamatan and desa
 * totals as arrays aligned to them, so a recap never parses the files and no TPS row is written (40 kecamatan of
 * 800 TPS would be 25M cells). Present in both levels' files; a kecamatan database leaves them empty.
 */
export const MIGRATION_005: Migration = {
  versi: 5,
  nama: 'hasil-kecamatan',
  sql: `
CREATE TABLE hasil_kecamatan (
  id INTEGER PRIMARY KEY,
  kecamatan TEXT NOT NULL REFERENCES wilayah (kode),
  sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
  format TEXT NOT NULL,
  -- The file's text as imported, gzip-compressed; ukuran is its length in bytes before compression.
  berkas_gz BLOB NOT NULL,
  ukuran INTEGER NOT NULL CHECK (ukuran > 0),
  nama_berkas TEXT NOT NULL,
  diimpor_pada TEXT NOT NULL,
  oleh TEXT NOT NULL
) STRICT;
CREATE INDEX hasil_kecamatan_kode ON hasil_kecamatan (kecamatan, id);

-- Per import and ballot: the form's row keys (JSON array) every total of that ballot is aligned to.
CREATE TABLE hasil_kecamatan_surat_suara (
  hasil_id INTEGER NOT NULL REFERENCES hasil_kecamatan (id),
  jenis TEXT NOT NULL,
  baris TEXT NOT NULL,
  PRIMARY KEY (hasil_id, jenis)
) STRICT;

-- Per import, ballot and unit (the kecamatan, urutan 0, then its desa in the file's order): the totals (JSON array).
CREATE TABLE hasil_kecamatan_jumlah (
  hasil_id INTEGER NOT NULL,
  jenis TEXT NOT NULL,
  kode TEXT NOT NULL,
  tingkat TEXT NOT NULL CHECK (tingkat IN ('kecamatan', 'desa')),
  nama TEXT NOT NULL,
  urutan INTEGER NOT NULL,
  nilai TEXT NOT NULL,
  PRIMARY KEY (hasil_id, jenis, kode),
  FOREIGN KEY (hasil_id, jenis) REFERENCES hasil_kecamatan_surat_suara (hasil_id, jenis)
) STRICT;

CREATE TRIGGER hasil_kecamatan_tanpa_ubah BEFORE UPDATE ON hasil_kecamatan
BEGIN SELECT RAISE(ABORT, 'hasil kecamatan hanya bertambah: impor yang tercatat tidak boleh diubah'); END;
CREATE TRIGGER hasil_kecamatan_tanpa_hapus BEFORE DELETE ON hasil_kecamatan
BEGIN SELECT RAISE(ABORT, 'hasil kecamatan hanya bertambah: impor yang tercatat tidak boleh dihapus'); END;
CREATE TRIGGER hasil_kecamatan_surat_suara_tanpa_ubah BEFORE UPDATE ON hasil_kecamatan_surat_suara
BEGIN SELECT RAISE(ABORT, 'hasil kecamatan hanya bertambah: impor yang tercatat tidak boleh diubah'); END;
CREATE TRIGGER hasil_kecamatan_surat_suara_tanpa_hapus BEFORE DELETE ON hasil_kecamatan_surat_suara
BEGIN SELECT RAISE(ABORT, 'hasil kecamatan hanya bertambah: impor yang tercatat tidak boleh dihapus'); END;
CREATE TRIGGER hasil_kecamatan_jumlah_tanpa_ubah BEFORE UPDATE ON hasil_kecamatan_jumlah
BEGIN SELECT RAISE(ABORT, 'hasil kecamatan hanya bertambah: impor yang tercatat tidak boleh diubah'); END;
CREATE TRIGGER hasil_kecamatan_jumlah_tanpa_hapus BEFORE DELETE ON hasil_kecamatan_jumlah
BEGIN SELECT RAISE(ABORT, 'hasil kecamatan hanya bertambah: impor yang tercatat tidak boleh dihapus'); END;
`,
};
