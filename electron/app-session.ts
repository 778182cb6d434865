import type Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import type { Clock } from '../shared/domain/result';
import { gagal, ok } from '../shared/domain/result';
import type { Handlers, UntukBerkas } from '../shared/ipc/contract';
import { PAKET_BATAS_BYTE, parsePaketJson } from '../shared/paket/parse-paket';
import { buatManajerCadangan } from './backup-manager';
import { PlenoError, tangkapGalat } from './errors';
import { createDataHandlers, createHandlers, type Emit, type PengelolaSesi, type SesiData } from './handlers';
import type { Pewaktu } from './services/backup-schedule';
import { ensureDemoDatabase } from './services/demo-service';
import { ensureDemoKabupatenDatabase } from './services/demo-kabupaten-service';
import { createKabupatenDatabase, isKabupatenDatabase, openKabupatenDatabase } from './services/kabupaten-service';
import { isPaketKabupaten } from '../shared/paket/paket-kabupaten';
import { createElectionDatabase, openElectionDatabase } from './services/election-service';

export interface SessionOptions {
  /** A recap database chosen by the operator, or null for the embedded demo election. */
  readonly dbFile: string | null;
  readonly userDataDir: string;
  readonly resourcesDir: string;
  readonly clock: Clock;
  readonly emit: Emit;
  readonly log: (line: string) => void;
  /** File dialogs (Electron's, or a test's answers); without it every dialog is "cancelled". */
  readonly pilihBerkas?: (untuk: UntukBerkas, nama?: string) => Promise<readonly string[]>;
  /** Opens or brings forward the projector window. */
  readonly bukaProyektor?: () => void;
  /** Who acts, for the audit log. */
  readonly operator?: () => string;
  /** Timers of the periodic backup (tests pass their own). */
  readonly pewaktu?: Pewaktu;
}

export interface RecapSession {
  /** The handler registry; the same object whichever database is open. */
  readonly handlers: Handlers;
  /** The database open now (throws when none is). */
  readonly db: Database.Database;
  readonly dbFile: string;
  close(): void;
}

/** Where the demo database lives: in the user's data folder, so the app folder stays read-only. */
export function demoDbFile(userDataDir: string): string {
  return path.join(userDataDir, 'demo', 'demo-wanajaya.rekap');
}

/** Where the kabupaten demo lives (KPU Kab. SUKAMAJU), beside the kecamatan one. */
export function demoKabupatenDbFile(userDataDir: string): string {
  return path.join(userDataDir, 'demo', 'demo-kabupaten-sukamaju.rekap');
}

/** True when the package text declares `tingkat: kabupaten` (a JSON error is left to the kecamatan parser's message). */
function adalahPaketKabupaten(teks: string): boolean {
  try {
    return isPaketKabupaten(JSON.parse(teks.replace(/^\uFEFF/, '')));
  } catch {
    return false;
  }
}

/**
 * The app's recap session: one database open at a time (the demo, one chosen by the operator, or one just
 * created from an election package), switched without restarting, and the handler registry over it.
 * Starts with no database when `dbFile` is undefined.
 */
export function createRecapApp(opts: Omit<SessionOptions, 'dbFile'>): RecapSession & { readonly sesi: PengelolaSesi } {
  let current: SesiData | null = null;
  const operator = opts.operator ?? ((): string => 'operator');
  const cadangan = buatManajerCadangan({ userDataDir: opts.userDataDir, clock: opts.clock, log: opts.log, ...(opts.pewaktu ? { pewaktu: opts.pewaktu } : {}) });

  const pasang = (dbFile: string): SesiData => {
    // The open database holds its file exclusively (open-database.ts): choosing it again keeps it open.
    if (current && path.resolve(current.dbFile) === path.resolve(dbFile)) return current;
    const db = isKabupatenDatabase(dbFile) ? openKabupatenDatabase(dbFile).db : openElectionDatabase(dbFile);
    const handlers = createDataHandlers({ db, dbFile, clock: opts.clock, emit: opts.emit, operator, fontsDir: path.join(opts.resourcesDir, 'fonts'), cadangan });
    const prev = current;
    cadangan.ditutup();
    current = { db, dbFile, handlers };
    prev?.db.close();
    opts.log(`opened the recap database ${dbFile}`);
    // A backup at every opening (to the operator's folder, when one is set), then every N minutes.
    cadangan.dibuka(db, dbFile);
    return current;
  };

  const sesi: PengelolaSesi = {
    sekarang: () => current,
    cadangan,
    pulihkan: (backupFile) =>
      tangkapGalat(() => {
        if (!current) return gagal('belum-ada-basis-data', 'Belum ada basis data rekap yang terbuka.', 'no recap database open');
        const dbFile = current.dbFile;
        cadangan.ditutup();
        current.db.close();
        current = null;
        const restored = cadangan.pulihkan(path.resolve(backupFile), dbFile, operator());
        // Reopen the file whatever happened: the restored copy, or the untouched original.
        const reopened = pasang(dbFile);
        return restored.ok ? ok(reopened) : restored;
      }),
    buka: (dbFile) => tangkapGalat(() => ok(pasang(path.resolve(dbFile)))),
    buat: (paketFile, dbFile) =>
      tangkapGalat(() => {
        let teks: string;
        try {
          const size = fs.statSync(paketFile).size;
          if (size > PAKET_BATAS_BYTE) return gagal('paket-tidak-valid', `${paketFile}: berkas paket lebih besar dari 20 MiB`, `${size} bytes`);
          teks = fs.readFileSync(paketFile, 'utf8');
        } catch (err) {
          return gagal('paket-tidak-terbaca', `Paket pemilihan ${paketFile} tidak dapat dibaca.`, String(err));
        }
        const target = path.resolve(dbFile);
        // A `tingkat: kabupaten` package makes a KPU kabupaten/kota database (its console shows kecamatan).
        if (adalahPaketKabupaten(teks)) {
          const kab = createKabupatenDatabase(target, teks, opts.clock, operator());
          return kab.ok ? ok(pasang(target)) : kab;
        }
        const paket = parsePaketJson(teks);
        if (!paket.ok) return paket;
        const made = createElectionDatabase(target, paket.value, opts.clock, { teksPaket: teks, oleh: operator() });
        if (!made.ok) return made;
        return ok(pasang(target));
      }),
    demo: () =>
      tangkapGalat(() => {
        const demo = ensureDemoDatabase(demoDbFile(opts.userDataDir), opts.resourcesDir, opts.clock);
        if (!demo.ok) return demo;
        if (demo.value.dibuat) opts.log(`created the demo database ${demo.value.file}`);
        return ok(pasang(demo.value.file));
      }),
    demoKabupaten: () =>
      tangkapGalat(() => {
        const demo = ensureDemoKabupatenDatabase(demoKabupatenDbFile(opts.userDataDir));
        if (!demo.ok) return demo;
        if (demo.value.dibuat) opts.log(`created the kabupaten demo database ${demo.value.file}`);
        return ok(pasang(demo.value.file));
      }),
  };

  const handlers = createHandlers({
    sesi,
    emit: opts.emit,
    pilihBerkas: opts.pilihBerkas ?? (async () => []),
    ...(opts.bukaProyektor ? { bukaProyektor: opts.bukaProyektor } : {}),
  });
  const need = (): SesiData => {
    if (!current) throw new PlenoError('belum-ada-basis-data', 'Belum ada basis data rekap yang terbuka.', 'no recap database open');
    return current;
  };
  return {
    handlers,
    sesi,
    get db() {
      return need().db;
    },
    get dbFile() {
      return need().dbFile;
    },
    close: () => {
      cadangan.berhenti();
      current?.db.close();
      current = null;
    },
  };
}

/**
 * Opens the recap database the app works on (creating the demo one on first start) and builds the
 * handler registry over it. Throws PlenoError with an Indonesian message when the file cannot be used.
 */
export function openRecapSession(opts: SessionOptions): RecapSession {
  const app = createRecapApp(opts);
  const r = opts.dbFile === null ? app.sesi.demo() : app.sesi.buka(opts.dbFile);
  if (!r.ok) throw new PlenoError(r.error.kode, r.error.pesan, r.error.detail ?? 'recap database not opened');
  return app;
}
