/** Region hierarchy and polling stations, with KPU/Kemendagri codes without dots. */

/** A named administrative unit: provinsi (2 digits), kabupaten (4), kecamatan (6), desa (10). */
export interface Wilayah {
  readonly kode: string;
  readonly nama: string;
}

/** A polling station: 13-digit code = 10-digit desa code + 3-digit TPS number (9xx are special TPS). */
export interface Tps {
  readonly kode: string;
  readonly nomor: number;
}

/** A kelurahan/desa with its TPS, in ballot-paper order. */
export interface Desa extends Wilayah {
  readonly tps: readonly Tps[];
}

/** The region a PPK recaps: the kecamatan and the units above it. */
export interface WilayahKecamatan {
  readonly provinsi: Wilayah;
  readonly kabupaten: Wilayah;
  readonly kecamatan: Wilayah;
}

/** Code lengths by level, one place for the rule. */
export const KODE_LENGTH = { provinsi: 2, kabupaten: 4, kecamatan: 6, desa: 10, tps: 13 } as const;

/** The desa code a TPS code belongs to. */
export function desaOfTps(kodeTps: string): string {
  return kodeTps.slice(0, KODE_LENGTH.desa);
}

/** The TPS number encoded in the last three digits of a TPS code. */
export function nomorOfTps(kodeTps: string): number {
  return Number(kodeTps.slice(KODE_LENGTH.desa));
}

/** Kelurahan codes start their 4-digit part with 1, desa with 2, desa adat with 3. */
export function jenisDesa(kodeDesa: string): 'kelurahan' | 'desa' | 'desa adat' {
  const d = kodeDesa.charAt(6);
  return d === '1' ? 'kelurahan' : d === '3' ? 'desa adat' : 'desa';
}
