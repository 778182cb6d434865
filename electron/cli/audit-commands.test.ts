import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { folderUji, jamUji, PAKET_CONTOH } from '../testing/election-fixture';
import { openElectionDatabase } from '../services/election-service';
import { daftarkanHadirin } from '../services/kehadiran-service';
import { ubahPleno } from '../services/sidang-service';
import { jalankanCli, type KeluaranCli } from '../testing/cli-uji';

let dir: string;
let db: string;

const cli = (...argv: string[]): Promise<KeluaranCli> => jalankanCli(argv, () => new Date('2024-02-16T01:00:00.000Z'));

/** A tiny RFC 4180 reader, as a spreadsheet would read the file. */
function bacaCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let q = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (q) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') q = false;
      else cell += c;
    } else if (c === '"') q = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
}

beforeEach(async () => {
  dir = folderUji('pleno-audit-');
  db = path.join(dir, 'rekap.db');
  fs.writeFileSync(path.join(dir, 'paket.json'), JSON.stringify(PAKET_CONTOH));
  expect((await cli('init', '--db', db, '--paket', path.join(dir, 'paket.json'))).code).toBe(0);
  const d = openElectionDatabase(db);
  const clock = jamUji('2024-02-16T01:00:00.000Z');
  ubahPleno(d, { aksi: 'buka', tempat: 'Aula, "Kantor" Camat', ketua: 'Ahmad Fauzi' }, 'operator', clock);
  daftarkanHadirin(d, { nama: 'Budi', unsur: 'saksi', peserta: { jenis: 'PPWP', nomor: 1 }, nomorSurat: 'M-1' }, 'operator', clock);
  ubahPleno(d, { aksi: 'skors', alasan: 'Istirahat\nmakan siang' }, 'operator', clock);
  d.close();
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('audit', () => {
  it('--verify says the chain is intact, and names the first broken row after someone edits the file', async () => {
    expect(await cli('audit', '--db', db, '--verify')).toMatchObject({ code: 0, err: '', out: expect.stringMatching(/^Rantai audit utuh: 4 baris, hash terakhir [0-9a-f]{64}\.\n$/) });
    // A tamperer who drops the trigger and rewrites who opened the plenary.
    const raw = new Database(db);
    raw.exec("DROP TRIGGER audit_tanpa_ubah; UPDATE audit SET aktor = 'orang lain' WHERE id = 2");
    raw.close();
    expect(await cli('audit', '--db', db, '--verify')).toMatchObject({ code: 1, out: expect.stringMatching(/^Rantai audit RUSAK mulai baris id 2, 2024-02-16T01:00:01\.000Z, orang lain, pleno-buka, pleno:1\.\n$/) });
    expect(JSON.parse((await cli('audit', '--db', db, '--verify', '--json')).out)).toMatchObject({ utuh: false, rusak_mulai_id: 2, jumlah: 4 });
  });

  it('--export csv and json are readable without the app; the JSON carries the rule to check the chain independently', async () => {
    const csv = path.join(dir, 'keluar', 'audit.csv');
    expect(await cli('audit', '--db', db, '--export', 'csv', '--out', csv)).toMatchObject({ code: 0, out: `Log audit 4 baris diekspor ke ${csv} (csv).\n` });
    const rows = bacaCsv(fs.readFileSync(csv, 'utf8'));
    expect(rows[0]).toEqual(['id', 'waktu', 'aktor', 'aksi', 'entitas', 'rincian', 'hash_sebelumnya', 'hash']);
    expect(rows.map((r) => r[3])).toEqual(['aksi', 'buat-basis-data', 'pleno-buka', 'daftar-hadirin', 'pleno-skors']);
    expect(JSON.parse(rows[4]![5]!)).toMatchObject({ alasan: 'Istirahat\nmakan siang' });

    const js = path.join(dir, 'audit.json');
    expect((await cli('audit', '--db', db, '--export', 'json', '--out', js)).code).toBe(0);
    const doc = JSON.parse(fs.readFileSync(js, 'utf8')) as { utuh: boolean; aturan_hash: string; baris: { id: number; waktu: string; aktor: string; aksi: string; entitas: string; rincian: string; hash_sebelumnya: string; hash: string; rincian_json: unknown }[] };
    expect(doc).toMatchObject({ format: 'rekap-audit/1', utuh: true, jumlah: 4 });
    expect(doc.aturan_hash).toContain('SHA-256');
    // Checked the way a reader outside the app would, from the stated rule only.
    let prev = '0'.repeat(64);
    for (const r of doc.baris) {
      const kanonik = `{"aksi":${JSON.stringify(r.aksi)},"aktor":${JSON.stringify(r.aktor)},"entitas":${JSON.stringify(r.entitas)},"id":${r.id},"rincian":${JSON.stringify(r.rincian)},"waktu":${JSON.stringify(r.waktu)}}`;
      expect(r.hash_sebelumnya).toBe(prev);
      expect(createHash('sha256').update(prev).update(kanonik).digest('hex')).toBe(r.hash);
      prev = r.hash;
    }
    expect(doc.baris[1]!.rincian_json).toMatchObject({ ketua: 'Ahmad Fauzi', tempat: 'Aula, "Kantor" Camat' });
  });

  it('refuses a usage without --verify or --export, and an unknown format', async () => {
    expect(await cli('audit', '--db', db)).toMatchObject({ code: 2, err: expect.stringContaining('tulis --verify atau --export') });
    expect(await cli('audit', '--db', db, '--export', 'xml', '--out', 'x')).toMatchObject({ code: 2, err: expect.stringContaining('format "xml" tidak dikenal') });
  });
});
