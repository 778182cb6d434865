/** Ballots (surat suara) and their participants (peserta). */

/** Every ballot kind of the package format, in the official recapitulation order. */
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

/**
 * A participant of one ballot. `nomor` is the ballot number, which is not contiguous
 * (parties 1-17 and 24, Aceh local parties 18-23): never use a position as a number.
 */
export interface Peserta {
  readonly nomor: number;
  readonly nama: string;
  /** Id of the participant in Sirekap's `chart`, where Sirekap publishes one. */
  readonly sirekap_id?: string;
}

export interface SuratSuara {
  readonly jenis: JenisSuratSuara;
  readonly peserta: readonly Peserta[];
}

/** The two-digit way participant numbers are said in the hall: 01, 02, 03. */
export function nomorPeserta(nomor: number): string {
  return String(nomor).padStart(2, '0');
}

export function isJenisSuratSuara(s: string): s is JenisSuratSuara {
  return (JENIS_SURAT_SUARA as readonly string[]).includes(s);
}
