import type Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { databaseUji, jamUji } from '../testing/election-fixture';
import { PAKET_KABUPATEN_CONTOH } from '../../shared/testing/paket-contoh';
import { canonicalJson } from './canonical-json';
import { eksporRekapHasil, sha256Hex } from './exchange-service';
import { createKabupatenDatabase, imporHasil, jumlahDesaTerkini, openKabupatenDatabase, recapKabupaten, riwayatHasil, teksHasil } from './kabupaten-service';
import { arrayKeLembar } from '../../shared/exchange/rekap-hasil';
import { saveTpsSheet } from './results-service';

let ppk: Database.Database;
let dir: string;
const clock = jamUji();

const paketKab = PAKET_KABUPATEN_CONTOH;

function simpan(kodeTps: string, nilai: Record<string, number | null>): void {
  const r = saveTpsSheet(ppk, { kodeTps, jenis: 'PPWP', nilai, sumber: 'c_hasil', oleh: 'uji' }, clock);
  if (!r.ok) throw new Error(r.error.pesan);
}

beforeEach(() => {
  ({ db: ppk, dir } = databaseUji());
  simpan('1101012001001', { suara_1: 10, suara_2: 20, suara_3: 5, suara_sah: 35 });
});
afterEach(() => {
  ppk.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

function kabupaten(): ReturnType<typeof openKabupatenDatabase> {
  const file = path.join(dir, 'kab.rekap');
  const r = createKabupatenDatabase(file, JSON.stringify(paketKab), clock);
  if (!r.ok) throw new Error(r.error.pesan);
  return openKabupatenDatabase(file);
}

describe('import of kecamatan exports at the kabupaten', () => {
  it('shows a newer export cell by cell, replaces it only when asked, and keeps the old one in the history', () => {
    const { db, paket } = kabupaten();
    try {
      const pertama = eksporRekapHasil(ppk);
      const a = imporHasil(db, paket, pertama.teks, clock);
      expect(a.ok && a.value.status).toBe('diimpor');
      const lagi = imporHasil(db, paket, pertama.teks, clock);
      expect(lagi.ok && lagi.value.status).toBe('sama');

      simpan('1101012001001', { suara_1: 12, suara_sah: 37 });
      const kedua = eksporRekapHasil(ppk);
      const b = imporHasil(db, paket, kedua.teks, clock);
      expect(b.ok && b.value.status).toBe('perlu-ganti');
      if (!b.ok || b.value.status !== 'perlu-ganti') throw new Error('expected perlu-ganti');
      expect(b.value.beda).toEqual(
        expect.arrayContaining([
          { surat_suara: 'PPWP', kode: '1101012001001', baris: 'suara_1', dari: 10, ke: 12 },
          { surat_suara: 'PPWP', kode: '110101', baris: 'suara_1', dari: 10, ke: 12 },
        ]),
      );
      expect(recapKabupaten(db, paket, 'PPWP').jumlah['suara_1']).toBe(10);

      const c = imporHasil(db, paket, kedua.teks, clock, { ganti: true });
      expect(c.ok && c.value.status).toBe('diganti');
      expect(riwayatHasil(db, '110101').map((h) => h.sha256)).toEqual([pertama.sha256, kedua.sha256]);
      const rk = recapKabupaten(db, paket, 'PPWP');
      expect(rk.jumlah['suara_1']).toBe(12);
      expect(rk.kecamatan.map((k) => k.sha256)).toEqual([kedua.sha256, null]);
    } finally {
      db.close();
    }
  });

  it('refuses an export of another election, another kecamatan or with totals that do not add up, saying what differs', () => {
    const { db, paket } = kabupaten();
    try {
      const e = eksporRekapHasil(ppk).dokumen;
      const ulang = (ubah: (d: Record<string, unknown>) => void): string => {
        const d = JSON.parse(JSON.stringify(e)) as Record<string, unknown>;
        ubah(d);
        // Re-hash so only the named check can refuse it.
        delete d.sha256;
        return JSON.stringify({ ...d, sha256: sha256Hex(canonicalJson(d)) });
      };
      const lain = imporHasil(db, paket, ulang((d) => ((d.pemilihan as Record<string, unknown>).tanggal = '2024-11-27')), clock);
      expect(!lain.ok && lain.error.pesan).toContain('pemilihan berbeda');
      const kec = imporHasil(db, paket, ulang((d) => ((d.wilayah as Record<string, Record<string, string>>).kecamatan = { kode: '110199', nama: 'LAIN' })), clock);
      expect(!kec.ok && kec.error.pesan).toContain('kecamatan 110199 LAIN bukan kecamatan');
      const jumlah = imporHasil(
        db,
        paket,
        ulang((d) => {
          const ss = (d.surat_suara as { baris: string[]; jumlah: number[] }[])[0]!;
          ss.jumlah[ss.baris.indexOf('suara_1')] = 99;
        }),
        clock,
      );
      expect(!jumlah.ok && jumlah.error.pesan).toContain('jumlah tertulis 99');
      expect(riwayatHasil(db, '110101')).toEqual([]);
    } finally {
      db.close();
    }
  });

  it('keeps the verified file as imported and the desa and kecamatan totals the recap reads', () => {
    const { db, paket } = kabupaten();
    try {
      const e = eksporRekapHasil(ppk);
      expect(imporHasil(db, paket, e.teks, clock).ok).toBe(true);
      const [impor] = riwayatHasil(db, '110101');
      expect(teksHasil(db, impor!.id)).toBe(e.teks);
      const ss = e.dokumen.surat_suara[0]!;
      expect(jumlahDesaTerkini(db, '110101', 'PPWP')).toEqual(ss.desa.map((d) => ({ kode: d.kode, nama: d.nama, lembar: arrayKeLembar(ss.baris, d.jumlah) })));
      expect(recapKabupaten(db, paket, 'PPWP').kecamatan[0]!.lembar).toEqual(arrayKeLembar(ss.baris, ss.jumlah));
    } finally {
      db.close();
    }
  });

  it('refuses a TPS value that does not follow from its versions, even with every total made to add up', () => {
    const { db, paket } = kabupaten();
    try {
      const d = JSON.parse(eksporRekapHasil(ppk).teks) as Record<string, unknown> & { surat_suara: { baris: string[]; jumlah: number[]; desa: { jumlah: number[]; tps: { nilai: number[] }[] }[] }[] };
      const ss = d.surat_suara[0]!;
      const i = ss.baris.indexOf('suara_1');
      // 10 -> 110 in the TPS, the desa and the kecamatan: only the versions (a C.Hasil 10) tell.
      ss.desa[0]!.tps[0]!.nilai[i] = 110;
      ss.desa[0]!.jumlah[i] = 110;
      ss.jumlah[i] = 110;
      delete d.sha256;
      const r = imporHasil(db, paket, JSON.stringify({ ...d, sha256: sha256Hex(canonicalJson(d)) }), clock);
      expect(!r.ok && r.error.pesan).toContain('baris suara_1: nilai 110 (c) tidak sesuai dengan riwayat versinya (10, c)');
      expect(riwayatHasil(db, '110101')).toEqual([]);
    } finally {
      db.close();
    }
  });
});
