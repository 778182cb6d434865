import fs from 'node:fs';
import { gagal, ok, type Clock, type Result } from '../../shared/domain/result';
import { backupDatabase, restoreBackup, SIMPAN_BAWAAN } from '../services/backup-service';
import { openElectionDatabase } from '../services/election-service';
import type { ArgumenCli } from './args';

// The `backup` and `restore` commands (issue 7), kept apart from run-cli.ts, which only dispatches to them.
// Each returns what to print on stdout, or the fault for stderr (exit code 2).

function opsi(a: ArgumenCli, key: string): string {
  const v = a.opsi.get(key);
  if (v === undefined) throw new Error(`option --${key} missing after parseArgs`);
  return v;
}

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** `backup --db FILE --out DIR [--keep N] [--json]`: a verified backup into DIR, keeping the last N manual ones. */
export function backupCmd(a: ArgumenCli, clock: Clock): Result<string> {
  const keepText = a.opsi.get('keep') ?? String(SIMPAN_BAWAAN);
  if (!/^\d{1,4}$/.test(keepText) || Number(keepText) < 1) {
    return gagal('pemakaian-salah', `--keep: tulis bilangan bulat 1 atau lebih, tertulis "${keepText}"`, 'bad --keep');
  }
  const file = opsi(a, 'db');
  const out = opsi(a, 'out');
  const db = openElectionDatabase(file);
  let r;
  try {
    fs.mkdirSync(out, { recursive: true });
    r = backupDatabase(db, file, out, { clock, alasan: 'manual', simpan: Number(keepText) });
  } finally {
    db.close();
  }
  if (!r.ok) return r;
  const v = r.value;
  if (a.bendera.has('json')) {
    return ok(json({ berkas: v.file, bytes: v.bytes, sha256: v.sha256, paket_sha256: v.paketSha256, kepala_audit: v.kepalaAudit, jumlah: v.jumlah, dihapus: v.dihapus }));
  }
  const rotasi = v.dihapus.length > 0 ? ` ${v.dihapus.length} cadangan lama dihapus (disimpan ${keepText} terakhir).` : '';
  return ok(`Cadangan ${v.file} dibuat dan diperiksa utuh: ${v.jumlah.nilai} nilai, ${v.jumlah.audit} catatan audit, SHA-256 ${v.sha256}.${rotasi}\n`);
}

/** `restore --db FILE --from BACKUP [--paksa] [--oleh NAMA] [--json]`. */
export function restoreCmd(a: ArgumenCli, clock: Clock): Result<string> {
  const file = opsi(a, 'db');
  const from = opsi(a, 'from');
  const r = restoreBackup(from, file, { clock, paksa: a.bendera.has('paksa'), oleh: a.opsi.get('oleh') ?? 'cli' });
  if (!r.ok) return r;
  const v = r.value;
  if (a.bendera.has('json')) {
    return ok(json({ berkas: v.file, dari_cadangan: v.dariCadangan, disimpan_sebagai: v.disimpanSebagai, kepala_audit_cadangan: v.cadangan.kepalaAudit, kepala_audit: v.kepalaAudit }));
  }
  const lama = v.disimpanSebagai === null ? '' : ` Basis data sebelumnya disimpan sebagai ${v.disimpanSebagai}.`;
  return ok(`Basis data ${v.file} dipulihkan dari ${v.dariCadangan}.${lama}\n`);
}
