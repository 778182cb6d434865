import type { Desa, WilayahKecamatan } from './region';
import type { SuratSuara } from './ballot';

/** Package format versions: /2 adds dapil, party candidates, DPD candidates' sex and kolom kosong to /1. */
export const FORMAT_PAKET_DIKENAL = ['rekap-paket/1', 'rekap-paket/2'] as const;
export type FormatPaket = (typeof FORMAT_PAKET_DIKENAL)[number];

/** The version this app writes (the demo); every version of FORMAT_PAKET_DIKENAL loads. */
export const FORMAT_PAKET = 'rekap-paket/2' satisfies FormatPaket;

export type JenisPemilihan = 'pemilu' | 'pilkada';

export interface Pemilihan {
  readonly nama: string;
  readonly jenis: JenisPemilihan;
  /** Voting day, ISO date (YYYY-MM-DD). */
  readonly tanggal: string;
}

/** An election package (`paket pemilihan`), format rekap-paket/1 or /2, at kecamatan level. */
export interface Paket {
  readonly format: FormatPaket;
  readonly pemilihan: Pemilihan;
  readonly tingkat: 'kecamatan';
  readonly wilayah: WilayahKecamatan;
  readonly desa: readonly Desa[];
  readonly surat_suara: readonly SuratSuara[];
}
