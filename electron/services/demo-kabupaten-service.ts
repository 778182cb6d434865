import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEFAULT_SEED, generateDemo } from '../../resources/demo/generate-demo';
import { gagal, ok, type Clock, type Result } from '../../shared/domain/result';
import { parsePaketJson } from '../../shared/paket/parse-paket';
import { createElectionDatabase, openElectionDatabase } from './election-service';
import { eksporRekapHasil } from './exchange-service';
import { createKabupatenDatabase, imporHasil, openKabupatenDatabase } from './kabupaten-service';
import { saveTpsSheet } from './results-service';
import { importSirekapFiles } from './sirekap-import-service';

/**
 * The embedded kabupaten demo (KPU Kab. SUKAMAJU 3369): four kecamatan of the demo generator, each its own
 * seed. WANAJAYA, SUKAJAYA and MEKARSARI are recapped by their PPK from the Sirekap files and exported;
 * WANAJAYA then reads the C.Hasil plano of its Sirekap misreads and exports again, so the kabupaten holds a
 * replaced export with its history; CIBODAS has not sent its export yet. Deterministic: same seeds, a fixed
 * clock, so the same fingerprints on every machine.
 */
export const KECAMATAN_DEMO: readonly KecamatanDemo[] = [
  { kode: '336901', nama: 'WANAJAYA', seed: DEFAULT_SEED },
  { kode: '336902', nama: 'SUKAJAYA', seed: DEFAULT_SEED + 7 },
  { kode: '336903', nama: 'MEKARSARI', seed: DEFAULT_SEED + 13 },
  { kode: '336904', nama: 'CIBODAS', seed: DEFAULT_SEED + 21 },
];

/** Kecamatan whose export the demo kabupaten has imported (the last one has not sent it yet). */
const DIIMPOR = 3;

/** The demo's own clock: the first day of the KPU kabupaten/kota recap of 2024, one second per call. */
function jamDemo(): Clock {
  let t = Date.parse('2024-02-17T01:00:00.000Z');
  return () => new Date((t += 1000));
}

/** The text of the demo's kabupaten package (`tingkat: kabupaten`). */
export function teksPaketKabupatenDemo(): string {
  const demo = generateDemo(DEFAULT_SEED).paket;
  const paket = {
    format: demo.format,
    pemilihan: demo.pemilihan,
    tingkat: 'kabupaten',
    wilayah: { provinsi: demo.wilayah.provinsi, kabupaten: demo.wilayah.kabupaten },
    kecamatan: KECAMATAN_DEMO.map((k) => ({ kode: k.kode, nama: k.nama })),
    surat_suara: demo.surat_suara,
  };
  return `${JSON.stringify(paket, null, 2)}\n`;
}

/** A kecamatan of the demo: code, name, and the seed of its generated election. */
export interface KecamatanDemo {
  readonly kode: string;
  readonly nama: string;
  readonly seed: number;
}

/**
 * A demo kecamatan's `rekap-hasil` exports as its PPK would make them, built in `dir`: recapped from the Sirekap
 * files (`pertama`), and after reading the C.Hasil plano of its Sirekap misreads (`perbaikan`, the same as
 * `pertama` when the seed planted none).
 */
export function eksporKecamatanDemo(dir: string, k: KecamatanDemo, clock: Clock = jamDemo()): Result<{ readonly pertama: string; readonly perbaikan: string }> {
  const demo = generateDemo(k.seed);
  // One kabupaten, one election: every kecamatan has the ballots of the first (the seed varies the candidates).
  const ganti = (t: string): string => t.replaceAll('336901', k.kode).replaceAll('"WANAJAYA"', `"${k.nama}"`);
  const teks = ganti(JSON.stringify({ ...demo.paket, surat_suara: generateDemo(DEFAULT_SEED).paket.surat_suara }, null, 2));
  const paket = parsePaketJson(teks);
  if (!paket.ok) return paket;
  const file = path.join(dir, `${k.kode}.rekap`);
  const made = createElectionDatabase(file, paket.value, clock, { teksPaket: teks, oleh: `PPK ${k.nama}` });
  if (!made.ok) return made;
  const sirekapDir = path.join(dir, `${k.kode}-sirekap`);
  fs.mkdirSync(sirekapDir);
  for (const [tps, isi] of demo.sirekap) fs.writeFileSync(path.join(sirekapDir, `${ganti(tps)}.json`), ganti(JSON.stringify(isi)));
  const db = openElectionDatabase(file);
  try {
    const imp = importSirekapFiles(db, [sirekapDir], clock, { oleh: `PPK ${k.nama}` });
    if (!imp.ok) return imp;
    const pertama = eksporRekapHasil(db).teks;
    for (const f of demo.faults.filter((x) => x.sumber === 'sirekap')) {
      const nilai = demo.plano.tps[f.kode];
      if (!nilai) continue;
      const s = saveTpsSheet(db, { kodeTps: ganti(f.kode), jenis: 'PPWP', nilai, sumber: 'c_hasil', oleh: `PPK ${k.nama}` }, clock);
      if (!s.ok) return s;
    }
    return ok({ pertama, perbaikan: eksporRekapHasil(db).teks });
  } finally {
    db.close();
  }
}

/** Where the demo puts the export of the kecamatan it has not imported yet, for the operator to try the import. */
export function folderEksporDemo(demoFile: string): string {
  return path.join(path.dirname(demoFile), 'ekspor-kecamatan');
}

/**
 * Makes sure the kabupaten demo exists at `file` (built beside it and moved into place, so a failure never
 * leaves half a demo). An existing one is left as it is: the operator's work in it is kept.
 */
export function ensureDemoKabupatenDatabase(file: string): Result<{ readonly file: string; readonly dibuat: boolean }> {
  if (fs.existsSync(file)) return ok({ file, dibuat: false });
  const clock = jamDemo();
  const kerja = fs.mkdtempSync(path.join(os.tmpdir(), 'pleno-demo-kab-'));
  const tmp = `${file}.menyiapkan`;
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    for (const f of [tmp, `${tmp}-wal`, `${tmp}-shm`]) fs.rmSync(f, { force: true });
    const teksPaket = teksPaketKabupatenDemo();
    const made = createKabupatenDatabase(tmp, teksPaket, clock, 'demo');
    if (!made.ok) return made;
    const kab = openKabupatenDatabase(tmp);
    try {
      for (const [i, k] of KECAMATAN_DEMO.entries()) {
        const e = eksporKecamatanDemo(kerja, k, clock);
        if (!e.ok) return e;
        if (i >= DIIMPOR) {
          // Not sent yet: its export waits in the demo's folder for the operator to import.
          fs.mkdirSync(folderEksporDemo(file), { recursive: true });
          fs.writeFileSync(path.join(folderEksporDemo(file), `rekap-hasil-${k.kode}-${k.nama}.json`), e.value.pertama);
          continue;
        }
        const pertama = imporHasil(kab.db, kab.paket, e.value.pertama, clock, { oleh: 'Operator KPU', namaBerkas: `rekap-hasil-${k.kode}.json` });
        if (!pertama.ok) return pertama;
        // WANAJAYA corrected its Sirekap misreads from the C.Hasil plano and sent a newer export.
        if (k.kode !== '336901') continue;
        const kedua = imporHasil(kab.db, kab.paket, e.value.perbaikan, clock, { oleh: 'Operator KPU', namaBerkas: `rekap-hasil-${k.kode}-perbaikan.json`, ganti: true });
        if (!kedua.ok) return kedua;
      }
    } finally {
      kab.db.close();
    }
    fs.renameSync(tmp, file);
    return ok({ file, dibuat: true });
  } catch (err) {
    for (const f of [tmp, `${tmp}-wal`, `${tmp}-shm`]) fs.rmSync(f, { force: true });
    return gagal('demo-tidak-ada', 'Data demo kabupaten tidak dapat disiapkan.', String(err));
  } finally {
    fs.rmSync(kerja, { recursive: true, force: true });
  }
}
