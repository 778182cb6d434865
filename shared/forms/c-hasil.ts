import type { Peserta, SuratSuara } from '../domain/ballot';
import { nomorPeserta } from '../domain/ballot';

/**
 * The Model C.Hasil form (one TPS, one ballot) as a list of rows in paper order.
 * Row keys are Indonesian snake_case as in KPU's own files; one key holds one number.
 */

/** The gender split of a row: L (laki-laki), P (perempuan), JML (jumlah). */
export type Kolom = 'l' | 'p' | 'j';

export type BagianForm = 'I.A' | 'I.B' | 'II' | 'III' | 'IV' | 'V';

/** Administrative rows that have L, P and JML. Key prefixes; the full key is `${prefix}_${kolom}`. */
export const BARIS_LPJ = [
  { prefix: 'pemilih_dpt', ref: 'I.A', bagian: 'I.A', label: 'Jumlah pemilih dalam DPT (Model A-Daftar Pemilih)' },
  { prefix: 'pengguna_dpt', ref: 'I.B.1', bagian: 'I.B', label: 'Jumlah pengguna hak pilih dalam DPT' },
  { prefix: 'pengguna_dptb', ref: 'I.B.2', bagian: 'I.B', label: 'Jumlah pengguna hak pilih dalam DPTb' },
  { prefix: 'pengguna_dpk', ref: 'I.B.3', bagian: 'I.B', label: 'Jumlah pengguna hak pilih dalam DPK' },
  { prefix: 'pengguna_total', ref: 'I.B.4', bagian: 'I.B', label: 'Jumlah pengguna hak pilih (B.1 + B.2 + B.3)' },
] as const;

export const BARIS_DISABILITAS = {
  prefix: 'disabilitas',
  ref: 'III',
  bagian: 'III',
  label: 'Jumlah seluruh pemilih disabilitas yang menggunakan hak pilih',
} as const;

/** Ballot-paper rows (section II), JML only. */
export const BARIS_SURAT_SUARA = [
  { key: 'surat_suara_diterima', ref: 'II.1', label: 'Jumlah surat suara yang diterima, termasuk surat suara cadangan (2+3+4)' },
  { key: 'surat_suara_digunakan', ref: 'II.2', label: 'Jumlah surat suara yang digunakan' },
  { key: 'surat_suara_rusak', ref: 'II.3', label: 'Jumlah surat suara yang dikembalikan oleh pemilih karena rusak/keliru coblos' },
  { key: 'surat_suara_tidak_digunakan', ref: 'II.4', label: 'Jumlah surat suara yang tidak digunakan/tidak terpakai, termasuk sisa surat suara cadangan' },
] as const;

export const BARIS_TOTAL_SUARA = [
  { key: 'suara_sah', ref: 'V.A', label: 'Jumlah seluruh suara sah' },
  { key: 'suara_tidak_sah', ref: 'V.B', label: 'Jumlah suara tidak sah' },
  { key: 'suara_total', ref: 'V.C', label: 'Jumlah seluruh suara sah dan suara tidak sah (A + B)' },
] as const;

/** Row key of a participant's votes. */
export function kunciPeserta(nomor: number): string {
  return `suara_${nomor}`;
}

/** The participant number of a vote row key, or null for other rows. */
export function nomorDariKunci(key: string): number | null {
  const m = /^suara_(\d+)$/.exec(key);
  return m ? Number(m[1]) : null;
}

export interface BarisForm {
  /** Stable key, e.g. `pengguna_dpt_l`, `suara_sah`, `suara_2`. */
  readonly key: string;
  /** Reference printed on the form, e.g. `I.B.1`, `II.3`, `IV.02`. */
  readonly ref: string;
  readonly bagian: BagianForm;
  readonly label: string;
  /** L/P/JML split for the rows that have it; absent for single-number rows. */
  readonly kolom?: Kolom;
  /** The participant, for vote rows. */
  readonly peserta?: Peserta;
}

/** Section headings as printed. */
export const JUDUL_BAGIAN: Readonly<Record<BagianForm, string>> = {
  'I.A': 'I. DATA PEMILIH DAN PENGGUNAAN HAK PILIH — A. DATA PEMILIH',
  'I.B': 'B. PENGGUNA HAK PILIH',
  II: 'II. DATA PENGGUNAAN SURAT SUARA',
  III: 'III. DATA PEMILIH DISABILITAS',
  IV: 'IV. DATA PEROLEHAN SUARA',
  V: 'V. DATA SUARA SAH DAN TIDAK SAH',
};

const KOLOM: readonly Kolom[] = ['l', 'p', 'j'];

function lpjRows(prefix: string, ref: string, bagian: BagianForm, label: string): BarisForm[] {
  return KOLOM.map((kolom) => ({ key: `${prefix}_${kolom}`, ref, bagian, label, kolom }));
}

/** Every row of a C.Hasil for a ballot whose participants are voted for directly (PPWP, DPD, Pilkada). */
export function barisCHasil(suratSuara: SuratSuara): readonly BarisForm[] {
  const rows: BarisForm[] = [];
  for (const b of BARIS_LPJ) rows.push(...lpjRows(b.prefix, b.ref, b.bagian, b.label));
  for (const b of BARIS_SURAT_SUARA) rows.push({ key: b.key, ref: b.ref, bagian: 'II', label: b.label });
  rows.push(...lpjRows(BARIS_DISABILITAS.prefix, BARIS_DISABILITAS.ref, 'III', BARIS_DISABILITAS.label));
  for (const p of suratSuara.peserta) {
    rows.push({ key: kunciPeserta(p.nomor), ref: `IV.${nomorPeserta(p.nomor)}`, bagian: 'IV', label: p.nama, peserta: p });
  }
  for (const b of BARIS_TOTAL_SUARA) rows.push({ key: b.key, ref: b.ref, bagian: 'V', label: b.label });
  return rows;
}

/** The numbers of one sheet: row key -> value; null where not (yet) read. */
export type Lembar = Readonly<Record<string, number | null>>;

/** The value of a row, treating a missing key as not read. */
export function nilai(lembar: Lembar, key: string): number | null {
  const v = lembar[key];
  return v === undefined ? null : v;
}
