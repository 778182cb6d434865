/* eslint-disable @typescript-eslint/no-explicit-any -- the tests break a JSON package one field at a time */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { parsePaket } from '../../shared/paket/parse-paket';

const dir = import.meta.dirname;
const baca = (nama: string): any => JSON.parse(readFileSync(path.join(dir, nama), 'utf8'));

const ajv = new Ajv2020({ strict: true, strictTypes: false, strictRequired: false, allErrors: true });
ajv.addSchema(baca('rekap-paket-2.schema.json'));
ajv.addSchema(baca('rekap-paket-1.schema.json'));
const v2 = ajv.getSchema('rekap-paket-2.schema.json')!;
const v1 = ajv.getSchema('rekap-paket-1.schema.json')!;

/** The schema's verdict and the app's verdict on the same JSON value. */
function keduanya(x: unknown): { schema: boolean; app: boolean } {
  const fmt = (x as { format?: unknown }).format;
  return { schema: (fmt === 'rekap-paket/1' ? v1 : v2)(x) as boolean, app: parsePaket(x).ok };
}

function salin<T>(x: T): T {
  return JSON.parse(JSON.stringify(x)) as T;
}

describe('JSON Schema of the election package', () => {
  const contoh = baca('contoh-paket-2.json');

  it('accepts the documented example, which the app loads too', () => {
    expect(keduanya(contoh)).toEqual({ schema: true, app: true });
    expect(v2.errors ?? null).toBeNull();
  });

  it('accepts the embedded demo packages and the /1 packages the app has always loaded', () => {
    for (const rel of ['paket.json', 'pilkada/paket.json', 'pilkada-calon-tunggal/paket.json']) {
      const demo = JSON.parse(readFileSync(path.join(dir, '..', 'demo', ...rel.split('/')), 'utf8'));
      expect(keduanya(demo), rel).toEqual({ schema: true, app: true });
    }
    const satu = salin(contoh);
    satu.format = 'rekap-paket/1';
    // A /1 file knows nothing of dapil and candidates: both ignore those keys.
    expect(keduanya(satu)).toEqual({ schema: true, app: true });
  });

  it.each<[string, (p: any) => void]>([
    ['an unknown format', (p) => (p.format = 'rekap-paket/3')],
    ['a party ballot without dapil', (p) => delete p.surat_suara[1].dapil],
    ['a party without its calon list', (p) => delete p.surat_suara[1].peserta[1].calon],
    ['a candidate without a name', (p) => delete p.surat_suara[1].peserta[0].calon[0].nama],
    ['jenis kelamin W', (p) => (p.surat_suara[2].peserta[0].jenis_kelamin = 'W')],
    ['candidates under a DPD candidate', (p) => (p.surat_suara[2].peserta[0].calon = [])],
    ['kolom kosong in a Pemilu', (p) => (p.surat_suara[0].peserta[0].kolom_kosong = true)],
    ['a dapil on PPWP', (p) => (p.surat_suara[0].dapil = { kode: '11', nama: 'ACEH' })],
    ['a Pilkada ballot in a Pemilu', (p) => (p.surat_suara[0].jenis = 'BUPATI')],
    ['a 12-digit TPS code', (p) => (p.desa[0].tps[0].kode = '110101200100')],
    ['sirekap_id "null"', (p) => (p.surat_suara[1].peserta[0].calon[0].sirekap_id = 'null')],
    ['seats as text', (p) => (p.surat_suara[1].dapil.kursi = '7')],
  ])('refuses %s, as the app does', (_name, ubah) => {
    const p = salin(contoh);
    ubah(p);
    expect(keduanya(p)).toEqual({ schema: false, app: false });
  });

  it('accepts a Pilkada package with kolom kosong', () => {
    const p = salin(contoh);
    p.pemilihan.jenis = 'pilkada';
    p.surat_suara = [{ jenis: 'BUPATI', peserta: [{ nomor: 1, nama: 'PASLON TUNGGAL' }, { nomor: 2, nama: 'KOLOM KOSONG', kolom_kosong: true }] }];
    expect(keduanya(p)).toEqual({ schema: true, app: true });
  });

  it('leaves to the app only the rules a schema cannot state', () => {
    // Two candidates with one nomor urut: valid JSON Schema, refused by the app with the path.
    const p = salin(contoh);
    p.surat_suara[1].peserta[0].calon[1].nomor = 1;
    expect(keduanya(p)).toEqual({ schema: true, app: false });
  });
});

describe('JSON Schema of recap --json', () => {
  const recap = ajv.compile(baca('recap.schema.json'));
  const angka = { suara: { '1': 5 }, suara_sah: 5, suara_tidak_sah: 0, suara_total: 5, pemilih_dpt_j: 9, pengguna_total_j: 5 };
  const unit = { kode: '1101012001', nama: 'A', jumlah_tps: 1, jumlah_tps_terisi: 1 };
  const doc = (jenis: string, a: object, extra: object = {}): object => ({ surat_suara: jenis, tingkat: 'kecamatan', kode: '110101', nama: 'B', ...extra, unit: [{ ...unit, ...a }], jumlah: a });
  const partai = { ...angka, suara_partai: { '1': 1 }, calon: { '1': { '1': 4 } } };
  const dapil = { dapil: { kode: '1101', nama: 'ACEH I' } };

  it('accepts the PPWP shape of FORMATS.md and the DPR shape with suara_partai, calon and dapil', () => {
    expect(recap(doc('PPWP', angka))).toBe(true);
    expect(recap(doc('DPR', partai, dapil))).toBe(true);
  });

  it('keeps the shapes apart', () => {
    expect(recap(doc('PPWP', partai))).toBe(false);
    expect(recap(doc('PPWP', angka, dapil))).toBe(false);
    expect(recap(doc('DPR', angka, dapil))).toBe(false);
    expect(recap(doc('DPRD_KABKO', partai))).toBe(false);
    expect(recap(doc('DPR', { ...partai, calon: { '1': { '1': -1 } } }, dapil))).toBe(false);
  });
});
