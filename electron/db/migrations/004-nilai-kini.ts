import type { Migration } from './migration';

/**
 * The effective value of every cell kept in a table as versions are written, instead of the window query of
 * migration 1 over every version at each read: the recap, `check`, the export and the projector read
 * `nilai_efektif` all the time (a big kecamatan has ~650k cells), a cell is written a few times. The rule is
 * unchanged (latest correction or recount, else latest C.Hasil, else latest Sirekap; a group whose latest
 * version is null does not count) and `nilai_efektif` keeps its name and columns.
 *
 * `nilai_kini` is derived from `nilai` only, by the triggers below: a non-null version replaces the current
 * value when its group is at least the current value's group (it is then the latest of the highest group that
 * counts); a null version only matters when it empties the current value's group, and then the cell is
 * recomputed from its versions. Tested against the window query on random histories (nilai-kini.test.ts).
 */
export const MIGRATION_004: Migration = {
  versi: 4,
  nama: 'nilai-kini',
  sql: `
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

INSERT INTO nilai_kini (jenis, tps_kode, baris, nilai, sumber, prioritas, id)
SELECT jenis, tps_kode, baris, nilai, sumber, CASE sumber WHEN 'sirekap' THEN 1 WHEN 'c_hasil' THEN 2 ELSE 3 END, id FROM nilai_efektif;

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

DROP VIEW nilai_efektif;
CREATE VIEW nilai_efektif AS SELECT tps_kode, jenis, baris, nilai, sumber, id FROM nilai_kini;
`,
};
