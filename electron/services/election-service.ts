import type Database from 'better-sqlite3';
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { SuratSuara } from '../../shared/domain/ballot';
import type { Paket } from '../../shared/domain/election';
import { gagal, ok, type Clock, type Result } from '../../shared/domain/result';
import { parsePaket, parsePaketJson } from '../../shared/paket/parse-paket';
import { DatabaseError } from '../db/database-error';
import { openDatabase } from '../db/open-database';
import { galatDari } from '../errors';
import { appendAudit } from './audit-service';
import { canonicalJson } from './canonical-json';

export interface BuatDatabaseOptions {
  /** The package file's text as distributed; stored and hashed as it is. Default: the package as JSON. */
  readonly teksPaket?: string;
  /** Who creates it, for the audit log. */
  readonly oleh?: string;
}

export interface DatabaseBaru {
  readonly file: string;
  readonly paketSha256: string;
}

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** Writes the ballots and their participants in package order (both levels' databases have these tables). */
export function tulisSuratSuara(db: Database.Database, suratSuara: readonly SuratSuara[]): void {
  const ss = db.prepare('INSERT INTO surat_suara (jenis, urutan) VALUES (?, ?)');
  const peserta = db.prepare('INSERT INTO peserta (jenis, nomor, nama, sirekap_id, urutan) VALUES (?, ?, ?, ?, ?)');
  suratSuara.forEach((s, i) => {
    ss.run(s.jenis, i);
    s.peserta.forEach((p, j) => peserta.run(s.jenis, p.nomor, p.nama, p.sirekap_id ?? null, j));
  });
}

/** Writes the package and its region, TPS, ballots and participants, plus the first audit row. */
function tulisPaket(db: Database.Database, paket: Paket, teks: string, clock: Clock, oleh: string): string {
  const hash = sha256(teks);
  const at = clock();
  const now = at.toISOString();
  db.prepare('INSERT INTO pemilihan (id, paket_json, paket_sha256, dibuat_pada) VALUES (1, ?, ?, ?)').run(teks, hash, now);
  const wilayah = db.prepare('INSERT INTO wilayah (kode, tingkat, induk, nama, urutan) VALUES (?, ?, ?, ?, ?)');
  const { provinsi, kabupaten, kecamatan } = paket.wilayah;
  wilayah.run(provinsi.kode, 'provinsi', null, provinsi.nama, 0);
  wilayah.run(kabupaten.kode, 'kabupaten', provinsi.kode, kabupaten.nama, 0);
  wilayah.run(kecamatan.kode, 'kecamatan', kabupaten.kode, kecamatan.nama, 0);
  const tps = db.prepare('INSERT INTO tps (kode, desa, nomor, urutan) VALUES (?, ?, ?, ?)');
  paket.desa.forEach((d, i) => {
    wilayah.run(d.kode, 'desa', kecamatan.kode, d.nama, i);
    d.tps.forEach((t, j) => tps.run(t.kode, d.kode, t.nomor, j));
  });
  tulisSuratSuara(db, paket.surat_suara);
  appendAudit(
    db,
    {
      aktor: oleh,
      aksi: 'buat-basis-data',
      entitas: 'pemilihan',
      rincian: {
        paket_sha256: hash,
        kecamatan: kecamatan.kode,
        desa: paket.desa.length,
        tps: countTps(paket),
        surat_suara: paket.surat_suara.map((s) => s.jenis),
      },
    },
    () => at, // one instant for the package row and its audit row
  );
  return hash;
}

/** Moves the finished file into place without ever replacing an existing one. */
function pasang(tmp: string, file: string): void {
  try {
    fs.linkSync(tmp, file); // fails with EEXIST instead of overwriting
    fs.rmSync(tmp);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw err;
    // File systems without hard links (FAT, some network shares): check, then rename.
    if (fs.existsSync(file)) throw Object.assign(new Error(`${file} exists`), { code: 'EEXIST' });
    fs.renameSync(tmp, file);
  }
}

function sudahAda(file: string): Result<never> {
  return gagal('berkas-sudah-ada', `Berkas ${file} sudah ada; basis data baru tidak menimpa berkas yang ada.`, `refusing to overwrite ${file}`);
}

/**
 * Creates a new recap database from a package. Refuses to overwrite an existing file. Everything is
 * written in one transaction into a temporary file beside the target, which is moved into place only
 * when complete: a failure leaves neither a half-made database nor any change to existing files.
 */
export function createElectionDatabase(file: string, paket: Paket, clock: Clock, opts: BuatDatabaseOptions = {}): Result<DatabaseBaru> {
  const checked = parsePaket(paket);
  if (!checked.ok) return checked;
  if (opts.teksPaket !== undefined) {
    const fromText = parsePaketJson(opts.teksPaket);
    if (!fromText.ok || canonicalJson(fromText.value) !== canonicalJson(checked.value)) {
      throw new Error('createElectionDatabase: teksPaket is not the text of the given package');
    }
  }
  const teks = opts.teksPaket ?? `${JSON.stringify(checked.value, null, 2)}\n`;
  const made = buatBasisDataBaru(file, (conn) => conn.transaction(() => tulisPaket(conn, checked.value, teks, clock, opts.oleh ?? 'operator'))());
  return made.ok ? ok({ file, paketSha256: made.value }) : made;
}

/**
 * Creates a new database file with `tulis` (which writes everything in one transaction) into a temporary
 * file beside the target, moved into place only when complete and never over an existing file: a failure
 * leaves neither a half-made database nor any change to existing files.
 */
export function buatBasisDataBaru<T>(file: string, tulis: (db: Database.Database) => T): Result<T> {
  if (fs.existsSync(file)) return sudahAda(file);
  const dir = path.dirname(path.resolve(file));
  if (!fs.existsSync(dir)) return gagal('folder-tidak-ada', `Folder ${dir} tidak ditemukan.`, `parent folder missing: ${dir}`);

  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}-${randomBytes(4).toString('hex')}.baru`);
  let db: Database.Database | undefined;
  try {
    db = openDatabase(tmp, { create: true });
    const hasil = tulis(db);
    db.close();
    db = undefined;
    pasang(tmp, file);
    return ok(hasil);
  } catch (err) {
    db?.close();
    for (const f of [tmp, `${tmp}-wal`, `${tmp}-shm`]) fs.rmSync(f, { force: true });
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return sudahAda(file);
    const galat = galatDari(err);
    if (galat) return { ok: false, error: galat };
    const detail = err instanceof Error ? err.message : String(err);
    return gagal('gagal-membuat-db', `Basis data ${file} tidak dapat dibuat; tidak ada berkas yang diubah.`, detail);
  }
}

const cache = new WeakMap<Database.Database, Paket>();

/** The package the database was created from (stored unchangeable; parsed once per connection). */
export function loadPaket(db: Database.Database): Paket {
  const cached = cache.get(db);
  if (cached) return cached;
  const row = db.prepare('SELECT paket_json FROM pemilihan WHERE id = 1').get() as { paket_json: string } | undefined;
  if (!row) throw new DatabaseError('paket-tidak-ada', 'Basis data ini belum berisi paket pemilihan.', 'table pemilihan has no row');
  const r = parsePaketJson(row.paket_json);
  if (!r.ok) throw new DatabaseError('paket-rusak', `Paket pemilihan di basis data rusak: ${r.error.pesan}`, r.error.detail ?? 'stored package invalid');
  cache.set(db, r.value);
  return r.value;
}

/** SHA-256 of the package text the database was created from, as stored at creation. */
export function paketSha256(db: Database.Database): string {
  const row = db.prepare('SELECT paket_sha256 FROM pemilihan WHERE id = 1').get() as { paket_sha256: string } | undefined;
  if (!row) throw new DatabaseError('paket-tidak-ada', 'Basis data ini belum berisi paket pemilihan.', 'table pemilihan has no row');
  return row.paket_sha256;
}

/** Number of TPS in the package. */
export function countTps(paket: Paket): number {
  return paket.desa.reduce((n, d) => n + d.tps.length, 0);
}

/** Opens an existing recap database and checks it holds a package; throws DatabaseError otherwise. */
export function openElectionDatabase(file: string): Database.Database {
  const db = openDatabase(file, { create: false });
  try {
    loadPaket(db);
    return db;
  } catch (err) {
    db.close();
    if (galatDari(err)) throw err;
    // A package table that is not ours in shape (a hand-made file): a message, not a crash.
    throw new DatabaseError('db-tidak-terbaca', `Berkas ${file} tidak dapat dibaca sebagai basis data rekap; berkas tidak diubah.`, `cannot load the package: ${String(err)}`);
  }
}
