import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jalankanCli, type KeluaranCli } from '../../electron/testing/cli-uji';
import { berkasMentah, FIXTURE, paketKecamatan, wilayahJson } from './kepulauan-seribu';

// The real Pilpres 2024 data of Kab. Kepulauan Seribu (88 TPS in two kecamatan) through the command line:
// init + import-sirekap per kecamatan, then recap and check, compared with sums computed here from the
// raw files themselves.

const KECAMATAN = ['310101', '310102'] as const;
const clock = (): Date => new Date('2024-02-20T08:00:00.000Z');
let dir: string;
const db: Record<string, string> = {};
const waktuMs: Record<string, number> = {};

const cli = (argv: string[]): Promise<KeluaranCli> => jalankanCli(argv, clock);

interface RecapJson {
  unit: { kode: string; nama: string; jumlah_tps: number; jumlah_tps_terisi: number; suara: Record<string, number>; suara_sah: number }[];
  jumlah: { suara: Record<string, number>; suara_sah: number };
}

async function recapJson(kec: string): Promise<RecapJson> {
  const r = await cli(['recap', '--db', db[kec]!, '--surat-suara', 'PPWP', '--json']);
  expect(r.code).toBe(0);
  expect(r.err).toBe('');
  return JSON.parse(r.out) as RecapJson;
}

/** Participant nomor -> sum of the chart values of the given raw files. */
function jumlahChart(files: ReturnType<typeof berkasMentah>): Record<string, number> {
  const idKeNomor = new Map(wilayahJson().paslon.map((p) => [p.sirekap_id, String(p.nomor)]));
  const out: Record<string, number> = {};
  for (const nomor of idKeNomor.values()) out[nomor] = 0;
  for (const f of files) {
    for (const [id, v] of Object.entries(f.chart)) {
      if (id === 'null' || v === null) continue;
      const nomor = idKeNomor.get(id)!;
      out[nomor] = out[nomor]! + v;
    }
  }
  return out;
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pleno-real-'));
  for (const kec of KECAMATAN) {
    const paket = path.join(dir, `paket-${kec}.json`);
    fs.writeFileSync(paket, JSON.stringify(paketKecamatan(kec), null, 2));
    db[kec] = path.join(dir, `rekap-${kec}.db`);
    const t0 = performance.now();
    const init = await cli(['init', '--db', db[kec]!, '--paket', paket]);
    expect(init).toMatchObject({ code: 0, err: '' });
    const imp = await cli(['import-sirekap', '--db', db[kec]!, '--json', path.join(FIXTURE, kec)]);
    waktuMs[kec] = performance.now() - t0;
    expect(imp.err).toBe('');
    expect(imp.code).toBe(0);
    expect(JSON.parse(imp.out)).toMatchObject({ berkas: berkasMentah(kec).length, tps: berkasMentah(kec).length });
  }
});

afterAll(() => {
  const total = KECAMATAN.reduce((n, k) => n + waktuMs[k]!, 0);
  console.log(`init + import-sirekap of the real files: ${KECAMATAN.map((k) => `${k} ${waktuMs[k]!.toFixed(0)} ms`).join(', ')}; total ${total.toFixed(0)} ms`);
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('real data: Kepulauan Seribu, Pilpres 2024', () => {
  it('has the 88 files of the README (53 + 35)', () => {
    expect(berkasMentah('310101')).toHaveLength(53);
    expect(berkasMentah('310102')).toHaveLength(35);
  });

  it('recaps the kabupaten to 01 = 7,043 and 02 = 8,972 (the figures KPU showed)', async () => {
    const sums = { '1': 0, '2': 0, '3': 0 } as Record<string, number>;
    for (const kec of KECAMATAN) {
      const r = await recapJson(kec);
      for (const [nomor, v] of Object.entries(r.jumlah.suara)) sums[nomor] = (sums[nomor] ?? 0) + v;
    }
    expect(sums['1']).toBe(7043);
    expect(sums['2']).toBe(8972);
    expect(sums['3']).toBe(jumlahChart([...berkasMentah('310101'), ...berkasMentah('310102')])['3']);
  });

  it.each(KECAMATAN)('kecamatan %s: every participant total equals the raw files, per kecamatan and per kelurahan', async (kec) => {
    const r = await recapJson(kec);
    const files = berkasMentah(kec);
    expect(r.jumlah.suara).toEqual(jumlahChart(files));
    // suara_sah is summed on its own (it differs from the votes where a TPS is inconsistent).
    expect(r.jumlah.suara_sah).toBe(files.reduce((n, f) => n + (f.administrasi['suara_sah'] ?? 0), 0));
    const kecWilayah = wilayahJson().kecamatan.find((k) => k.kode === kec)!;
    expect(r.unit.map((u) => u.kode)).toEqual(kecWilayah.desa.map((d) => d.kode));
    for (const u of r.unit) {
      const diDesa = files.filter((f) => f.kodeTps.startsWith(u.kode));
      expect(u.jumlah_tps).toBe(kecWilayah.desa.find((d) => d.kode === u.kode)!.tps.length);
      expect(u.jumlah_tps_terisi).toBe(diDesa.length);
      expect(u.suara).toEqual(jumlahChart(diDesa));
    }
  });

  it('check flags 3101011002903 with R4 only: 58 + 46 + 55 = 159 votes against suara sah 115', async () => {
    // Its other numbers agree: 115 + 6 = 121 = suara_total = pengguna_total_j (R3, R7, R8 hold),
    // pengguna 87 + 34 + 0 = 121 (R2), no paslon above 115 (R13), pengguna DPT 87 <= DPT 168 (R9).
    const r = await cli(['check', '--db', db['310101']!, '--json']);
    expect(r.code).toBe(1);
    const temuan = JSON.parse(r.out) as { aturan: string; keparahan: string; surat_suara: string; kode: string; pesan: string }[];
    expect(temuan.every((t) => Object.keys(t).sort().join() === 'aturan,keparahan,kode,pesan,surat_suara')).toBe(true);
    expect(temuan.filter((t) => t.kode === '3101011002903')).toEqual([
      { aturan: 'R4', keparahan: 'galat', surat_suara: 'PPWP', kode: '3101011002903', pesan: 'Jumlah suara paslon (159) tidak sama dengan suara sah (115)' },
    ]);
  });

  it('check flags 3101021003001 with R4, R7, R8 and R13: DPT and pengguna read as 0, 226 votes against 222 sah', async () => {
    // 85 + 123 + 18 = 226 != suara_sah 222 (R4); pengguna_total_j 0 != suara_total 225 (R7);
    // 225 > pengguna 0 (R8); suara_sah 222 > pengguna 0 (R13). R3 holds (222 + 3 = 225), R1/R2/R9 hold on zeros,
    // and no paslon exceeds 222.
    const r = await cli(['check', '--db', db['310102']!, '--json']);
    expect(r.code).toBe(1);
    const temuan = JSON.parse(r.out) as { aturan: string; kode: string; pesan: string }[];
    const t = temuan.filter((x) => x.kode === '3101021003001');
    expect(t.map((x) => x.aturan)).toEqual(['R4', 'R7', 'R8', 'R13']);
    expect(t.map((x) => x.pesan)).toEqual([
      'Jumlah suara paslon (226) tidak sama dengan suara sah (222)',
      'Pengguna hak pilih (0) dan jumlah suara sah dan tidak sah (225) harus sama',
      'Jumlah suara sah dan tidak sah (225) melebihi pengguna hak pilih (0)',
      'Suara sah (222) melebihi pengguna hak pilih (0)',
    ]);
  });

  it('re-importing the same files writes nothing new', async () => {
    const r = await cli(['import-sirekap', '--db', db['310101']!, '--json', path.join(FIXTURE, '310101')]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ berkas: 53, nilai_baru: 0, impor_id: null });
  });
});
