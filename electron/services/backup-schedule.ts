import type Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { Clock, Result } from '../../shared/domain/result';
import { auditHead } from './audit-service';
import { backupDatabase, SIMPAN_BAWAAN, type AlasanCadangan, type HasilCadangan } from './backup-service';

/** The operator's backup settings (kept per computer, in the app's user-data folder). */
export interface PengaturanCadangan {
  /** The folder to back up into, e.g. a USB stick; null: no automatic backups. */
  readonly folder: string | null;
  /** Backups kept per reason. */
  readonly simpan: number;
  /** Minutes between automatic backups; 0 turns them off. */
  readonly selangMenit: number;
}

export const PENGATURAN_CADANGAN_BAWAAN: PengaturanCadangan = { folder: null, simpan: SIMPAN_BAWAAN, selangMenit: 10 };

const skemaPengaturan = z
  .object({
    folder: z.string().min(1).max(4096).nullable(),
    simpan: z.number().int().min(1).max(1000),
    selangMenit: z.number().int().min(0).max(24 * 60),
  })
  .strict();

const NAMA_BERKAS_PENGATURAN = 'pengaturan-cadangan.json';

/** Reads the settings; a missing or unreadable file gives the defaults (and says why in `masalah`). */
export function bacaPengaturanCadangan(userDataDir: string): { readonly pengaturan: PengaturanCadangan; readonly masalah: string | null } {
  const file = path.join(userDataDir, NAMA_BERKAS_PENGATURAN);
  if (!fs.existsSync(file)) return { pengaturan: PENGATURAN_CADANGAN_BAWAAN, masalah: null };
  try {
    if (fs.statSync(file).size > 64 * 1024) throw new Error('settings file larger than 64 KiB');
    const r = skemaPengaturan.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
    if (r.success) return { pengaturan: r.data, masalah: null };
    return { pengaturan: PENGATURAN_CADANGAN_BAWAAN, masalah: `${file}: ${r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}` };
  } catch (err) {
    return { pengaturan: PENGATURAN_CADANGAN_BAWAAN, masalah: `${file}: ${String(err)}` };
  }
}

/** Writes the settings (validated) atomically. */
export function simpanPengaturanCadangan(userDataDir: string, p: PengaturanCadangan): void {
  const data = skemaPengaturan.parse(p);
  fs.mkdirSync(userDataDir, { recursive: true });
  const file = path.join(userDataDir, NAMA_BERKAS_PENGATURAN);
  const tmp = `${file}.${process.pid}.baru`;
  fs.writeFileSync(tmp, `${JSON.stringify(data, null, 2)}\n`);
  fs.renameSync(tmp, file);
}

/** The timer functions the schedule uses; tests pass a fake one. */
export interface Pewaktu {
  setInterval(fn: () => void, ms: number): unknown;
  clearInterval(handle: unknown): void;
}

export const PEWAKTU_SISTEM: Pewaktu = {
  setInterval: (fn, ms) => {
    const h = setInterval(fn, ms);
    h.unref?.(); // a pending backup never keeps the process alive
    return h;
  },
  clearInterval: (h) => clearInterval(h as ReturnType<typeof setInterval>),
};

/** Runs a task every `selangMs` from start() until stop(); start and stop are idempotent. */
export class JadwalCadangan {
  private handle: unknown = null;

  constructor(
    private readonly tugas: () => void,
    private readonly selangMs: number,
    private readonly pewaktu: Pewaktu = PEWAKTU_SISTEM,
  ) {
    if (!(selangMs > 0)) throw new Error(`JadwalCadangan: interval must be positive, got ${selangMs}`);
  }

  get berjalan(): boolean {
    return this.handle !== null;
  }

  start(): void {
    if (this.handle === null) this.handle = this.pewaktu.setInterval(this.tugas, this.selangMs);
  }

  stop(): void {
    if (this.handle !== null) this.pewaktu.clearInterval(this.handle);
    this.handle = null;
  }
}

export interface OpsiPencadang {
  readonly db: Database.Database;
  readonly dbFile: string;
  readonly clock: Clock;
  /** Read at every backup, so a changed folder (another stick) applies at once. */
  readonly pengaturan: () => PengaturanCadangan;
  readonly log: (line: string) => void;
  readonly pewaktu?: Pewaktu;
}

/** The last backup attempt, for the status line of the operator console. */
export type StatusCadangan = { readonly waktu: string; readonly hasil: Result<HasilCadangan> } | null;

/**
 * The backups of one open session. The session calls `saatBukaSesi()` when it opens a database and
 * `saatPersetujuan()` at every approval; `mulaiBerkala()` backs up every `selangMenit` minutes while
 * something has changed since the last backup; `sekarang()` is the operator's "Cadangkan sekarang".
 * With no folder set, nothing is written and each call returns null.
 */
export interface Pencadang {
  saatBukaSesi(): Result<HasilCadangan> | null;
  saatPersetujuan(): Result<HasilCadangan> | null;
  sekarang(): Result<HasilCadangan> | null;
  mulaiBerkala(): void;
  berhenti(): void;
  readonly status: StatusCadangan;
}

export function buatPencadang(o: OpsiPencadang): Pencadang {
  let status: StatusCadangan = null;
  /** The audit head the last good backup holds: a periodic backup of an unchanged database is skipped. */
  let kepalaTerakhir: string | null | undefined;
  let jadwal: JadwalCadangan | null = null;

  function cadangkan(alasan: AlasanCadangan): Result<HasilCadangan> | null {
    const p = o.pengaturan();
    if (p.folder === null) return null;
    const hasil = backupDatabase(o.db, o.dbFile, p.folder, { clock: o.clock, alasan, simpan: p.simpan });
    status = { waktu: o.clock().toISOString(), hasil };
    if (hasil.ok) {
      kepalaTerakhir = hasil.value.kepalaAudit?.hash ?? null;
      o.log(`backup (${alasan}) ${hasil.value.file}, ${hasil.value.bytes} bytes, sha256 ${hasil.value.sha256}${hasil.value.dihapus.length ? `, rotated out ${hasil.value.dihapus.length}` : ''}`);
    } else {
      o.log(`backup (${alasan}) failed: ${hasil.error.detail ?? hasil.error.pesan}`);
    }
    return hasil;
  }

  function berkala(): void {
    // Runs from a timer: whatever happens is logged, never thrown into the event loop.
    try {
      if (kepalaTerakhir !== undefined && (auditHead(o.db)?.hash ?? null) === kepalaTerakhir) return;
      cadangkan('berkala');
    } catch (err) {
      o.log(`periodic backup failed: ${String(err)}`);
    }
  }

  return {
    saatBukaSesi: () => cadangkan('buka-sesi'),
    saatPersetujuan: () => cadangkan('persetujuan'),
    sekarang: () => cadangkan('manual'),
    mulaiBerkala() {
      jadwal?.stop();
      const menit = o.pengaturan().selangMenit;
      if (menit <= 0) return;
      jadwal = new JadwalCadangan(berkala, menit * 60_000, o.pewaktu);
      jadwal.start();
    },
    berhenti() {
      jadwal?.stop();
      jadwal = null;
    },
    get status() {
      return status;
    },
  };
}
