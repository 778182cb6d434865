/** Ballots (surat suara) and their participants (peserta). */

/** Every ballot kind of the package format, in the official recapitulation order (PKPU 25/2023 Pasal 52(2)). */
export const JENIS_SURAT_SUARA = [
  'PPWP',
  'DPR',
  'DPD',
  'DPRD_PROV',
  'DPRD_KABKO',
  'GUBERNUR',
  'BUPATI',
  'WALIKOTA',
] as const;

export type JenisSuratSuara = (typeof JENIS_SURAT_SUARA)[number];

/** The legislative ballots voted by party or candidate: party blocks with A.1, A.2 and B rows. */
export const JENIS_SURAT_SUARA_PARTAI = ['DPR', 'DPRD_PROV', 'DPRD_KABKO'] as const satisfies readonly JenisSuratSuara[];

/** The Pilkada ballots, where a single-candidate region has `kolom kosong` as a participant. */
export const JENIS_SURAT_SUARA_PILKADA = ['GUBERNUR', 'BUPATI', 'WALIKOTA'] as const satisfies readonly JenisSuratSuara[];

/** Labels as printed on the forms. */
export const LABEL_SURAT_SUARA: Readonly<Record<JenisSuratSuara, string>> = {
  PPWP: 'Pemilihan Umum Presiden dan Wakil Presiden',
  DPR: 'Pemilihan Umum Anggota Dewan Perwakilan Rakyat',
  DPD: 'Pemilihan Umum Anggota Dewan Perwakilan Daerah',
  DPRD_PROV: 'Pemilihan Umum Anggota DPRD Provinsi',
  DPRD_KABKO: 'Pemilihan Umum Anggota DPRD Kabupaten/Kota',
  GUBERNUR: 'Pemilihan Gubernur dan Wakil Gubernur',
  BUPATI: 'Pemilihan Bupati dan Wakil Bupati',
  WALIKOTA: 'Pemilihan Wali Kota dan Wakil Wali Kota',
};

/** Short names for messages, tabs and file lists. */
export const SINGKATAN_SURAT_SUARA: Readonly<Record<JenisSuratSuara, string>> = {
  PPWP: 'PPWP',
  DPR: 'DPR',
  DPD: 'DPD',
  DPRD_PROV: 'DPRD Provinsi',
  DPRD_KABKO: 'DPRD Kab/Kota',
  GUBERNUR: 'Gubernur',
  BUPATI: 'Bupati',
  WALIKOTA: 'Wali Kota',
};

/** Form-code suffix: Model D.HASIL KECAMATAN-PPWP and so on. */
export const KODE_FORM_SURAT_SUARA: Readonly<Record<JenisSuratSuara, string>> = {
  PPWP: 'PPWP',
  DPR: 'DPR',
  DPD: 'DPD',
  DPRD_PROV: 'DPRD PROV',
  DPRD_KABKO: 'DPRD KAB/KOTA',
  GUBERNUR: 'KWK',
  BUPATI: 'KWK',
  WALIKOTA: 'KWK',
};

export type JenisKelamin = 'L' | 'P';

/** A candidate on a party's list (DPR, DPRD): `nomor` is the nomor urut within the party in this dapil. */
export interface Calon {
  readonly nomor: number;
  readonly nama: string;
  readonly jenis_kelamin?: JenisKelamin;
  /** Sirekap's candidate id (the key of the `caleg` map in its DPR/DPRD TPS files). */
  readonly sirekap_id?: string;
}

/**
 * A participant of one ballot. `nomor` is the ballot number, which is not contiguous
 * (parties 1-17 and 24, Aceh local parties 18-23): never use a position as a number.
 * PPWP and Pilkada: a pair (paslon), or `kolom kosong`; DPD: a candidate; DPR/DPRD: a party with its candidates.
 */
export interface Peserta {
  readonly nomor: number;
  readonly nama: string;
  /** Id of the participant in Sirekap's `chart`, where Sirekap publishes one (parties: Sirekap's `id_partai`). */
  readonly sirekap_id?: string;
  /** DPD candidates. */
  readonly jenis_kelamin?: JenisKelamin;
  /** DPR/DPRD: the party's candidates in the ballot's dapil, in nomor urut order (may be empty). */
  readonly calon?: readonly Calon[];
  /** Pilkada in a single-candidate region: the empty column that stands as a participant. */
  readonly kolom_kosong?: boolean;
}

/** Electoral district of a legislative ballot. */
export interface Dapil {
  /** The code as KPU/Sirekap writes it (e.g. "3301" for a DPR dapil); compared with Sirekap's `kode_dapil`. */
  readonly kode: string;
  readonly nama: string;
  /** Seats of the dapil: no party may list more candidates. */
  readonly kursi?: number;
}

export interface SuratSuara {
  readonly jenis: JenisSuratSuara;
  readonly peserta: readonly Peserta[];
  /** DPR/DPRD (required from rekap-paket/2) and DPD (optional: the province). */
  readonly dapil?: Dapil;
}

/** The two-digit way participant numbers are said in the hall: 01, 02, 03. */
export function nomorPeserta(nomor: number): string {
  return String(nomor).padStart(2, '0');
}

export function isJenisSuratSuara(s: string): s is JenisSuratSuara {
  return (JENIS_SURAT_SUARA as readonly string[]).includes(s);
}

/** True for DPR, DPRD_PROV and DPRD_KABKO: votes per party block (A.1 party, A.2 candidates, B total). */
export function isSuratSuaraPartai(jenis: JenisSuratSuara): boolean {
  return (JENIS_SURAT_SUARA_PARTAI as readonly string[]).includes(jenis);
}

export function isSuratSuaraPilkada(jenis: JenisSuratSuara): boolean {
  return (JENIS_SURAT_SUARA_PILKADA as readonly string[]).includes(jenis);
}

/** The candidates of a party (none for other participants, and for parties of a rekap-paket/1 file). */
export function calonDari(p: Peserta): readonly Calon[] {
  return p.calon ?? [];
}

/** Position of a ballot kind in the official recapitulation order. */
export function urutanSuratSuara(jenis: JenisSuratSuara): number {
  return JENIS_SURAT_SUARA.indexOf(jenis);
}

/** The ballots in the official order: PPWP, DPR, DPD, DPRD Prov, DPRD Kab/Kota, then the Pilkada ballots. */
export function urutkanSuratSuara<T extends { readonly jenis: JenisSuratSuara }>(list: readonly T[]): T[] {
  return [...list].sort((a, b) => urutanSuratSuara(a.jenis) - urutanSuratSuara(b.jenis));
}

/** How a participant is named on forms and screens: "01. NAMA", or the name alone for kolom kosong. */
export function namaPesertaBernomor(p: Peserta): string {
  return p.kolom_kosong ? p.nama : `${nomorPeserta(p.nomor)}. ${p.nama}`;
}
