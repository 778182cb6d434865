import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../db/migrations/index';
import { openDatabase } from '../db/open-database';
import { berkasSirekap, databaseUji, folderUji, jamUji, PAKET_CONTOH } from '../testing/election-fixture';
import { auditHead, listAudit, verifyAuditChain } from './audit-service';
import { backupDatabase, capWaktu, listBackups, restoreBackup, verifyBackup } from './backup-service';
import { openElectionDatabase } from './election-service';
import { saveTpsSheet } from './results-service';
import { importSirekapFiles } from './sirekap-import-service';

const dirs: string[] = [];
afterEach(() => {
  while (dirs.length) fs.rmSync(dirs.pop()!, { recursive: true, force: true });
});

function folder(): string {
  const d = folderUji('pleno-cadangan-');
  dirs.push(d);
  return d;
}

/** A recap database with Sirekap values and C.Hasil saves; returns it open. */
function siapkan(clock = jamUji()): ReturnType<typeof databaseUji> {
  const made = databaseUji(PAKET_CONTOH, clock);
  dirs.push(made.dir);
  const sir = path.join(made.dir, 'sirekap');
  fs.mkdirSync(sir);
  fs.writeFileSync(path.join(sir, '1101012001001.json'), berkasSirekap({ 100025: 40, 100026: 120, 100027: 33 }, { suara_sah: 193 }));
  fs.writeFileSync(path.join(sir, '1101012002001.json'), berkasSirekap({ 100025: 80, 100026: 20, 100027: 5 }, null));
  const imp = importSirekapFiles(made.db, [sir], clock);
  if (!imp.ok) throw new Error(imp.error.pesan);
  simpan(made.db, '1101012001001', 41, clock);
  return made;
}

function simpan(db: Database.Database, kodeTps: string, suara1: number, clock = jamUji('2024-02-21T08:00:00.000Z')): void {
  const r = saveTpsSheet(db, { kodeTps, jenis: 'PPWP', nilai: { suara_1: suara1 }, sumber: 'c_hasil', oleh: 'Operator' }, clock);
  if (!r.ok) throw new Error(r.error.pesan);
}

const TABEL = ['pemilihan', 'wilayah', 'tps', 'surat_suara', 'peserta', 'impor', 'nilai', 'audit'] as const;

/** Every row of every table, in key order: what "the same database" means here. */
function isi(file: string): Record<string, unknown[]> {
  const db = new Database(file, { readonly: true });
  try {
    const out: Record<string, unknown[]> = {};
    for (const t of TABEL) out[t] = db.prepare(`SELECT * FROM ${t} ORDER BY 1, 2`).all();
    return out;
  } finally {
    db.close();
  }
}

function sha256(file: string): string {
  return createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

describe('backupDatabase', () => {
  it('writes a verified copy named after the database, time and reason, equal to the database row for row', () => {
    const { db, file } = siapkan();
    const out = folder();
    const before = listAudit(db);
    const r = backupDatabase(db, file, out, { clock: () => new Date('2024-02-20T08:15:30.123Z'), alasan: 'buka-sesi' });
    if (!r.ok) throw new Error(r.error.pesan);
    expect(path.basename(r.value.file)).toBe('rekap-20240220-081530Z-buka-sesi.cadangan');
    expect(fs.readdirSync(out)).toEqual(['rekap-20240220-081530Z-buka-sesi.cadangan']); // no temporary left
    expect(r.value.sha256).toBe(sha256(r.value.file));
    expect(r.value.bytes).toBe(fs.statSync(r.value.file).size);
    expect(r.value.kepalaAudit).toEqual(auditHead(db));
    expect(r.value.dihapus).toEqual([]);
    // The database was only read; the backup holds exactly its rows, including what is still in its WAL.
    expect(listAudit(db)).toEqual(before);
    db.close();
    expect(isi(r.value.file)).toEqual(isi(file));
    const v = verifyBackup(r.value.file);
    expect(v).toMatchObject({ ok: true, value: { versiSkema: SCHEMA_VERSION, paketSha256: r.value.paketSha256, jumlah: { impor: 1 } } });
  });

  it('rotates: keeps the last N backups of each reason, never touches other files in the folder', () => {
    const { db, file } = siapkan();
    const out = folder();
    fs.writeFileSync(path.join(out, 'catatan.txt'), 'milik operator');
    fs.writeFileSync(path.join(out, 'rekap-lain-20240101-000000Z-berkala.cadangan'), 'database lain');
    const clock = jamUji('2024-02-20T09:00:00.000Z');
    const setuju = backupDatabase(db, file, out, { clock, alasan: 'persetujuan', simpan: 3 });
    expect(setuju.ok).toBe(true);
    const dibuat: string[] = [];
    for (let i = 0; i < 5; i++) {
      simpan(db, '1101012001002', 10 + i);
      const r = backupDatabase(db, file, out, { clock, alasan: 'berkala', simpan: 3 });
      if (!r.ok) throw new Error(r.error.pesan);
      dibuat.push(r.value.file);
      expect(r.value.dihapus).toEqual(i < 3 ? [] : [dibuat[i - 3]]);
    }
    expect(listBackups(out, file).map((b) => b.file)).toEqual([setuju.ok ? setuju.value.file : '', ...dibuat.slice(2)]);
    expect(fs.readdirSync(out).sort()).toEqual(
      ['catatan.txt', 'rekap-lain-20240101-000000Z-berkala.cadangan', path.basename(setuju.ok ? setuju.value.file : ''), ...dibuat.slice(2).map((f) => path.basename(f))].sort(),
    );
    db.close();
  });

  it('numbers backups made within the same second instead of overwriting', () => {
    const { db, file } = siapkan();
    const out = folder();
    const clock = (): Date => new Date('2024-02-20T10:00:00.000Z');
    const a = backupDatabase(db, file, out, { clock, alasan: 'manual' });
    const b = backupDatabase(db, file, out, { clock, alasan: 'manual' });
    expect([a, b].map((r) => (r.ok ? path.basename(r.value.file) : r.error.pesan))).toEqual([
      'rekap-20240220-100000Z-manual.cadangan',
      'rekap-20240220-100000Z-2-manual.cadangan',
    ]);
    expect(listBackups(out, file).map((x) => x.urut)).toEqual([1, 2]);
    db.close();
  });

  it('reports a missing folder (the stick pulled out) as a value and writes nothing', () => {
    const { db, file, dir } = siapkan();
    const hilang = path.join(dir, 'flashdisk-dicabut');
    expect(backupDatabase(db, file, hilang, { clock: jamUji(), alasan: 'berkala' })).toMatchObject({
      ok: false,
      error: { kode: 'folder-cadangan-tidak-ada', pesan: `Folder cadangan ${hilang} tidak ditemukan. Pasang kembali flashdisk atau pilih folder cadangan lain.` },
    });
    const bukanFolder = path.join(dir, 'berkas.txt');
    fs.writeFileSync(bukanFolder, 'x');
    expect(backupDatabase(db, file, bukanFolder, { clock: jamUji(), alasan: 'berkala' })).toMatchObject({ ok: false, error: { kode: 'folder-cadangan-tidak-ada' } });
    db.close();
  });

  it('reports a database that cannot be backed up (closed connection) as a value, leaving no temporary file', () => {
    const { db, file } = siapkan();
    db.close();
    const out = folder();
    expect(backupDatabase(db, file, out, { clock: jamUji(), alasan: 'manual' })).toMatchObject({ ok: false, error: { kode: 'cadangan-gagal' } });
    expect(fs.readdirSync(out)).toEqual([]);
  });

  it('formats the time in UTC, sortable', () => {
    expect(capWaktu(new Date('2024-02-20T01:02:03.999Z'))).toBe('20240220-010203Z');
  });
});

describe('verifyBackup', () => {
  function cadangan(): { file: string; backup: string } {
    const { db, file } = siapkan();
    const r = backupDatabase(db, file, folder(), { clock: jamUji(), alasan: 'manual' });
    db.close();
    if (!r.ok) throw new Error(r.error.pesan);
    return { file, backup: r.value.file };
  }

  it('refuses a backup whose audit log was rewritten, without changing it', () => {
    const { backup } = cadangan();
    const raw = new Database(backup);
    raw.exec('DROP TRIGGER audit_tanpa_ubah');
    raw.prepare("UPDATE audit SET aktor = 'orang lain' WHERE id = 2").run();
    raw.close();
    const before = sha256(backup);
    expect(verifyBackup(backup)).toMatchObject({ ok: false, error: { kode: 'cadangan-tidak-sah', pesan: `Cadangan ${backup} tidak dapat dipakai: rantai log audit putus di catatan 2.` } });
    expect(sha256(backup)).toBe(before);
  });

  it('refuses a damaged, a foreign, a newer and a missing backup', () => {
    const { backup } = cadangan();
    const bytes = fs.readFileSync(backup);
    const rusak = Buffer.from(bytes.subarray(0, bytes.length - 4096));
    fs.writeFileSync(`${backup}.potong`, rusak);
    expect(verifyBackup(`${backup}.potong`)).toMatchObject({ ok: false, error: { kode: 'cadangan-tidak-sah' } });
    fs.writeFileSync(`${backup}.teks`, 'bukan basis data');
    expect(verifyBackup(`${backup}.teks`)).toMatchObject({ ok: false, error: { kode: 'cadangan-tidak-sah' } });
    fs.copyFileSync(backup, `${backup}.baru`);
    const raw = new Database(`${backup}.baru`);
    raw.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    raw.close();
    expect(verifyBackup(`${backup}.baru`)).toMatchObject({ ok: false, error: { pesan: expect.stringContaining(`versi skema ${SCHEMA_VERSION + 1} tidak dikenal`) } });
    expect(verifyBackup(`${backup}.tidak-ada`)).toMatchObject({ ok: false, error: { kode: 'cadangan-tidak-ada' } });
  });
});

describe('restoreBackup', () => {
  it('restores and compares: the same rows, the same audit chain up to the backup head, then one restore row; the replaced file kept aside', () => {
    const { db, file } = siapkan();
    const r = backupDatabase(db, file, folder(), { clock: jamUji(), alasan: 'persetujuan' });
    if (!r.ok) throw new Error(r.error.pesan);
    const diCadangan = isi(r.value.file);
    // Work after the backup, then the disaster: the operator restores the approved state.
    simpan(db, '1101012002001', 99);
    const kepalaSebelum = auditHead(db)!;
    db.close();
    const sebelumPulih = isi(file);

    const p = restoreBackup(r.value.file, file, { clock: () => new Date('2024-02-21T12:00:00.000Z'), oleh: 'Ketua PPK' });
    if (!p.ok) throw new Error(p.error.pesan);
    expect(p.value.disimpanSebagai).toBe(`${file}.sebelum-pulih-20240221-120000Z.bak`);

    const sesudah = isi(file);
    for (const t of TABEL) if (t !== 'audit') expect(sesudah[t], t).toEqual(diCadangan[t]);
    const audit = sesudah['audit'] as { id: number; aksi: string; aktor: string; rincian: string; hash_sebelumnya: string; hash: string }[];
    expect(audit.slice(0, -1)).toEqual(diCadangan['audit']);
    const baris = audit[audit.length - 1]!;
    expect(baris).toMatchObject({ aksi: 'pulihkan-cadangan', aktor: 'Ketua PPK', hash_sebelumnya: r.value.kepalaAudit!.hash, hash: p.value.kepalaAudit.hash });
    expect(JSON.parse(baris.rincian)).toEqual({
      berkas_lama: path.basename(p.value.disimpanSebagai!),
      cadangan: path.basename(r.value.file),
      cadangan_sha256: sha256(r.value.file),
      kepala_cadangan: r.value.kepalaAudit!.hash,
      kepala_lama: kepalaSebelum.hash,
      paket_lama: r.value.paketSha256,
      paksa: false,
    });

    // The restored database opens as the app opens it and its chain verifies; the old one is whole aside.
    const again = openElectionDatabase(file);
    expect(verifyAuditChain(again)).toBeNull();
    again.close();
    expect(fs.readdirSync(path.dirname(file)).sort()).toEqual(['rekap.db', path.basename(p.value.disimpanSebagai!), 'sirekap']);
    expect(isi(p.value.disimpanSebagai!)).toEqual(sebelumPulih);
  });

  it('refuses a backup of another election unless forced, and then keeps the other database aside', () => {
    const { db, file } = siapkan();
    const r = backupDatabase(db, file, folder(), { clock: jamUji(), alasan: 'manual' });
    db.close();
    if (!r.ok) throw new Error(r.error.pesan);
    const lain = databaseUji({ ...PAKET_CONTOH, pemilihan: { ...PAKET_CONTOH.pemilihan, nama: 'Pemilihan Lain' } });
    dirs.push(lain.dir);
    lain.db.close();
    const before = sha256(lain.file);
    const refused = restoreBackup(r.value.file, lain.file, { clock: jamUji() });
    expect(refused).toMatchObject({ ok: false, error: { kode: 'cadangan-pemilihan-lain', pesan: expect.stringContaining('berasal dari pemilihan lain') } });
    expect(sha256(lain.file)).toBe(before);
    expect(fs.readdirSync(lain.dir)).toEqual(['rekap.db']);

    const forced = restoreBackup(r.value.file, lain.file, { clock: jamUji(), paksa: true });
    if (!forced.ok) throw new Error(forced.error.pesan);
    expect(sha256(forced.value.disimpanSebagai!)).toBe(before);
    const db2 = openElectionDatabase(lain.file);
    expect(listAudit(db2).at(-1)).toMatchObject({ aksi: 'pulihkan-cadangan' });
    expect(JSON.parse(listAudit(db2).at(-1)!.rincian)).toMatchObject({ paksa: true });
    db2.close();
  });

  it('refuses while another instance holds the database, changing nothing', () => {
    const { db, file } = siapkan();
    const r = backupDatabase(db, file, folder(), { clock: jamUji(), alasan: 'manual' });
    if (!r.ok) throw new Error(r.error.pesan);
    const p = restoreBackup(r.value.file, file, { clock: jamUji(), paksa: true });
    expect(p).toMatchObject({ ok: false, error: { kode: 'db-sedang-dibuka' } });
    expect(fs.readdirSync(path.dirname(file)).sort()).toEqual(['rekap.db', 'rekap.db-wal', 'sirekap']);
    db.close();
  });

  it('replaces a damaged database only when forced, keeping the damaged file aside byte for byte', () => {
    const { db, file } = siapkan();
    const r = backupDatabase(db, file, folder(), { clock: jamUji(), alasan: 'manual' });
    db.close();
    if (!r.ok) throw new Error(r.error.pesan);
    const bytes = fs.readFileSync(file);
    fs.writeFileSync(file, bytes.subarray(0, 4096 * 2)); // truncated: what a pulled-out stick may leave
    const damaged = sha256(file);
    expect(restoreBackup(r.value.file, file, { clock: jamUji() })).toMatchObject({
      ok: false,
      error: { kode: 'pulih-perlu-paksa', pesan: expect.stringContaining('ulangi dengan --paksa; berkas lama disimpan, tidak dihapus') },
    });
    expect(sha256(file)).toBe(damaged);
    const p = restoreBackup(r.value.file, file, { clock: jamUji(), paksa: true });
    if (!p.ok) throw new Error(p.error.pesan);
    expect(sha256(p.value.disimpanSebagai!)).toBe(damaged);
    openElectionDatabase(file).close();
  });

  it('restores into a place where no database is yet, and refuses a bad backup without touching the target', () => {
    const { db, file, dir } = siapkan();
    const r = backupDatabase(db, file, folder(), { clock: jamUji(), alasan: 'manual' });
    db.close();
    if (!r.ok) throw new Error(r.error.pesan);
    const baru = path.join(dir, 'baru.rekap');
    const p = restoreBackup(r.value.file, baru, { clock: jamUji() });
    expect(p).toMatchObject({ ok: true, value: { disimpanSebagai: null, file: baru } });

    const rusak = path.join(dir, 'rusak.cadangan');
    fs.writeFileSync(rusak, fs.readFileSync(r.value.file).subarray(0, 8192));
    const before = sha256(file);
    expect(restoreBackup(rusak, file, { clock: jamUji(), paksa: true })).toMatchObject({ ok: false, error: { kode: 'cadangan-tidak-sah' } });
    expect(sha256(file)).toBe(before);
    expect(restoreBackup(file, file, { clock: jamUji() })).toMatchObject({ ok: false });
  });

  it('keeps the backup itself unchanged by a restore', () => {
    const { db, file } = siapkan();
    const r = backupDatabase(db, file, folder(), { clock: jamUji(), alasan: 'manual' });
    db.close();
    if (!r.ok) throw new Error(r.error.pesan);
    const before = sha256(r.value.file);
    expect(restoreBackup(r.value.file, file, { clock: jamUji() }).ok).toBe(true);
    expect(sha256(r.value.file)).toBe(before);
    expect(fs.readdirSync(path.dirname(r.value.file))).toEqual([path.basename(r.value.file)]);
    // A restored database is an ordinary one: it can be opened for work and backed up again.
    const db2 = openDatabase(file, { create: false });
    simpan(db2, '1101012001002', 5);
    db2.close();
  });

  it('undoes a restore from the file kept aside (a WAL-mode database), reading it without leaving files beside it', () => {
    const { db, file } = siapkan();
    const r = backupDatabase(db, file, folder(), { clock: jamUji(), alasan: 'manual' });
    simpan(db, '1101012002001', 77);
    db.close();
    if (!r.ok) throw new Error(r.error.pesan);
    const sebelum = isi(file);
    const p = restoreBackup(r.value.file, file, { clock: () => new Date('2024-02-21T12:00:00.000Z') });
    if (!p.ok) throw new Error(p.error.pesan);
    const aside = p.value.disimpanSebagai!;
    const bytes = sha256(aside);
    const undo = restoreBackup(aside, file, { clock: () => new Date('2024-02-21T12:05:00.000Z') });
    if (!undo.ok) throw new Error(undo.error.pesan);
    expect(sha256(aside)).toBe(bytes);
    expect(fs.readdirSync(path.dirname(file)).sort()).toEqual(['rekap.db', path.basename(aside), path.basename(undo.value.disimpanSebagai!), 'sirekap'].sort());
    const now = isi(file);
    expect(now['nilai']).toEqual(sebelum['nilai']);
    expect((now['audit'] as unknown[]).slice(0, -1)).toEqual(sebelum['audit']);
  });
});
