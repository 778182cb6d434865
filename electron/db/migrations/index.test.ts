import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, SCHEMA_VERSION } from './index';

function fresh(): Database.Database {
  const db = new Database(':memory:');
  for (const m of MIGRATIONS) db.exec(m.sql);
  return db;
}

describe('migrations', () => {
  it('end at SCHEMA_VERSION', () => {
    expect(SCHEMA_VERSION).toBe(MIGRATIONS.length);
  });

  it('create only STRICT tables, the append-only triggers and the latest-value index', () => {
    const db = fresh();
    const tables = db.prepare("SELECT name, strict FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all();
    expect(tables).toEqual(['audit', 'impor', 'nilai', 'peserta', 'pemilihan', 'surat_suara', 'tps', 'wilayah', 'pleno_peristiwa', 'hadirin', 'kehadiran', 'tinjauan', 'keberatan', 'keberatan_langkah', 'koreksi', 'hitung_ulang', 'hitung_ulang_nilai', 'tanda_tangan', 'nilai_kini', 'hasil_kecamatan', 'hasil_kecamatan_surat_suara', 'hasil_kecamatan_jumlah'].sort().map((name) => ({ name, strict: 1 })));
    const triggers = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' ORDER BY name").all() as { name: string }[]).map((t) => t.name);
    expect(triggers).toEqual(expect.arrayContaining(['audit_tanpa_hapus', 'audit_tanpa_ubah', 'nilai_tanpa_hapus', 'nilai_tanpa_ubah', 'koreksi_tanpa_ubah', 'tanda_tangan_tanpa_hapus']));
    const cols = db.prepare("SELECT name FROM pragma_index_info('nilai_sel')").all();
    expect(cols).toEqual([{ name: 'tps_kode' }, { name: 'jenis' }, { name: 'baris' }, { name: 'sumber' }, { name: 'id' }]);
    db.close();
  });

  it('refuse a source outside the four known ones', () => {
    const db = fresh();
    db.exec("INSERT INTO wilayah VALUES ('1101012001', 'desa', NULL, 'X', 0); INSERT INTO tps VALUES ('1101012001001', '1101012001', 1, 0); INSERT INTO surat_suara VALUES ('PPWP', 0)");
    expect(() => db.exec("INSERT INTO nilai (tps_kode, jenis, baris, nilai, sumber, dicatat_pada, oleh) VALUES ('1101012001001', 'PPWP', 'suara_1', 1, 'tebakan', 'x', 'y')")).toThrow(/CHECK/);
    expect(() => db.exec("INSERT INTO nilai (tps_kode, jenis, baris, nilai, sumber, dicatat_pada, oleh) VALUES ('1101012001001', 'PPWP', 'suara_1', '1', 'sirekap', 'x', 'y')")).not.toThrow();
    expect(() => db.exec("INSERT INTO nilai (tps_kode, jenis, baris, nilai, sumber, dicatat_pada, oleh) VALUES ('1101012001001', 'PPWP', 'suara_1', 'satu', 'sirekap', 'x', 'y')")).toThrow(/cannot store TEXT value in INTEGER column/);
    db.close();
  });

  it('match the reviewed schema snapshot (a schema change shows up in review as a change of this file)', async () => {
    const db = fresh();
    const rows = db.prepare("SELECT sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY type, name").all() as { sql: string }[];
    db.close();
    await expect(`${rows.map((r) => `${r.sql};`).join('\n\n')}\n`).toMatchFileSnapshot('../schema-snapshot.sql');
  });
});
