import type Database from 'better-sqlite3';
import fs from 'node:fs';
import { isJenisSuratSuara, SINGKATAN_SURAT_SUARA, type JenisSuratSuara } from '../../shared/domain/ballot';
import type { Clock, Galat } from '../../shared/domain/result';
import { recapToJson } from '../../shared/forms/recap';
import { PAKET_BATAS_BYTE, parsePaketJson } from '../../shared/paket/parse-paket';
import { galatDari } from '../errors';
import { check, recap } from '../services/recap-service';
import { countTps, createElectionDatabase, loadPaket, openElectionDatabase } from '../services/election-service';
import { saveTpsSheet } from '../services/results-service';
import { importSirekapFiles } from '../services/sirekap-import-service';
import { parseArgs, PEMAKAIAN, type ArgumenCli } from './args';
import { auditCmd } from './audit-commands';
import { printPlenoCmd } from './pleno-commands';
import { backupCmd, restoreCmd } from './backup-commands';
import { formatCheckText, formatRecapText } from './format-text';
import { jalankanPerintahPertukaran } from './exchange-commands';
import { cetakKabupatenJikaKabupaten, initKabupatenJikaPaketKabupaten, periksaKabupatenJikaKabupaten, rekapKabupatenJikaKabupaten } from './kabupaten-commands';

/** Where the command line writes: results to stdout, messages to stderr. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

/** Exit codes of FORMATS.md section 3. */
export const KELUAR = { berhasil: 0, adaGalat: 1, masukanSalah: 2 } as const;


/** Ends a command with exit code 2 and a message naming the fault. */
class Gagal extends Error {
  constructor(readonly galat: Galat) {
    super(galat.pesan);
  }
}

function tolak(galat: Galat): never {
  throw new Gagal(galat);
}

function json(io: CliIo, value: unknown): void {
  io.stdout(`${JSON.stringify(value, null, 2)}\n`);
}

function opsi(a: ArgumenCli, key: string): string {
  const v = a.opsi.get(key);
  if (v === undefined) throw new Error(`option --${key} missing after parseArgs`);
  return v;
}

function oleh(a: ArgumenCli): string {
  return a.opsi.get('oleh') ?? 'cli';
}

function jenisDari(a: ArgumenCli): JenisSuratSuara {
  const j = opsi(a, 'surat-suara');
  if (!isJenisSuratSuara(j)) tolak({ kode: 'pemakaian-salah', pesan: `--surat-suara: jenis tidak dikenal "${j}"`, detail: 'unknown ballot kind' });
  return j;
}

/** Opens an existing recap database for the command and closes it afterwards. */
async function denganDb<T>(a: ArgumenCli, f: (db: Database.Database) => T | Promise<T>): Promise<T> {
  const db = openElectionDatabase(opsi(a, 'db'));
  try {
    return await f(db);
  } finally {
    db.close();
  }
}

function init(a: ArgumenCli, io: CliIo, clock: Clock): number {
  const file = opsi(a, 'paket');
  let teks: string;
  try {
    const size = fs.statSync(file).size;
    if (size > PAKET_BATAS_BYTE) tolak({ kode: 'paket-tidak-valid', pesan: `${file}: berkas paket lebih besar dari 20 MiB`, detail: `${size} bytes` });
    teks = fs.readFileSync(file, 'utf8');
  } catch (err) {
    if (err instanceof Gagal) throw err;
    tolak({ kode: 'paket-tidak-terbaca', pesan: `${file}: berkas paket tidak dapat dibaca`, detail: String(err) });
  }
  const kabupaten = initKabupatenJikaPaketKabupaten(teks, file, opsi(a, 'db'), oleh(a), clock, a.bendera.has('json'));
  if (kabupaten !== null) {
    if (!kabupaten.ok) tolak(kabupaten.error);
    io.stdout(kabupaten.value);
    return KELUAR.berhasil;
  }
  const paket = parsePaketJson(teks);
  if (!paket.ok) tolak({ ...paket.error, pesan: `${file}: ${paket.error.pesan}` });
  const db = opsi(a, 'db');
  const r = createElectionDatabase(db, paket.value, clock, { teksPaket: teks, oleh: oleh(a) });
  if (!r.ok) tolak(r.error);
  const kec = paket.value.wilayah.kecamatan;
  if (a.bendera.has('json')) json(io, { berkas: db, paket_sha256: r.value.paketSha256, kecamatan: kec.kode, desa: paket.value.desa.length, tps: countTps(paket.value) });
  else io.stdout(`Basis data ${db} dibuat: kecamatan ${kec.kode} ${kec.nama}, ${paket.value.desa.length} desa, ${countTps(paket.value)} TPS, SHA-256 paket ${r.value.paketSha256}.\n`);
  return KELUAR.berhasil;
}

async function importSirekap(a: ArgumenCli, io: CliIo, clock: Clock): Promise<number> {
  const jenis = a.opsi.has('surat-suara') ? jenisDari(a) : undefined;
  const r = await denganDb(a, (db) => importSirekapFiles(db, a.posisi, clock, jenis === undefined ? { oleh: oleh(a) } : { oleh: oleh(a), jenis }));
  if (!r.ok) tolak(r.error);
  const v = r.value;
  if (a.bendera.has('json')) json(io, { berkas: v.berkas, tps: v.tps, nilai_baru: v.nilaiBaru, nilai_sama: v.nilaiSama, impor_id: v.imporId, surat_suara: v.jenis });
  else {
    const ss = v.jenis.length > 0 ? ` (${v.jenis.map((j) => SINGKATAN_SURAT_SUARA[j]).join(', ')})` : '';
    io.stdout(`Impor Sirekap: ${v.berkas} berkas, ${v.tps} TPS, ${v.nilaiBaru} nilai baru${ss}, ${v.nilaiSama} nilai tidak berubah.\n`);
  }
  return KELUAR.berhasil;
}

async function recapCmd(a: ArgumenCli, io: CliIo): Promise<number> {
  const jenis = jenisDari(a);
  const kabupaten = rekapKabupatenJikaKabupaten(opsi(a, 'db'), jenis, a.bendera.has('json'));
  if (kabupaten !== null) {
    io.stdout(kabupaten);
    return KELUAR.berhasil;
  }
  const r = await denganDb(a, (db) => recap(db, jenis));
  if (a.bendera.has('json')) json(io, recapToJson(r));
  else io.stdout(formatRecapText(r));
  return KELUAR.berhasil;
}

/** The ballot of --surat-suara, which must be in the package; undefined when the option is not given. */
function jenisDalamPaket(a: ArgumenCli, db: Database.Database): JenisSuratSuara | undefined {
  if (!a.opsi.has('surat-suara')) return undefined;
  const jenis = jenisDari(a);
  const ada = loadPaket(db).surat_suara.map((s) => s.jenis);
  if (!ada.includes(jenis)) tolak({ kode: 'surat-suara-tidak-dikenal', pesan: `--surat-suara: surat suara ${jenis} tidak ada dalam paket pemilihan (yang ada: ${ada.join(', ')})`, detail: `unknown ballot ${jenis}` });
  return jenis;
}

async function checkCmd(a: ArgumenCli, io: CliIo): Promise<number> {
  const kabupaten = periksaKabupatenJikaKabupaten(opsi(a, 'db'), a.bendera.has('json'));
  if (kabupaten !== null) {
    io.stdout(kabupaten.teks);
    return kabupaten.adaGalat ? KELUAR.adaGalat : KELUAR.berhasil;
  }
  const temuan = await denganDb(a, (db) => {
    const jenis = jenisDalamPaket(a, db);
    return check(db).filter((t) => jenis === undefined || t.surat_suara === jenis);
  });
  if (a.bendera.has('json')) json(io, temuan.map((t) => ({ aturan: t.aturan, keparahan: t.keparahan, surat_suara: t.surat_suara, kode: t.kode, pesan: t.pesan })));
  else io.stdout(formatCheckText(temuan));
  return temuan.some((t) => t.keparahan === 'galat') ? KELUAR.adaGalat : KELUAR.berhasil;
}

async function print(a: ArgumenCli, io: CliIo, clock: Clock): Promise<number> {
  const out = opsi(a, 'out');
  const kertas = a.opsi.get('kertas') ?? 'F4';
  if (kertas !== 'F4' && kertas !== 'A4') tolak({ kode: 'pemakaian-salah', pesan: `--kertas: ukuran "${kertas}" tidak dikenal (F4 atau A4)`, detail: 'unknown paper size' });
  const kabupaten = await cetakKabupatenJikaKabupaten(opsi(a, 'db'), out, clock, kertas);
  if (kabupaten !== null) {
    for (const f of kabupaten) io.stdout(`${f}\n`);
    return KELUAR.berhasil;
  }
  // Loaded here so the other commands do not load the PDF renderer.
  const { printRecapDocuments } = await import('../services/print-service');
  const files = await denganDb(a, async (db) => {
    const jenis = jenisDalamPaket(a, db);
    fs.mkdirSync(out, { recursive: true });
    return printRecapDocuments(db, out, clock, jenis === undefined ? { kertas } : { kertas, jenis });
  });
  for (const f of files) io.stdout(`${f}\n`);
  return KELUAR.berhasil;
}

/** `BARIS=NILAI` pairs; an empty NILAI means not read (null). */
function nilaiDari(posisi: readonly string[]): Record<string, number | null> {
  const out: Record<string, number | null> = {};
  for (const p of posisi) {
    const m = /^([a-z0-9_]+)=(.*)$/.exec(p);
    if (!m) tolak({ kode: 'pemakaian-salah', pesan: `save-tps: tulis BARIS=NILAI, tertulis "${p}"`, detail: 'malformed pair' });
    const [, baris, teks] = m;
    if (teks === '') out[baris!] = null;
    else if (/^-?\d+(\.\d+)?$/.test(teks!)) out[baris!] = Number(teks);
    // Left as text so the service refuses it with the row named.
    else tolak({ kode: 'nilai-tidak-valid', pesan: `save-tps: baris ${baris!}: harus bilangan bulat 0–999 atau kosong, tertulis "${teks!}"`, detail: 'not a number' });
  }
  return out;
}

async function saveTps(a: ArgumenCli, io: CliIo, clock: Clock): Promise<number> {
  const jenis = jenisDari(a);
  const nilai = nilaiDari(a.posisi);
  const r = await denganDb(a, (db) => saveTpsSheet(db, { kodeTps: opsi(a, 'tps'), jenis, nilai, sumber: 'c_hasil', oleh: oleh(a) }, clock));
  if (!r.ok) tolak(r.error);
  if (a.bendera.has('json')) json(io, r.value);
  else io.stdout(`C.Hasil TPS ${r.value.kodeTps} ${r.value.jenis} tersimpan.\n`);
  return KELUAR.berhasil;
}

/**
 * The command line of FORMATS.md section 3 as a function: parses argv (without node and the script),
 * runs the command over the same services as the app, and returns the exit code (0 ok, 1 `check` found
 * a galat, 2 bad input or usage, with the fault on stderr). With --json, stdout is one JSON document.
 */
export async function runCli(argv: readonly string[], io: CliIo, clock: Clock): Promise<number> {
  if (argv.length === 1 && (argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help')) {
    io.stdout(PEMAKAIAN);
    return KELUAR.berhasil;
  }
  const args = parseArgs(argv);
  if (!args.ok) {
    io.stderr(`pleno-rekap: ${args.error.pesan}\n\n${PEMAKAIAN}`);
    return KELUAR.masukanSalah;
  }
  const a = args.value;
  try {
    switch (a.perintah) {
      case 'init':
        return init(a, io, clock);
      case 'import-sirekap':
        return await importSirekap(a, io, clock);
      case 'recap':
        return await recapCmd(a, io);
      case 'check':
        return await checkCmd(a, io);
      case 'print':
        return await print(a, io, clock);
      case 'save-tps':
        return await saveTps(a, io, clock);
      case 'export':
      case 'verify':
      case 'import-hasil':
      case 'paket-saksi': {
        const r = await jalankanPerintahPertukaran(a, clock);
        if (!r.ok) tolak(r.error);
        io.stdout(r.value.stdout);
        return r.value.kode;
      }
      case 'print-pleno': {
        const r = await printPlenoCmd(a, clock);
        if (!r.ok) tolak(r.error);
        io.stdout(r.value);
        return KELUAR.berhasil;
      }
      case 'audit': {
        const r = auditCmd(a);
        if (!r.ok) tolak(r.error);
        io.stdout(r.value.stdout);
        return r.value.kode;
      }
      case 'backup':
      case 'restore': {
        const r = a.perintah === 'backup' ? backupCmd(a, clock) : restoreCmd(a, clock);
        if (!r.ok) tolak(r.error);
        io.stdout(r.value);
        return KELUAR.berhasil;
      }
    }
  } catch (err) {
    const galat = err instanceof Gagal ? err.galat : galatDari(err);
    if (galat) {
      io.stderr(`pleno-rekap: ${galat.pesan}\n`);
      return KELUAR.masukanSalah;
    }
    io.stderr(`pleno-rekap: kesalahan di dalam aplikasi.\n${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    return KELUAR.masukanSalah;
  }
}
