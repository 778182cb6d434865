import fs from 'node:fs';
import path from 'node:path';
import { gagal, ok, type Result } from '../../shared/domain/result';
import { listAudit, verifyAuditChain, type BarisAudit } from '../services/audit-service';
import { openElectionDatabase } from '../services/election-service';
import type { ArgumenCli } from './args';

// The `audit` command (issue 5): verify the hash chain, or export it as CSV or JSON that Bawaslu can read
// and check without the app. Returns what to print and the exit code (0 intact, 1 broken chain).

/** How each row's hash is made, written into every export so anyone can check the chain with other tools. */
export const ATURAN_HASH =
  'hash = SHA-256 (hex) dari teks hash_sebelumnya diikuti JSON kanonik {id, waktu, aktor, aksi, entitas, rincian} ' +
  '(kunci diurutkan, tanpa spasi; rincian sebagai teks seperti tersimpan). Baris pertama: hash_sebelumnya = 64 angka nol.';

const KOLOM = ['id', 'waktu', 'aktor', 'aksi', 'entitas', 'rincian', 'hash_sebelumnya', 'hash'] as const;

function selCsv(v: string | number): string {
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** RFC 4180 CSV (UTF-8, CRLF line ends, header row) of the audit rows. */
export function auditKeCsv(rows: readonly BarisAudit[]): string {
  const lines = [KOLOM.join(','), ...rows.map((r) => KOLOM.map((k) => selCsv(r[k])).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}

/** JSON export: the hash rule, whether the chain is intact, and every row with its detail parsed. */
export function auditKeJson(rows: readonly BarisAudit[], rusakPada: number | null): string {
  return `${JSON.stringify(
    {
      format: 'rekap-audit/1',
      aturan_hash: ATURAN_HASH,
      utuh: rusakPada === null,
      rusak_mulai_id: rusakPada,
      jumlah: rows.length,
      kepala: rows[rows.length - 1]?.hash ?? null,
      baris: rows.map((r) => ({ ...r, rincian_json: JSON.parse(r.rincian) as unknown })),
    },
    null,
    2,
  )}\n`;
}

function uraiBaris(r: BarisAudit | undefined): string {
  return r ? `id ${r.id}, ${r.waktu}, ${r.aktor}, ${r.aksi}, ${r.entitas}` : '';
}

/** `audit --db FILE (--verify | --export csv|json --out FILE) [--json]`. */
export function auditCmd(a: ArgumenCli): Result<{ readonly stdout: string; readonly kode: 0 | 1 }> {
  const file = a.opsi.get('db');
  if (file === undefined) throw new Error('option --db missing after parseArgs');
  const verify = a.bendera.has('verify');
  const format = a.opsi.get('export');
  const out = a.opsi.get('out');
  if (verify === (format !== undefined)) return gagal('pemakaian-salah', 'audit: tulis --verify atau --export csv|json --out BERKAS', 'audit needs exactly one of --verify, --export');
  if (format !== undefined && format !== 'csv' && format !== 'json') return gagal('pemakaian-salah', `audit --export: format "${format}" tidak dikenal (csv atau json)`, 'bad format');
  if (format !== undefined && out === undefined) return gagal('pemakaian-salah', 'audit --export: opsi --out wajib ditulis', 'no --out');
  const db = openElectionDatabase(file);
  let rows: BarisAudit[];
  let rusak: number | null;
  try {
    rusak = verifyAuditChain(db);
    rows = listAudit(db);
  } finally {
    db.close();
  }
  const kode = rusak === null ? 0 : 1;
  if (format !== undefined && out !== undefined) {
    fs.mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
    fs.writeFileSync(out, format === 'csv' ? auditKeCsv(rows) : auditKeJson(rows, rusak));
    const pesan = rusak === null ? '' : ` PERINGATAN: rantai rusak mulai id ${rusak}.`;
    return ok({ stdout: `Log audit ${rows.length} baris diekspor ke ${out} (${format}).${pesan}\n`, kode });
  }
  if (a.bendera.has('json')) {
    return ok({ stdout: `${JSON.stringify({ utuh: rusak === null, rusak_mulai_id: rusak, jumlah: rows.length, kepala: rows[rows.length - 1]?.hash ?? null }, null, 2)}\n`, kode });
  }
  if (rusak === null) return ok({ stdout: `Rantai audit utuh: ${rows.length} baris, hash terakhir ${rows[rows.length - 1]?.hash ?? '-'}.\n`, kode });
  return ok({ stdout: `Rantai audit RUSAK mulai baris ${uraiBaris(rows.find((r) => r.id === rusak)) || `id ${rusak}`}.\n`, kode });
}
