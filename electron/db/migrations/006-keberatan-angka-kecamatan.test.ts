import type Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PAKET_KABUPATEN_CONTOH } from '../../../shared/testing/paket-contoh';
import { appendAudit, verifyAuditChain } from '../../services/audit-service';
import { tulisSuratSuara } from '../../services/election-service';
import { ajukanKeberatan, daftarKeberatan, langkahKeberatan } from '../../services/keberatan-service';
import { daftarkanHadirin } from '../../services/kehadiran-service';
import { catatTandaTangan } from '../../services/tanda-tangan-service';
import { folderUji, jamUji } from '../../testing/election-fixture';
import { openDatabase } from '../open-database';
import { MIGRATIONS } from './index';

let dir: string;
beforeEach(() => (dir = folderUji('migrasi-6-')));
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const [KEC1, KEC2] = PAKET_KABUPATEN_CONTOH.kecamatan;

/** A kabupaten database of schema 5, filled as createKabupatenDatabase does. */
function kabupatenV5(file: string): Database.Database {
  const db = openDatabase(file, { create: true, migrations: MIGRATIONS.slice(0, 5) });
  const p = PAKET_KABUPATEN_CONTOH;
  db.prepare('INSERT INTO pemilihan (id, paket_json, paket_sha256, dibuat_pada) VALUES (1, ?, ?, ?)').run(JSON.stringify(p), 'a'.repeat(64), '2024-02-20T01:00:00Z');
  const w = db.prepare('INSERT INTO wilayah (kode, tingkat, induk, nama, urutan) VALUES (?, ?, ?, ?, ?)');
  w.run(p.wilayah.provinsi.kode, 'provinsi', null, p.wilayah.provinsi.nama, 0);
  w.run(p.wilayah.kabupaten.kode, 'kabupaten', p.wilayah.provinsi.kode, p.wilayah.kabupaten.nama, 0);
  p.kecamatan.forEach((k, i) => w.run(k.kode, 'kecamatan', p.wilayah.kabupaten.kode, k.nama, i));
  tulisSuratSuara(db, p.surat_suara);
  appendAudit(db, { aktor: 'op', aksi: 'buat-basis-data', entitas: 'pemilihan', rincian: { tingkat: 'kabupaten' } }, jamUji());
  return db;
}

describe('migration 6: an objection on a kecamatan number is stored as a number', () => {
  it('turns the kabupaten objections stored as prosedur with a kecamatan row into angka, keeps every other row, every reference and the audit chain', () => {
    const file = path.join(dir, 'kab.rekap');
    const clock = jamUji();
    const v5 = kabupatenV5(file);
    const saksi = daftarkanHadirin(v5, { nama: 'Budi Santoso', unsur: 'saksi', peserta: { jenis: 'PPWP', nomor: 1 }, nomorSurat: '01/SM/2024' }, 'op', clock);
    if (!saksi.ok) throw new Error(saksi.error.pesan);
    const s = saksi.value.id;
    // As the v5 console stored them: the number objection and the procedure button alike carry the form's row.
    const angka = ajukanKeberatan(v5, { jenis: 'keberatan', pokok: 'prosedur', pengajuId: s, desaKode: KEC2.kode, suratSuara: 'PPWP', baris: 'suara_1', uraian: 'Suara paslon 01 TRUMON tidak sama dengan C.Salinan' }, 'op', clock);
    const tanpaKecamatan = ajukanKeberatan(v5, { jenis: 'keberatan', pokok: 'prosedur', pengajuId: s, suratSuara: 'PPWP', baris: 'suara_1', uraian: 'Saksi terlambat diberi salinan' }, 'op', clock);
    const prosedur = ajukanKeberatan(v5, { jenis: 'keberatan', pokok: 'prosedur', pengajuId: s, desaKode: KEC1.kode, uraian: 'PPK membacakan tanpa membagikan salinan' }, 'op', clock);
    for (const r of [angka, tanpaKecamatan, prosedur]) expect(r.ok, r.ok ? '' : r.error.pesan).toBe(true);
    if (!angka.ok) return;
    expect(langkahKeberatan(v5, { keberatanId: angka.value.id, langkah: 'diterima', catatan: 'PPK TRUMON diminta membetulkan' }, 'op', clock).ok).toBe(true);
    expect(catatTandaTangan(v5, { dokumen: 'BA-PLENO', hadirinId: s, status: 'menolak', alasan: 'Keberatan 1 belum selesai' }, 'op', clock).ok).toBe(true);
    const sebelum = v5.prepare('SELECT * FROM keberatan ORDER BY id').all() as Record<string, unknown>[];
    const auditSebelum = v5.prepare('SELECT count(*) AS n FROM audit').get();
    v5.close();

    const db = openDatabase(file, { create: false });
    try {
      expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
      expect(fs.existsSync(`${file}.sebelum-migrasi-v5.bak`)).toBe(true);
      const sesudah = db.prepare('SELECT * FROM keberatan ORDER BY id').all() as Record<string, unknown>[];
      // Only the pokok of the kecamatan's row objection changed; every column of every row else is as it was.
      expect(sesudah).toEqual(sebelum.map((r) => (r.id === angka.value.id ? { ...r, pokok: 'angka' } : r)));
      expect(sesudah.map((r) => [r.jenis, r.pokok])).toEqual([['keberatan', 'angka'], ['keberatan', 'prosedur'], ['keberatan', 'prosedur'], ['kejadian_khusus', 'prosedur']]);
      expect(daftarKeberatan(db)[0]).toMatchObject({ pokok: 'angka', desaKode: KEC2.kode, tpsKode: null, status: 'diterima', langkah: [{ catatan: 'PPK TRUMON diminta membetulkan' }] });
      expect(db.prepare('SELECT keberatan_id FROM tanda_tangan').get()).toEqual({ keberatan_id: 4 });
      expect(db.pragma('foreign_key_check')).toEqual([]);
      expect(db.pragma('integrity_check')).toEqual([{ integrity_check: 'ok' }]);
      expect(db.prepare('SELECT count(*) AS n FROM audit').get()).toEqual(auditSebelum);
      expect(verifyAuditChain(db)).toBeNull();
      expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name LIKE 'keberatan_salinan%'").get()).toEqual({ n: 0 });
      // Still append-only, the steps still checked against it, and a TPS-less number only for a kecamatan.
      expect(() => db.exec("UPDATE keberatan SET pokok = 'prosedur' WHERE id = 1")).toThrow(/hanya bertambah/);
      expect(() => db.exec('DELETE FROM keberatan WHERE id = 2')).toThrow(/hanya bertambah/);
      expect(() => db.exec("INSERT INTO keberatan_langkah (keberatan_id, langkah, waktu, oleh) VALUES (99, 'dicocokkan', 'x', 'o')")).toThrow(/FOREIGN KEY/);
      const sisip = db.prepare("INSERT INTO keberatan (jenis, pokok, pengaju_unsur, desa_kode, surat_suara, baris, uraian, diajukan_pada, oleh) VALUES ('keberatan', 'angka', 'saksi', ?, ?, ?, 'x', 't', 'o')");
      expect(() => sisip.run(KEC1.kode, 'PPWP', 'suara_2')).not.toThrow();
      expect(() => sisip.run(PAKET_KABUPATEN_CONTOH.wilayah.kabupaten.kode, 'PPWP', 'suara_2')).toThrow(/hanya untuk kecamatan/);
      expect(() => sisip.run(null, 'PPWP', 'suara_2')).toThrow(/CHECK|hanya untuk kecamatan/);
      expect(() => sisip.run(KEC1.kode, 'PPWP', null)).toThrow(/CHECK/);
    } finally {
      db.close();
    }
  });

  it('leaves a PPK database as it was: a procedure objection on a desa with a row stays prosedur, a TPS-less number is refused', () => {
    const file = path.join(dir, 'ppk.rekap');
    const v5 = openDatabase(file, { create: true, migrations: MIGRATIONS.slice(0, 5) });
    v5.exec(`
      INSERT INTO pemilihan VALUES (1, '{"format":"rekap-paket/1"}', '${'b'.repeat(64)}', 't');
      INSERT INTO wilayah VALUES ('110101', 'kecamatan', NULL, 'BAKONGAN', 0), ('1101012001', 'desa', '110101', 'KEUDE BAKONGAN', 0);
      INSERT INTO surat_suara VALUES ('PPWP', 0);
      INSERT INTO keberatan (jenis, pokok, pengaju_unsur, desa_kode, surat_suara, baris, uraian, diajukan_pada, oleh) VALUES
        ('keberatan', 'prosedur', 'panwaslu', '1101012001', 'PPWP', 'suara_1', 'Salinan tidak dibagikan', 't', 'o'),
        ('keberatan', 'prosedur', 'panwaslu', '110101', 'PPWP', 'suara_1', 'Pembacaan terlalu cepat', 't', 'o');
    `);
    v5.close();
    const db = openDatabase(file, { create: false });
    try {
      expect(db.prepare('SELECT pokok FROM keberatan ORDER BY id').all()).toEqual([{ pokok: 'prosedur' }, { pokok: 'prosedur' }]);
      expect(() => db.exec("INSERT INTO keberatan (jenis, pokok, pengaju_unsur, desa_kode, surat_suara, baris, uraian, diajukan_pada, oleh) VALUES ('keberatan', 'angka', 'saksi', '110101', 'PPWP', 'suara_1', 'x', 't', 'o')")).toThrow(/hanya untuk kecamatan/);
    } finally {
      db.close();
    }
  });
});
