// Test support (not shipped code): the writer that the crash test kills with SIGKILL at random points.
//
//   process.execPath --import tsx electron/testing/crash-writer.ts DB WORKDIR ROUND SEED [MAX]
import { mulberry32 } from '../../shared/util/mulberry32';
//
// Opens the recap database as the app does, prints "siap", then runs up to MAX transactions through the real
// services, each a recognisable group tagged with the actor `uji:<ROUND>-<i>`:
//   c_hasil  saveTpsSheet of every row of one TPS sheet (new values): nilai rows + one audit row
//   sirekap  importSirekapFiles of one new TPS file: one impor row + its nilai rows + one audit row
//   keberatan  a number objection on a TPS cell in three transactions, each its own group: raised
//              (`<i>a`), matched against the C.Hasil (`<i>b`), accepted with its correction (`<i>c`: a koreksi
//              version of the cell, the koreksi row with the old value and paraf, the langkah and audit rows)
// and prints "<ROUND>-<i>[a|b|c] <kind>" on stdout (synchronously) only after each transaction has committed.
import fs from 'node:fs';
import path from 'node:path';
import type { Clock } from '../../shared/domain/result';
import { barisCHasil } from '../../shared/forms/c-hasil';
import { PETA_ADMINISTRASI_SIREKAP } from '../../shared/sirekap/parse-sirekap';
import { desaOfTps } from '../../shared/domain/region';
import { ajukanKeberatan, langkahKeberatan } from '../services/keberatan-service';
import { loadPaket, openElectionDatabase } from '../services/election-service';
import { readTpsSheet, saveTpsSheet } from '../services/results-service';
import { importSirekapFiles } from '../services/sirekap-import-service';

const [file, workDir, round, seedText, maxText] = process.argv.slice(2);
if (file === undefined || workDir === undefined || round === undefined || seedText === undefined) {
  throw new Error('usage: crash-writer.ts DB WORKDIR ROUND SEED [MAX]');
}
const MAX = Number(maxText ?? 400);

const rand = mulberry32(Number(seedText));
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
/** A count 0-999 different from `sekarang`. */
const baru = (sekarang: number | null | undefined): number => {
  const v = Math.floor(rand() * 1000);
  return v === sekarang ? (v + 1) % 1000 : v;
};

const clock: Clock = () => new Date();
const db = openElectionDatabase(file);
const paket = loadPaket(db);
const semuaTps = paket.desa.flatMap((d) => d.tps.map((t) => t.kode));
const ppwp = paket.surat_suara.find((s) => s.jenis === 'PPWP');
if (!ppwp) throw new Error('the package needs a PPWP ballot');

function lapor(line: string): void {
  fs.writeSync(1, `${line}\n`); // synchronous: once the parent reads it, it was said after the commit
}

function cHasil(id: string): void {
  const ss = pick(paket.surat_suara);
  const kodeTps = pick(semuaTps);
  const sheet = readTpsSheet(db, kodeTps, ss.jenis);
  if (!sheet.ok) throw new Error(sheet.error.pesan);
  const nilai: Record<string, number> = {};
  for (const b of barisCHasil(ss)) nilai[b.key] = baru(sheet.value.c_hasil[b.key]);
  const r = saveTpsSheet(db, { kodeTps, jenis: ss.jenis, nilai, sumber: 'c_hasil', oleh: `uji:${id}` }, clock);
  if (!r.ok) throw new Error(r.error.pesan);
}

function sirekap(id: string): void {
  const kodeTps = pick(semuaTps);
  const sheet = readTpsSheet(db, kodeTps, 'PPWP');
  if (!sheet.ok) throw new Error(sheet.error.pesan);
  const s = sheet.value.sirekap;
  const chart: Record<string, number | null> = { null: null };
  for (const p of ppwp!.peserta) chart[p.sirekap_id!] = baru(s[`suara_${p.nomor}`]);
  const administrasi: Record<string, number> = {};
  for (const [field, key] of Object.entries(PETA_ADMINISTRASI_SIREKAP)) administrasi[field] = baru(s[key]);
  const dir = path.join(workDir!, id);
  fs.mkdirSync(dir, { recursive: true });
  const f = path.join(dir, `${kodeTps}.json`);
  fs.writeFileSync(f, JSON.stringify({ chart, images: [], administrasi, psu: null, ts: '2024-02-15 10:00:00', status_suara: true, status_adm: true }));
  const r = importSirekapFiles(db, [f], clock, { oleh: `uji:${id}` });
  if (!r.ok) throw new Error(r.error.pesan);
  if (r.value.imporId === null) throw new Error(`import ${id} wrote nothing`);
}

function keberatan(id: string): void {
  const ss = pick(paket.surat_suara);
  const kodeTps = pick(semuaTps);
  const baris = pick(barisCHasil(ss)).key;
  const sheet = readTpsSheet(db, kodeTps, ss.jenis);
  if (!sheet.ok) throw new Error(sheet.error.pesan);
  const aju = ajukanKeberatan(
    db,
    { jenis: 'keberatan', pokok: 'angka', pengajuUnsur: 'panwaslu', desaKode: desaOfTps(kodeTps), tpsKode: kodeTps, suratSuara: ss.jenis, baris, uraian: `selisih angka ${id}` },
    `uji:${id}a`,
    clock,
  );
  if (!aju.ok) throw new Error(aju.error.pesan);
  lapor(`${id}a keberatan`);
  const cocok = langkahKeberatan(db, { keberatanId: aju.value.id, langkah: 'dicocokkan' }, `uji:${id}b`, clock);
  if (!cocok.ok) throw new Error(cocok.error.pesan);
  lapor(`${id}b dicocokkan`);
  const koreksi = { nilaiBaru: baru(sheet.value.efektif[baris]), pemutus: 'Ketua PPK', parafKetua: 'AF', parafSaksi: 'BS' };
  const terima = langkahKeberatan(db, { keberatanId: aju.value.id, langkah: 'diterima', koreksi }, `uji:${id}c`, clock);
  if (!terima.ok) throw new Error(terima.error.pesan);
  lapor(`${id}c diterima`);
}

lapor('siap');
for (let i = 0; i < MAX; i++) {
  const id = `${round}-${i}`;
  const x = rand();
  if (x < 0.55) {
    cHasil(id);
    lapor(`${id} c_hasil`);
  } else if (x < 0.8) {
    sirekap(id);
    lapor(`${id} sirekap`);
  } else keberatan(id); // reports each of its three transactions itself
}
db.close();
lapor('selesai');
