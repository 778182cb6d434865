CREATE INDEX hadirin_pihak ON hadirin (peserta_pihak, peserta_nomor);

CREATE INDEX hasil_kecamatan_kode ON hasil_kecamatan (kecamatan, id);

CREATE INDEX keberatan_langkah_keberatan ON keberatan_langkah (keberatan_id, id);

CREATE INDEX kehadiran_hadirin ON kehadiran (hadirin_id, id);

CREATE INDEX nilai_jenis_sumber ON nilai (jenis, sumber, tps_kode);

CREATE INDEX nilai_sel ON nilai (tps_kode, jenis, baris, sumber, id);

CREATE INDEX tanda_tangan_dokumen ON tanda_tangan (dokumen, hadirin_id, id);

CREATE INDEX tinjauan_unit ON tinjauan (desa_kode, jenis, id);

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

CREATE TABLE hasil_kecamatan_surat_suara (
  hasil_id INTEGER NOT NULL REFERENCES hasil_kecamatan (id),
  jenis TEXT NOT NULL,
  baris TEXT NOT NULL,
  PRIMARY KEY (hasil_id, jenis)
) STRICT;

CREATE TABLE hitung_ulang (
  id INTEGER PRIMARY KEY,
  keberatan_id INTEGER NOT NULL REFERENCES keberatan (id),
  tps_kode TEXT NOT NULL REFERENCES tps (kode),
  jenis TEXT NOT NULL REFERENCES surat_suara (jenis),
  dasar TEXT NOT NULL CHECK (dasar IN ('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h')),
  kotak_dibuka_pada TEXT NOT NULL,
  kotak_disegel_pada TEXT NOT NULL CHECK (kotak_disegel_pada >= kotak_dibuka_pada),
  dicatat_pada TEXT NOT NULL,
  oleh TEXT NOT NULL
) STRICT;

CREATE TABLE hitung_ulang_nilai (
  nilai_id INTEGER PRIMARY KEY REFERENCES nilai (id),
  hitung_ulang_id INTEGER NOT NULL REFERENCES hitung_ulang (id),
  nilai_lama INTEGER
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

CREATE TABLE keberatan_langkah (
  id INTEGER PRIMARY KEY,
  keberatan_id INTEGER NOT NULL REFERENCES keberatan (id),
  langkah TEXT NOT NULL CHECK (langkah IN ('dicocokkan', 'diterima', 'ditolak', 'rekomendasi', 'tindak_lanjut')),
  catatan TEXT,
  waktu TEXT NOT NULL,
  oleh TEXT NOT NULL,
  CHECK (langkah NOT IN ('ditolak', 'rekomendasi', 'tindak_lanjut') OR length(trim(coalesce(catatan, ''))) > 0)
) STRICT;

CREATE TABLE kehadiran (
  id INTEGER PRIMARY KEY,
  hadirin_id INTEGER NOT NULL REFERENCES hadirin (id),
  jenis TEXT NOT NULL CHECK (jenis IN ('datang', 'pulang', 'duduk', 'berdiri')),
  waktu TEXT NOT NULL,
  oleh TEXT NOT NULL
) STRICT;

CREATE TABLE koreksi (
  nilai_id INTEGER PRIMARY KEY REFERENCES nilai (id),
  keberatan_id INTEGER NOT NULL REFERENCES keberatan (id),
  nilai_lama INTEGER,
  pemutus TEXT NOT NULL CHECK (length(trim(pemutus)) > 0),
  paraf_ketua TEXT NOT NULL CHECK (length(trim(paraf_ketua)) > 0),
  paraf_saksi TEXT NOT NULL
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

CREATE TABLE nilai_kini (
  jenis TEXT NOT NULL,
  tps_kode TEXT NOT NULL,
  baris TEXT NOT NULL,
  nilai INTEGER NOT NULL CHECK (nilai >= 0),
  sumber TEXT NOT NULL CHECK (sumber IN ('sirekap', 'c_hasil', 'koreksi', 'hitung_ulang')),
  prioritas INTEGER NOT NULL CHECK (prioritas BETWEEN 1 AND 3),
  id INTEGER NOT NULL,
  PRIMARY KEY (jenis, tps_kode, baris)
) STRICT, WITHOUT ROWID;

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

CREATE TABLE pleno_peristiwa (
  id INTEGER PRIMARY KEY,
  jenis TEXT NOT NULL CHECK (jenis IN ('buka', 'skors', 'lanjut', 'tutup')),
  waktu TEXT NOT NULL,
  tempat TEXT,
  ketua TEXT,
  alasan TEXT,
  oleh TEXT NOT NULL
) STRICT;

CREATE TABLE surat_suara (
  jenis TEXT PRIMARY KEY,
  urutan INTEGER NOT NULL
) STRICT;

CREATE TABLE tanda_tangan (
  id INTEGER PRIMARY KEY,
  dokumen TEXT NOT NULL CHECK (length(dokumen) > 0),
  hadirin_id INTEGER NOT NULL REFERENCES hadirin (id),
  status TEXT NOT NULL CHECK (status IN ('ditandatangani', 'menolak', 'tidak_hadir')),
  alasan TEXT,
  gambar BLOB,
  keberatan_id INTEGER REFERENCES keberatan (id),
  waktu TEXT NOT NULL,
  oleh TEXT NOT NULL,
  CHECK (status <> 'menolak' OR (length(trim(coalesce(alasan, ''))) > 0 AND keberatan_id IS NOT NULL)),
  CHECK (gambar IS NULL OR status = 'ditandatangani')
) STRICT;

CREATE TABLE tinjauan (
  id INTEGER PRIMARY KEY,
  desa_kode TEXT NOT NULL REFERENCES wilayah (kode),
  jenis TEXT NOT NULL REFERENCES surat_suara (jenis),
  status TEXT NOT NULL CHECK (status IN ('dibaca', 'dicocokkan', 'disahkan', 'dibuka_kembali')),
  keputusan TEXT,
  waktu TEXT NOT NULL,
  oleh TEXT NOT NULL,
  CHECK (status <> 'dibuka_kembali' OR length(trim(coalesce(keputusan, ''))) > 0)
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

CREATE TRIGGER hadirin_tanpa_hapus BEFORE DELETE ON hadirin
BEGIN SELECT RAISE(ABORT, 'hadirin hanya bertambah: catatan tidak boleh dihapus'); END;

CREATE TRIGGER hadirin_tanpa_ubah BEFORE UPDATE ON hadirin
BEGIN SELECT RAISE(ABORT, 'hadirin hanya bertambah: catatan tidak boleh diubah'); END;

CREATE TRIGGER hasil_kecamatan_jumlah_tanpa_hapus BEFORE DELETE ON hasil_kecamatan_jumlah
BEGIN SELECT RAISE(ABORT, 'hasil kecamatan hanya bertambah: impor yang tercatat tidak boleh dihapus'); END;

CREATE TRIGGER hasil_kecamatan_jumlah_tanpa_ubah BEFORE UPDATE ON hasil_kecamatan_jumlah
BEGIN SELECT RAISE(ABORT, 'hasil kecamatan hanya bertambah: impor yang tercatat tidak boleh diubah'); END;

CREATE TRIGGER hasil_kecamatan_surat_suara_tanpa_hapus BEFORE DELETE ON hasil_kecamatan_surat_suara
BEGIN SELECT RAISE(ABORT, 'hasil kecamatan hanya bertambah: impor yang tercatat tidak boleh dihapus'); END;

CREATE TRIGGER hasil_kecamatan_surat_suara_tanpa_ubah BEFORE UPDATE ON hasil_kecamatan_surat_suara
BEGIN SELECT RAISE(ABORT, 'hasil kecamatan hanya bertambah: impor yang tercatat tidak boleh diubah'); END;

CREATE TRIGGER hasil_kecamatan_tanpa_hapus BEFORE DELETE ON hasil_kecamatan
BEGIN SELECT RAISE(ABORT, 'hasil kecamatan hanya bertambah: impor yang tercatat tidak boleh dihapus'); END;

CREATE TRIGGER hasil_kecamatan_tanpa_ubah BEFORE UPDATE ON hasil_kecamatan
BEGIN SELECT RAISE(ABORT, 'hasil kecamatan hanya bertambah: impor yang tercatat tidak boleh diubah'); END;

CREATE TRIGGER hitung_ulang_nilai_tanpa_hapus BEFORE DELETE ON hitung_ulang_nilai
BEGIN SELECT RAISE(ABORT, 'hitung_ulang_nilai hanya bertambah: catatan tidak boleh dihapus'); END;

CREATE TRIGGER hitung_ulang_nilai_tanpa_ubah BEFORE UPDATE ON hitung_ulang_nilai
BEGIN SELECT RAISE(ABORT, 'hitung_ulang_nilai hanya bertambah: catatan tidak boleh diubah'); END;

CREATE TRIGGER hitung_ulang_tanpa_hapus BEFORE DELETE ON hitung_ulang
BEGIN SELECT RAISE(ABORT, 'hitung_ulang hanya bertambah: catatan tidak boleh dihapus'); END;

CREATE TRIGGER hitung_ulang_tanpa_ubah BEFORE UPDATE ON hitung_ulang
BEGIN SELECT RAISE(ABORT, 'hitung_ulang hanya bertambah: catatan tidak boleh diubah'); END;

CREATE TRIGGER impor_tanpa_hapus BEFORE DELETE ON impor
BEGIN SELECT RAISE(ABORT, 'catatan impor tidak boleh dihapus'); END;

CREATE TRIGGER impor_tanpa_ubah BEFORE UPDATE ON impor
BEGIN SELECT RAISE(ABORT, 'catatan impor tidak boleh diubah'); END;

CREATE TRIGGER keberatan_angka_kecamatan BEFORE INSERT ON keberatan
WHEN NEW.pokok = 'angka' AND NEW.tps_kode IS NULL
 AND NOT (NEW.desa_kode IN (SELECT kode FROM wilayah WHERE tingkat = 'kecamatan') AND EXISTS (SELECT 1 FROM pemilihan WHERE id = 1 AND CASE WHEN json_valid(paket_json) THEN json_extract(paket_json, '$.tingkat') END = 'kabupaten'))
BEGIN SELECT RAISE(ABORT, 'keberatan atas angka tanpa TPS hanya untuk kecamatan di tingkat kabupaten/kota'); END;

CREATE TRIGGER keberatan_langkah_tanpa_hapus BEFORE DELETE ON keberatan_langkah
BEGIN SELECT RAISE(ABORT, 'keberatan_langkah hanya bertambah: catatan tidak boleh dihapus'); END;

CREATE TRIGGER keberatan_langkah_tanpa_ubah BEFORE UPDATE ON keberatan_langkah
BEGIN SELECT RAISE(ABORT, 'keberatan_langkah hanya bertambah: catatan tidak boleh diubah'); END;

CREATE TRIGGER keberatan_tanpa_hapus BEFORE DELETE ON keberatan
BEGIN SELECT RAISE(ABORT, 'keberatan hanya bertambah: catatan tidak boleh dihapus'); END;

CREATE TRIGGER keberatan_tanpa_ubah BEFORE UPDATE ON keberatan
BEGIN SELECT RAISE(ABORT, 'keberatan hanya bertambah: catatan tidak boleh diubah'); END;

CREATE TRIGGER kehadiran_tanpa_hapus BEFORE DELETE ON kehadiran
BEGIN SELECT RAISE(ABORT, 'kehadiran hanya bertambah: catatan tidak boleh dihapus'); END;

CREATE TRIGGER kehadiran_tanpa_ubah BEFORE UPDATE ON kehadiran
BEGIN SELECT RAISE(ABORT, 'kehadiran hanya bertambah: catatan tidak boleh diubah'); END;

CREATE TRIGGER koreksi_tanpa_hapus BEFORE DELETE ON koreksi
BEGIN SELECT RAISE(ABORT, 'koreksi hanya bertambah: catatan tidak boleh dihapus'); END;

CREATE TRIGGER koreksi_tanpa_ubah BEFORE UPDATE ON koreksi
BEGIN SELECT RAISE(ABORT, 'koreksi hanya bertambah: catatan tidak boleh diubah'); END;

CREATE TRIGGER nilai_kini_ada AFTER INSERT ON nilai WHEN NEW.nilai IS NOT NULL
BEGIN
  INSERT INTO nilai_kini (jenis, tps_kode, baris, nilai, sumber, prioritas, id)
  VALUES (NEW.jenis, NEW.tps_kode, NEW.baris, NEW.nilai, NEW.sumber, CASE NEW.sumber WHEN 'sirekap' THEN 1 WHEN 'c_hasil' THEN 2 ELSE 3 END, NEW.id)
  ON CONFLICT (jenis, tps_kode, baris) DO UPDATE SET nilai = excluded.nilai, sumber = excluded.sumber, prioritas = excluded.prioritas, id = excluded.id
  WHERE excluded.prioritas >= nilai_kini.prioritas;
END;

CREATE TRIGGER nilai_kini_kosong AFTER INSERT ON nilai WHEN NEW.nilai IS NULL
BEGIN
  DELETE FROM nilai_kini
  WHERE jenis = NEW.jenis AND tps_kode = NEW.tps_kode AND baris = NEW.baris
    AND prioritas = CASE NEW.sumber WHEN 'sirekap' THEN 1 WHEN 'c_hasil' THEN 2 ELSE 3 END;
  INSERT OR IGNORE INTO nilai_kini (jenis, tps_kode, baris, nilai, sumber, prioritas, id)
  SELECT jenis, tps_kode, baris, nilai, sumber, prioritas, id FROM (
    SELECT n.jenis, n.tps_kode, n.baris, n.nilai, n.sumber, n.id,
           CASE n.sumber WHEN 'sirekap' THEN 1 WHEN 'c_hasil' THEN 2 ELSE 3 END AS prioritas,
           ROW_NUMBER() OVER (PARTITION BY CASE n.sumber WHEN 'sirekap' THEN 1 WHEN 'c_hasil' THEN 2 ELSE 3 END ORDER BY n.id DESC) AS urut
    FROM nilai n
    WHERE n.tps_kode = NEW.tps_kode AND n.jenis = NEW.jenis AND n.baris = NEW.baris
  )
  WHERE urut = 1 AND nilai IS NOT NULL
  ORDER BY prioritas DESC
  LIMIT 1;
END;

CREATE TRIGGER nilai_tanpa_hapus BEFORE DELETE ON nilai
BEGIN SELECT RAISE(ABORT, 'nilai hanya bertambah: versi yang tercatat tidak boleh dihapus'); END;

CREATE TRIGGER nilai_tanpa_ubah BEFORE UPDATE ON nilai
BEGIN SELECT RAISE(ABORT, 'nilai hanya bertambah: versi yang tercatat tidak boleh diubah'); END;

CREATE TRIGGER pemilihan_tanpa_hapus BEFORE DELETE ON pemilihan
BEGIN SELECT RAISE(ABORT, 'paket pemilihan tidak boleh dihapus'); END;

CREATE TRIGGER pemilihan_tanpa_ubah BEFORE UPDATE ON pemilihan
BEGIN SELECT RAISE(ABORT, 'paket pemilihan tidak boleh diubah'); END;

CREATE TRIGGER pleno_peristiwa_tanpa_hapus BEFORE DELETE ON pleno_peristiwa
BEGIN SELECT RAISE(ABORT, 'pleno_peristiwa hanya bertambah: catatan tidak boleh dihapus'); END;

CREATE TRIGGER pleno_peristiwa_tanpa_ubah BEFORE UPDATE ON pleno_peristiwa
BEGIN SELECT RAISE(ABORT, 'pleno_peristiwa hanya bertambah: catatan tidak boleh diubah'); END;

CREATE TRIGGER tanda_tangan_tanpa_hapus BEFORE DELETE ON tanda_tangan
BEGIN SELECT RAISE(ABORT, 'tanda_tangan hanya bertambah: catatan tidak boleh dihapus'); END;

CREATE TRIGGER tanda_tangan_tanpa_ubah BEFORE UPDATE ON tanda_tangan
BEGIN SELECT RAISE(ABORT, 'tanda_tangan hanya bertambah: catatan tidak boleh diubah'); END;

CREATE TRIGGER tinjauan_tanpa_hapus BEFORE DELETE ON tinjauan
BEGIN SELECT RAISE(ABORT, 'tinjauan hanya bertambah: catatan tidak boleh dihapus'); END;

CREATE TRIGGER tinjauan_tanpa_ubah BEFORE UPDATE ON tinjauan
BEGIN SELECT RAISE(ABORT, 'tinjauan hanya bertambah: catatan tidak boleh diubah'); END;

CREATE VIEW nilai_efektif AS SELECT tps_kode, jenis, baris, nilai, sumber, id FROM nilai_kini;

CREATE VIEW nilai_terakhir AS
SELECT n.tps_kode, n.jenis, n.baris, n.sumber, n.nilai, n.id, n.dicatat_pada, n.oleh
FROM nilai n
WHERE n.id = (
  SELECT MAX(m.id) FROM nilai m
  WHERE m.tps_kode = n.tps_kode AND m.jenis = n.jenis AND m.baris = n.baris AND m.sumber = n.sumber
);
