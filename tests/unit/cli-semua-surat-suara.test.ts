// The command line over every ballot of the demo election: recap, check and print per jenis, recap --json checked
// against its JSON Schema (resources/schema/recap.schema.json).
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPaths } from '../../resources/demo/demo-files';
import { jalankanCli, type KeluaranCli } from '../../electron/testing/cli-uji';
import { folderUji } from '../../electron/testing/election-fixture';

const root = path.resolve(import.meta.dirname, '../..');
const demo = demoPaths(path.join(root, 'resources'));
const clock = (): Date => new Date('2024-02-20T08:00:00.000Z');
const ajv = new Ajv2020({ strict: true, strictTypes: false, strictRequired: false, allErrors: true });
const validate = ajv.compile(JSON.parse(fs.readFileSync(path.join(root, 'resources', 'schema', 'recap.schema.json'), 'utf8')));

let dir: string;
let db: string;

const cli = (...argv: string[]): Promise<KeluaranCli> => jalankanCli(argv, clock);

beforeAll(async () => {
  dir = folderUji('pleno-cli-semua-');
  db = path.join(dir, 'demo.rekap');
  expect((await cli('init', '--db', db, '--paket', demo.paket)).code).toBe(0);
  const imp = await cli('import-sirekap', '--db', db, '--json', demo.sirekapDir, demo.sirekapLegislatifDir);
  expect(imp.code).toBe(0);
  expect(JSON.parse(imp.out)).toMatchObject({ berkas: 725, tps: 145, surat_suara: ['PPWP', 'DPR', 'DPD', 'DPRD_PROV', 'DPRD_KABKO'] });
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('the command line on every ballot', () => {
  it('recap --json gives each ballot in its documented shape, valid against the JSON Schema', async () => {
    for (const jenis of ['PPWP', 'DPR', 'DPD', 'DPRD_PROV', 'DPRD_KABKO']) {
      const r = await cli('recap', '--db', db, '--surat-suara', jenis, '--json');
      expect(r.code, jenis).toBe(0);
      const json = JSON.parse(r.out) as Record<string, unknown>;
      expect(validate(json), `${jenis} ${JSON.stringify(validate.errors)}`).toBe(true);
      expect(json['surat_suara']).toBe(jenis);
    }
    const dpr = JSON.parse((await cli('recap', '--db', db, '--surat-suara', 'DPR', '--json')).out) as {
      dapil: unknown;
      jumlah: { suara: Record<string, number>; suara_partai: Record<string, number>; calon: Record<string, Record<string, number>>; suara_sah: number };
    };
    expect(dpr.dapil).toEqual({ kode: '3311', nama: 'JAWA TENGAH XI', kursi: 8 });
    expect(Object.keys(dpr.jumlah.suara)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12', '13', '14', '15', '16', '17', '24']);
    // B = A.1 + sum A.2 per party except where a fault is planted; the parties' B add up to suara sah.
    const selisih = Object.keys(dpr.jumlah.suara).filter((n) => dpr.jumlah.suara[n] !== dpr.jumlah.suara_partai[n]! + Object.values(dpr.jumlah.calon[n]!).reduce((a, b) => a + b, 0));
    expect(selisih).toHaveLength(1);
    expect(Object.values(dpr.jumlah.suara).reduce((a, b) => a + b, 0)).toBe(dpr.jumlah.suara_sah);
    // The PPWP document keeps exactly its keys.
    const ppwp = JSON.parse((await cli('recap', '--db', db, '--surat-suara', 'PPWP', '--json')).out) as Record<string, unknown>;
    expect(Object.keys(ppwp)).toEqual(['surat_suara', 'tingkat', 'kode', 'nama', 'unit', 'jumlah']);
  });

  it('recap prints a readable table for a party ballot', async () => {
    const r = await cli('recap', '--db', db, '--surat-suara', 'DPRD_KABKO');
    expect(r.code).toBe(0);
    expect(r.out).toContain('Kecamatan 336901 WANAJAYA · Dapil 336903 SUKAMAJU 3');
    expect(r.out).toMatch(/^03 PARTAI DEMOKRASI INDONESIA PERJUANGAN \(B\)\s+[\d.]+/m);
  });

  it('check --surat-suara lists one ballot, exit 1 on a galat; an unknown or absent ballot is a usage fault', async () => {
    const prov = await cli('check', '--db', db, '--surat-suara', 'DPRD_PROV', '--json');
    expect(prov.code).toBe(1);
    expect(JSON.parse(prov.out)).toEqual([
      expect.objectContaining({ aturan: 'R5', surat_suara: 'DPRD_PROV', kode: '3369012003003' }),
      expect.objectContaining({ aturan: 'R5', surat_suara: 'DPRD_PROV', kode: '3369012003003' }),
    ]);
    const kab = await cli('check', '--db', db, '--surat-suara', 'DPRD_KABKO', '--json');
    expect(kab.code).toBe(0);
    expect(JSON.parse(kab.out)).toEqual([expect.objectContaining({ aturan: 'R15', keparahan: 'peringatan', kode: '3369012007007' })]);
    const all = JSON.parse((await cli('check', '--db', db, '--json')).out) as { surat_suara: string }[];
    expect([...new Set(all.map((t) => t.surat_suara))]).toEqual(['PPWP', 'DPR', 'DPD', 'DPRD_PROV', 'DPRD_KABKO']);
    expect(await cli('check', '--db', db, '--surat-suara', 'BUPATI')).toMatchObject({ code: 2, out: '' });
    expect((await cli('check', '--db', db, '--surat-suara', 'DPRD')).err).toContain('--surat-suara: jenis tidak dikenal "DPRD"');
  });

  it('print --surat-suara writes that ballot only', async () => {
    const out = path.join(dir, 'cetak');
    const r = await cli('print', '--db', db, '--out', out, '--surat-suara', 'DPD');
    expect(r).toMatchObject({ code: 0, err: '', out: `${path.join(out, 'D.HASIL-KECAMATAN-336901-DPD.pdf')}\n` });
    expect(execFileSync('pdftotext', ['-l', '1', path.join(out, 'D.HASIL-KECAMATAN-336901-DPD.pdf'), '-'], { encoding: 'utf8' })).toContain('ANGGOTA DEWAN PERWAKILAN DAERAH');
  });
});
