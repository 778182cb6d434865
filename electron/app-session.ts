import type Database from 'better-sqlite3';
import path from 'node:path';
import type { Clock } from '../shared/domain/result';
import type { EventName, EventPayloads, Handlers } from '../shared/ipc/contract';
import { PlenoError } from './errors';
import { createHandlers } from './handlers';
import { ensureDemoDatabase } from './services/demo-service';
import { openElectionDatabase } from './services/election-service';

export interface SessionOptions {
  /** A recap database chosen by the operator, or null for the embedded demo election. */
  readonly dbFile: string | null;
  readonly userDataDir: string;
  readonly resourcesDir: string;
  readonly clock: Clock;
  readonly emit: <E extends EventName>(event: E, payload: EventPayloads[E]) => void;
  readonly log: (line: string) => void;
}

export interface RecapSession {
  readonly db: Database.Database;
  readonly dbFile: string;
  readonly handlers: Handlers;
  close(): void;
}

/** Where the demo database lives: in the user's data folder, so the app folder stays read-only. */
export function demoDbFile(userDataDir: string): string {
  return path.join(userDataDir, 'demo', 'demo-wanajaya.rekap');
}

/**
 * Opens the recap database the app works on (creating the demo one on first start) and builds the
 * handler registry over it. Throws PlenoError with an Indonesian message when the file cannot be used.
 */
export function openRecapSession(opts: SessionOptions): RecapSession {
  let dbFile = opts.dbFile;
  if (dbFile === null) {
    const demo = ensureDemoDatabase(demoDbFile(opts.userDataDir), opts.resourcesDir, opts.clock);
    if (!demo.ok) throw new PlenoError(demo.error.kode, demo.error.pesan, demo.error.detail ?? 'demo database not created');
    if (demo.value.dibuat) opts.log(`created the demo database ${demo.value.file}`);
    dbFile = demo.value.file;
  }
  const db = openElectionDatabase(dbFile);
  const handlers = createHandlers({
    db,
    dbFile,
    clock: opts.clock,
    emit: opts.emit,
    operator: () => 'operator',
    fontsDir: path.join(opts.resourcesDir, 'fonts'),
  });
  return { db, dbFile, handlers, close: () => db.close() };
}
