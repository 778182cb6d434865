import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { databaseUji, jamUji, PAKET_CONTOH } from '../testing/election-fixture';
import { openElectionDatabase } from '../services/election-service';
import { eksporRekapHasil } from '../services/exchange-service';
import { saveTpsSheet } from '../services/results-service';
import { jalankanCli } from '../testing/cli-uji';

let file: string;
let dir: string;
const clock = jamUji();

beforeEach(() => {
  const u = databaseUji();
  ({ file, dir } = u);
  const r = saveTpsSheet(u.db, { kodeTps: '1101012001001', jenis: 'PPWP', nilai: { suara_1: 10, suara_2: 20, suara_3: 5, suara_sah: 35 }, sumber: 'c_hasil', oleh: 'uji' }, clock);
  if (!r.ok) throw new Error(r.error.pesan);
  u.db.close();
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

async function cli(...argv: string[]): Promise<{ kode: number; out: string; err: string }> {
  const r = await jalankanCli(argv, clock);
  return { kode: r.code, out: r.out, err: r.err };
}

describe('paket-saksi', () => {
  it('is refused until every desa of the ballot is disahkan, then writes one folder per saksi with PDF, CSV, export and fingerprint', async () => {
    const out = path.join(dir, 'saksi');
    const belum = await cli('paket-saksi', '--db', file, '--out', out, '--surat-suara', 'PPWP');
    expect(belum.kode).toBe(2);
    expect(belum.err).toContain('2 desa belum disahkan');

    const db = openElectionDatabase(file);
    const sahkan = db.prepare("INSERT INTO tinjauan (desa_kode, jenis, status, keputusan, waktu, oleh) VALUES (?, 'PPWP', 'disahkan', NULL, ?, 'ketua')");
    for (const d of PAKET_CONTOH.desa) sahkan.run(d.kode, clock().toISOString());
    const ekspor = eksporRekapHasil(db, 'PPWP');
    db.close();

    const r = await cli('paket-saksi', '--db', file, '--out', out, '--surat-suara', 'PPWP');
    expect(r.kode, r.err).toBe(0);
    expect(r.out).toContain(`3 folder saksi, sidik jari ${ekspor.sidik}`);
    const folders = fs.readdirSync(path.join(out, '110101-PPWP')).sort();
    expect(folders).toEqual(['saksi-01', 'saksi-02', 'saksi-03']);
    const isi = fs.readdirSync(path.join(out, '110101-PPWP', 'saksi-02')).sort();
    expect(isi).toEqual(['D.HASIL-KECAMATAN-110101-PPWP.csv', 'D.HASIL-KECAMATAN-110101-PPWP.pdf', 'SIDIK-JARI.txt', 'rekap-hasil-110101-PPWP.json']);
    expect(fs.readFileSync(path.join(out, '110101-PPWP', 'saksi-02', 'SIDIK-JARI.txt'), 'utf8')).toContain(`Sidik jari: ${ekspor.sidik}`);
    expect(fs.readFileSync(path.join(out, '110101-PPWP', 'saksi-02', 'rekap-hasil-110101-PPWP.json'), 'utf8')).toBe(ekspor.teks);
    expect(fs.readdirSync(out).filter((f) => f.startsWith('.cetak'))).toEqual([]);
  }, 60_000);
});
