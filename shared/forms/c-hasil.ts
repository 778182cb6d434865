import type { Calon, JenisSuratSuara, Peserta, SuratSuara } from '../domain/ballot';
import { calonDari, isSuratSuaraPartai, nomorPeserta } from '../domain/ballot';

/**
 * The Model C.Hasil form (one TPS, one ballot) as a list of rows in paper order.
 * Row keys are Indonesian snake_case as in KPU's own files; one key holds one number.
 * Keys and refs are stable (stored in the database, files and findings); resources/schema/README.md lists them.
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

/** The rows of a party block on the DPR/DPRD forms: A.1 party vote, A.2 one per candidate, B = A.1 + sum A.2. */
export type BlokPartai = 'a1' | 'a2' | 'b';

/** Row key of a party's own votes (A.1): `partai_<nomor>_a1`. */
export function kunciSuaraPartai(nomorPartai: number): string {
  return `partai_${nomorPartai}_a1`;
}

/** Row key of a candidate's votes (A.2): `partai_<nomor partai>_calon_<nomor urut>`. */
export function kunciSuaraCalon(nomorPartai: number, nomorCalon: number): string {
  return `partai_${nomorPartai}_calon_${nomorCalon}`;
}

/** Row key of a party's total (B = A.1 + A.2): `partai_<nomor>_b`. */
export function kunciJumlahPartai(nomorPartai: number): string {
  return `partai_${nomorPartai}_b`;
}

/** What a party-block key names, or null for other rows. */
export function uraikanKunciPartai(key: string): { readonly partai: number; readonly blok: BlokPartai; readonly calon?: number } | null {
  const m = /^partai_(\d+)_(?:(a1)|(b)|calon_(\d+))$/.exec(key);
  if (!m) return null;
  const partai = Number(m[1]);
  if (m[2]) return { partai, blok: 'a1' };
  if (m[3]) return { partai, blok: 'b' };
  return { partai, blok: 'a2', calon: Number(m[4]) };
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
  /** The participant, for the vote rows of PPWP, DPD and Pilkada (one row per participant, checked by R4). */
  readonly peserta?: Peserta;
  /** DPR/DPRD: the party whose block the row belongs to (rows A.1, A.2 and B of the block). */
  readonly partai?: Peserta;
  /** DPR/DPRD: which row of the party block. */
  readonly blokPartai?: BlokPartai;
  /** DPR/DPRD: the candidate of an A.2 row. */
  readonly calon?: Calon;
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

/** Section IV's heading on the party ballots. */
export const JUDUL_BAGIAN_IV_PARTAI = 'IV. DATA PEROLEHAN SUARA PARTAI POLITIK DAN SUARA CALON';

/** The section heading as printed on the form of a ballot kind. */
export function judulBagian(bagian: BagianForm, jenis: JenisSuratSuara): string {
  return bagian === 'IV' && isSuratSuaraPartai(jenis) ? JUDUL_BAGIAN_IV_PARTAI : JUDUL_BAGIAN[bagian];
}

/** Labels of the party-block rows, as on the C.Hasil DPR/DPRD. */
export const LABEL_BLOK_PARTAI = {
  a1: 'Suara partai politik',
  a2: 'Suara calon',
  b: 'Jumlah suara sah partai politik dan calon (A.1 + A.2)',
} as const;

const KOLOM: readonly Kolom[] = ['l', 'p', 'j'];

function lpjRows(prefix: string, ref: string, bagian: BagianForm, label: string): BarisForm[] {
  return KOLOM.map((kolom) => ({ key: `${prefix}_${kolom}`, ref, bagian, label, kolom }));
}

/** The rows of one party block: A.1, one A.2 row per candidate in nomor urut order, then B. */
export function barisBlokPartai(partai: Peserta): BarisForm[] {
  const no = nomorPeserta(partai.nomor);
  const rows: BarisForm[] = [
    { key: kunciSuaraPartai(partai.nomor), ref: `IV.${no}.A.1`, bagian: 'IV', label: LABEL_BLOK_PARTAI.a1, partai, blokPartai: 'a1' },
  ];
  for (const c of calonDari(partai)) {
    rows.push({ key: kunciSuaraCalon(partai.nomor, c.nomor), ref: `IV.${no}.A.2.${c.nomor}`, bagian: 'IV', label: c.nama, partai, blokPartai: 'a2', calon: c });
  }
  rows.push({ key: kunciJumlahPartai(partai.nomor), ref: `IV.${no}.B`, bagian: 'IV', label: LABEL_BLOK_PARTAI.b, partai, blokPartai: 'b' });
  return rows;
}

const cache = new WeakMap<SuratSuara, readonly BarisForm[]>();

/**
 * Every row of the C.Hasil of a ballot, in paper order. Section IV: one row per participant (PPWP, DPD,
 * Pilkada: `suara_<nomor>`, ref `IV.<nn>`), or one block per party (DPR, DPRD: `partai_<n>_a1`,
 * `partai_<n>_calon_<k>`..., `partai_<n>_b`, refs `IV.<nn>.A.1`, `IV.<nn>.A.2.<k>`, `IV.<nn>.B`).
 * The list is built once per ballot object (a DPRD form has a few hundred rows and is asked for often).
 */
export function barisCHasil(suratSuara: SuratSuara): readonly BarisForm[] {
  const cached = cache.get(suratSuara);
  if (cached) return cached;
  const rows: BarisForm[] = [];
  for (const b of BARIS_LPJ) rows.push(...lpjRows(b.prefix, b.ref, b.bagian, b.label));
  for (const b of BARIS_SURAT_SUARA) rows.push({ key: b.key, ref: b.ref, bagian: 'II', label: b.label });
  rows.push(...lpjRows(BARIS_DISABILITAS.prefix, BARIS_DISABILITAS.ref, 'III', BARIS_DISABILITAS.label));
  if (isSuratSuaraPartai(suratSuara.jenis)) {
    for (const p of suratSuara.peserta) rows.push(...barisBlokPartai(p));
  } else {
    for (const p of suratSuara.peserta) {
      rows.push({ key: kunciPeserta(p.nomor), ref: `IV.${nomorPeserta(p.nomor)}`, bagian: 'IV', label: p.nama, peserta: p });
    }
  }
  for (const b of BARIS_TOTAL_SUARA) rows.push({ key: b.key, ref: b.ref, bagian: 'V', label: b.label });
  cache.set(suratSuara, rows);
  return rows;
}

/** The numbers of one sheet: row key -> value; null where not (yet) read. */
export type Lembar = Readonly<Record<string, number | null>>;

/** The value of a row, treating a missing key as not read. */
export function nilai(lembar: Lembar, key: string): number | null {
  const v = lembar[key];
  return v === undefined ? null : v;
}
