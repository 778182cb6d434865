/**
 * What the demo generators share: the seeded PRNG, apportioning a total over weights, Sirekap's
 * `administrasi` fields and upload times. Deterministic: the same draws give the same values.
 */
import { mulberry32 } from '../../shared/util/mulberry32';

export { mulberry32 };

export class Acak {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  /** Whole number in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  /** Float in [min, max). */
  uniform(min: number, max: number): number {
    return min + this.next() * (max - min);
  }
  /** Float in [0, 1). */
  u(): number {
    return this.next();
  }
}

/**
 * Splits a whole `total` over `weights` into whole numbers that add up to it exactly (largest remainder;
 * ties to the earlier index), so every generated sheet sums right by construction.
 */
export function bagi(total: number, weights: readonly number[]): number[] {
  const sw = weights.reduce((a, b) => a + b, 0);
  if (weights.length === 0) return [];
  if (sw <= 0) return weights.map((_, i) => (i === 0 ? total : 0));
  const raw = weights.map((w) => (total * w) / sw);
  const out = raw.map(Math.floor);
  let rest = total - out.reduce((a, b) => a + b, 0);
  const order = raw.map((r, i) => ({ i, f: r - Math.floor(r) })).sort((a, b) => b.f - a.f || a.i - b.i);
  for (const { i } of order) {
    if (rest <= 0) break;
    out[i]! += 1;
    rest--;
  }
  return out;
}

/** The 18 `administrasi` fields of a Sirekap TPS file, in the order of FORMATS.md section 2. */
export const KUNCI_ADMINISTRASI_SIREKAP = [
  'suara_sah',
  'suara_tidak_sah',
  'suara_total',
  'pemilih_dpt_j',
  'pemilih_dpt_l',
  'pemilih_dpt_p',
  'pengguna_dpt_j',
  'pengguna_dpt_l',
  'pengguna_dpt_p',
  'pengguna_dptb_j',
  'pengguna_dptb_l',
  'pengguna_dptb_p',
  'pengguna_non_dpt_j',
  'pengguna_non_dpt_l',
  'pengguna_non_dpt_p',
  'pengguna_total_j',
  'pengguna_total_l',
  'pengguna_total_p',
] as const;

export type KunciAdministrasiSirekap = (typeof KUNCI_ADMINISTRASI_SIREKAP)[number];

/** Our row key of a Sirekap `administrasi` field: `pengguna_non_dpt_*` is DPK. */
export function kunciLembarDariSirekap(key: KunciAdministrasiSirekap): string {
  return key.replace(/^pengguna_non_dpt_/, 'pengguna_dpk_');
}

/** The `administrasi` object of a Sirekap file from a sheet's numbers. */
export function administrasiDari(v: Readonly<Record<string, number>>): Record<KunciAdministrasiSirekap, number | null> {
  return Object.fromEntries(
    KUNCI_ADMINISTRASI_SIREKAP.map((k) => {
      const x = v[kunciLembarDariSirekap(k)];
      if (x === undefined) throw new Error(`row ${kunciLembarDariSirekap(k)} missing`);
      return [k, x];
    }),
  ) as Record<KunciAdministrasiSirekap, number | null>;
}

export function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/** Upload time of a TPS, between the evening of voting day and 16 Feb 2024, as Sirekap writes it. */
export function waktuUnggah(acak: Acak): string {
  const start = Date.UTC(2024, 1, 14, 17, 0, 0);
  const d = new Date(start + acak.int(0, 55 * 3600 - 1) * 1000);
  return `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())} ${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}:${pad2(d.getUTCSeconds())}`;
}
