import { describe, expect, it } from 'vitest';
import type { SuratSuara } from '../domain/ballot';
import {
  barisCHasil,
  judulBagian,
  kunciJumlahPartai,
  kunciSuaraCalon,
  kunciSuaraPartai,
  nomorDariKunci,
  uraikanKunciPartai,
} from './c-hasil';

const ADMIN = [
  'pemilih_dpt_l', 'pemilih_dpt_p', 'pemilih_dpt_j',
  'pengguna_dpt_l', 'pengguna_dpt_p', 'pengguna_dpt_j',
  'pengguna_dptb_l', 'pengguna_dptb_p', 'pengguna_dptb_j',
  'pengguna_dpk_l', 'pengguna_dpk_p', 'pengguna_dpk_j',
  'pengguna_total_l', 'pengguna_total_p', 'pengguna_total_j',
  'surat_suara_diterima', 'surat_suara_digunakan', 'surat_suara_rusak', 'surat_suara_tidak_digunakan',
  'disabilitas_l', 'disabilitas_p', 'disabilitas_j',
];
const TOTAL = ['suara_sah', 'suara_tidak_sah', 'suara_total'];

const PPWP: SuratSuara = { jenis: 'PPWP', peserta: [{ nomor: 1, nama: 'A - B' }, { nomor: 2, nama: 'C - D' }, { nomor: 3, nama: 'E - F' }] };
const DPRD: SuratSuara = {
  jenis: 'DPRD_KABKO',
  dapil: { kode: '336903', nama: 'SUKAMAJU 3', kursi: 12 },
  peserta: [
    { nomor: 17, nama: 'PARTAI PERSATUAN PEMBANGUNAN', calon: [{ nomor: 1, nama: 'SATU' }, { nomor: 2, nama: 'DUA', jenis_kelamin: 'P' }] },
    { nomor: 21, nama: 'PARTAI ACEH', calon: [] },
    { nomor: 24, nama: 'PARTAI UMMAT', calon: [{ nomor: 1, nama: 'TIGA' }] },
  ],
};

describe('barisCHasil', () => {
  it('gives the PPWP form: administration, one row per pair, totals', () => {
    const rows = barisCHasil(PPWP);
    expect(rows.map((r) => r.key)).toEqual([...ADMIN, 'suara_1', 'suara_2', 'suara_3', ...TOTAL]);
    expect(rows.find((r) => r.key === 'suara_2')).toMatchObject({ ref: 'IV.02', bagian: 'IV', label: 'C - D', peserta: PPWP.peserta[1] });
    expect(rows.some((r) => r.partai !== undefined)).toBe(false);
  });

  it('gives the DPR/DPRD form: per party A.1, A.2 per candidate by nomor urut, then B', () => {
    const rows = barisCHasil(DPRD);
    expect(rows.map((r) => r.key)).toEqual([
      ...ADMIN,
      'partai_17_a1', 'partai_17_calon_1', 'partai_17_calon_2', 'partai_17_b',
      'partai_21_a1', 'partai_21_b',
      'partai_24_a1', 'partai_24_calon_1', 'partai_24_b',
      ...TOTAL,
    ]);
    const blok = rows.filter((r) => r.partai?.nomor === 17);
    expect(blok.map((r) => [r.ref, r.blokPartai, r.label])).toEqual([
      ['IV.17.A.1', 'a1', 'Suara partai politik'],
      ['IV.17.A.2.1', 'a2', 'SATU'],
      ['IV.17.A.2.2', 'a2', 'DUA'],
      ['IV.17.B', 'b', 'Jumlah suara sah partai politik dan calon (A.1 + A.2)'],
    ]);
    expect(blok[2]!.calon).toEqual({ nomor: 2, nama: 'DUA', jenis_kelamin: 'P' });
    expect(blok.every((r) => r.peserta === undefined && r.bagian === 'IV')).toBe(true);
  });

  it('has unique keys and refs (screens key their lines by ref)', () => {
    for (const ss of [PPWP, DPRD]) {
      const rows = barisCHasil(ss);
      expect(new Set(rows.map((r) => r.key)).size).toBe(rows.length);
      const lines = rows.filter((r) => r.kolom === undefined || r.kolom === 'l');
      expect(new Set(lines.map((r) => r.ref)).size).toBe(lines.length);
    }
  });

  it('builds the list once per ballot object', () => {
    expect(barisCHasil(DPRD)).toBe(barisCHasil(DPRD));
  });

  it('reads a party ballot of a rekap-paket/1 file (no candidates) as A.1 and B per party', () => {
    const lama: SuratSuara = { jenis: 'DPR', peserta: [{ nomor: 1, nama: 'PKB' }] };
    expect(barisCHasil(lama).filter((r) => r.bagian === 'IV').map((r) => r.key)).toEqual(['partai_1_a1', 'partai_1_b']);
  });
});

describe('row keys', () => {
  it('round-trip through uraikanKunciPartai and stay apart from the participant keys', () => {
    expect(uraikanKunciPartai(kunciSuaraPartai(24))).toEqual({ partai: 24, blok: 'a1' });
    expect(uraikanKunciPartai(kunciSuaraCalon(3, 12))).toEqual({ partai: 3, blok: 'a2', calon: 12 });
    expect(uraikanKunciPartai(kunciJumlahPartai(1))).toEqual({ partai: 1, blok: 'b' });
    expect(uraikanKunciPartai('suara_1')).toBeNull();
    expect(uraikanKunciPartai('partai_1_c')).toBeNull();
    expect(nomorDariKunci('partai_1_b')).toBeNull();
  });
});

describe('judulBagian', () => {
  it('names section IV after the parties and candidates on DPR/DPRD only', () => {
    expect(judulBagian('IV', 'DPR')).toBe('IV. DATA PEROLEHAN SUARA PARTAI POLITIK DAN SUARA CALON');
    expect(judulBagian('IV', 'DPD')).toBe('IV. DATA PEROLEHAN SUARA');
    expect(judulBagian('V', 'DPRD_PROV')).toBe('V. DATA SUARA SAH DAN TIDAK SAH');
  });
});
