/* eslint-disable @typescript-eslint/no-explicit-any -- the tests break a real file one field at a time */
import { describe, expect, it } from 'vitest';
import type { Paket } from '../domain/election';
import { parseSirekap, SIREKAP_BATAS_BYTE } from './parse-sirekap';

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
