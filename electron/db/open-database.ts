import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { DatabaseError } from './database-error';
import { MIGRATIONS, type Migration } from './migrations/index';

/** `PRAGMA application_id` of every Pleno Rekap database: "PLNR" in ASCII. */
export const APPLICATION_ID = 0x504c4e52;

/** better-sqlite3 13 is N-API 10 (Node >= 22.14, Electron 45); on older Node it crashes without a message. */
const NAPI_MINIMUM = 10;

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

/** How long opening waits for a lock before it reports the database as held by another instance. */
const TUNGGU_KUNCI_MS = 1000;

/** SQLite's answers when another connection holds the lock this one needs. */
function terkunci(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'));
}

/** The database is held by another instance (kept exclusively from open to close, see openDatabase). */
function sedangDibuka(file: string, err: unknown): DatabaseError {
  return new DatabaseError(
    'db-sedang-dibuka',
    `Basis data ini sedang dibuka oleh aplikasi lain (Pleno Rekap di jendela atau komputer lain, atau program lain yang memakai berkas ${file}). Tutup aplikasi itu, lalu buka kembali; berkas tidak diubah.`,
    `database is locked by another connection: ${String(err)}`,
  );
}

function rusak(file: string, detail: string): DatabaseError {
  return new DatabaseError(
    'db-rusak',
    `Berkas ${file} rusak: pemeriksaan keutuhan basis data gagal. Berkas tidak diubah. Pulihkan dari cadangan terakhir (perintah "restore").`,
    detail,
  );
}

export interface OpenOptions {
  /** Create the file when it does not exist; otherwise a missing file is an error. */
  readonly create: boolean;
  /** The schema steps to apply; only tests pass their own list. */
  readonly migrations?: readonly Migration[];
}

function assertNapi(): void {
  const napi = Number(process.versions.napi ?? 0);
  if (!(napi >= NAPI_MINIMUM)) {
    throw new DatabaseError(
      'node-tidak-didukung',
      `Aplikasi dijalankan dengan Node.js ${process.versions.node} yang tidak didukung; basis data memerlukan Node.js 22.14 atau lebih baru. Jalankan lewat "npm run" atau "npx", yang memakai Node.js 22 dari proyek.`,
      `better-sqlite3 13 needs N-API >= ${NAPI_MINIMUM} (Node >= 22.14); this process has Node ${process.versions.node}, N-API ${process.versions.napi ?? 'none'}`,
    );
  }
}

function bukanPlenoRekap(file: string, detail: string): DatabaseError {
  return new DatabaseError('bukan-basis-data-pleno', `Berkas ${file} bukan basis data Pleno Rekap; berkas tidak diubah.`, detail);
}

/** Refuses, without writing anything, a file that is not SQLite, not ours, or from a newer app. */
function periksaBerkasAda(file: string, terbaru: number): void {
  const stat = fs.statSync(file);
  if (!stat.isFile()) throw bukanPlenoRekap(file, 'not a regular file');
  const head = Buffer.alloc(100); // the SQLite database header
  const fd = fs.openSync(file, 'r');
  let read: number;
  try {
    read = fs.readSync(fd, head, 0, head.length, 0);
  } finally {
    fs.closeSync(fd);
  }
  if (!head.subarray(0, SQLITE_HEADER.length).equals(SQLITE_HEADER)) throw bukanPlenoRekap(file, 'no SQLite header');
  if (read < head.length) throw rusak(file, `truncated inside the SQLite header (${read} bytes)`);
  // application_id sits at offset 68 of the header. Without a -wal file the header is current, so another
  // application's database is refused without even opening it; with one, SQLite itself is asked below.
  const appIdHeader = head.readUInt32BE(68);
  if (appIdHeader !== APPLICATION_ID && !fs.existsSync(`${file}-wal`)) throw bukanPlenoRekap(file, `application_id ${appIdHeader}, expected ${APPLICATION_ID}`);

  let probe: Database.Database | undefined;
  try {
    // Read-write but without pragmas or writes: closing such a connection leaves no -wal/-shm behind.
    probe = new Database(file, { fileMustExist: true, timeout: TUNGGU_KUNCI_MS });
    const appId = Number(probe.pragma('application_id', { simple: true }));
    const versi = Number(probe.pragma('user_version', { simple: true }));
    if (appId !== APPLICATION_ID) throw bukanPlenoRekap(file, `application_id ${appId}, expected ${APPLICATION_ID}`);
    if (versi > terbaru) {
      throw new DatabaseError(
        'versi-lebih-baru',
        `Basis data ${file} dibuat oleh versi aplikasi yang lebih baru (skema versi ${versi}, aplikasi ini mengenal sampai versi ${terbaru}). Perbarui Pleno Rekap untuk membukanya; berkas tidak diubah.`,
        `database user_version ${versi} is newer than this app's schema version ${terbaru}`,
      );
    }
    // Every recap database has its package table from the first schema step on; checked before anything
    // is written (entering WAL rewrites the header of a file in rollback mode).
    if (versi >= 1 && probe.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'pemilihan'").get() === undefined) {
      throw bukanPlenoRekap(file, 'application_id matches but there is no table pemilihan');
    }
    // A damaged page is found now, before the plenary relies on the file, not halfway through it.
    // quick_check reads every page and checks the b-trees (not index contents): linear in the file size.
    const hasil = probe.pragma('quick_check') as { quick_check: string }[];
    if (hasil.length !== 1 || hasil[0]?.quick_check !== 'ok') {
      throw rusak(file, `quick_check: ${hasil.slice(0, 5).map((r) => r.quick_check).join('; ')}`);
    }
  } catch (err) {
    if (err instanceof DatabaseError) throw err;
    if (terkunci(err)) throw sedangDibuka(file, err);
    const code = String((err as { code?: unknown }).code);
    if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') throw rusak(file, `cannot read the database: ${String(err)}`);
    throw new DatabaseError('db-tidak-terbaca', `Berkas ${file} tidak dapat dibaca sebagai basis data; berkas tidak diubah.`, `cannot read the database: ${String(err)}`);
  } finally {
    probe?.close();
  }
}

/**
 * Refuses a connection whose durability settings did not take: SQLite silently keeps another journal mode
 * where WAL cannot be used, and the crash-safety guarantees (resources/docs/keandalan-dan-keamanan.md) assume these.
 */
export function periksaPengaturanKeandalan(db: Database.Database, file: string): void {
  const jurnal = String(db.pragma('journal_mode', { simple: true }));
  const sinkron = Number(db.pragma('synchronous', { simple: true }));
  const kunci = String(db.pragma('locking_mode', { simple: true }));
  if (jurnal !== 'wal' || sinkron !== 2 || kunci !== 'exclusive') {
    throw new DatabaseError(
      'pengaturan-db-gagal',
      `Basis data ${file} tidak dapat dibuka dengan pengaman terhadap listrik padam di lokasi ini (mis. folder jaringan). Simpan berkas di diska komputer ini, lalu buka kembali.`,
      `journal_mode ${jurnal} (want wal), synchronous ${sinkron} (want 2 = FULL), locking_mode ${kunci} (want exclusive)`,
    );
  }
}

/** A free name beside the database for the copy made before migrating it. */
function namaCadangan(file: string, dari: number): string {
  const base = `${file}.sebelum-migrasi-v${dari}`;
  for (let i = 1; ; i++) {
    const candidate = i === 1 ? `${base}.bak` : `${base}-${i}.bak`;
    if (!fs.existsSync(candidate)) return candidate;
  }
}

/** Applies every pending step in one transaction; backs up a non-empty older database first. */
function migrasi(db: Database.Database, file: string, migrations: readonly Migration[]): void {
  migrations.forEach((m, i) => {
    if (m.versi !== i + 1) throw new Error(`migration list out of order at ${m.nama}: versi ${m.versi}, expected ${i + 1}`);
  });
  const terbaru = migrations.length;
  const sekarang = Number(db.pragma('user_version', { simple: true }));
  if (sekarang === terbaru) return;
  if (sekarang > 0) {
    const cadangan = namaCadangan(file, sekarang);
    db.prepare('VACUUM INTO ?').run(cadangan);
  }
  db.transaction(() => {
    // Read again inside the write lock: another process may have migrated meanwhile.
    const awal = Number(db.pragma('user_version', { simple: true }));
    if (awal === 0) db.pragma(`application_id = ${APPLICATION_ID}`);
    for (const m of migrations.slice(awal)) db.exec(m.sql);
    db.pragma(`user_version = ${terbaru}`);
  }).immediate();
}

/**
 * Opens (or, with `create`, creates) a Pleno Rekap database: WAL, synchronous FULL, foreign keys on,
 * busy timeout 5 s, schema migrated to this app's version, all checked after setting them.
 *
 * Single instance per database: the connection runs in `locking_mode = EXCLUSIVE`, so it holds SQLite's
 * exclusive file lock from open to close. Another process (a second app, the CLI, a SQLite browser)
 * cannot read or write the file meanwhile and is refused with `db-sedang-dibuka`; the operating system
 * releases the lock when the holder exits or crashes, so there is never a stale lock to clear by hand.
 * In this mode SQLite keeps the WAL index in memory: no -shm file.
 *
 * Throws DatabaseError for a missing file, a file that is not a Pleno Rekap database, a damaged one
 * (quick_check), one written by a newer app or held by another instance; each such file is left untouched.
 */
export function openDatabase(file: string, opts: OpenOptions): Database.Database {
  assertNapi();
  const migrations = opts.migrations ?? MIGRATIONS;
  const ada = fs.existsSync(file);
  if (!ada && !opts.create) {
    throw new DatabaseError('db-tidak-ada', `Berkas basis data ${file} tidak ditemukan.`, `database file not found: ${path.resolve(file)}`);
  }
  if (ada) periksaBerkasAda(file, migrations.length);
  else if (!fs.existsSync(path.dirname(path.resolve(file)))) {
    throw new DatabaseError('folder-tidak-ada', `Folder untuk berkas ${file} tidak ditemukan.`, `parent folder missing: ${path.resolve(file)}`);
  }

  const db = new Database(file, { fileMustExist: ada, timeout: TUNGGU_KUNCI_MS });
  try {
    // Exclusive before WAL: the lock is taken when WAL is entered and no shared-memory index is made.
    db.pragma('locking_mode = EXCLUSIVE');
    db.pragma('journal_mode = WAL');
    db.pragma('busy_timeout = 5000');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    periksaPengaturanKeandalan(db, file);
    migrasi(db, file, migrations);
    return db;
  } catch (err) {
    db.close();
    // Remove only what this call created: a new file whose first migration failed.
    if (!ada) for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
    if (terkunci(err)) throw sedangDibuka(file, err);
    throw err;
  }
}
