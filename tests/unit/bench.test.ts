// The benchmark's parts that must be right for its figures to mean anything (tests/bench, issue 8): the
// generated election is valid and consistent, the in-memory kecamatan exports are what the real export writes,
// and the ratios, percentiles and verdicts of the table. The bench itself runs with `npm run bench`.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { barisCHasil } from '../../shared/forms/c-hasil';
import { parsePaket } from '../../shared/paket/parse-paket';
import { validasiAntarSuratSuara, validasiLembar } from '../../shared/validation/rules';
import { createElectionDatabase, openElectionDatabase } from '../../electron/services/election-service';
import { eksporRekapHasil } from '../../electron/services/exchange-service';
import { importSirekapFiles } from '../../electron/services/sirekap-import-service';
import { folderUji } from '../../electron/testing/election-fixture';
import { eksporBench, OLEH_BENCH, seedLembar, teksPaket, WAKTU_IMPOR } from '../bench/ekspor-bench';
import { berkasSirekapBench, lembarBench, paketBench, UKURAN_BESAR, type UkuranBench } from '../bench/kecamatan-besar';
import { memenuhi, median, persentil, rasio, tabelMarkdown, type Baris } from '../bench/rasio';
import { jalankanBench } from '../bench/bench';

const MINI: UkuranBench = { desa: 2, tpsPerDesa: 3, calonPerPartai: 10, calonDpd: 40, kecamatan: 2, edit: 2 };
let dir: string;
beforeAll(() => (dir = folderUji('pleno-bench-')));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('the bench election', () => {
  it("has issue 8's sizes, is a valid package and the same for the same seed", () => {
    const p = paketBench(1, UKURAN_BESAR);
    expect(parsePaket(p).ok).toBe(true);
    expect(p.desa).toHaveLength(40);
    expect(p.desa.flatMap((d) => d.tps)).toHaveLength(800);
    expect(p.surat_suara.map((s) => s.jenis)).toEqual(['PPWP', 'DPR', 'DPD', 'DPRD_PROV', 'DPRD_KABKO']);
    for (const s of p.surat_suara.filter((x) => x.jenis.startsWith('DPR'))) {
      expect(s.peserta).toHaveLength(18);
      expect(s.peserta.every((x) => x.calon?.length === 10)).toBe(true);
      expect(barisCHasil(s)).toHaveLength(241);
    }
    expect(p.surat_suara.find((s) => s.jenis === 'DPD')!.peserta).toHaveLength(40);
    expect(JSON.stringify(paketBench(1, UKURAN_BESAR))).toBe(JSON.stringify(p));
    expect(JSON.stringify(paketBench(2, UKURAN_BESAR))).not.toBe(JSON.stringify(p));
  });

  it('writes every sheet consistent: no finding of rules R1-R14 on any sheet, nor R15 across the ballots of a TPS', () => {
    const p = paketBench(5, MINI);
    const lembar = lembarBench(p, 9);
    for (const ss of p.surat_suara) {
      const perTps = lembar.get(ss.jenis)!;
      expect(perTps.size).toBe(6);
      for (const [kode, v] of perTps) {
        expect(Object.keys(v)).toEqual(barisCHasil(ss).map((b) => b.key));
        expect(validasiLembar(v, { jenisPemilihan: 'pemilu', suratSuara: ss, tingkat: 'tps', kode })).toEqual([]);
      }
    }
    for (const kode of lembar.get('PPWP')!.keys()) {
      expect(validasiAntarSuratSuara(new Map(p.surat_suara.map((ss) => [ss.jenis, lembar.get(ss.jenis)!.get(kode)!])), kode)).toEqual([]);
    }
  });

  it('builds in memory, byte for byte, the export the real database gives after importing its Sirekap files', () => {
    const seed = 11;
    const p = paketBench(seed, MINI, 1);
    const sirekap = path.join(dir, 'sirekap');
    for (const [rel, teks] of berkasSirekapBench(p, lembarBench(p, seedLembar(seed, 1)), seed)) {
      fs.mkdirSync(path.dirname(path.join(sirekap, rel)), { recursive: true });
      fs.writeFileSync(path.join(sirekap, rel), teks);
    }
    const file = path.join(dir, 'mini.rekap');
    const jam = (): Date => new Date(WAKTU_IMPOR);
    const made = createElectionDatabase(file, p, jam, { teksPaket: teksPaket(seed, MINI, 1), oleh: OLEH_BENCH });
    expect(made.ok).toBe(true);
    const db = openElectionDatabase(file);
    try {
      const imp = importSirekapFiles(db, [sirekap], jam, { oleh: OLEH_BENCH });
      expect(imp.ok && imp.value.berkas).toBe(30);
      expect(eksporBench(seed, MINI, 1).teks).toBe(eksporRekapHasil(db).teks);
    } finally {
      db.close();
    }
    // Another kecamatan: its own codes and numbers, the same ballots.
    const lain = JSON.parse(eksporBench(seed, MINI, 2).teks) as { wilayah: { kecamatan: { kode: string } }; surat_suara: { peserta: unknown }[] };
    expect(lain.wilayah.kecamatan.kode).toBe('336902');
    expect(lain.surat_suara.map((s) => s.peserta)).toEqual(p.surat_suara.map((s) => s.peserta));
  });
});

describe('the bench table', () => {
  it('takes nearest-rank percentiles and medians', () => {
    const xs = Array.from({ length: 200 }, (_, i) => 200 - i);
    expect(persentil(xs, 95)).toBe(190);
    expect(persentil(xs, 100)).toBe(200);
    expect(persentil([7], 95)).toBe(7);
    expect(persentil([], 95)).toBeNaN();
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
  });

  it('gives each figure as a ratio to its lower bound, and a verdict on value and ratio', () => {
    expect(rasio(300, 100)).toBe(3);
    expect(rasio(300, 0)).toBeNull();
    expect(rasio(300, undefined)).toBeNull();
    const rekap: Baris = { kunci: 'rekap', langkah: 'rekap', nilai: 400, satuan: 'ms', batasBawah: { ms: 100, apa: 'SUM' }, target: { maks: 1000, rasioMaks: 3 } };
    expect(memenuhi(rekap)).toBe('TIDAK');
    expect(memenuhi({ ...rekap, nilai: 300 })).toBe('ya');
    expect(memenuhi({ ...rekap, nilai: 1200, batasBawah: { ms: 1000, apa: 'SUM' } })).toBe('TIDAK');
    expect(memenuhi({ kunci: 'x', langkah: 'x', nilai: 1, satuan: 'ms' })).toBe('-');
    const tabel = tabelMarkdown([rekap, { kunci: 'mem', langkah: 'memori', nilai: 312.4, satuan: 'MB', target: { maks: 500 } }]);
    expect(tabel.split('\n')[2]).toBe('| rekap | 400 ms | 100 ms: SUM | 4.00x | < 1000 ms, <= 3x | TIDAK |');
    expect(tabel.split('\n')[3]).toBe('| memori | 312 MB |  |  | < 500 MB | ya |');
  });
});

describe('npm run bench -- --small', () => {
  it('runs every step end to end on real files and Chromium, and writes each figure with its ratio', () => {
    const r = jalankanBench({ kecil: true, seed: 3, simpan: false, out: path.join(dir, 'bench.json') });
    const hasil = new Map(r.json.hasil.map((b) => [b.kunci, b]));
    expect([...hasil.keys()]).toEqual(['buat', 'impor', 'rekap', 'check', 'latensi-median', 'latensi-p95', 'cetak', 'cetak-laju', 'ekspor', 'verifikasi', 'impor-kabupaten', 'rekap-kabupaten', 'db-kecamatan', 'db-kabupaten', 'memori']);
    for (const b of r.json.hasil) expect(b.nilai, b.kunci).toBeGreaterThan(0);
    for (const k of ['impor', 'rekap', 'cetak', 'impor-kabupaten']) expect(hasil.get(k)!.rasio, k).toBeGreaterThan(0);
    expect(hasil.get('latensi-median')!.catatan).toBe('30 edit');
    expect(hasil.get('impor')!.catatan).toBe('400 berkas, 62480 nilai');
    expect(r.tabel).toContain('| rekap penuh 5 surat suara |');
  }, 120_000);
});
