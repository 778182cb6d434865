import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { berkasSirekap, folderUji, PAKET_CONTOH } from '../testing/election-fixture';
import { jalankanCli, type KeluaranCli } from '../testing/cli-uji';

const clock = (): Date => new Date('2024-02-20T08:00:00.000Z');
let dir: string;
let db: string;

const cli = (...argv: string[]): Promise<KeluaranCli> => jalankanCli(argv, clock);

beforeEach(async () => {
  dir = folderUji('pleno-cli-');
  db = path.join(dir, 'rekap.db');
  fs.writeFileSync(path.join(dir, 'paket.json'), JSON.stringify(PAKET_CONTOH));
  fs.mkdirSync(path.join(dir, 'sirekap'));
  fs.writeFileSync(path.join(dir, 'sirekap', '1101012001001.json'), berkasSirekap({ 100025: 10, 100026: 20, 100027: 5 }, { suara_sah: 35, suara_tidak_sah: 1, suara_total: 36 }));
  fs.writeFileSync(path.join(dir, 'sirekap', '1101012002001.json'), berkasSirekap({ 100025: 7, 100026: 8, 100027: 9 }, { suara_sah: 24 }));
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('runCli', () => {
  it('prints the usage for --help', async () => {
    const r = await cli('--help');
    expect(r).toMatchObject({ code: 0, err: '' });
    expect(r.out).toContain('init --db BERKAS --paket PAKET.json');
  });

  it('init, import-sirekap, recap, check: readable output and exit codes', async () => {
    const init = await cli('init', '--db', db, '--paket', path.join(dir, 'paket.json'), '--oleh', 'Ketua PPK');
    expect(init.code).toBe(0);
    expect(init.out).toMatch(/^Basis data .* dibuat: kecamatan 110101 BAKONGAN, 2 desa, 3 TPS, SHA-256 paket [0-9a-f]{64}\.\n$/);

    const imp = await cli('import-sirekap', '--db', db, path.join(dir, 'sirekap'));
    expect(imp).toMatchObject({ code: 0, err: '', out: 'Impor Sirekap: 2 berkas, 2 TPS, 10 nilai baru (PPWP), 32 nilai tidak berubah.\n' });

    const recap = await cli('recap', '--db', db, '--surat-suara', 'PPWP');
    expect(recap.code).toBe(0);
    expect(recap.out).toMatch(/JUMLAH\s+2\/3\s+17\s+28\s+14\s+59\s+1\s+36/);

    const ok = await cli('check', '--db', db);
    expect(ok).toMatchObject({ code: 0, out: 'Tidak ada temuan.\n' });

    const bad = await cli('save-tps', '--db', db, '--tps', '1101012002001', '--surat-suara', 'PPWP', '--json', 'suara_sah=25', 'suara_tidak_sah=');
    expect(bad.code).toBe(0);
    // An empty value on a cell never read from the C.Hasil is no change, so only suara_sah is written.
    expect(JSON.parse(bad.out)).toMatchObject({ kodeTps: '1101012002001', jenis: 'PPWP', c_hasil: { suara_sah: 25 }, efektif: { suara_1: 7, suara_sah: 25 } });

    const check = await cli('check', '--db', db, '--json');
    expect(check.code).toBe(1);
    expect(JSON.parse(check.out)).toEqual([
      { aturan: 'R4', keparahan: 'galat', surat_suara: 'PPWP', kode: '1101012002001', pesan: 'Jumlah suara paslon (24) tidak sama dengan suara sah (25)' },
    ]);
    const text = await cli('check', '--db', db);
    expect(text.code).toBe(1);
    expect(text.out).toContain('1 galat, 0 peringatan.');
  });

  it('recap --json is exactly one JSON document in the FORMATS.md shape', async () => {
    await cli('init', '--db', db, '--paket', path.join(dir, 'paket.json'));
    await cli('import-sirekap', '--db', db, path.join(dir, 'sirekap'));
    const r = await cli('recap', '--db', db, '--surat-suara', 'PPWP', '--json');
    const doc = JSON.parse(r.out);
    expect(doc).toMatchObject({ surat_suara: 'PPWP', tingkat: 'kecamatan', kode: '110101', nama: 'BAKONGAN', jumlah: { suara: { '1': 17, '2': 28, '3': 14 }, suara_sah: 59 } });
    expect(doc.unit[0]).toMatchObject({ kode: '1101012001', jumlah_tps: 2, jumlah_tps_terisi: 1, suara: { '1': 10, '2': 20, '3': 5 } });
  });

  it('print writes the real D.Hasil PDF into a new folder, on F4 unless --kertas A4', async () => {
    await cli('init', '--db', db, '--paket', path.join(dir, 'paket.json'));
    await cli('import-sirekap', '--db', db, path.join(dir, 'sirekap'));
    const out = path.join(dir, 'cetak', 'baru');
    const pdf = path.join(out, 'D.HASIL-KECAMATAN-110101-PPWP.pdf');
    const r = await cli('print', '--db', db, '--out', out);
    // One file per ballot of the package, in the official order.
    expect(r).toMatchObject({ code: 0, err: '', out: `${pdf}\n${path.join(out, 'D.HASIL-KECAMATAN-110101-DPD.pdf')}\n` });
    const size = (): string => /Page size:\s+([\d.]+ x [\d.]+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]!;
    expect(size()).toBe('935.433 x 609.449'); // F4 landscape (330 x 215 mm)
    expect(execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' })).toContain('KEUDE BAKONGAN');
    expect((await cli('print', '--db', db, '--out', out, '--kertas', 'A4')).code).toBe(0);
    expect(size()).toBe('841.89 x 595.276'); // A4 landscape
    const bad = await cli('print', '--db', db, '--out', out, '--kertas', 'Letter');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('--kertas');
  });
});
