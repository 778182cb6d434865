import Database from 'better-sqlite3';
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { gagal, ok, type Clock, type Result } from '../../shared/domain/result';
import { DatabaseError } from '../db/database-error';
import { SCHEMA_VERSION } from '../db/migrations/index';
import { APPLICATION_ID, openDatabase } from '../db/open-database';
import { galatDari } from '../errors';
import { appendAudit, auditHead, verifyAuditChain } from './audit-service';
import { paketSha256 } from './election-service';

/**
 * Backups of a recap database (issue 7): a consistent copy made with `VACUUM INTO` into a folder the
 * operator chose (a USB stick), verified before it counts, rotated, and restorable. A backup is itself a
 * whole recap database (rollback journal, read-only friendly) named
 * `<name of the database>-<UTC time YYYYMMDD-HHMMSS>Z[-n]-<reason>.cadangan`.
 */

/** Why a backup was made; rotation keeps the last N of each reason separately. */
export const ALASAN_CADANGAN = ['buka-sesi', 'persetujuan', 'berkala', 'manual'] as const;
export type AlasanCadangan = (typeof ALASAN_CADANGAN)[number];

/** The file extension of backups. Not `.rekap`, so a backup is not opened (and changed) by mistake. */
export const EKSTENSI_CADANGAN = '.cadangan';

/** Backups kept per reason when the operator has not said otherwise. */
export const SIMPAN_BAWAAN = 20;

export interface KepalaAudit {
  readonly id: number;
  readonly hash: string;
}

/** What a verified backup holds. */
export interface InfoCadangan {
  readonly file: string;
  readonly versiSkema: number;
  readonly paketSha256: string;
  readonly kepalaAudit: KepalaAudit | null;
  readonly jumlah: { readonly nilai: number; readonly audit: number; readonly impor: number };
}

export interface HasilCadangan extends InfoCadangan {
  readonly alasan: AlasanCadangan;
  readonly bytes: number;
  /** SHA-256 of the backup file, for the record. */
  readonly sha256: string;
  /** Older backups removed by rotation. */
  readonly dihapus: readonly string[];
}

export interface OpsiCadangan {
  readonly clock: Clock;
  readonly alasan: AlasanCadangan;
  /** Backups of this reason to keep (>= 1); default SIMPAN_BAWAAN. */
  readonly simpan?: number;
}

function sha256File(file: string): string {
  return createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

/** `20240220-080000Z`: sortable, the same on every machine whatever its time zone. */
export function capWaktu(d: Date): string {
  return d.toISOString().replace(/[-:]/g, '').replace('T', '-').replace(/\.\d{3}Z$/, 'Z');
}

/** The name the backups of `dbFile` start with: its file name without the extension. */
function batang(dbFile: string): string {
  const base = path.basename(dbFile);
  const ext = path.extname(base);
  return ext.length > 0 && ext.length < base.length ? base.slice(0, -ext.length) : base;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

interface BerkasCadangan {
  readonly file: string;
  readonly waktu: string;
  readonly urut: number;
  readonly alasan: AlasanCadangan;
}

/** The backups of `dbFile` in `folder`, oldest first (by the time in their name). */
export function listBackups(folder: string, dbFile: string): BerkasCadangan[] {
  const re = new RegExp(`^${escapeRe(batang(dbFile))}-(\\d{8}-\\d{6}Z)(?:-(\\d+))?-(${ALASAN_CADANGAN.join('|')})${escapeRe(EKSTENSI_CADANGAN)}$`);
  let names: string[];
  try {
    names = fs.readdirSync(folder);
  } catch {
    return [];
  }
  const out: BerkasCadangan[] = [];
  for (const n of names) {
    const m = re.exec(n);
    if (m) out.push({ file: path.join(folder, n), waktu: m[1]!, urut: Number(m[2] ?? 1), alasan: m[3] as AlasanCadangan });
  }
  return out.sort((a, b) => (a.waktu < b.waktu ? -1 : a.waktu > b.waktu ? 1 : a.urut - b.urut));
}

function hitung(db: Database.Database, table: 'nilai' | 'audit' | 'impor'): number {
  return (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
}

function tidakSah(file: string, sebab: string, detail: string): Result<never> {
  return gagal('cadangan-tidak-sah', `Cadangan ${file} tidak dapat dipakai: ${sebab}`, detail);
}

/**
 * Checks a backup: opened read-only, our application_id, a schema version this app knows,
 * `PRAGMA integrity_check` ok, the audit chain intact, a package inside. `nama` is how messages name it.
 * A backup made by backupDatabase is in rollback-journal mode and reading it leaves nothing behind; a
 * WAL-mode database given as a backup gets -wal/-shm files beside it from SQLite, so restoreBackup
 * verifies a copy.
 */
export function verifyBackup(file: string, nama: string = file): Result<InfoCadangan> {
  let db: Database.Database | undefined;
  try {
    if (!fs.statSync(file, { throwIfNoEntry: false })?.isFile()) return gagal('cadangan-tidak-ada', `Berkas cadangan ${nama} tidak ditemukan.`, `not a file: ${file}`);
    db = new Database(file, { readonly: true, fileMustExist: true });
    const appId = Number(db.pragma('application_id', { simple: true }));
    if (appId !== APPLICATION_ID) return tidakSah(nama, 'bukan basis data Pleno Rekap.', `application_id ${appId}`);
    const versiSkema = Number(db.pragma('user_version', { simple: true }));
    if (versiSkema < 1 || versiSkema > SCHEMA_VERSION) {
      return tidakSah(nama, `versi skema ${versiSkema} tidak dikenal aplikasi ini (sampai ${SCHEMA_VERSION}).`, `user_version ${versiSkema}`);
    }
    const cek = db.pragma('integrity_check') as { integrity_check: string }[];
    if (cek.length !== 1 || cek[0]?.integrity_check !== 'ok') {
      return tidakSah(nama, 'berkas rusak (pemeriksaan keutuhan gagal).', `integrity_check: ${cek.slice(0, 5).map((r) => r.integrity_check).join('; ')}`);
    }
    const putus = verifyAuditChain(db);
    if (putus !== null) return tidakSah(nama, `rantai log audit putus di catatan ${putus}.`, `audit chain broken at ${putus}`);
    return ok({
      file,
      versiSkema,
      paketSha256: paketSha256(db),
      kepalaAudit: auditHead(db),
      jumlah: { nilai: hitung(db, 'nilai'), audit: hitung(db, 'audit'), impor: hitung(db, 'impor') },
    });
  } catch (err) {
    const g = galatDari(err);
    if (g) return tidakSah(nama, g.pesan, g.detail ?? g.kode);
    return tidakSah(nama, 'berkas tidak dapat dibaca sebagai basis data.', String(err));
  } finally {
    db?.close();
  }
}

/** Makes a file's content (and, where the system allows, its folder entry) durable before it counts. */
function fsyncBerkas(file: string): void {
  const fd = fs.openSync(file, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

function fsyncFolder(dir: string): void {
  try {
    const fd = fs.openSync(dir, 'r');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    // Windows cannot open a folder for fsync; its rename is already durable with NTFS journaling.
  }
}

function namaBebas(folder: string, dbFile: string, waktu: string, alasan: AlasanCadangan): string {
  for (let i = 1; ; i++) {
    const f = path.join(folder, `${batang(dbFile)}-${waktu}${i === 1 ? '' : `-${i}`}-${alasan}${EKSTENSI_CADANGAN}`);
    if (!fs.existsSync(f)) return f;
  }
}

/**
 * Backs up the open recap database `db` (whose file is `dbFile`) into `folder`: `VACUUM INTO` a hidden
 * temporary file, verified (verifyBackup, same package and audit head as the database), flushed to disk,
 * then renamed to its final name; then older backups of the same reason beyond `simpan` are removed.
 * The database itself is only read. A failure (folder missing, stick pulled out, disk full) is a value and
 * leaves no partial file.
 */
export function backupDatabase(db: Database.Database, dbFile: string, folder: string, opts: OpsiCadangan): Result<HasilCadangan> {
  const simpan = opts.simpan ?? SIMPAN_BAWAAN;
  if (!Number.isInteger(simpan) || simpan < 1) throw new Error(`backupDatabase: simpan must be an integer >= 1, got ${simpan}`);
  if (!fs.statSync(folder, { throwIfNoEntry: false })?.isDirectory()) {
    return gagal('folder-cadangan-tidak-ada', `Folder cadangan ${folder} tidak ditemukan. Pasang kembali flashdisk atau pilih folder cadangan lain.`, `backup folder missing: ${folder}`);
  }
  const tmp = path.join(folder, `.${batang(dbFile)}.${process.pid}-${randomBytes(4).toString('hex')}.sementara`);
  try {
    const paket = paketSha256(db);
    const kepala = auditHead(db);
    // One statement, one read transaction: a consistent snapshot even in the middle of the plenary.
    db.prepare('VACUUM INTO ?').run(tmp);
    fsyncBerkas(tmp);
    const v = verifyBackup(tmp);
    if (!v.ok) return v;
    if (v.value.paketSha256 !== paket || v.value.kepalaAudit?.hash !== kepala?.hash) {
      return gagal('cadangan-gagal', `Cadangan di ${folder} tidak sama dengan basis data; cadangan tidak disimpan.`, `backup differs: head ${v.value.kepalaAudit?.hash} vs ${kepala?.hash}`);
    }
    const file = namaBebas(folder, dbFile, capWaktu(opts.clock()), opts.alasan);
    const bytes = fs.statSync(tmp).size;
    const sha256 = sha256File(tmp);
    fs.renameSync(tmp, file);
    fsyncFolder(folder);
    const lama = listBackups(folder, dbFile).filter((b) => b.alasan === opts.alasan);
    const dihapus = lama.slice(0, Math.max(0, lama.length - simpan)).map((b) => b.file);
    for (const f of dihapus) fs.rmSync(f, { force: true });
    return ok({ ...v.value, file, alasan: opts.alasan, bytes, sha256, dihapus });
  } catch (err) {
    const g = galatDari(err);
    if (g) return { ok: false, error: g };
    const detail = err instanceof Error ? err.message : String(err);
    return gagal('cadangan-gagal', `Cadangan tidak dapat ditulis ke ${folder} (flashdisk penuh, dicabut, atau tidak boleh ditulisi?). Basis data tidak berubah.`, detail);
  } finally {
    fs.rmSync(tmp, { force: true });
  }
}

export interface OpsiPulih {
  readonly clock: Clock;
  /** Restore over a database of another election, or one that cannot be read to compare. */
  readonly paksa?: boolean;
  /** Who restores, for the audit row. */
  readonly oleh?: string;
}

export interface HasilPulih {
  readonly file: string;
  readonly dariCadangan: string;
  /** Where the database that was in place now is (never deleted), or null when there was none. */
  readonly disimpanSebagai: string | null;
  /** The backup as verified, before the restore's own audit row. */
  readonly cadangan: InfoCadangan;
  /** The audit head after the restore row. */
  readonly kepalaAudit: KepalaAudit;
}

/** What the database in place is, when it can be read. */
interface Terpasang {
  readonly paketSha256: string;
  readonly kepalaAudit: KepalaAudit | null;
}

function bacaTerpasang(file: string): Result<Terpasang> {
  try {
    const db = openDatabase(file, { create: false }); // also proves no other instance holds it
    try {
      return ok({ paketSha256: paketSha256(db), kepalaAudit: auditHead(db) });
    } finally {
      db.close();
    }
  } catch (err) {
    const g = galatDari(err);
    if (g) return { ok: false, error: g };
    return gagal('db-tidak-terbaca', `Berkas ${file} tidak dapat dibaca sebagai basis data.`, String(err));
  }
}

/** A free name beside `file` for the database that a restore replaces. */
function namaSisih(file: string, waktu: string): string {
  for (let i = 1; ; i++) {
    const f = `${file}.sebelum-pulih-${waktu}${i === 1 ? '' : `-${i}`}.bak`;
    if (![f, `${f}-wal`, `${f}-shm`].some((x) => fs.existsSync(x))) return f;
  }
}

/**
 * Restores `backupFile` as `targetFile`. The backup is verified first; the database now at `targetFile`
 * is kept aside (renamed `<target>.sebelum-pulih-<time>.bak`, never deleted); a backup of a different
 * election (another package SHA-256) or a target that cannot be read to compare is refused unless
 * `paksa`. The restored database gets one audit row `pulihkan-cadangan` that names the backup and the
 * file kept aside, so the restore itself is on the record; everything before it is the backup, unchanged.
 * Refused while another instance holds the target.
 */
export function restoreBackup(backupFile: string, targetFile: string, opts: OpsiPulih): Result<HasilPulih> {
  if (path.resolve(backupFile) === path.resolve(targetFile)) {
    return gagal('pemakaian-salah', 'Berkas cadangan dan basis data tujuan adalah berkas yang sama.', 'backup and target are the same file');
  }
  const dir = path.dirname(path.resolve(targetFile));
  if (!fs.existsSync(dir)) return gagal('folder-tidak-ada', `Folder ${dir} tidak ditemukan.`, `parent folder missing: ${dir}`);
  if (!fs.statSync(backupFile, { throwIfNoEntry: false })?.isFile()) {
    return gagal('cadangan-tidak-ada', `Berkas cadangan ${backupFile} tidak ditemukan.`, `not a file: ${backupFile}`);
  }
  // Everything below works on a copy beside the target: the backup (on its stick) is only ever read.
  const tmp = path.join(dir, `.${path.basename(targetFile)}.${process.pid}-${randomBytes(4).toString('hex')}.pulih`);
  try {
    return pulihkanSalinan(backupFile, tmp, targetFile, opts);
  } finally {
    // The working copy and what opening it made (-wal, -shm, and the copy a migration of an older backup
    // makes first, redundant here: the backup itself is that copy).
    for (const f of fs.readdirSync(dir)) if (f.startsWith(path.basename(tmp))) fs.rmSync(path.join(dir, f), { force: true });
  }
}

function pulihkanSalinan(backupFile: string, tmp: string, targetFile: string, opts: OpsiPulih): Result<HasilPulih> {
  try {
    fs.copyFileSync(backupFile, tmp, fs.constants.COPYFILE_EXCL);
    if (fs.existsSync(`${backupFile}-wal`)) fs.copyFileSync(`${backupFile}-wal`, `${tmp}-wal`, fs.constants.COPYFILE_EXCL);
  } catch (err) {
    return gagal('cadangan-tidak-terbaca', `Berkas cadangan ${backupFile} tidak dapat dibaca atau disalin ke ${path.dirname(tmp)}.`, String(err));
  }
  const cadangan = verifyBackup(tmp, backupFile);
  if (!cadangan.ok) return cadangan;
  const backupSha256 = sha256File(tmp);

  const ada = fs.existsSync(targetFile);
  let terpasang: Terpasang | null = null;
  if (ada) {
    const t = bacaTerpasang(targetFile);
    if (!t.ok && t.error.kode === 'db-sedang-dibuka') return t;
    if (!t.ok && !opts.paksa) {
      return gagal(
        'pulih-perlu-paksa',
        `Basis data ${targetFile} tidak dapat dibaca (${t.error.pesan}), sehingga pemilihannya tidak dapat dibandingkan dengan cadangan. Bila memang ingin menggantinya, ulangi dengan --paksa; berkas lama disimpan, tidak dihapus.`,
        t.error.detail,
      );
    }
    if (t.ok) {
      terpasang = t.value;
      if (t.value.paketSha256 !== cadangan.value.paketSha256 && !opts.paksa) {
        return gagal(
          'cadangan-pemilihan-lain',
          `Cadangan ${backupFile} berasal dari pemilihan lain (SHA-256 paket ${cadangan.value.paketSha256.slice(0, 12)}…, basis data ${t.value.paketSha256.slice(0, 12)}…). Basis data tidak diubah; ulangi dengan --paksa bila memang ini yang dimaksud.`,
          `package sha256 ${cadangan.value.paketSha256} != ${t.value.paketSha256}`,
        );
      }
    }
  }

  const waktu = capWaktu(opts.clock());
  const sisih = ada ? namaSisih(targetFile, waktu) : null;
  let dipindah: string[] = [];
  try {
    const db = openDatabase(tmp, { create: false }); // an older backup is migrated here, with its own copy
    let kepala: KepalaAudit;
    try {
      db.transaction(() => {
        appendAudit(
          db,
          {
            aktor: opts.oleh ?? 'operator',
            aksi: 'pulihkan-cadangan',
            entitas: 'pemilihan',
            rincian: {
              cadangan: path.basename(backupFile),
              cadangan_sha256: backupSha256,
              kepala_cadangan: cadangan.value.kepalaAudit?.hash ?? null,
              berkas_lama: sisih === null ? null : path.basename(sisih),
              kepala_lama: terpasang?.kepalaAudit?.hash ?? null,
              paket_lama: terpasang?.paketSha256 ?? null,
              paksa: opts.paksa === true,
            },
          },
          opts.clock,
        );
      })();
      kepala = auditHead(db)!;
    } finally {
      db.close(); // checkpoints: the restored file is whole without a -wal
    }
    fsyncBerkas(tmp);
    if (sisih !== null) {
      for (const suffix of ['', '-wal', '-shm']) {
        if (!fs.existsSync(`${targetFile}${suffix}`)) continue;
        fs.renameSync(`${targetFile}${suffix}`, `${sisih}${suffix}`);
        dipindah.push(suffix);
      }
    }
    if (fs.existsSync(targetFile)) throw new Error(`${targetFile} appeared during the restore`);
    fs.renameSync(tmp, targetFile);
    dipindah = [];
    fsyncFolder(path.dirname(tmp));
    return ok({ file: targetFile, dariCadangan: backupFile, disimpanSebagai: sisih, cadangan: cadangan.value, kepalaAudit: kepala });
  } catch (err) {
    // Put the old database back where it was if it had been moved already.
    for (const suffix of dipindah) if (sisih !== null && !fs.existsSync(`${targetFile}${suffix}`)) fs.renameSync(`${sisih}${suffix}`, `${targetFile}${suffix}`);
    const g = err instanceof DatabaseError ? err.toGalat() : null;
    const detail = g?.detail ?? (err instanceof Error ? err.message : String(err));
    return gagal('pulih-gagal', `Cadangan tidak dapat dipulihkan ke ${targetFile}${g ? `: ${g.pesan}` : ''}. Basis data yang ada tidak diubah.`, detail);
  }
}
