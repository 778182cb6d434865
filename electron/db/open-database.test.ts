import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DatabaseError } from './database-error';
import { MIGRATIONS, SCHEMA_VERSION, type Migration } from './migrations/index';
import { APPLICATION_ID, openDatabase, periksaPengaturanKeandalan } from './open-database';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pleno-db-'));
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

function galatDari(f: () => unknown): DatabaseError {
  try {
    f();
  } catch (err) {
    if (err instanceof DatabaseError) return err;
    throw err;
  }
  throw new Error('expected a DatabaseError');
}

describe('openDatabase', () => {
  it('creates a fresh database at the latest schema with our application_id and pragmas', () => {
    const file = path.join(dir, 'rekap.db');
    const db = openDatabase(file, { create: true });
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect(db.pragma('locking_mode', { simple: true })).toBe('exclusive');
    expect(fs.existsSync(`${file}-shm`)).toBe(false); // exclusive WAL keeps its index in memory
    const strict = db.prepare("SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND strict = 0 AND name NOT LIKE 'sqlite_%'").all();
    expect(strict).toEqual([]);
    db.close();
  });

  it('reads the durability settings back at open and refuses a connection where they did not take', () => {
    const file = path.join(dir, 'rekap.db');
    const db = openDatabase(file, { create: true });
    expect(() => periksaPengaturanKeandalan(db, file)).not.toThrow();
    db.close();
    // Where SQLite cannot keep WAL it silently answers with another journal mode: an in-memory database
    // stands in for such a place (journal_mode "memory").
    const mem = new Database(':memory:');
    mem.pragma('locking_mode = EXCLUSIVE');
    mem.pragma('journal_mode = WAL');
    mem.pragma('synchronous = FULL');
    const e = galatDari(() => periksaPengaturanKeandalan(mem, 'memori'));
    expect(e.kode).toBe('pengaturan-db-gagal');
    expect(e.pesan).toContain('tidak dapat dibuka dengan pengaman terhadap listrik padam');
    expect(e.detail).toContain('journal_mode memory (want wal)');
    mem.close();
  });

  it('numbers the migrations 1, 2, 3... without gaps', () => {
    expect(MIGRATIONS.map((m) => m.versi)).toEqual(MIGRATIONS.map((_m, i) => i + 1));
  });

  it('reopens idempotently: same version, no backup, data kept', () => {
    const file = path.join(dir, 'rekap.db');
    const db = openDatabase(file, { create: true });
    db.prepare("INSERT INTO surat_suara (jenis, urutan) VALUES ('PPWP', 0)").run();
    db.close();
    const again = openDatabase(file, { create: false });
    expect(again.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(again.prepare('SELECT count(*) AS n FROM surat_suara').get()).toEqual({ n: 1 });
    again.close();
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.bak'))).toEqual([]);
  });

  it('opens a database whose header is not yet checkpointed (a -wal left by a crash)', () => {
    const file = path.join(dir, 'rekap.db');
    const first = openDatabase(file, { create: true });
    expect(fs.existsSync(`${file}-wal`)).toBe(true);
    // What a crash leaves: the main file and its -wal, no live connection (copied while the first is open).
    const copy = path.join(dir, 'salinan.db');
    fs.copyFileSync(file, copy);
    fs.copyFileSync(`${file}-wal`, `${copy}-wal`);
    first.close();
    expect(fs.readFileSync(copy).readUInt32BE(68)).not.toBe(APPLICATION_ID); // the header is still in the -wal
    const second = openDatabase(copy, { create: false });
    expect(second.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    second.close();
  });

  it('refuses a missing file unless asked to create it', () => {
    const e = galatDari(() => openDatabase(path.join(dir, 'tidak-ada.db'), { create: false }));
    expect(e.kode).toBe('db-tidak-ada');
    expect(e.pesan).toContain('tidak ditemukan');
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('refuses a database written by a newer app, leaving it untouched', () => {
    const file = path.join(dir, 'baru.db');
    openDatabase(file, { create: true }).close();
    const raw = new Database(file);
    raw.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    raw.close();
    const before = fs.readFileSync(file);
    const e = galatDari(() => openDatabase(file, { create: false }));
    expect(e.kode).toBe('versi-lebih-baru');
    expect(e.pesan).toContain('dibuat oleh versi aplikasi yang lebih baru');
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('refuses a file that is not SQLite at all, leaving it untouched', () => {
    const file = path.join(dir, 'catatan.db');
    fs.writeFileSync(file, 'ini bukan basis data, hanya teks biasa yang cukup panjang untuk sebuah kepala berkas');
    const before = fs.readFileSync(file);
    const e = galatDari(() => openDatabase(file, { create: true }));
    expect(e.kode).toBe('bukan-basis-data-pleno');
    expect(e.pesan).toBe(`Berkas ${file} bukan basis data Pleno Rekap; berkas tidak diubah.`);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect(fs.readdirSync(dir)).toEqual(['catatan.db']);
  });

  it('refuses an empty file and a SQLite database of another application, leaving them untouched', () => {
    const empty = path.join(dir, 'kosong.db');
    fs.writeFileSync(empty, '');
    expect(galatDari(() => openDatabase(empty, { create: false })).kode).toBe('bukan-basis-data-pleno');

    const other = path.join(dir, 'lain.sqlite');
    const raw = new Database(other);
    raw.exec('CREATE TABLE t (x INTEGER)');
    raw.close();
    const before = fs.readFileSync(other);
    const e = galatDari(() => openDatabase(other, { create: false }));
    expect(e.kode).toBe('bukan-basis-data-pleno');
    expect(e.detail).toContain('application_id 0');
    expect(fs.readFileSync(other).equals(before)).toBe(true);
    expect(fs.readdirSync(dir).sort()).toEqual(['kosong.db', 'lain.sqlite']);
  });

  it('migrates an older non-empty database in one step after a VACUUM INTO backup beside it', () => {
    const file = path.join(dir, 'lama.db');
    const v1 = openDatabase(file, { create: true, migrations: MIGRATIONS.slice(0, 1) });
    v1.prepare("INSERT INTO surat_suara (jenis, urutan) VALUES ('PPWP', 0)").run();
    v1.close();
    const langkah2: Migration = { versi: 2, nama: 'catatan', sql: 'CREATE TABLE catatan (id INTEGER PRIMARY KEY, isi TEXT NOT NULL) STRICT;' };
    const langkah3: Migration = { versi: 3, nama: 'kolom', sql: 'ALTER TABLE catatan ADD COLUMN oleh TEXT;' };
    const db = openDatabase(file, { create: false, migrations: [...MIGRATIONS.slice(0, 1), langkah2, langkah3] });
    expect(db.pragma('user_version', { simple: true })).toBe(3);
    db.prepare("INSERT INTO catatan (isi, oleh) VALUES ('x', 'y')").run();
    db.close();

    const backup = path.join(dir, 'lama.db.sebelum-migrasi-v1.bak');
    expect(fs.existsSync(backup)).toBe(true);
    const old = new Database(backup, { readonly: true });
    expect(old.pragma('user_version', { simple: true })).toBe(1);
    expect(old.prepare('SELECT jenis FROM surat_suara').all()).toEqual([{ jenis: 'PPWP' }]);
    old.close();
  });

  it('rolls a failing migration back as a whole and keeps the old version', () => {
    const file = path.join(dir, 'gagal.db');
    openDatabase(file, { create: true, migrations: MIGRATIONS.slice(0, 1) }).close();
    const baik: Migration = { versi: 2, nama: 'baik', sql: 'CREATE TABLE a (x INTEGER) STRICT;' };
    const rusak: Migration = { versi: 3, nama: 'rusak', sql: 'CREATE TABLE b (x INTEGER) STRICT; THIS IS NOT SQL;' };
    expect(() => openDatabase(file, { create: false, migrations: [...MIGRATIONS.slice(0, 1), baik, rusak] })).toThrow();
    const db = openDatabase(file, { create: false, migrations: MIGRATIONS.slice(0, 1) });
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name IN ('a', 'b')").all()).toEqual([]);
    db.close();
  });

  it('refuses to run on a Node without N-API 10, with a clear message instead of a crash', () => {
    const asli = Object.getOwnPropertyDescriptor(process.versions, 'napi')!;
    Object.defineProperty(process.versions, 'napi', { ...asli, value: '9' });
    try {
      const e = galatDari(() => openDatabase(path.join(dir, 'rekap.db'), { create: true }));
      expect(e.kode).toBe('node-tidak-didukung');
      expect(e.pesan).toContain('memerlukan Node.js 22.14 atau lebih baru');
      expect(e.detail).toContain('N-API 9');
    } finally {
      Object.defineProperty(process.versions, 'napi', asli);
    }
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});
