import type { Desa, WilayahKecamatan } from './region';
import type { SuratSuara } from './ballot';

export const FORMAT_PAKET = 'rekap-paket/1';

export type JenisPemilihan = 'pemilu' | 'pilkada';

export interface Pemilihan {
  readonly nama: string;
  readonly jenis: JenisPemilihan;
  /** Voting day, ISO date (YYYY-MM-DD). */
  readonly tanggal: string;
}

/** An election package (`paket pemilihan`), format rekap-paket/1, at kecamatan level. */
export interface Paket {
  readonly format: typeof FORMAT_PAKET;
  readonly pemilihan: Pemilihan;
  readonly tingkat: 'kecamatan';
  readonly wilayah: WilayahKecamatan;
  readonly desa: readonly Desa[];
  readonly surat_suara: readonly SuratSuara[];
}
