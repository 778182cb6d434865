/* eslint-disable @typescript-eslint/no-explicit-any -- the tests break a real file one field at a time */
import { describe, expect, it } from 'vitest';
import type { Paket } from '../domain/election';
import { jenisDariJalur, parseSirekap, SIREKAP_BATAS_BYTE } from './parse-sirekap';

// shared/ is pure (no node:fs even in tests), so two real files of fixtures/real/3101-kepulauan-seribu are
// copied here verbatim; tests/unit/sirekap-real-files.test.ts parses all 88 from disk.
const REAL_1001001 =
  '{"chart": {"100025": 83, "100026": 107, "100027": 38, "null": null}, "images": ["https://sirekap-obj-formc.kpu.go.id/2851/pemilu/ppwp/31/01/01/10/01/3101011001001-20240214-205639--4f9bafd8-1602-4579-9588-bf8bf3d6c285.jpg"], "administrasi": {"suara_sah": 228, "suara_total": 233, "pemilih_dpt_j": 292, "pemilih_dpt_l": 147, "pemilih_dpt_p": 145, "pengguna_dpt_j": 232, "pengguna_dpt_l": 107, "pengguna_dpt_p": 125, "pengguna_dptb_j": 1, "pengguna_dptb_l": 0, "pengguna_dptb_p": 1, "suara_tidak_sah": 5, "pengguna_total_j": 233, "pengguna_total_l": 107, "pengguna_total_p": 126, "pengguna_non_dpt_j": 0, "pengguna_non_dpt_l": 0, "pengguna_non_dpt_p": 0}, "psu": null, "ts": "2024-02-20 14:00:00", "status_suara": true, "status_adm": true}';
const REAL_1002903 =
  '{"chart": {"100025": 58, "100026": 46, "100027": 55, "null": null}, "images": [], "administrasi": {"suara_sah": 115, "suara_total": 121, "pemilih_dpt_j": 168, "pemilih_dpt_l": 168, "pemilih_dpt_p": 0, "pengguna_dpt_j": 87, "pengguna_dpt_l": 87, "pengguna_dpt_p": 0, "pengguna_dptb_j": 34, "pengguna_dptb_l": 34, "pengguna_dptb_p": 0, "suara_tidak_sah": 6, "pengguna_total_j": 121, "pengguna_total_l": 121, "pengguna_total_p": 0, "pengguna_non_dpt_j": 0, "pengguna_non_dpt_l": 0, "pengguna_non_dpt_p": 0}, "psu": null, "ts": "2024-02-21 12:00:00", "status_suara": true, "status_adm": true}';

const paket: Paket = {
  format: 'rekap-paket/1',
  pemilihan: { nama: 'Pemilihan Umum Tahun 2024', jenis: 'pemilu', tanggal: '2024-02-14' },
  tingkat: 'kecamatan',
  wilayah: {
    provinsi: { kode: '31', nama: 'DKI JAKARTA' },
    kabupaten: { kode: '3101', nama: 'ADM. KEP. SERIBU' },
    kecamatan: { kode: '310101', nama: 'KEPULAUAN SERIBU UTARA' },
  },
  desa: [
    { kode: '3101011001', nama: 'PULAU PANGGANG', tps: [{ kode: '3101011001001', nomor: 1 }] },
    { kode: '3101011002', nama: 'PULAU KELAPA', tps: [{ kode: '3101011002903', nomor: 903 }] },
  ],
  surat_suara: [
    {
      jenis: 'PPWP',
      peserta: [
        { nomor: 1, nama: 'ANIES - MUHAIMIN', sirekap_id: '100025' },
        { nomor: 2, nama: 'PRABOWO - GIBRAN', sirekap_id: '100026' },
        { nomor: 3, nama: 'GANJAR - MAHFUD', sirekap_id: '100027' },
      ],
    },
  ],
};

function tolakan(nama: string, teks: string, p: Paket = paket): string {
  const r = parseSirekap(nama, teks, p);
  if (r.ok) throw new Error('expected a refusal');
  expect(r.error.kode).toBe('berkas-sirekap-tidak-valid');
  return r.error.pesan;
}

/** The real file of TPS 001 with one change. */
function ubah(f: (d: any) => void): string {
  const d = JSON.parse(REAL_1001001);
  f(d);
  return JSON.stringify(d);
}

describe('parseSirekap', () => {
  it('maps a real file to a C.Hasil sheet: chart by sirekap_id, non_dpt to DPK', () => {
    const r = parseSirekap('310101/3101011001001.json', REAL_1001001, paket);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.kodeTps).toBe('3101011001001');
    expect(r.value.jenis).toBe('PPWP');
    expect(r.value.lembar).toEqual({
      suara_1: 83, suara_2: 107, suara_3: 38,
      pemilih_dpt_l: 147, pemilih_dpt_p: 145, pemilih_dpt_j: 292,
      pengguna_dpt_l: 107, pengguna_dpt_p: 125, pengguna_dpt_j: 232,
      pengguna_dptb_l: 0, pengguna_dptb_p: 1, pengguna_dptb_j: 1,
      pengguna_dpk_l: 0, pengguna_dpk_p: 0, pengguna_dpk_j: 0,
      pengguna_total_l: 107, pengguna_total_p: 126, pengguna_total_j: 233,
      suara_sah: 228, suara_tidak_sah: 5, suara_total: 233,
    });
  });

  it('keeps an inconsistent real file as it is (validation flags it, import does not fix it)', () => {
    const r = parseSirekap('3101011002903.json', REAL_1002903, paket);
    expect(r.ok && r.value.lembar).toMatchObject({ suara_1: 58, suara_2: 46, suara_3: 55, suara_sah: 115 });
  });

  it('keeps a misread above 999 (R12 flags it) and nulls as not read', () => {
    const r = parseSirekap('3101011001001.json', ubah((d) => {
      d.chart['100027'] = 1833;
      d.administrasi.suara_sah = null;
      delete d.administrasi.suara_total;
    }), paket);
    expect(r.ok && r.value.lembar).toMatchObject({ suara_3: 1833, suara_sah: null, suara_total: null });
  });

  it('reads null chart and administrasi as nothing read yet', () => {
    const r = parseSirekap('3101011001001.json', '{"chart": null, "administrasi": null}', paket);
    expect(r.ok).toBe(true);
    if (r.ok) expect(Object.values(r.value.lembar).every((v) => v === null)).toBe(true);
  });

  it.each<[string, string, string, string]>([
    ['a name that is not a TPS code', 'hasil-tps-1.json', REAL_1001001, 'hasil-tps-1.json: nama berkas harus <kode TPS 13 digit>.json'],
    ['a TPS that is not in the package', 'data/3101021003001.json', REAL_1001001, 'data/3101021003001.json: TPS 3101021003001 tidak ada dalam paket kecamatan 310101 KEPULAUAN SERIBU UTARA'],
    ['text that is not JSON', '3101011001001.json', '<html>502 Bad Gateway</html>', '3101011001001.json: bukan JSON yang sah ('],
    ['a JSON array', '3101011001001.json', '[]', '3101011001001.json: harus objek JSON {...}, tertulis []'],
    ['a missing chart', '3101011001001.json', '{"administrasi": null}', '3101011001001.json: chart: wajib ada, tidak ditemukan'],
    ['a chart list', '3101011001001.json', '{"chart": [1,2,3], "administrasi": null}', '3101011001001.json: chart: harus objek JSON {...} atau null, tertulis [1,2,3]'],
    ['a string vote', '3101011001001.json', ubah((d) => (d.chart['100026'] = '107')), '3101011001001.json: chart.100026: harus bilangan bulat 0 atau lebih, atau null; tertulis "107"'],
    ['a negative vote', '3101011001001.json', ubah((d) => (d.chart['100025'] = -1)), '3101011001001.json: chart.100025: harus bilangan bulat 0 atau lebih, atau null; tertulis -1'],
    ['a fractional vote', '3101011001001.json', ubah((d) => (d.chart['100025'] = 8.5)), '3101011001001.json: chart.100025: harus bilangan bulat 0 atau lebih, atau null; tertulis 8.5'],
    ['an unknown participant', '3101011001001.json', ubah((d) => (d.chart['100099'] = 4)), '3101011001001.json: chart.100099: bukan sirekap_id peserta surat suara PPWP dalam paket (100025, 100026, 100027)'],
    ['a missing administrasi', '3101011001001.json', '{"chart": null}', '3101011001001.json: administrasi: wajib ada, tidak ditemukan'],
    ['administrasi as text', '3101011001001.json', ubah((d) => (d.administrasi = 'n/a')), '3101011001001.json: administrasi: harus objek JSON {...} atau null, tertulis "n/a"'],
    ['a string admin field', '3101011001001.json', ubah((d) => (d.administrasi.pengguna_non_dpt_l = '0')), '3101011001001.json: administrasi.pengguna_non_dpt_l: harus bilangan bulat 0 atau lebih, atau null; tertulis "0"'],
    ['a negative admin field', '3101011001001.json', ubah((d) => (d.administrasi.suara_sah = -228)), '3101011001001.json: administrasi.suara_sah: harus bilangan bulat 0 atau lebih, atau null; tertulis -228'],
    ['a boolean admin field', '3101011001001.json', ubah((d) => (d.administrasi.suara_total = true)), '3101011001001.json: administrasi.suara_total: harus bilangan bulat 0 atau lebih, atau null; tertulis true'],
  ])('refuses %s, naming file and field', (_what, nama, teks, expected) => {
    expect(tolakan(nama, teks)).toContain(expected);
  });

  it('refuses a file larger than 1 MiB', () => {
    const big = `{"chart": null, "administrasi": null, "pad": "${'x'.repeat(SIREKAP_BATAS_BYTE)}"}`;
    expect(tolakan('3101011001001.json', big)).toBe('3101011001001.json: berkas lebih besar dari 1 MiB');
  });

  it('refuses a file when the package has no PPWP ballot', () => {
    const tanpaPpwp: Paket = { ...paket, surat_suara: [{ jenis: 'DPD', peserta: [{ nomor: 21, nama: 'A' }] }] };
    expect(tolakan('3101011001001.json', REAL_1001001, tanpaPpwp)).toBe('3101011001001.json: paket tidak memuat surat suara PPWP');
  });
});

/** The package with DPR (party 1 with two candidates, party 24 without) and DPD added. */
const paket2: Paket = {
  ...paket,
  format: 'rekap-paket/2',
  surat_suara: [
    ...paket.surat_suara,
    {
      jenis: 'DPR',
      dapil: { kode: '3101', nama: 'DKI JAKARTA II', kursi: 7 },
      peserta: [
        { nomor: 1, nama: 'PKB', calon: [{ nomor: 1, nama: 'SATU', sirekap_id: '100121' }, { nomor: 2, nama: 'DUA', sirekap_id: '100122' }] },
        { nomor: 24, nama: 'UMMAT', calon: [] },
      ],
    },
    { jenis: 'DPD', peserta: [{ nomor: 1, nama: 'A', sirekap_id: '695854' }, { nomor: 2, nama: 'B', sirekap_id: '695855' }] },
  ],
};

const ADM = JSON.parse(REAL_1001001).administrasi as Record<string, number>;
const DPR_FILE = {
  chart: { '1': { jml_suara_total: 38, jml_suara_partai: 4 }, '24': { jml_suara_total: 2, jml_suara_partai: 2 } },
  kode_dapil: '3101',
  images: [],
  administrasi: ADM,
  caleg: { '1': { '100121': 30, '100122': 4 } },
  psu: null,
  ts: '2024-02-16 21:59:27',
  status_suara: true,
  status_adm: true,
};

function dpr(f: (d: any) => void = () => undefined): string {
  const d = JSON.parse(JSON.stringify(DPR_FILE));
  f(d);
  return JSON.stringify(d);
}

function tolakDpr(f: (d: any) => void): string {
  const r = parseSirekap('3101011001001.json', dpr(f), paket2, 'DPR');
  if (r.ok) throw new Error('expected a refusal');
  return r.error.pesan;
}

describe('parseSirekap, DPR/DPRD files', () => {
  it('maps chart by party number to B and A.1, and caleg by candidate id to A.2', () => {
    const r = parseSirekap('pdpr/31/3101/310101/3101011001/3101011001001.json', dpr(), paket2, 'DPR');
    if (!r.ok) throw new Error(r.error.pesan);
    expect(r.value.jenis).toBe('DPR');
    expect(r.value.lembar).toMatchObject({
      partai_1_a1: 4, partai_1_calon_1: 30, partai_1_calon_2: 4, partai_1_b: 38,
      partai_24_a1: 2, partai_24_b: 2,
      suara_sah: 228, pengguna_dpk_j: 0,
    });
  });

  it('leaves candidate rows not read when Sirekap publishes no caleg, and parties it leaves out', () => {
    const r = parseSirekap('3101011001001.json', dpr((d) => { d.caleg = null; delete d.chart['24']; delete d.kode_dapil; }), paket2, 'DPR');
    if (!r.ok) throw new Error(r.error.pesan);
    expect(r.value.lembar).toMatchObject({ partai_1_a1: 4, partai_1_calon_1: null, partai_1_calon_2: null, partai_1_b: 38, partai_24_a1: null, partai_24_b: null });
    const lama = parseSirekap('3101011001001.json', dpr((d) => (d.chart = { '1': 38, null: null })), paket2, 'DPR');
    expect(lama.ok && lama.value.lembar['partai_1_b']).toBe(38);
  });

  it.each<[string, (d: any) => void, string]>([
    ['an unknown party', (d) => (d.chart['7'] = { jml_suara_total: 1, jml_suara_partai: 1 }), 'chart.7: bukan nomor partai surat suara DPR dalam paket (1, 24)'],
    ['a misread that is not a count', (d) => (d.chart['1'].jml_suara_partai = '4'), 'chart.1.jml_suara_partai: harus bilangan bulat 0 atau lebih, atau null; tertulis "4"'],
    ['a party value of the wrong kind', (d) => (d.chart['1'] = [38]), 'chart.1: harus objek {jml_suara_total, jml_suara_partai}, tertulis [38]'],
    ['an unknown candidate', (d) => (d.caleg['1']['100999'] = 3), 'caleg.1.100999: bukan sirekap_id calon partai 1 surat suara DPR dalam paket'],
    ['candidates of an unknown party', (d) => (d.caleg['5'] = {}), 'caleg.5: bukan nomor partai surat suara DPR dalam paket (1, 24)'],
    ['a negative candidate count', (d) => (d.caleg['1']['100121'] = -1), 'caleg.1.100121: harus bilangan bulat 0 atau lebih, atau null; tertulis -1'],
    ['another dapil (a DPRD file as DPR)', (d) => (d.kode_dapil = '3101-2'), 'kode_dapil: "3101-2" bukan dapil surat suara DPR dalam paket (3101 DKI JAKARTA II); berkas surat suara lain?'],
  ])('refuses %s, naming the file and the field', (_n, f, expected) => {
    expect(tolakDpr(f)).toBe(`3101011001001.json: ${expected}`);
  });

  it('tells the operator which ballot a party file is when it is read as PPWP', () => {
    expect(tolakan('3101011001001.json', dpr())).toBe(
      '3101011001001.json: chart.1: bukan sirekap_id peserta surat suara PPWP dalam paket (100025, 100026, 100027); berkas DPR/DPRD? pilih surat suaranya (--surat-suara) atau letakkan berkas di folder pdpr, pdprdp atau pdprdk seperti jalur Sirekap',
    );
  });

  it('refuses a ballot the package does not hold', () => {
    const r = parseSirekap('3101011001001.json', dpr(), paket2, 'DPRD_PROV');
    expect(r.ok ? '' : r.error.pesan).toBe('3101011001001.json: paket tidak memuat surat suara DPRD_PROV');
  });
});

describe('parseSirekap, DPD files', () => {
  it('maps chart by candidate id, as in the real example of FORMS-LAYOUT.md', () => {
    const teks = JSON.stringify({ mode: 'hhcw', chart: { null: null, '695854': 2, '695855': 9 }, images: [], administrasi: ADM, psu: null, ts: '2024-02-16 21:59:27', status_suara: true, status_adm: true });
    const r = parseSirekap('3101011001001.json', teks, paket2, 'DPD');
    if (!r.ok) throw new Error(r.error.pesan);
    expect(r.value.lembar).toMatchObject({ suara_1: 2, suara_2: 9, suara_sah: 228 });
  });
});

describe('jenisDariJalur', () => {
  it('reads the ballot from the nearest Sirekap contest folder of a path', () => {
    expect(jenisDariJalur('pemilu/hhcw/pdpr/31/3101/310101/3101011001/3101011001001.json')).toBe('DPR');
    expect(jenisDariJalur('C:\\unduh\\PDPRDK\\3101011001001.json')).toBe('DPRD_KABKO');
    expect(jenisDariJalur('/data/pdpd/x/pdprdp/3101011001001.json')).toBe('DPRD_PROV');
    expect(jenisDariJalur('/data/ppwp/3101011001001.json')).toBe('PPWP');
    expect(jenisDariJalur('/data/sirekap/3101011001001.json')).toBeNull();
    expect(jenisDariJalur('pdpr.json')).toBeNull();
  });
});
