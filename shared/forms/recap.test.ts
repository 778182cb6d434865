import { describe, expect, it } from 'vitest';
import type { SuratSuara } from '../domain/ballot';
import type { Paket } from '../domain/election';
import { PAKET_CONTOH } from '../testing/paket-contoh';
import { jumlahkanLembar } from './aggregate';
import { barisCHasil, kunciPeserta, nomorDariKunci, type Lembar } from './c-hasil';
import { recapToJson, rekapKecamatan } from './recap';

const paket: Paket = PAKET_CONTOH;

describe('form rows', () => {
  it('has every row of the C.Hasil PPWP in paper order', () => {
    const rows = barisCHasil(paket.surat_suara[0]!);
    expect(rows.map((r) => r.ref)).toEqual([
      ...Array(3).fill('I.A'), ...Array(3).fill('I.B.1'), ...Array(3).fill('I.B.2'), ...Array(3).fill('I.B.3'), ...Array(3).fill('I.B.4'),
      'II.1', 'II.2', 'II.3', 'II.4', ...Array(3).fill('III'), 'IV.01', 'IV.02', 'IV.03', 'V.A', 'V.B', 'V.C',
    ]);
    expect(new Set(rows.map((r) => r.key)).size).toBe(rows.length);
  });

  it('keys participant rows by ballot number, not position', () => {
    expect(kunciPeserta(24)).toBe('suara_24');
    expect(nomorDariKunci('suara_24')).toBe(24);
    expect(nomorDariKunci('suara_sah')).toBeNull();
  });
});

describe('aggregation', () => {
  it('sums every row independently and keeps unread rows null', () => {
    expect(jumlahkanLembar(['a', 'b', 'c'], [{ a: 1, b: null }, { a: 2, b: 3 }, {}])).toEqual({ a: 3, b: 3, c: null });
  });

  it('recaps TPS -> desa -> kecamatan without forcing votes to match suara sah', () => {
    const sheets = new Map([
      ['1101012001001', { suara_1: 10, suara_2: 20, suara_3: 5, suara_sah: 35 }],
      ['1101012001002', { suara_1: 825, suara_2: 1, suara_3: 0, suara_sah: 26 }],
      ['1101012002001', { suara_1: 7, suara_2: 8, suara_3: 9, suara_sah: 24 }],
    ]);
    const r = rekapKecamatan(paket, paket.surat_suara[0]!, sheets);
    expect(r.desa[0]!.lembar['suara_1']).toBe(835);
    expect(r.desa[0]!.lembar['suara_sah']).toBe(61);
    expect(r.jumlah['suara_1']).toBe(842);
    expect(r.jumlah['pemilih_dpt_j']).toBeNull();
    const json = recapToJson(r);
    expect(json.unit[0]).toMatchObject({ kode: '1101012001', jumlah_tps: 2, jumlah_tps_terisi: 2, suara: { '1': 835, '2': 21, '3': 5 }, suara_sah: 61 });
    expect(json.jumlah.suara).toEqual({ '1': 842, '2': 29, '3': 14 });
    expect(json).toMatchObject({ surat_suara: 'PPWP', tingkat: 'kecamatan', kode: '110101', nama: 'BAKONGAN' });
  });

  it('counts a TPS without any number as not entered', () => {
    const r = rekapKecamatan(paket, paket.surat_suara[0]!, new Map());
    expect(recapToJson(r).unit[1]).toMatchObject({ jumlah_tps: 1, jumlah_tps_terisi: 0 });
  });
});

describe('recapToJson on a party ballot', () => {
  const dpr: SuratSuara = {
    jenis: 'DPR',
    dapil: { kode: '1101', nama: 'ACEH I', kursi: 7 },
    peserta: [
      { nomor: 1, nama: 'PKB', calon: [{ nomor: 1, nama: 'SATU' }, { nomor: 2, nama: 'DUA' }] },
      { nomor: 24, nama: 'UMMAT', calon: [] },
    ],
  };
  const paket2: Paket = { ...paket, format: 'rekap-paket/2', surat_suara: [...paket.surat_suara, dpr] };

  it('keys suara by party nomor with B, adds suara_partai (A.1), calon (A.2) and the dapil', () => {
    const sheets = new Map<string, Lembar>([
      ['1101012001001', { partai_1_a1: 3, partai_1_calon_1: 10, partai_1_calon_2: 2, partai_1_b: 15, partai_24_a1: 4, partai_24_b: 4, suara_sah: 19 }],
      ['1101012002001', { partai_1_a1: 1, partai_1_calon_1: 0, partai_1_calon_2: 5, partai_1_b: 6, suara_sah: 6 }],
    ]);
    const json = recapToJson(rekapKecamatan(paket2, dpr, sheets));
    expect(json.dapil).toEqual({ kode: '1101', nama: 'ACEH I', kursi: 7 });
    expect(json.jumlah).toMatchObject({
      suara: { '1': 21, '24': 4 },
      suara_partai: { '1': 4, '24': 4 },
      calon: { '1': { '1': 10, '2': 7 }, '24': {} },
      suara_sah: 25,
    });
    expect(Object.keys(json.jumlah).slice(0, 4)).toEqual(['suara', 'suara_partai', 'calon', 'pemilih_dpt_l']);
    expect(Object.keys(json.jumlah).some((k) => k.startsWith('partai_'))).toBe(false);
    expect(json.unit[1]).toMatchObject({ suara: { '1': 6, '24': 0 }, calon: { '1': { '1': 0, '2': 5 } } });
  });

  it('keeps the PPWP document exactly as before: no dapil, no suara_partai, no calon', () => {
    const json = recapToJson(rekapKecamatan(paket, paket.surat_suara[0]!, new Map()));
    expect(Object.keys(json)).toEqual(['surat_suara', 'tingkat', 'kode', 'nama', 'unit', 'jumlah']);
    expect(Object.keys(json.jumlah)[0]).toBe('suara');
    expect(json.jumlah).not.toHaveProperty('calon');
  });
});
