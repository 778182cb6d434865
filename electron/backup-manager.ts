import type Database from 'better-sqlite3';
import { gagal, ok, type Clock, type Result } from '../shared/domain/result';
import type { KeadaanCadangan } from '../shared/ipc/contract';
import { listBackups, restoreBackup } from './services/backup-service';
import {
  bacaPengaturanCadangan,
  buatPencadang,
  simpanPengaturanCadangan,
  type PengaturanCadangan,
  type Pencadang,
  type Pewaktu,
} from './services/backup-schedule';

export interface OpsiManajerCadangan {
  /** Where the settings file lives (the app's user-data folder: settings are per computer). */
  readonly userDataDir: string;
  readonly clock: Clock;
  readonly log: (line: string) => void;
  readonly pewaktu?: Pewaktu;
}

/**
 * The app's backups: one Pencadang for the database open now (a backup when it is opened, then every
 * N minutes while it changes), the operator's settings, the list of backups in the folder, and restore.
 * The session (electron/app-session.ts) tells it when a database is opened or closed.
 */
/** The moments of the plenary that call for a backup (the plenary handlers call them). */
export interface PemicuCadangan {
  /** A sitting of the plenary is opened. */
  saatBukaSidang(): void;
  /** A unit is approved (disahkan). */
  saatPersetujuan(): void;
}

export interface ManajerCadangan extends PemicuCadangan {
  /** A database was opened: back up now (reason `buka-sesi`) and start the periodic backups. */
  dibuka(db: Database.Database, dbFile: string): void;
  /** The open database is about to close. */
  ditutup(): void;
  keadaan(dbFile: string | null): KeadaanCadangan;
  atur(p: PengaturanCadangan): Result<PengaturanCadangan>;
  sekarang(): Result<true>;
  /** Restores `backupFile` over `dbFile`; the caller closes the database before and reopens it after. */
  pulihkan(backupFile: string, dbFile: string, oleh: string): Result<{ readonly disisihkan: string | null }>;
  berhenti(): void;
}

export function buatManajerCadangan(o: OpsiManajerCadangan): ManajerCadangan {
  const dibaca = bacaPengaturanCadangan(o.userDataDir);
  if (dibaca.masalah) o.log(`backup settings: ${dibaca.masalah}`);
  let pengaturan: PengaturanCadangan = dibaca.pengaturan;
  let pencadang: Pencadang | null = null;

  return {
    dibuka(db, dbFile) {
      pencadang?.berhenti();
      pencadang = buatPencadang({ db, dbFile, clock: o.clock, pengaturan: () => pengaturan, log: o.log, ...(o.pewaktu ? { pewaktu: o.pewaktu } : {}) });
      pencadang.saatBukaSesi();
      pencadang.mulaiBerkala();
    },
    ditutup() {
      pencadang?.berhenti();
      pencadang = null;
    },
    saatBukaSidang() {
      pencadang?.saatBukaSesi();
    },
    saatPersetujuan() {
      pencadang?.saatPersetujuan();
    },
    keadaan(dbFile) {
      const s = pencadang?.status ?? null;
      const terakhir =
        s === null
          ? null
          : s.hasil.ok
            ? { waktu: s.waktu, ok: true, pesan: `Tersimpan: ${s.hasil.value.file}`, berkas: s.hasil.value.file }
            : { waktu: s.waktu, ok: false, pesan: s.hasil.error.pesan, berkas: null };
      const daftar =
        pengaturan.folder && dbFile
          ? listBackups(pengaturan.folder, dbFile).map((b) => ({ berkas: b.file, waktu: b.waktu, alasan: b.alasan }))
          : [];
      return { pengaturan, terakhir, daftar };
    },
    atur(p) {
      try {
        simpanPengaturanCadangan(o.userDataDir, p);
      } catch (err) {
        return gagal('pengaturan-cadangan-gagal', 'Pengaturan cadangan tidak dapat disimpan.', String(err));
      }
      pengaturan = p;
      // A new interval or folder applies at once.
      pencadang?.mulaiBerkala();
      return ok(p);
    },
    sekarang() {
      if (!pencadang) return gagal('belum-ada-basis-data', 'Belum ada basis data rekap yang terbuka.', 'no database open');
      if (pengaturan.folder === null) return gagal('folder-cadangan-belum-dipilih', 'Pilih dulu folder cadangan (misalnya flashdisk).', 'no backup folder set');
      const r = pencadang.sekarang();
      return r === null || r.ok ? ok(true) : r;
    },
    pulihkan(backupFile, dbFile, oleh) {
      const r = restoreBackup(backupFile, dbFile, { clock: o.clock, oleh });
      return r.ok ? ok({ disisihkan: r.value.disimpanSebagai }) : r;
    },
    berhenti() {
      pencadang?.berhenti();
      pencadang = null;
    },
  };
}
