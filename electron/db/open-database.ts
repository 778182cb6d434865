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
  if (read < head.length || !head.subarray(0, SQLITE_HEADER.length).equals(SQLITE_HEADER)) throw bukanPlenoRekap(file, 'no SQLite header');
  // application_id sits at offset 68 of the header. Without a -wal file the header is current, so another
  // application's database is refused without even opening it; with one, SQLite itself is asked below.
  const appIdHeader = head.readUInt32BE(68);
  if (appIdHeader !== APPLICATION_ID && !fs.existsSync(`${file}-wal`)) throw bukanPlenoRekap(file, `application_id ${appIdHeader}, expected ${APPLICATION_ID}`);

  let probe: Database.Database | undefined;
  let appId: number;
  let versi: number;
  try {
    // Read-write but without pragmas or writes: closing such a connection leaves no -wal/-shm behind.
    probe = new Database(file, { fileMustExist: true });
    appId = Number(probe.pragma('application_id', { simple: true }));
    versi = Number(probe.pragma('user_version', { simple: true }));
  } catch (err) {
    throw new DatabaseError('db-tidak-terbaca', `Berkas ${file} tidak dapat dibaca sebagai basis data; berkas tidak diubah.`, `cannot read the database: ${String(err)}`);
  } finally {
    probe?.close();
  }
  if (appId !== APPLICATION_ID) throw bukanPlenoRekap(file, `application_id ${appId}, expected ${APPLICATION_ID}`);
  if (versi > terbaru) {
    throw new DatabaseError(
      'versi-lebih-baru',
      `Basis data ${file} dibuat oleh versi aplikasi yang lebih baru (skema versi ${versi}, aplikasi ini mengenal sampai versi ${terbaru}). Perbarui Pleno Rekap untuk membukanya; berkas tidak diubah.`,
      `database user_version ${versi} is newer than this app's schema version ${terbaru}`,
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
 * busy timeout 5 s, schema migrated to this app's version. Throws DatabaseError for a missing file,
 * a file that is not a Pleno Rekap database (left untouched) or one written by a newer app.
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

  const db = new Database(file, { fileMustExist: ada });
  try {
    db.pragma('busy_timeout = 5000');
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    migrasi(db, file, migrations);
    return db;
  } catch (err) {
    db.close();
    // Remove only what this call created: a new file whose first migration failed.
    if (!ada) for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
    throw err;
  }
}
