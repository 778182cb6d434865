import type Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import type { Clock } from '../../shared/domain/result';
import { canonicalJson } from './canonical-json';

/** hash_sebelumnya of the first row of the chain. */
export const HASH_AWAL = '0'.repeat(64);

/** What an action records; `rincian` is any JSON-able detail (stored as canonical JSON). */
export interface EntriAudit {
  readonly aktor: string;
  /** What was done, e.g. `buat-basis-data`, `impor-sirekap`, `simpan-c-hasil`. */
  readonly aksi: string;
  /** What it was done to, e.g. `pemilihan`, `impor:3`, `tps:3101011001001:PPWP`. */
  readonly entitas: string;
  readonly rincian: unknown;
}

export interface BarisAudit {
  readonly id: number;
  readonly waktu: string;
  readonly aktor: string;
  readonly aksi: string;
  readonly entitas: string;
  readonly rincian: string;
  readonly hash_sebelumnya: string;
  readonly hash: string;
}

/** SHA-256 hex of the previous hash followed by the canonical JSON of the row's own fields. */
export function hashAudit(row: Omit<BarisAudit, 'hash'>): string {
  const fields = { id: row.id, waktu: row.waktu, aktor: row.aktor, aksi: row.aksi, entitas: row.entitas, rincian: row.rincian };
  return createHash('sha256').update(row.hash_sebelumnya).update(canonicalJson(fields)).digest('hex');
}

/** The last row of the chain, or null for an empty log. */
export function auditHead(db: Database.Database): { readonly id: number; readonly hash: string } | null {
  const row = db.prepare('SELECT id, hash FROM audit ORDER BY id DESC LIMIT 1').get() as { id: number; hash: string } | undefined;
  return row ?? null;
}

/**
 * Appends one row to the chain. Call it inside the transaction that makes the change it records,
 * so the change and its audit row are written together or not at all.
 */
export function appendAudit(db: Database.Database, entri: EntriAudit, clock: Clock): BarisAudit {
  const head = auditHead(db);
  const row: Omit<BarisAudit, 'hash'> = {
    id: (head?.id ?? 0) + 1,
    waktu: clock().toISOString(),
    aktor: entri.aktor,
    aksi: entri.aksi,
    entitas: entri.entitas,
    rincian: canonicalJson(entri.rincian ?? null),
    hash_sebelumnya: head?.hash ?? HASH_AWAL,
  };
  const full: BarisAudit = { ...row, hash: hashAudit(row) };
  db.prepare(
    'INSERT INTO audit (id, waktu, aktor, aksi, entitas, rincian, hash_sebelumnya, hash) VALUES (@id, @waktu, @aktor, @aksi, @entitas, @rincian, @hash_sebelumnya, @hash)',
  ).run(full);
  return full;
}

/** Every row of the log, oldest first. */
export function listAudit(db: Database.Database): BarisAudit[] {
  return db.prepare('SELECT id, waktu, aktor, aksi, entitas, rincian, hash_sebelumnya, hash FROM audit ORDER BY id').all() as BarisAudit[];
}

/**
 * Walks the chain from the first row: returns the id of the first row whose hash does not match its
 * contents, whose link does not match the previous row, or whose id is out of sequence (a removed row);
 * null when the whole chain is intact.
 */
export function verifyAuditChain(db: Database.Database): number | null {
  let prevHash = HASH_AWAL;
  let prevId = 0;
  for (const row of db.prepare('SELECT id, waktu, aktor, aksi, entitas, rincian, hash_sebelumnya, hash FROM audit ORDER BY id').iterate() as IterableIterator<BarisAudit>) {
    if (row.id !== prevId + 1 || row.hash_sebelumnya !== prevHash || hashAudit(row) !== row.hash) return row.id;
    prevHash = row.hash;
    prevId = row.id;
  }
  return null;
}
