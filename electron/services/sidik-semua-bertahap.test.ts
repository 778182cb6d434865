import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { urutkanSuratSuara } from '../../shared/domain/ballot';
import { databaseUji, jamUji, PAKET_LEGISLATIF } from '../testing/election-fixture';
import { loadPaket } from './election-service';
import { eksporRekapHasil, sha256SemuaSuratSuara, SidikSemuaBertahap } from './exchange-service';
import { printRecapDocuments } from './print-service';
import { saveTpsSheet } from './results-service';

/*
 * Printing every ballot assembles the fingerprint of the export of all ballots (the plenary documents') from the
 * single ballots' exports instead of exporting everything once more: it must be that export's very hash.
 */
describe('SidikSemuaBertahap', () => {
  it('gives the hash of the export of every ballot from the single exports in order, and null otherwise', async () => {
    const { db, dir } = databaseUji(PAKET_LEGISLATIF);
    try {
      const r = saveTpsSheet(db, { kodeTps: '1101012001001', jenis: 'DPR', nilai: { partai_1_a1: 3, partai_1_calon_1: 10, partai_1_b: 13 }, sumber: 'c_hasil', oleh: 'uji' }, jamUji());
      if (!r.ok) throw new Error(r.error.pesan);
      const semua = eksporRekapHasil(db).sha256;
      const urutan = urutkanSuratSuara(loadPaket(db).surat_suara).map((s) => s.jenis);
      const s = new SidikSemuaBertahap(db);
      for (const j of urutan) s.tambah(j, eksporRekapHasil(db, j).suratSuaraKanonik);
      expect(s.selesai()).toBe(semua);

      const terbalik = new SidikSemuaBertahap(db);
      for (const j of [...urutan].reverse()) terbalik.tambah(j, eksporRekapHasil(db, j).suratSuaraKanonik);
      expect(terbalik.selesai()).toBeNull();
      const kurang = new SidikSemuaBertahap(db);
      kurang.tambah(urutan[0]!, eksporRekapHasil(db, urutan[0]).suratSuaraKanonik);
      expect(kurang.selesai()).toBeNull();

      // After printing every ballot the plenary documents read it kept; after a change, made afresh.
      await printRecapDocuments(db, path.join(dir, 'cetak'), () => new Date('2024-02-18T13:05:00Z'));
      expect(sha256SemuaSuratSuara(db)).toBe(semua);
      const r2 = saveTpsSheet(db, { kodeTps: '1101012001001', jenis: 'DPR', nilai: { partai_1_a1: 4, partai_1_calon_1: 10, partai_1_b: 14 }, sumber: 'c_hasil', oleh: 'uji' }, jamUji());
      if (!r2.ok) throw new Error(r2.error.pesan);
      const baru = eksporRekapHasil(db).sha256;
      expect(baru).not.toBe(semua);
      expect(sha256SemuaSuratSuara(db)).toBe(baru);
    } finally {
      db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
