import type Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { SINGKATAN_SURAT_SUARA, urutanSuratSuara, type JenisSuratSuara } from '../../shared/domain/ballot';
import { gagal, ok, type Clock, type Result } from '../../shared/domain/result';
import type { HasilImpor } from '../../shared/ipc/contract';
import { jenisDariJalur, JENIS_SIREKAP, parseSirekap, SIREKAP_BATAS_BYTE, type BerkasSirekap } from '../../shared/sirekap/parse-sirekap';
import { appendAudit } from './audit-service';
import { loadPaket } from './election-service';
import { unitDisahkan } from './tinjauan-service';

/** A folder holding more JSON files than this is surely not one region's Sirekap download. */
const BERKAS_MAKS = 50_000;

export interface HasilImporSirekap extends HasilImpor {
  /** TPS that got at least one new value, sorted. */
  readonly kodeTps: readonly string[];
  /** Ballots that got at least one new value, in the official order. */
  readonly jenis: readonly JenisSuratSuara[];
  /** The `impor` row written, or null when nothing was new. */
  readonly imporId: number | null;
}

export interface ImporOptions {
  /** Who imports, for the versions and the audit log. */
  readonly oleh?: string;
  /**
   * The ballot of every file. Without it each file's ballot is the Sirekap contest folder nearest to it in its path
   * (ppwp, pdpr, pdpd, pdprdp, pdprdk, as in Sirekap's paths), else PPWP. With it, a file inside another contest's
   * folder is refused.
   */
  readonly jenis?: JenisSuratSuara;
}

interface BerkasTerbaca extends BerkasSirekap {
  readonly nama: string;
  readonly sha256: string;
}

function walk(dir: string, out: string[], seen: Set<string>): void {
  const real = fs.realpathSync(dir);
  if (seen.has(real)) return; // a symlink loop or the same folder given twice
  seen.add(real);
  const entries = fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    // Hidden files (e.g. macOS "._1101012001001.json" copies on USB sticks) are not Sirekap files.
    if (e.name.startsWith('.')) continue;
    const full = path.join(dir, e.name);
    const stat = e.isSymbolicLink() ? fs.statSync(full, { throwIfNoEntry: false }) : e;
    if (!stat) continue;
    if (stat.isDirectory()) walk(full, out, seen);
    else if (stat.isFile() && e.name.toLowerCase().endsWith('.json')) out.push(full);
  }
}

/** The JSON files named by the paths: files as given, folders searched recursively for `*.json`. */
export function collectJsonFiles(paths: readonly string[]): Result<string[]> {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const p of paths) {
    const stat = fs.statSync(p, { throwIfNoEntry: false });
    if (!stat) return gagal('berkas-tidak-ada', `${p}: berkas atau folder tidak ditemukan.`, `path not found: ${p}`);
    if (stat.isDirectory()) walk(p, out, seen);
    else out.push(p);
    if (out.length > BERKAS_MAKS) return gagal('terlalu-banyak-berkas', `${p}: lebih dari ${BERKAS_MAKS} berkas JSON; pilih folder kecamatan.`, 'too many files');
  }
  const unik = [...new Map(out.map((f) => [path.resolve(f), f])).values()];
  if (unik.length === 0) return gagal('tidak-ada-berkas', `Tidak ada berkas .json di ${paths.join(', ')}.`, 'no JSON files found');
  return ok(unik);
}

/** The ballot of one file: the option, else its contest folder, else PPWP; the option and the folder must agree. */
function jenisBerkas(f: string, pilihan: JenisSuratSuara | undefined): Result<JenisSuratSuara> {
  const folder = jenisDariJalur(f);
  if (pilihan !== undefined && folder !== null && folder !== pilihan) {
    return gagal(
      'surat-suara-berbeda',
      `${f}: berkas ada di folder Sirekap surat suara ${SINGKATAN_SURAT_SUARA[folder]}, bukan ${SINGKATAN_SURAT_SUARA[pilihan]} yang dipilih.`,
      `file in the ${folder} folder, ${pilihan} chosen`,
    );
  }
  return ok(pilihan ?? folder ?? JENIS_SIREKAP);
}

/** Reads and parses every file; the first bad one refuses the whole import. */
function bacaSemua(files: readonly string[], db: Database.Database, pilihan: JenisSuratSuara | undefined): Result<BerkasTerbaca[]> {
  const paket = loadPaket(db);
  const perTps = new Map<string, string>();
  const out: BerkasTerbaca[] = [];
  for (const f of files) {
    const jenis = jenisBerkas(f, pilihan);
    if (!jenis.ok) return jenis;
    let bytes: Buffer;
    try {
      const size = fs.statSync(f).size;
      if (size > SIREKAP_BATAS_BYTE) return gagal('berkas-sirekap-tidak-valid', `${f}: berkas lebih besar dari 1 MiB`, `${f}: ${size} bytes`);
      bytes = fs.readFileSync(f);
    } catch (err) {
      return gagal('berkas-tidak-terbaca', `${f}: berkas tidak dapat dibaca.`, String(err));
    }
    const parsed = parseSirekap(f, bytes.toString('utf8'), paket, jenis.value);
    if (!parsed.ok) return parsed;
    const kunci = `${parsed.value.jenis}|${parsed.value.kodeTps}`;
    const lain = perTps.get(kunci);
    if (lain !== undefined) {
      const ss = SINGKATAN_SURAT_SUARA[parsed.value.jenis];
      return gagal('tps-ganda', `${f}: TPS ${parsed.value.kodeTps} sudah ada di berkas ${lain} untuk surat suara ${ss}; pilih satu saja.`, `two files for TPS ${parsed.value.kodeTps} ${parsed.value.jenis}`);
    }
    perTps.set(kunci, f);
    out.push({ ...parsed.value, nama: f, sha256: createHash('sha256').update(bytes).digest('hex') });
  }
  return ok(out);
}

/**
 * Imports Sirekap TPS files (files or folders, searched recursively), each of its ballot (see ImporOptions.jenis).
 * All files are read and checked first; if any is bad nothing is written and the error names the file and the
 * fault. Otherwise every value that differs from the latest Sirekap version of its cell becomes a new `sirekap`
 * version, with one `impor` row and one audit row, all in one transaction. Re-importing the same files writes nothing.
 */
export function importSirekapFiles(db: Database.Database, paths: readonly string[], clock: Clock, opts: ImporOptions = {}): Result<HasilImporSirekap> {
  const files = collectJsonFiles(paths);
  if (!files.ok) return files;
  const read = bacaSemua(files.value, db, opts.jenis);
  if (!read.ok) return read;
  const berkas = read.value;
  const oleh = opts.oleh ?? 'operator';
  const semuaJenis = [...new Set(berkas.map((b) => b.jenis))].sort((a, b) => urutanSuratSuara(a) - urutanSuratSuara(b));
  const jumlahTps = new Set(berkas.map((b) => b.kodeTps)).size;

  return db.transaction((): Result<HasilImporSirekap> => {
    // The latest Sirekap value of every cell of the ballots in the files, read inside the write lock.
    const latest = new Map<string, number | null>();
    const query = db.prepare("SELECT tps_kode, baris, nilai FROM nilai_terakhir WHERE jenis = ? AND sumber = 'sirekap'");
    for (const jenis of semuaJenis) {
      for (const r of query.all(jenis) as { tps_kode: string; baris: string; nilai: number | null }[]) latest.set(`${jenis}|${r.tps_kode}|${r.baris}`, r.nilai);
    }

    const baru: { tps: string; jenis: JenisSuratSuara; baris: string; nilai: number | null }[] = [];
    let sama = 0;
    for (const b of berkas) {
      for (const [baris, v] of Object.entries(b.lembar)) {
        // A cell never imported counts as null: a null in the file is then nothing new.
        if ((latest.get(`${b.jenis}|${b.kodeTps}|${baris}`) ?? null) === v) sama++;
        else baru.push({ tps: b.kodeTps, jenis: b.jenis, baris, nilai: v });
      }
    }
    const kodeTps = [...new Set(baru.map((x) => x.tps))].sort();
    const jenis = semuaJenis.filter((j) => baru.some((x) => x.jenis === j));
    const base = { berkas: berkas.length, tps: jumlahTps, nilaiBaru: baru.length, nilaiSama: sama, kodeTps, jenis };
    if (baru.length === 0) return ok({ ...base, imporId: null });
    // An approved desa keeps its numbers until the plenary reopens it (as saves and corrections do).
    const disahkan = unitDisahkan(db, baru.map((x) => ({ kodeTps: x.tps, jenis: x.jenis })));
    if (disahkan.length > 0) {
      const daftar = disahkan.map((u) => `${u.nama} (${SINGKATAN_SURAT_SUARA[u.jenis]})`).join(', ');
      return gagal(
        'unit-disahkan',
        `Impor Sirekap ditolak: desa ${daftar} sudah disahkan dalam rapat pleno. Buka kembali desa itu dengan keputusan rapat, atau impor tanpa berkas desa tersebut. Tidak ada angka yang disimpan.`,
        `sirekap import touches approved units: ${disahkan.map((u) => `${u.desaKode}/${u.jenis}`).join(', ')}`,
      );
    }

    const now = clock().toISOString();
    const impor = db
      .prepare("INSERT INTO impor (sumber, berkas, jumlah_berkas, jumlah_nilai, diimpor_pada, oleh) VALUES ('sirekap', ?, ?, ?, ?, ?)")
      .run(JSON.stringify(berkas.map((b) => ({ nama: b.nama, sha256: b.sha256 }))), berkas.length, baru.length, now, oleh);
    const imporId = Number(impor.lastInsertRowid);
    const insert = db.prepare("INSERT INTO nilai (tps_kode, jenis, baris, nilai, sumber, dicatat_pada, oleh, impor_id) VALUES (?, ?, ?, ?, 'sirekap', ?, ?, ?)");
    for (const x of baru) insert.run(x.tps, x.jenis, x.baris, x.nilai, now, oleh, imporId);
    appendAudit(
      db,
      {
        aktor: oleh,
        aksi: 'impor-sirekap',
        entitas: `impor:${imporId}`,
        rincian: {
          impor_id: imporId,
          berkas: berkas.length,
          tps: jumlahTps,
          tps_berubah: kodeTps.length,
          nilai_baru: baru.length,
          nilai_sama: sama,
          surat_suara: semuaJenis,
        },
      },
      clock,
    );
    return ok({ ...base, imporId });
  }).immediate();
}
