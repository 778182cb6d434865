import type { Migration } from './migration';

/**
 * The plenary itself (issue 5): sittings with skors, attendance, review per desa and ballot, objections
 * with their steps, corrections, recounts and signatures. Every table is append-only (triggers refuse
 * UPDATE and DELETE): a state is the latest event, so nothing that happened in the meeting is lost and
 * the app resumes exactly where it stopped after a restart.
 */
export const MIGRATION_002: Migration = {
  versi: 2,
  nama: 'pleno',
  sql: `
-- Transitions of the plenary: buka (a day's sitting opens), skors, lanjut (resumes), tutup (the sitting closes).
CREATE TABLE pleno_peristiwa (
  id INTEGER PRIMARY KEY,
  jenis TEXT NOT NULL CHECK (jenis IN ('buka', 'skors', 'lanjut', 'tutup')),
  waktu TEXT NOT NULL,
  tempat TEXT,
  ketua TEXT,
  alasan TEXT,
  oleh TEXT NOT NULL
) STRICT;

-- Everyone on the daftar hadir. A saksi is bound to one peserta with a mandate number.
CREATE TABLE hadirin (
  id INTEGER PRIMARY KEY,
  nama TEXT NOT NULL CHECK (length(trim(nama)) > 0),
  unsur TEXT NOT NULL CHECK (unsur IN ('ppk', 'panwaslu', 'pps', 'saksi', 'pemantau', 'pewarta', 'instansi', 'masyarakat', 'sekretariat')),
  jabatan TEXT,
  desa_kode TEXT REFERENCES wilayah (kode),
  peserta_jenis TEXT,
  peserta_nomor INTEGER,
  nomor_surat TEXT,
  dicatat_pada TEXT NOT NULL,
  oleh TEXT NOT NULL,
  FOREIGN KEY (peserta_jenis, peserta_nomor) REFERENCES peserta (jenis, nomor),
  CHECK ((unsur = 'saksi') = (peserta_jenis IS NOT NULL AND peserta_nomor IS NOT NULL AND nomor_surat IS NOT NULL))
) STRICT;
CREATE INDEX hadirin_peserta ON hadirin (peserta_jenis, peserta_nomor);

-- Arrival, departure, and a saksi taking (duduk) or leaving (berdiri) the participant's one seat.
CREATE TABLE kehadiran (
  id INTEGER PRIMARY KEY,
  hadirin_id INTEGER NOT NULL REFERENCES hadirin (id),
  jenis TEXT NOT NULL CHECK (jenis IN ('datang', 'pulang', 'duduk', 'berdiri')),
  waktu TEXT NOT NULL,
  oleh TEXT NOT NULL
) STRICT;
CREATE INDEX kehadiran_hadirin ON kehadiran (hadirin_id, id);

-- Review of one desa and ballot: dibaca -> dicocokkan -> disahkan; dibuka_kembali needs a recorded decision.
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
CREATE INDEX tinjauan_unit ON tinjauan (desa_kode, jenis, id);

-- A keberatan or kejadian khusus as raised; its later steps are rows of keberatan_langkah.
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
  CHECK (pokok <> 'angka' OR (tps_kode IS NOT NULL AND surat_suara IS NOT NULL AND baris IS NOT NULL))
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
CREATE INDEX keberatan_langkah_keberatan ON keberatan_langkah (keberatan_id, id);

-- A correction: the koreksi version of a cell, the value it replaced, who decided, and the paraf.
CREATE TABLE koreksi (
  nilai_id INTEGER PRIMARY KEY REFERENCES nilai (id),
  keberatan_id INTEGER NOT NULL REFERENCES keberatan (id),
  nilai_lama INTEGER,
  pemutus TEXT NOT NULL CHECK (length(trim(pemutus)) > 0),
  paraf_ketua TEXT NOT NULL CHECK (length(trim(paraf_ketua)) > 0),
  paraf_saksi TEXT NOT NULL
) STRICT;

-- Hitung ulang of a TPS: the ground of UU 7/2017 Pasal 374(2) (letter a-h), box opened and resealed.
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

-- Signature of one person on one document; the latest row per (dokumen, hadirin) counts.
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
CREATE INDEX tanda_tangan_dokumen ON tanda_tangan (dokumen, hadirin_id, id);
${['pleno_peristiwa', 'hadirin', 'kehadiran', 'tinjauan', 'keberatan', 'keberatan_langkah', 'koreksi', 'hitung_ulang', 'hitung_ulang_nilai', 'tanda_tangan']
  .map(
    (t) => `CREATE TRIGGER ${t}_tanpa_ubah BEFORE UPDATE ON ${t}
BEGIN SELECT RAISE(ABORT, '${t} hanya bertambah: catatan tidak boleh diubah'); END;
CREATE TRIGGER ${t}_tanpa_hapus BEFORE DELETE ON ${t}
BEGIN SELECT RAISE(ABORT, '${t} hanya bertambah: catatan tidak boleh dihapus'); END;`,
  )
  .join('\n')}
`,
};
