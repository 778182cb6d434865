/**
 * One step of the benchmark, run in its own process by bench.ts so that its peak memory (the kernel's RSS
 * high-water mark, process.resourceUsage().maxRSS) is the peak of the process doing that work and nothing else.
 * `tsx tests/bench/fase.ts <fase> <dir> <seed> <kecil|besar>` prints one JSON line: the figures in ms.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import vm from 'node:vm';
import type { Clock } from '../../shared/domain/result';
import { OLEH_BENCH, WAKTU_IMPOR } from './ekspor-bench';
import { kodeKecamatan, paketBench, UKURAN_BESAR, UKURAN_KECIL, type UkuranBench } from './kecamatan-besar';
import { median, persentil } from './rasio';

// Each step imports only what it uses (dynamic imports below), so a step's peak memory is its own work's and
// not that of every module of the app and the bench (pdfkit, Playwright, the generator...).

export type Hasil = Record<string, number | string>;

const jam: Clock = () => new Date(WAKTU_IMPOR);

/** Runs `f` `n` times; the durations in ms. */
async function ukur(n: number, f: () => unknown): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await f();
    out.push(performance.now() - t);
  }
  return out;
}

function pastikan<T>(r: { ok: true; value: T } | { ok: false; error: { pesan: string } }): T {
  if (!r.ok) throw new Error(r.error.pesan);
  return r.value;
}

export interface Jalur {
  readonly dir: string;
  readonly db: string;
  readonly sirekap: string;
  readonly cetak: string;
  readonly ekspor: string;
  readonly kab: string;
}

export function jalur(dir: string): Jalur {
  return {
    dir,
    db: path.join(dir, 'kecamatan.rekap'),
    sirekap: path.join(dir, 'sirekap'),
    cetak: path.join(dir, 'cetak'),
    ekspor: path.join(dir, 'ekspor'),
    kab: path.join(dir, 'kabupaten.rekap'),
  };
}

/** Generates the package and the Sirekap files (not measured), then creates the database and imports every file. */
/** The Sirekap files of the kecamatan (bench scaffolding, its own process: not measured). */
async function siapkan(j: Jalur, seed: number, ukuran: UkuranBench): Promise<Hasil> {
  const { berkasSirekapBench, lembarBench } = await import('./kecamatan-besar');
  const { seedLembar } = await import('./ekspor-bench');
  const paket = paketBench(seed, ukuran, 1);
  let berkas = 0;
  for (const [rel, teks] of berkasSirekapBench(paket, lembarBench(paket, seedLembar(seed, 1)), seed)) {
    const f = path.join(j.sirekap, rel);
    fs.mkdirSync(path.dirname(f), { recursive: true });
    fs.writeFileSync(f, teks);
    berkas++;
  }
  return { berkas };
}

/** The peak RSS so far (bytes): taken right after the measured work, before a lower bound's own work. */
function rssSekarang(): number {
  return process.resourceUsage().maxRSS * 1024;
}

async function buatDanImpor(j: Jalur, seed: number, ukuran: UkuranBench): Promise<Hasil> {
  const { default: Database } = await import('better-sqlite3');
  const { teksPaket } = await import('./ekspor-bench');
  const { parsePaketJson } = await import('../../shared/paket/parse-paket');
  const { createElectionDatabase, openElectionDatabase } = await import('../../electron/services/election-service');
  const { importSirekapFiles } = await import('../../electron/services/sirekap-import-service');
  const paket = paketBench(seed, ukuran, 1);
  const berkas = fs.readdirSync(j.sirekap, { recursive: true }).filter((f) => String(f).endsWith('.json')).length;
  const teks = teksPaket(seed, ukuran, 1);
  const [buat] = await ukur(1, () => pastikan(createElectionDatabase(j.db, pastikan(parsePaketJson(teks)), jam, { teksPaket: teks, oleh: OLEH_BENCH })));
  const db = openElectionDatabase(j.db);
  let nilai = 0;
  const [impor] = await ukur(1, () => (nilai = pastikan(importSirekapFiles(db, [j.sirekap], jam, { oleh: OLEH_BENCH })).nilaiBaru));
  const rssPuncak = rssSekarang();

  // Lower bound: one bare transaction inserting the same rows into a table without index or trigger.
  const rows = db.prepare('SELECT tps_kode, jenis, baris, nilai, sumber, dicatat_pada, oleh, impor_id FROM nilai ORDER BY id').raw().all() as unknown[][];
  db.close();
  const polosFile = path.join(j.dir, 'polos.db');
  const polos = new Database(polosFile);
  polos.pragma('journal_mode = WAL');
  polos.pragma('synchronous = FULL');
  polos.exec('CREATE TABLE nilai (id INTEGER PRIMARY KEY, tps_kode TEXT, jenis TEXT, baris TEXT, nilai INTEGER, sumber TEXT, dicatat_pada TEXT, oleh TEXT, impor_id INTEGER)');
  const ins = polos.prepare('INSERT INTO nilai (tps_kode, jenis, baris, nilai, sumber, dicatat_pada, oleh, impor_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
  const [imporPolos] = await ukur(1, () => polos.transaction(() => rows.forEach((r) => ins.run(r)))());
  polos.close();
  fs.rmSync(polosFile, { force: true });
  return { buat: buat!, impor: impor!, imporPolos: imporPolos!, berkas, nilai, tps: paket.desa.reduce((a, d) => a + d.tps.length, 0), ukuranDb: fs.statSync(j.db).size, rssPuncak };
}

/**
 * Full recap of every ballot and `check` of everything, each cold: the services keep both per connection after
 * a first reading, so every run opens the database afresh (not measured). Lower bound of the recap: one
 * SUM ... GROUP BY over the same rows (by desa, ballot and row).
 */
async function rekapDanPeriksa(j: Jalur): Promise<Hasil> {
  const { openElectionDatabase } = await import('../../electron/services/election-service');
  const { check, recap } = await import('../../electron/services/recap-service');
  const jenis = ['PPWP', 'DPR', 'DPD', 'DPRD_PROV', 'DPRD_KABKO'] as const;
  // Each run stands for a freshly started app: the previous run's garbage is collected first (not measured),
  // so the peak memory is that of one recap or one check, not of thirteen in a row.
  v8.setFlagsFromString('--expose-gc');
  const gc = vm.runInNewContext('gc') as () => void;
  const dingin = async (n: number, f: (db: ReturnType<typeof openElectionDatabase>) => unknown): Promise<number[]> => {
    const out: number[] = [];
    for (let i = 0; i < n; i++) {
      gc();
      const db = openElectionDatabase(j.db);
      try {
        out.push(...(await ukur(1, () => f(db))));
      } finally {
        db.close();
      }
    }
    return out;
  };
  const rekap = await dingin(5, (db) => jenis.forEach((x) => recap(db, x)));
  const polos = await dingin(5, (db) => db.prepare('SELECT t.desa, n.jenis, n.baris, SUM(n.nilai) FROM nilai n JOIN tps t ON t.kode = n.tps_kode GROUP BY t.desa, n.jenis, n.baris').all());
  let temuan = 0;
  const periksa = await dingin(3, (db) => (temuan = check(db).length));
  return { rekap: median(rekap), rekapPolos: median(polos), periksa: median(periksa), temuan };
}

function jumlahHalaman(pdf: string): number {
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0);
}

/** Every document of the kecamatan (D.Hasil of the five ballots, the plenary's documents), and pdfkit writing their text plainly. */
async function cetak(j: Jalur): Promise<Hasil> {
  const { openElectionDatabase } = await import('../../electron/services/election-service');
  const { printRecapDocuments } = await import('../../electron/services/print-service');
  const { printPlenoDocuments } = await import('../../electron/services/pleno-print-service');
  const { defaultFontsDir, fontFile } = await import('../../electron/pdf/fonts');
  const { default: PDFDocument } = await import('pdfkit');
  const db = openElectionDatabase(j.db);
  let berkas: string[] = [];
  const [ms] = await ukur(1, async () => {
    berkas = [...(await printRecapDocuments(db, j.cetak, jam)), ...(await printPlenoDocuments(db, j.cetak, jam))];
  });
  db.close();
  const rssPuncak = rssSekarang();
  const halaman = berkas.map(jumlahHalaman);
  // The same text, page by page (read back in reading order, not measured), written by pdfkit with the same
  // embedded font, one line after another: no table, no rule, no placement.
  const teks = berkas.map((f) => execFileSync('pdftotext', [f, '-'], { encoding: 'utf8', maxBuffer: 1 << 30 }).split('\f'));
  const font = fontFile(defaultFontsDir(), 'cond');
  const [polos] = await ukur(1, async () => {
    for (const halamanTeks of teks) {
      const doc = new PDFDocument({ autoFirstPage: false, margin: 0 });
      doc.registerFont('f', font);
      const selesai = new Promise<void>((resolve) => {
        doc.on('data', () => undefined);
        doc.on('end', resolve);
      });
      for (const h of halamanTeks) {
        if (h.trim() === '') continue;
        doc.addPage({ size: [595, 936], margin: 0 }).font('f').fontSize(6);
        h.split('\n').forEach((baris, i) => doc.text(baris, 10, 10 + i * 7, { lineBreak: false }));
      }
      doc.end();
      await selesai;
    }
  });
  const n = halaman.reduce((a, b) => a + b, 0);
  return { cetak: ms!, cetakPolos: polos!, halaman: n, dokumen: berkas.length, rssPuncak };
}

/** The export of every ballot and its verification. */
async function ekspor(j: Jalur): Promise<Hasil> {
  const { openElectionDatabase } = await import('../../electron/services/election-service');
  const { eksporRekapHasil, verifikasiRekapHasil } = await import('../../electron/services/exchange-service');
  const db = openElectionDatabase(j.db);
  let teks = '';
  const [ms] = await ukur(1, () => (teks = eksporRekapHasil(db).teks));
  db.close();
  fs.mkdirSync(j.ekspor, { recursive: true });
  fs.writeFileSync(path.join(j.ekspor, `rekap-hasil-${kodeKecamatan(1)}.json`), teks);
  const [verifikasi] = await ukur(1, () => pastikan(verifikasiRekapHasil(teks)));
  return { ekspor: ms!, verifikasi: verifikasi!, byte: Buffer.byteLength(teks) };
}

/** The other kecamatan's exports (not measured), built by the export's builder from the generator. */
async function eksporLain(j: Jalur, seed: number, ukuran: UkuranBench): Promise<Hasil> {
  const { eksporBench } = await import('./ekspor-bench');
  for (let k = 2; k <= ukuran.kecamatan; k++) fs.writeFileSync(path.join(j.ekspor, `rekap-hasil-${kodeKecamatan(k)}.json`), eksporBench(seed, ukuran, k).teks);
  return { berkas: ukuran.kecamatan };
}

/** Kabupaten: every export imported with verification, then the recap of every ballot; lower bound: read, parse and hash the same files. */
async function kabupaten(j: Jalur, seed: number, ukuran: UkuranBench): Promise<Hasil> {
  const { createKabupatenDatabase, imporHasil, openKabupatenDatabase, recapKabupaten } = await import('../../electron/services/kabupaten-service');
  const { urutkanSuratSuara } = await import('../../shared/domain/ballot');
  const p = paketBench(seed, ukuran, 1);
  const paketKab = {
    format: p.format,
    pemilihan: p.pemilihan,
    tingkat: 'kabupaten',
    wilayah: { provinsi: p.wilayah.provinsi, kabupaten: p.wilayah.kabupaten },
    kecamatan: Array.from({ length: ukuran.kecamatan }, (_, i) => ({ kode: kodeKecamatan(i + 1), nama: paketBench(seed, ukuran, i + 1).wilayah.kecamatan.nama })),
    surat_suara: p.surat_suara,
  };
  pastikan(createKabupatenDatabase(j.kab, JSON.stringify(paketKab), jam, OLEH_BENCH));
  const files = fs.readdirSync(j.ekspor).sort().map((f) => path.join(j.ekspor, f));
  const { db, paket } = openKabupatenDatabase(j.kab);
  const [impor] = await ukur(1, () => {
    for (const f of files) {
      const r = pastikan(imporHasil(db, paket, fs.readFileSync(f, 'utf8'), jam, { oleh: OLEH_BENCH, namaBerkas: f }));
      if (r.status !== 'diimpor') throw new Error(`${f}: ${r.status}`);
    }
  });
  const [rekap] = await ukur(1, () => urutkanSuratSuara(paket.surat_suara).forEach((s) => recapKabupaten(db, paket, s.jenis)));
  db.close();
  const rssPuncak = rssSekarang();
  const [polos] = await ukur(1, () => {
    for (const f of files) {
      const teks = fs.readFileSync(f, 'utf8');
      JSON.parse(teks);
      createHash('sha256').update(teks).digest('hex');
    }
  });
  const byte = files.reduce((a, f) => a + fs.statSync(f).size, 0);
  return { impor: impor!, imporPolos: polos!, rekap: rekap!, berkas: files.length, byte, ukuranDb: fs.statSync(j.kab).size, rssPuncak };
}

/** Edit -> projector latency on a copy of the kecamatan database (latensi.ts). */
async function latensi(j: Jalur, seed: number, ukuran: UkuranBench): Promise<Hasil> {
  const { ukurLatensi } = await import('./latensi');
  const file = path.join(j.dir, 'latensi.rekap');
  fs.copyFileSync(j.db, file);
  const sampel = await ukurLatensi(file, paketBench(seed, ukuran, 1), path.join(j.dir, 'latensi'), ukuran.edit);
  return { median: median(sampel), p95: persentil(sampel, 95), maks: Math.max(...sampel), edit: sampel.length };
}

export const FASE = ['siapkan', 'buat-impor', 'rekap-periksa', 'cetak', 'ekspor', 'ekspor-lain', 'kabupaten', 'latensi'] as const;
export type Fase = (typeof FASE)[number];

export async function jalankanFase(fase: Fase, dir: string, seed: number, ukuran: UkuranBench): Promise<Hasil> {
  const j = jalur(dir);
  switch (fase) {
    case 'siapkan':
      return siapkan(j, seed, ukuran);
    case 'buat-impor':
      return buatDanImpor(j, seed, ukuran);
    case 'rekap-periksa':
      return rekapDanPeriksa(j);
    case 'cetak':
      return cetak(j);
    case 'ekspor':
      return ekspor(j);
    case 'ekspor-lain':
      return eksporLain(j, seed, ukuran);
    case 'kabupaten':
      return kabupaten(j, seed, ukuran);
    case 'latensi':
      return latensi(j, seed, ukuran);
  }
}

// Run as a child process: one phase, one JSON line with its figures and the process's peak RSS (bytes).
if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const [fase, dir, seed, ukuran] = process.argv.slice(2);
  if (!FASE.includes(fase as Fase) || !dir || !seed) throw new Error('usage: fase.ts <fase> <dir> <seed> <kecil|besar>');
  const hasil = await jalankanFase(fase as Fase, dir, Number(seed), ukuran === 'kecil' ? UKURAN_KECIL : UKURAN_BESAR);
  process.stdout.write(`${JSON.stringify({ rssPuncak: rssSekarang(), ...hasil })}\n`);
}
