// Crash safety (issue 7, part 1): a writer process (electron/testing/crash-writer.ts, the real services) is
// killed with SIGKILL at seeded random points, round after round on the same database. After each kill the
// database is reopened as the app opens it, and: every transaction the writer reported committed is there,
// no transaction is there in part (each is a recognisable group), integrity_check is ok, the audit chain
// verifies. SIGKILL tests what a process crash leaves; a power cut additionally relies on synchronous=FULL
// (checked at open, see open-database.test.ts and resources/docs/keandalan-dan-keamanan.md).
import type Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../services/audit-service';
import { openElectionDatabase } from '../services/election-service';
import { recap } from '../services/recap-service';
import { jalankanSkrip, perBaris, tungguSelesai } from '../testing/child-process';
import { databaseUji } from '../testing/election-fixture';
import { mulberry32 } from '../../shared/util/mulberry32';

const RONDE = 20;
const SEED = 7001;

let dir: string;
let file: string;
beforeAll(() => {
  const made = databaseUji();
  made.db.close();
  dir = made.dir;
  file = made.file;
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});


interface Ronde {
  readonly dilaporkan: readonly string[];
  readonly selesai: boolean;
}

/** Runs the writer and kills it right after it reports its `bunuhSetelah`-th commit (0: right after opening). */
async function jalankanRonde(round: number, seed: number, bunuhSetelah: number): Promise<Ronde> {
  const child = jalankanSkrip('crash-writer.ts', [file, path.join(dir, 'kerja'), String(round), String(seed), '60']);
  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (c: string) => (stderr += c));
  const dilaporkan: string[] = [];
  let selesai = false;
  perBaris(child, (line) => {
    if (line === 'selesai') selesai = true;
    else if (line !== 'siap') dilaporkan.push(line.split(' ')[0]!);
    if ((line === 'siap' && bunuhSetelah === 0) || (line !== 'siap' && dilaporkan.length === bunuhSetelah)) child.kill('SIGKILL');
  });
  const end = await tungguSelesai(child);
  if (end.signal !== 'SIGKILL' && end.code !== 0) throw new Error(`writer failed (${end.code}): ${stderr}`);
  return { dilaporkan, selesai };
}

interface Temuan {
  readonly transaksi: ReadonlySet<string>;
  readonly nilai: number;
}

/** Checks every group is whole or absent; returns the transaction ids present and the number of values. */
function periksaKelompok(db: Database.Database): Temuan {
  const transaksi = new Set<string>();
  const tag = (aktor: string): string => aktor.slice('uji:'.length);

  // C.Hasil saves: exactly the changes their audit row lists, and no values without an audit row.
  const simpan = db.prepare("SELECT aktor, rincian FROM audit WHERE aksi = 'simpan-c-hasil' AND aktor LIKE 'uji:%'").all() as { aktor: string; rincian: string }[];
  const perNilai = db.prepare("SELECT tps_kode AS tps, jenis, baris, nilai FROM nilai WHERE sumber = 'c_hasil' AND oleh = ? ORDER BY baris");
  for (const s of simpan) {
    const r = JSON.parse(s.rincian) as { tps: string; jenis: string; perubahan: { baris: string; ke: number }[] };
    const ada = perNilai.all(s.aktor);
    const diharapkan = r.perubahan.map((p) => ({ tps: r.tps, jenis: r.jenis, baris: p.baris, nilai: p.ke })).sort((a, b) => (a.baris < b.baris ? -1 : 1));
    expect(ada, `values of ${s.aktor}`).toEqual(diharapkan);
    expect(ada.length).toBeGreaterThan(0);
    transaksi.add(tag(s.aktor));
  }
  const yatim = db
    .prepare("SELECT DISTINCT oleh FROM nilai WHERE sumber = 'c_hasil' AND oleh LIKE 'uji:%' AND oleh NOT IN (SELECT aktor FROM audit WHERE aksi = 'simpan-c-hasil')")
    .all();
  expect(yatim, 'C.Hasil values without their audit row').toEqual([]);

  // Sirekap imports: the impor row, as many values as it says, and its audit row; nothing without the others.
  const impor = db.prepare("SELECT id, oleh, jumlah_nilai FROM impor WHERE oleh LIKE 'uji:%'").all() as { id: number; oleh: string; jumlah_nilai: number }[];
  for (const i of impor) {
    expect(db.prepare('SELECT count(*) AS n FROM nilai WHERE impor_id = ?').get(i.id), `values of import ${i.id}`).toEqual({ n: i.jumlah_nilai });
    expect(db.prepare("SELECT count(*) AS n FROM audit WHERE aksi = 'impor-sirekap' AND entitas = ? AND aktor = ?").get(`impor:${i.id}`, i.oleh)).toEqual({ n: 1 });
    transaksi.add(tag(i.oleh));
  }
  expect(db.prepare("SELECT count(*) AS n FROM audit WHERE aksi = 'impor-sirekap' AND aktor LIKE 'uji:%'").get()).toEqual({ n: impor.length });
  expect(db.prepare("SELECT count(*) AS n FROM nilai WHERE sumber = 'sirekap' AND oleh LIKE 'uji:%' AND impor_id IS NULL").get()).toEqual({ n: 0 });

  // Objections: each raised one has its audit row; each step its audit row; an accepted one its correction
  // (the koreksi version of the cell and the koreksi row); nothing of one transaction without the rest.
  const keberatan = db.prepare("SELECT id, oleh FROM keberatan WHERE oleh LIKE 'uji:%'").all() as { id: number; oleh: string }[];
  const auditDari = db.prepare('SELECT count(*) AS n FROM audit WHERE aksi = ? AND entitas = ? AND aktor = ?');
  for (const k of keberatan) {
    expect(auditDari.get('ajukan-keberatan', `keberatan:${k.id}`, k.oleh), `audit of ${k.oleh}`).toEqual({ n: 1 });
    transaksi.add(tag(k.oleh));
  }
  expect(db.prepare("SELECT count(*) AS n FROM audit WHERE aksi = 'ajukan-keberatan' AND aktor LIKE 'uji:%'").get()).toEqual({ n: keberatan.length });
  const langkah = db.prepare("SELECT keberatan_id AS k, langkah, oleh FROM keberatan_langkah WHERE oleh LIKE 'uji:%'").all() as { k: number; langkah: string; oleh: string }[];
  for (const l of langkah) {
    expect(auditDari.get(`keberatan-${l.langkah}`, `keberatan:${l.k}`, l.oleh), `audit of ${l.oleh}`).toEqual({ n: 1 });
    if (l.langkah === 'diterima') {
      const kor = db.prepare("SELECT count(*) AS n FROM koreksi JOIN nilai ON nilai.id = koreksi.nilai_id WHERE koreksi.keberatan_id = ? AND nilai.sumber = 'koreksi'").get(l.k);
      expect(kor, `correction of ${l.oleh}`).toEqual({ n: 1 });
    }
    transaksi.add(tag(l.oleh));
  }
  const koreksiTanpaLangkah = db
    .prepare("SELECT count(*) AS n FROM koreksi WHERE keberatan_id NOT IN (SELECT keberatan_id FROM keberatan_langkah WHERE langkah = 'diterima')")
    .get();
  expect(koreksiTanpaLangkah, 'corrections without their acceptance').toEqual({ n: 0 });
  const nilai = (db.prepare("SELECT count(*) AS n FROM nilai WHERE oleh LIKE 'uji:%'").get() as { n: number }).n;
  return { transaksi, nilai };
}

/**
 * The transaction ids that can follow the last one reported in a round (crash-writer.ts numbers its work
 * `<round>-<i>`, an objection's three transactions `<round>-<i>a`, `b`, `c`).
 */
function berikutnya(round: number, terakhir: string | undefined): string[] {
  if (terakhir === undefined) return [`${round}-0`, `${round}-0a`];
  const m = /^\d+-(\d+)([abc]?)$/.exec(terakhir);
  if (!m) throw new Error(`unexpected transaction id ${terakhir}`);
  const i = Number(m[1]);
  if (m[2] === 'a') return [`${round}-${i}b`];
  if (m[2] === 'b') return [`${round}-${i}c`];
  return [`${round}-${i + 1}`, `${round}-${i + 1}a`];
}

describe('crash safety', () => {
  it(`keeps every committed transaction and no partial one across ${RONDE} SIGKILLs of a writer at random points`, async () => {
    const rand = mulberry32(SEED);
    let selesaiTanpaDibunuh = 0;
    let terlaporTotal = 0;
    let nilai = 0;
    for (let round = 1; round <= RONDE; round++) {
      const bunuhSetelah = Math.floor(rand() * 40); // 0..39 commits, then SIGKILL
      const r = await jalankanRonde(round, Math.floor(rand() * 2 ** 31), bunuhSetelah);
      if (r.selesai) selesaiTanpaDibunuh++;
      terlaporTotal += r.dilaporkan.length;

      // Reopen as the app does (recovering the WAL the killed writer left) and check.
      const db = openElectionDatabase(file);
      try {
        expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
        expect(db.pragma('foreign_key_check')).toEqual([]);
        expect(verifyAuditChain(db)).toBeNull();
        const t = periksaKelompok(db);
        nilai = t.nilai;
        for (const id of r.dilaporkan) expect(t.transaksi.has(id), `committed transaction ${id} missing after the kill`).toBe(true);
        // At most one more of this round: committed, but killed before it could say so.
        const lebih = [...t.transaksi].filter((id) => id.startsWith(`${round}-`) && !r.dilaporkan.includes(id));
        const boleh = berikutnya(round, r.dilaporkan.at(-1));
        expect(lebih.length <= 1 && lebih.every((id) => boleh.includes(id)), `unreported: ${lebih.join(', ')}`).toBe(true);
        expect(() => recap(db, 'PPWP')).not.toThrow();
      } finally {
        db.close();
      }
    }
    expect(selesaiTanpaDibunuh).toBe(0);
    // The run did raise and accept objections (corrections) between the kills, not only plain saves.
    const db = openElectionDatabase(file);
    try {
      expect((db.prepare("SELECT count(*) AS n FROM koreksi").get() as { n: number }).n).toBeGreaterThan(10);
    } finally {
      db.close();
    }
    // Measured, printed for the report: how much was written and killed.
    console.log(`crash safety: ${RONDE} SIGKILL rounds, ${terlaporTotal} committed transactions reported, ${nilai} values written by the writer`);
    expect(terlaporTotal).toBeGreaterThan(100);
    expect(nilai).toBeGreaterThan(500);
  }, 240_000);
});
