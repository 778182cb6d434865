import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemo, DEFAULT_SEED } from '../../resources/demo/generate-demo';
import { folderUji, jamUji } from '../testing/election-fixture';
import { jalankanCli } from '../testing/cli-uji';

/**
 * The full chain of issue 6 on the demo data: two PPK databases (the demo kecamatan WANAJAYA 336901 and a
 * second kecamatan 336902 of the same kabupaten, generated with another seed) -> exports -> kabupaten
 * import -> the kabupaten recap equals the sum of the two; a tampered export is refused.
 */

let dir: string;
const clock = jamUji();

async function cli(...argv: string[]): Promise<{ kode: number; out: string; err: string }> {
  const r = await jalankanCli(argv, clock);
  return { kode: r.code, out: r.out, err: r.err };
}

/** Writes a demo kecamatan (package and PPWP Sirekap files), its codes moved from 336901 to `kode`. */
function tulisKecamatan(seed: number, kode: string, nama: string): { paket: string; sirekap: string } {
  const demo = generateDemo(seed);
  // One kabupaten, one election: every kecamatan has the ballots of the first (the seed varies the candidates).
  const paketDemo = { ...demo.paket, surat_suara: generateDemo(DEFAULT_SEED).paket.surat_suara };
  const ganti = (t: string): string => t.replaceAll('336901', kode).replaceAll('"WANAJAYA"', `"${nama}"`);
  const d = path.join(dir, kode);
  fs.mkdirSync(path.join(d, 'sirekap'), { recursive: true });
  const paket = path.join(d, 'paket.json');
  fs.writeFileSync(paket, ganti(JSON.stringify(paketDemo)));
  for (const [tps, file] of demo.sirekap) fs.writeFileSync(path.join(d, 'sirekap', `${ganti(tps)}.json`), ganti(JSON.stringify(file)));
  return { paket, sirekap: path.join(d, 'sirekap') };
}

type Recap = { unit: { kode: string; suara: Record<string, number>; suara_sah: number }[]; jumlah: { suara: Record<string, number>; suara_sah: number; suara_total: number } };

beforeAll(() => {
  dir = folderUji('pleno-rantai-');
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('PPK -> export -> KPU kabupaten', () => {
  it('recaps the kabupaten as the sum of two kecamatan exports and refuses a tampered one', async () => {
    const kecamatan = [
      { kode: '336901', nama: 'WANAJAYA', seed: DEFAULT_SEED },
      { kode: '336902', nama: 'SUKAJAYA', seed: DEFAULT_SEED + 7 },
    ];
    const ekspor: string[] = [];
    const recaps: Recap[] = [];
    for (const k of kecamatan) {
      const f = tulisKecamatan(k.seed, k.kode, k.nama);
      const db = path.join(dir, `${k.kode}.rekap`);
      expect((await cli('init', '--db', db, '--paket', f.paket)).kode).toBe(0);
      expect((await cli('import-sirekap', '--db', db, f.sirekap)).kode).toBe(0);
      const out = path.join(dir, `${k.kode}.rekap-hasil.json`);
      const e = await cli('export', '--db', db, '--out', out);
      expect(e.kode, e.err).toBe(0);
      expect(e.out).toMatch(/Sidik jari: [0-9A-F]{4}(-[0-9A-F]{4}){3}/);
      // Same data, same bytes.
      const lagi = path.join(dir, `${k.kode}.lagi.json`);
      await cli('export', '--db', db, '--out', lagi);
      expect(fs.readFileSync(lagi, 'utf8')).toBe(fs.readFileSync(out, 'utf8'));
      const v = await cli('verify', out);
      expect(v.kode).toBe(0);
      expect(v.out).toContain('UTUH');
      ekspor.push(out);
      recaps.push(JSON.parse((await cli('recap', '--db', db, '--surat-suara', 'PPWP', '--json')).out) as Recap);
    }

    const demo = generateDemo(DEFAULT_SEED).paket;
    const paketKab = path.join(dir, 'paket-kabupaten.json');
    fs.writeFileSync(
      paketKab,
      JSON.stringify({
        format: demo.format,
        pemilihan: demo.pemilihan,
        tingkat: 'kabupaten',
        wilayah: { provinsi: demo.wilayah.provinsi, kabupaten: demo.wilayah.kabupaten },
        kecamatan: kecamatan.map((k) => ({ kode: k.kode, nama: k.nama })),
        surat_suara: demo.surat_suara,
      }),
    );
    const kab = path.join(dir, 'kabupaten.rekap');
    const init = await cli('init', '--db', kab, '--paket', paketKab);
    expect(init.kode, init.err).toBe(0);
    expect(init.out).toContain('2 kecamatan');

    // One digit changed in the first export: verify says so (exit 1), the import refuses it.
    const teks = fs.readFileSync(ekspor[0]!, 'utf8');
    const m = /"nilai":\[(\d)(\d*),/.exec(teks)!;
    const digit = m[1] === '9' ? '8' : String(Number(m[1]) + 1);
    const rusak = path.join(dir, 'rusak.json');
    fs.writeFileSync(rusak, teks.replace(m[0], `"nilai":[${digit}${m[2]},`));
    const vr = await cli('verify', rusak);
    expect(vr.kode).toBe(1);
    expect(vr.out).toContain('RUSAK');
    const ir = await cli('import-hasil', '--db', kab, rusak);
    expect(ir.kode).toBe(2);
    expect(ir.err).toContain('telah diubah');

    // The paper's fingerprint must match the file's.
    const salahSidik = await cli('import-hasil', '--db', kab, '--sidik', '0000-0000-0000-0000', ekspor[0]!);
    expect(salahSidik.kode).toBe(2);
    expect(salahSidik.err).toContain('tidak cocok');
    const sidik = /Sidik jari: (\S+)/.exec((await cli('verify', ekspor[0]!)).out)![1]!;
    for (const [i, e] of ekspor.entries()) {
      const r = i === 0 ? await cli('import-hasil', '--db', kab, '--sidik', sidik.toLowerCase(), e) : await cli('import-hasil', '--db', kab, e);
      expect(r.kode, r.err).toBe(0);
      expect(r.out).toContain('diimpor');
    }

    const rk = await cli('recap', '--db', kab, '--surat-suara', 'PPWP', '--json');
    expect(rk.kode, rk.err).toBe(0);
    const kabRecap = JSON.parse(rk.out) as Recap;
    expect(kabRecap.unit.map((u) => u.kode)).toEqual(['336901', '336902']);
    for (const nomor of ['1', '2', '3']) {
      expect(kabRecap.jumlah.suara[nomor]).toBe(recaps[0]!.jumlah.suara[nomor]! + recaps[1]!.jumlah.suara[nomor]!);
    }
    expect(kabRecap.jumlah.suara_sah).toBe(recaps[0]!.jumlah.suara_sah + recaps[1]!.jumlah.suara_sah);
    expect(kabRecap.jumlah.suara_total).toBe(recaps[0]!.jumlah.suara_total + recaps[1]!.jumlah.suara_total);
    expect(kabRecap.jumlah.suara['1']).toBeGreaterThan(0);

    // Validation at kabupaten level: the unit rules on each kecamatan's total (the demo's planted faults show).
    const ck = await cli('check', '--db', kab);
    expect(ck.kode).toBe(1);
    expect(ck.out).toMatch(/R4 +PPWP +336901/);

    // D.Hasil Kabupaten/Kota: one column per kecamatan, each naming its export's fingerprint, and the total.
    const cetak = await cli('print', '--db', kab, '--out', path.join(dir, 'cetak-kab'));
    expect(cetak.kode, cetak.err).toBe(0);
    const pdf = cetak.out.split('\n').find((f) => f.endsWith('D.HASIL-KABUPATEN-3369-PPWP.pdf'))!;
    const teksPdf = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    expect(teksPdf).toContain('WANAJAYA');
    expect(teksPdf).toContain('SUKAJAYA');
    expect(teksPdf).toContain(sidik);
    expect(teksPdf).toContain(new Intl.NumberFormat('id-ID').format(kabRecap.jumlah.suara['1']!));
    expect(teksPdf).toContain('Sidik jari ekspor');
  }, 120_000);
});
