import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PAKET_CONTOH, PAKET_KABUPATEN_CONTOH } from '../../shared/testing/paket-contoh';
import { openDatabase } from '../db/open-database';
import { folderUji, jamUji } from '../testing/election-fixture';
import { createElectionDatabase, openElectionDatabase } from './election-service';
import { eksporRekapHasil } from './exchange-service';
import { createKabupatenDatabase, imporHasil, paketKabupatenDari } from './kabupaten-service';
import { kecamatanKabupaten, rekapKabupatenLayar, temuanKabupaten } from './kabupaten-layar-service';
import { saveTpsSheet } from './results-service';

const dir = folderUji('pleno-kab-layar-');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('what the kabupaten console reads', () => {
  it('lists each kecamatan with its imports, and finds R15 across the ballots of a kecamatan total', () => {
    const clock = jamUji();
    const kec = path.join(dir, 'kec.rekap');
    expect(createElectionDatabase(kec, PAKET_CONTOH, clock).ok).toBe(true);
    const db = openElectionDatabase(kec);
    // One TPS read on both ballots, with another DPT on the DPD sheet than on the PPWP one.
    const tps = PAKET_CONTOH.desa[0]!.tps[0]!.kode;
    const dpt = (l: number, p: number): Record<string, number> => ({ pemilih_dpt_l: l, pemilih_dpt_p: p, pemilih_dpt_j: l + p });
    expect(saveTpsSheet(db, { kodeTps: tps, jenis: 'PPWP', nilai: dpt(100, 110), sumber: 'c_hasil', oleh: 'PPK' }, clock).ok).toBe(true);
    expect(saveTpsSheet(db, { kodeTps: tps, jenis: 'DPD', nilai: dpt(100, 120), sumber: 'c_hasil', oleh: 'PPK' }, clock).ok).toBe(true);
    const ekspor = eksporRekapHasil(db).teks;
    db.close();

    const file = path.join(dir, 'kab.rekap');
    expect(createKabupatenDatabase(file, JSON.stringify(PAKET_KABUPATEN_CONTOH), clock).ok).toBe(true);
    const kab = openDatabase(file, { create: false });
    try {
      const paket = paketKabupatenDari(kab)!;
      expect(kecamatanKabupaten(kab, paket).map((k) => k.status)).toEqual(['belum', 'belum']);
      expect(imporHasil(kab, paket, ekspor, clock).ok).toBe(true);
      const k = kecamatanKabupaten(kab, paket);
      expect(k.map((x) => [x.kode, x.status, x.riwayat.length])).toEqual([
        ['110101', 'diimpor', 1],
        ['110102', 'belum', 0],
      ]);
      expect(k[0]!.riwayat[0]!.sidik).toMatch(/^[0-9A-F]{4}(-[0-9A-F]{4}){3}$/);
      const r15 = temuanKabupaten(kab, paket).filter((t) => t.aturan === 'R15');
      expect(r15.map((t) => [t.surat_suara, t.kode])).toContainEqual(['DPD', '110101']);
      expect(r15.every((t) => t.kode === '110101')).toBe(true);
      // One ballot's findings only when asked for one.
      expect(temuanKabupaten(kab, paket, 'PPWP').every((t) => t.surat_suara === 'PPWP')).toBe(true);
      const layar = rekapKabupatenLayar(kab, paket, 'DPD');
      expect(layar.rekap.jumlah['pemilih_dpt_j']).toBe(220);
      expect(layar.sha256).toMatch(/^[0-9a-f]{64}$/);
      expect(layar.temuan.some((t) => t.aturan === 'R15')).toBe(true);
    } finally {
      kab.close();
    }
  });
});
