// Bad files at open (issue 7, part 3): a file that is not a recap database, one of a newer app, a truncated
// or damaged one, one that another instance holds. Each gets a clear Indonesian message (a DatabaseError the
// app shows and the CLI prints), its bytes and its folder stay exactly as they were, and nothing crashes.
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../cli/run-cli';
import { ensureDemoDatabase } from '../services/demo-service';
import { openElectionDatabase } from '../services/election-service';
import { jalankanSkrip, tungguBaris, tungguSelesai } from '../testing/child-process';
import { folderUji, jamUji } from '../testing/election-fixture';
import { DatabaseError } from './database-error';
import { SCHEMA_VERSION } from './migrations/index';
import { APPLICATION_ID } from './open-database';

const RESOURCES = path.resolve(import.meta.dirname, '..', '..', 'resources');
let root: string;
/** A real recap database: the demo election with every Sirekap file imported (about 160 pages). */
let asli: Buffer;

beforeAll(() => {
  root = folderUji('pleno-berkas-buruk-');
  const file = path.join(root, 'asli.rekap');
  const made = ensureDemoDatabase(file, RESOURCES, jamUji());
  if (!made.ok) throw new Error(made.error.pesan);
  asli = fs.readFileSync(file);
});
afterAll(() => {
  fs.rmSync(root, { recursive: true, force: true });
});

function sha256(b: Buffer): string {
  return createHash('sha256').update(b).digest('hex');
}

/** A new folder holding only `bytes` as `rekap.db`. */
function berkas(bytes: Buffer | string, name = 'rekap.db'): string {
  const dir = fs.mkdtempSync(path.join(root, 'kasus-'));
  const file = path.join(dir, name);
  fs.writeFileSync(file, bytes);
  return file;
}

/** What must not change: the file's bytes and the names in its folder. */
function keadaan(file: string): { sha256: string; folder: string[] } {
  return { sha256: sha256(fs.readFileSync(file)), folder: fs.readdirSync(path.dirname(file)).sort() };
}

/** Opens as the app does and returns the refusal; fails the test if it opens or throws anything else. */
function tolakan(file: string): DatabaseError {
  try {
    openElectionDatabase(file).close();
  } catch (err) {
    if (err instanceof DatabaseError) return err;
    throw err;
  }
  throw new Error(`${file} was opened`);
}

/** Refused by the app and by the CLI with the same Indonesian message, file and folder untouched. */
async function ditolakUtuh(file: string, kode: string): Promise<DatabaseError> {
  const sebelum = keadaan(file);
  const e = tolakan(file);
  expect(e.kode).toBe(kode);
  expect(e.pesan).toContain(file);
  expect(keadaan(file)).toEqual(sebelum);

  let out = '';
  let err = '';
  const code = await runCli(['check', '--db', file], { stdout: (t) => (out += t), stderr: (t) => (err += t) }, jamUji());
  expect(code).toBe(2);
  expect(out).toBe('');
  expect(err).toBe(`pleno-rekap: ${e.pesan}\n`); // the message, never a stack trace
  expect(keadaan(file)).toEqual(sebelum);
  return e;
}

/** The pages of a table or index, from SQLite's dbstat. */
function halaman(file: string, nama: string): number[] {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare('SELECT pageno FROM dbstat WHERE name = ? ORDER BY pageno').all(nama) as { pageno: number }[]).map((r) => r.pageno);
  } finally {
    db.close();
  }
}

const UKURAN_HALAMAN = 4096;

describe('opening a file that is not a recap database', () => {
  it('refuses random bytes, a text file and an empty file', async () => {
    const acak = Buffer.alloc(64 * 1024);
    let x = 20240214;
    for (let i = 0; i < acak.length; i++) acak[i] = (x = (Math.imul(x, 1103515245) + 12345) >>> 0) >>> 24;
    for (const bytes of [acak, Buffer.from('Rekapitulasi kecamatan, catatan rapat.\n'.repeat(200)), Buffer.alloc(0)]) {
      const e = await ditolakUtuh(berkas(bytes), 'bukan-basis-data-pleno');
      expect(e.pesan).toMatch(/bukan basis data Pleno Rekap; berkas tidak diubah\.$/);
    }
  });

  it('refuses a folder given as the database', async () => {
    const dir = fs.mkdtempSync(path.join(root, 'folder-'));
    expect(tolakan(dir).kode).toBe('bukan-basis-data-pleno');
  });

  it('refuses a SQLite database of another application, in rollback and in WAL mode', async () => {
    for (const wal of [false, true]) {
      const file = berkas('', 'lain.sqlite');
      fs.rmSync(file);
      const raw = new Database(file);
      if (wal) raw.pragma('journal_mode = WAL');
      raw.exec("CREATE TABLE kontak (nama TEXT); INSERT INTO kontak VALUES ('x')");
      raw.close();
      const e = await ditolakUtuh(file, 'bukan-basis-data-pleno');
      expect(e.detail).toContain('application_id 0');
    }
  });

  it('refuses a file with our application_id but without our tables', async () => {
    const file = berkas('', 'tiruan.db');
    fs.rmSync(file);
    const raw = new Database(file);
    raw.pragma(`application_id = ${APPLICATION_ID}`);
    raw.pragma(`user_version = ${SCHEMA_VERSION}`);
    raw.exec('CREATE TABLE lain (x INTEGER)');
    raw.close();
    const e = await ditolakUtuh(file, 'bukan-basis-data-pleno');
    expect(e.detail).toContain('no table pemilihan');
  });

  it('refuses a database of a newer app version', async () => {
    const file = berkas(asli);
    const raw = new Database(file);
    raw.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    raw.close();
    const e = await ditolakUtuh(file, 'versi-lebih-baru');
    expect(e.pesan).toContain('dibuat oleh versi aplikasi yang lebih baru');
  });
});

describe('opening a damaged recap database', () => {
  it('refuses a truncated database: inside the header, after one page, at half its pages', async () => {
    for (const n of [50, UKURAN_HALAMAN, Math.floor(asli.length / UKURAN_HALAMAN / 2) * UKURAN_HALAMAN, asli.length - UKURAN_HALAMAN]) {
      const e = await ditolakUtuh(berkas(asli.subarray(0, n)), 'db-rusak');
      expect(e.pesan).toMatch(/rusak: pemeriksaan keutuhan basis data gagal\. Berkas tidak diubah\. Pulihkan dari cadangan terakhir/);
    }
  });

  it('refuses a database with flipped bytes in the middle: a page of the values, of the audit log, of an index', async () => {
    const contoh = berkas(asli);
    for (const nama of ['nilai', 'audit', 'nilai_sel']) {
      const pages = halaman(contoh, nama);
      const p = pages[Math.floor(pages.length / 2)]!;
      const rusak = Buffer.from(asli);
      // The b-tree page header (type, free block, cell count, cell pointers) of a page in the middle.
      for (let i = 0; i < 16; i++) rusak[(p - 1) * UKURAN_HALAMAN + i]! ^= 0xa5;
      const e = await ditolakUtuh(berkas(rusak), 'db-rusak');
      expect(e.detail).toMatch(/quick_check|malformed/);
    }
  });

  it('never crashes on random damage: each damaged copy is refused with a message or opens whole (seeded)', () => {
    const halamanTotal = asli.length / UKURAN_HALAMAN;
    let ditolak = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: halamanTotal }),
        fc.integer({ min: 0, max: UKURAN_HALAMAN - 1 }),
        fc.uint8Array({ minLength: 1, maxLength: 64 }),
        (page, offset, noise) => {
          const rusak = Buffer.from(asli);
          const start = (page - 1) * UKURAN_HALAMAN + offset;
          noise.forEach((b, i) => {
            if (start + i < rusak.length) rusak[start + i]! ^= b | 1;
          });
          const file = berkas(rusak);
          const sebelum = keadaan(file);
          try {
            const db = openElectionDatabase(file);
            // Opened: the damage was in unused space or in a value SQLite cannot tell from a real one
            // (see resources/docs/keandalan-dan-keamanan.md); the file must at least be structurally whole.
            expect(db.pragma('quick_check', { simple: true })).toBe('ok');
            db.close();
          } catch (err) {
            if (!(err instanceof DatabaseError)) throw err;
            expect(err.pesan.length).toBeGreaterThan(20);
            ditolak++;
            expect(keadaan(file)).toEqual(sebelum);
          }
          fs.rmSync(path.dirname(file), { recursive: true, force: true });
        },
      ),
      { seed: 7007, numRuns: 60 },
    );
    expect(ditolak).toBeGreaterThan(0);
  });
});

describe('one instance per database', () => {
  it('refuses a database that another process holds, untouched; opens it once that process is gone, without a stale lock', async () => {
    const file = berkas(asli);
    const holder = jalankanSkrip('hold-database.ts', [file]);
    try {
      await tungguBaris(holder, 'terbuka');
      const sebelum = sha256(fs.readFileSync(file));
      const e = await ditolakUtuh(file, 'db-sedang-dibuka');
      expect(e.pesan).toMatch(/^Basis data ini sedang dibuka oleh aplikasi lain \(.+\)\. Tutup aplikasi itu, lalu buka kembali; berkas tidak diubah\.$/);
      expect(sha256(fs.readFileSync(file))).toBe(sebelum);
      // Not even a plain SQLite reader gets in while the app holds the file.
      const raw = new Database(file, { readonly: true, timeout: 100 });
      expect(() => raw.prepare('SELECT count(*) FROM nilai').get()).toThrow(/locked/);
      raw.close();
    } finally {
      holder.kill('SIGKILL'); // a crash: the operating system releases the lock
      await tungguSelesai(holder);
    }
    const db = openElectionDatabase(file);
    expect(db.prepare('SELECT count(*) AS n FROM tps').get()).toEqual({ n: 145 });
    db.close();
  });

  it('refuses a second connection in the same process (a second window of the app opening the same file)', () => {
    const file = berkas(asli);
    const first = openElectionDatabase(file);
    try {
      expect(tolakan(file).kode).toBe('db-sedang-dibuka');
      expect(first.prepare('SELECT count(*) AS n FROM tps').get()).toEqual({ n: 145 }); // the holder is unaffected
    } finally {
      first.close();
    }
    openElectionDatabase(file).close();
  });

  it('releases the lock on close: a clean exit of the holder lets the next one in', async () => {
    const file = berkas(asli);
    const holder = jalankanSkrip('hold-database.ts', [file]);
    await tungguBaris(holder, 'terbuka');
    holder.stdin.end();
    expect(await tungguSelesai(holder)).toEqual({ code: 0, signal: null });
    openElectionDatabase(file).close();
    expect(fs.readdirSync(path.dirname(file))).toEqual(['rekap.db']);
  });
});
