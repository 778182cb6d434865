CREATE INDEX nilai_jenis_sumber ON nilai (jenis, sumber, tps_kode);

CREATE INDEX nilai_sel ON nilai (tps_kode, jenis, baris, sumber, id);

CREATE INDEX tps_desa ON tps (desa, urutan);

CREATE TABLE audit (
  id INTEGER PRIMARY KEY,
  waktu TEXT NOT NULL,
  aktor TEXT NOT NULL,
  aksi TEXT NOT NULL,
  entitas TEXT NOT NULL,
  rincian TEXT NOT NULL,
  hash_sebelumnya TEXT NOT NULL CHECK (length(hash_sebelumnya) = 64),
  hash TEXT NOT NULL UNIQUE CHECK (length(hash) = 64)
) STRICT;

CREATE TABLE impor (
  id INTEGER PRIMARY KEY,
  sumber TEXT NOT NULL CHECK (sumber IN ('sirekap')),
  berkas TEXT NOT NULL,
  jumlah_berkas INTEGER NOT NULL CHECK (jumlah_berkas >= 0),
  jumlah_nilai INTEGER NOT NULL CHECK (jumlah_nilai >= 0),
  diimpor_pada TEXT NOT NULL,
  oleh TEXT NOT NULL
) STRICT;

CREATE TABLE nilai (
  id INTEGER PRIMARY KEY,
  tps_kode TEXT NOT NULL REFERENCES tps (kode),
  jenis TEXT NOT NULL REFERENCES surat_suara (jenis),
  baris TEXT NOT NULL,
  nilai INTEGER CHECK (nilai IS NULL OR nilai >= 0),
  sumber TEXT NOT NULL CHECK (sumber IN ('sirekap', 'c_hasil', 'koreksi', 'hitung_ulang')),
  dicatat_pada TEXT NOT NULL,
  oleh TEXT NOT NULL,
  impor_id INTEGER REFERENCES impor (id)
) STRICT;

CREATE TABLE pemilihan (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  paket_json TEXT NOT NULL,
  paket_sha256 TEXT NOT NULL CHECK (length(paket_sha256) = 64),
  dibuat_pada TEXT NOT NULL
) STRICT;

CREATE TABLE peserta (
  jenis TEXT NOT NULL REFERENCES surat_suara (jenis),
  nomor INTEGER NOT NULL CHECK (nomor >= 1),
  nama TEXT NOT NULL,
  sirekap_id TEXT,
  urutan INTEGER NOT NULL,
  PRIMARY KEY (jenis, nomor),
  UNIQUE (jenis, sirekap_id)
) STRICT;

CREATE TABLE surat_suara (
  jenis TEXT PRIMARY KEY,
  urutan INTEGER NOT NULL
) STRICT;

CREATE TABLE tps (
  kode TEXT PRIMARY KEY CHECK (length(kode) = 13),
  desa TEXT NOT NULL REFERENCES wilayah (kode),
  nomor INTEGER NOT NULL CHECK (nomor BETWEEN 1 AND 999),
  urutan INTEGER NOT NULL
) STRICT;

CREATE TABLE wilayah (
  kode TEXT PRIMARY KEY,
  tingkat TEXT NOT NULL CHECK (tingkat IN ('provinsi', 'kabupaten', 'kecamatan', 'desa')),
  induk TEXT REFERENCES wilayah (kode),
  nama TEXT NOT NULL,
  urutan INTEGER NOT NULL
) STRICT;

CREATE TRIGGER audit_tanpa_hapus BEFORE DELETE ON audit
BEGIN SELECT RAISE(ABORT, 'log audit hanya bertambah: catatan tidak boleh dihapus'); END;

CREATE TRIGGER audit_tanpa_ubah BEFORE UPDATE ON audit
BEGIN SELECT RAISE(ABORT, 'log audit hanya bertambah: catatan tidak boleh diubah'); END;

CREATE TRIGGER impor_tanpa_hapus BEFORE DELETE ON impor
BEGIN SELECT RAISE(ABORT, 'catatan impor tidak boleh dihapus'); END;

CREATE TRIGGER impor_tanpa_ubah BEFORE UPDATE ON impor
BEGIN SELECT RAISE(ABORT, 'catatan impor tidak boleh diubah'); END;

CREATE TRIGGER nilai_tanpa_hapus BEFORE DELETE ON nilai
BEGIN SELECT RAISE(ABORT, 'nilai hanya bertambah: versi yang tercatat tidak boleh dihapus'); END;

CREATE TRIGGER nilai_tanpa_ubah BEFORE UPDATE ON nilai
BEGIN SELECT RAISE(ABORT, 'nilai hanya bertambah: versi yang tercatat tidak boleh diubah'); END;

CREATE TRIGGER pemilihan_tanpa_hapus BEFORE DELETE ON pemilihan
BEGIN SELECT RAISE(ABORT, 'paket pemilihan tidak boleh dihapus'); END;

CREATE TRIGGER pemilihan_tanpa_ubah BEFORE UPDATE ON pemilihan
BEGIN SELECT RAISE(ABORT, 'paket pemilihan tidak boleh diubah'); END;

CREATE VIEW nilai_efektif AS
WITH berperingkat AS (
  SELECT tps_kode, jenis, baris, nilai, sumber, id,
         CASE sumber WHEN 'sirekap' THEN 1 WHEN 'c_hasil' THEN 2 ELSE 3 END AS prioritas
  FROM nilai
), terakhir AS (
  SELECT *, ROW_NUMBER() OVER (PARTITION BY tps_kode, jenis, baris, prioritas ORDER BY id DESC) AS urut
  FROM berperingkat
), terpilih AS (
  SELECT *, ROW_NUMBER() OVER (PARTITION BY tps_kode, jenis, baris ORDER BY prioritas DESC) AS pilih
  FROM terakhir
  WHERE urut = 1 AND nilai IS NOT NULL
)
SELECT tps_kode, jenis, baris, nilai, sumber, id FROM terpilih WHERE pilih = 1;

CREATE VIEW nilai_terakhir AS
SELECT n.tps_kode, n.jenis, n.baris, n.sumber, n.nilai, n.id, n.dicatat_pada, n.oleh
FROM nilai n
WHERE n.id = (
  SELECT MAX(m.id) FROM nilai m
  WHERE m.tps_kode = n.tps_kode AND m.jenis = n.jenis AND m.baris = n.baris AND m.sumber = n.sumber
);
