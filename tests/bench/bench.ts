/**
 * `npm run bench [-- --small] [--out FILE] [--seed N] [--keep]`: issue 8's benchmark. Generates (seeded) the big
 * kecamatan and a kabupaten of its exports, runs each step in its own process (fase.ts) through the real
 * services on real SQLite files in a temp folder, prints the table with each figure's ratio to a lower bound
 * measured in the same run and the targets, and writes it as JSON (default tests/artifacts/bench.json, or
 * bench-small.json with --small). Not part of `npm test`; tests/unit/bench.test.ts runs the small mode.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Fase, Hasil } from './fase';
import { UKURAN_BESAR, UKURAN_KECIL, type UkuranBench } from './kecamatan-besar';
import { laporanJson, tabelMarkdown, type Baris } from './rasio';

const ROOT = path.resolve(import.meta.dirname, '../..');
const MB = 1024 * 1024;

export interface OpsiBench {
  readonly kecil: boolean;
  readonly out: string;
  readonly seed: number;
  readonly simpan: boolean;
}

export function bacaOpsi(argv: readonly string[]): OpsiBench {
  const kecil = argv.includes('--small');
  const nilai = (nama: string): string | undefined => {
    const i = argv.indexOf(nama);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const seed = Number(nilai('--seed') ?? 20240214);
  if (!Number.isSafeInteger(seed)) throw new Error('--seed: a whole number');
  return { kecil, seed, simpan: argv.includes('--keep'), out: path.resolve(nilai('--out') ?? path.join(ROOT, 'tests', 'artifacts', kecil ? 'bench-small.json' : 'bench.json')) };
}

/** tsx's command line, run by this very node (Node 22 of the devDependencies), whatever runs the bench (npm, Vitest). */
const TSX = path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');

/** Runs one phase in a child process and returns its figures. */
function fase(nama: Fase, dir: string, o: OpsiBench): Hasil {
  const mulai = Date.now();
  const r = spawnSync(process.execPath, [TSX, path.join(import.meta.dirname, 'fase.ts'), nama, dir, String(o.seed), o.kecil ? 'kecil' : 'besar'], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * MB,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (r.status !== 0) throw new Error(`bench step ${nama} failed (exit ${String(r.status)})`);
  const baris = r.stdout.trim().split('\n').at(-1) ?? '';
  const hasil = JSON.parse(baris) as Hasil;
  process.stderr.write(`  ${nama}: ${((Date.now() - mulai) / 1000).toFixed(1)} s\n`);
  return hasil;
}

const n = (h: Hasil, k: string): number => {
  const v = h[k];
  if (typeof v !== 'number') throw new Error(`figure ${k} missing`);
  return v;
};

/** The table's lines from the phases' figures; targets of issue 8 on the big run only. */
export function susunBaris(h: Readonly<Record<Fase, Hasil>>, ukuran: UkuranBench, denganTarget: boolean): Baris[] {
  const t = (maks: number, rasioMaks?: number): Pick<Baris, 'target'> => (denganTarget ? { target: rasioMaks === undefined ? { maks } : { maks, rasioMaks } } : {});
  const bi = h['buat-impor'];
  const rp = h['rekap-periksa'];
  const c = h.cetak;
  const e = h.ekspor;
  const k = h.kabupaten;
  const l = h.latensi;
  // Peak memory of the app's work; `siapkan` and `ekspor-lain` are the bench generating its files, not steps measured.
  const rss = (Object.entries(h) as [Fase, Hasil][]).filter(([f]) => f !== 'siapkan' && f !== 'ekspor-lain').map(([f, x]) => [f, n(x, 'rssPuncak') / MB] as const);
  const puncak = rss.reduce((a, b) => (b[1] > a[1] ? b : a));
  return [
    { kunci: 'buat', langkah: 'buat basis data', nilai: n(bi, 'buat'), satuan: 'ms', catatan: `${ukuran.desa} desa, ${n(bi, 'tps')} TPS, 5 surat suara` },
    {
      kunci: 'impor',
      langkah: 'impor semua nilai (Sirekap)',
      nilai: n(bi, 'impor'),
      satuan: 'ms',
      batasBawah: { ms: n(bi, 'imporPolos'), apa: 'satu transaksi INSERT baris yang sama' },
      catatan: `${n(bi, 'berkas')} berkas, ${n(bi, 'nilai')} nilai`,
    },
    { kunci: 'rekap', langkah: 'rekap penuh 5 surat suara', nilai: n(rp, 'rekap'), satuan: 'ms', batasBawah: { ms: n(rp, 'rekapPolos'), apa: 'SQL SUM ... GROUP BY desa, surat suara, baris' }, ...t(1000, 3) },
    { kunci: 'check', langkah: 'check semua surat suara', nilai: n(rp, 'periksa'), satuan: 'ms', catatan: `${n(rp, 'temuan')} temuan` },
    { kunci: 'latensi-median', langkah: 'edit -> proyektor (Chromium), median', nilai: n(l, 'median'), satuan: 'ms', catatan: `${n(l, 'edit')} edit` },
    { kunci: 'latensi-p95', langkah: 'edit -> proyektor (Chromium), p95', nilai: n(l, 'p95'), satuan: 'ms', ...t(50), catatan: `maks ${n(l, 'maks').toFixed(1)} ms` },
    {
      kunci: 'cetak',
      langkah: 'cetak semua dokumen',
      nilai: n(c, 'cetak'),
      satuan: 'ms',
      batasBawah: { ms: n(c, 'cetakPolos'), apa: 'pdfkit menulis teks yang sama tanpa tata letak' },
      ...t(30_000),
      catatan: `${n(c, 'dokumen')} PDF, ${n(c, 'halaman')} halaman`,
    },
    { kunci: 'cetak-laju', langkah: 'laju cetak', nilai: n(c, 'halaman') / (n(c, 'cetak') / 1000), satuan: 'halaman/s' },
    { kunci: 'ekspor', langkah: 'ekspor rekap-hasil/2 semua surat suara', nilai: n(e, 'ekspor'), satuan: 'ms', catatan: `${(n(e, 'byte') / MB).toFixed(1)} MB` },
    { kunci: 'verifikasi', langkah: 'verify satu ekspor', nilai: n(e, 'verifikasi'), satuan: 'ms' },
    {
      kunci: 'impor-kabupaten',
      langkah: `impor kabupaten ${n(k, 'berkas')} ekspor dengan verifikasi`,
      nilai: n(k, 'impor'),
      satuan: 'ms',
      batasBawah: { ms: n(k, 'imporPolos'), apa: 'baca, JSON.parse dan SHA-256 berkas yang sama' },
      ...t(10_000),
      catatan: `${(n(k, 'byte') / MB).toFixed(0)} MB`,
    },
    { kunci: 'rekap-kabupaten', langkah: 'rekap kabupaten 5 surat suara', nilai: n(k, 'rekap'), satuan: 'ms' },
    { kunci: 'db-kecamatan', langkah: 'ukuran basis data kecamatan', nilai: n(bi, 'ukuranDb') / MB, satuan: 'MB' },
    { kunci: 'db-kabupaten', langkah: 'ukuran basis data kabupaten', nilai: n(k, 'ukuranDb') / MB, satuan: 'MB' },
    { kunci: 'memori', langkah: 'memori puncak (RSS tertinggi satu langkah)', nilai: puncak[1], satuan: 'MB', ...t(500), catatan: `${puncak[0]}; ${rss.map(([f, m]) => `${f} ${m.toFixed(0)}`).join(', ')}` },
  ];
}

export function jalankanBench(o: OpsiBench): { readonly tabel: string; readonly json: ReturnType<typeof laporanJson> } {
  const ukuran = o.kecil ? UKURAN_KECIL : UKURAN_BESAR;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pleno-bench-'));
  process.stderr.write(`bench ${o.kecil ? '--small' : ''} in ${dir}\n`);
  try {
    const bebanAwal = os.loadavg()[0]!;
    const urutan: Fase[] = ['siapkan', 'buat-impor', 'rekap-periksa', 'latensi', 'cetak', 'ekspor', 'ekspor-lain', 'kabupaten'];
    const hasil = {} as Record<Fase, Hasil>;
    for (const f of urutan) hasil[f] = fase(f, dir, o);
    const baris = susunBaris(hasil, ukuran, !o.kecil);
    // The machine is shared (other work runs beside the bench): its load goes with the figures.
    const beban = { awal: bebanAwal, akhir: os.loadavg()[0]! };
    const konteks = { ukuran: o.kecil ? 'kecil' : 'besar', seed: o.seed, dimensi: ukuran, cpu: os.cpus().length, beban, node: process.version, waktu: new Date().toISOString(), fase: hasil };
    const kepala = `${new Date().toISOString().slice(0, 16)}Z, ${os.cpus().length} CPU, beban rata-rata 1 menit ${beban.awal.toFixed(1)} -> ${beban.akhir.toFixed(1)}\n\n`;
    return { tabel: `${kepala}${tabelMarkdown(baris)}`, json: laporanJson(baris, konteks) };
  } finally {
    if (o.simpan) process.stderr.write(`kept ${dir}\n`);
    else fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const o = bacaOpsi(process.argv.slice(2));
  const r = jalankanBench(o);
  fs.mkdirSync(path.dirname(o.out), { recursive: true });
  fs.writeFileSync(o.out, `${JSON.stringify(r.json, null, 2)}\n`);
  process.stdout.write(`${r.tabel}\nJSON: ${o.out}\n`);
}
