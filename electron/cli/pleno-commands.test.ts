import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openElectionDatabase } from '../services/election-service';
import { folderUji, jamUji, PAKET_CONTOH } from '../testing/election-fixture';
import { jalankanPleno } from '../testing/pleno-scenario';
import { jalankanCli, type KeluaranCli } from '../testing/cli-uji';

let dir: string;

const cli = (...argv: string[]): Promise<KeluaranCli> => jalankanCli(argv, () => new Date('2024-02-20T12:00:00.000Z'));

beforeEach(() => {
  dir = folderUji('pleno-cli-cetak-');
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('print-pleno', () => {
  it('writes the plenary documents and every ballot D.Hasil with the plenary signatories', async () => {
    const db = path.join(dir, 'rekap.db');
    fs.writeFileSync(path.join(dir, 'paket.json'), JSON.stringify(PAKET_CONTOH));
    expect((await cli('init', '--db', db, '--paket', path.join(dir, 'paket.json'))).code).toBe(0);
    const d = openElectionDatabase(db);
    jalankanPleno(d, jamUji('2024-02-20T02:00:00.000Z'));
    d.close();
    const out = path.join(dir, 'cetak');
    const r = await cli('print-pleno', '--db', db, '--out', out);
    expect(r).toMatchObject({ code: 0, err: '' });
    expect(r.out.trim().split('\n').map((f) => path.basename(f))).toEqual([
      'BA-PLENO-110101.pdf',
      'DAFTAR-HADIR-110101.pdf',
      'D.KEJADIAN-KHUSUS-110101.pdf',
      'LAMPIRAN-PEMBETULAN-110101.pdf',
      'D.HASIL-KECAMATAN-110101-PPWP.pdf',
      'D.HASIL-KECAMATAN-110101-DPD.pdf',
    ]);
    const dhasil = execFileSync('pdftotext', [path.join(out, 'D.HASIL-KECAMATAN-110101-PPWP.pdf'), '-'], { encoding: 'utf8' });
    expect(dhasil).toContain('Ahmad Fauzi');
    expect(dhasil).toContain('Budi Santoso');
    expect(await cli('print-pleno', '--db', db, '--out', out, '--kertas', 'B5')).toMatchObject({ code: 2, err: expect.stringContaining('--kertas') });
  });
});
