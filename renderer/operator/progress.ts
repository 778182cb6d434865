import type { Lembar } from '../../shared/forms/c-hasil';
import type { Temuan } from '../../shared/validation/finding';

/**
 * Where a TPS stands in the plenary: not read yet (with or without Sirekap numbers to compare against),
 * partly read, or read and checked (clean, with warnings, or with errors).
 */
export type StatusTps = 'kosong' | 'sirekap' | 'sebagian' | 'galat' | 'peringatan' | 'bersih';

/** How many of a sheet's rows hold a number. */
export function jumlahTerisi(lembar: Lembar, keys: readonly string[]): number {
  return keys.filter((k) => lembar[k] !== null && lembar[k] !== undefined).length;
}

export function statusTps(terisi: number, jumlahBaris: number, adaSirekap: boolean, temuan: readonly Temuan[]): StatusTps {
  if (terisi === 0) return adaSirekap ? 'sirekap' : 'kosong';
  if (temuan.some((t) => t.keparahan === 'galat')) return 'galat';
  if (terisi < jumlahBaris) return 'sebagian';
  if (temuan.length > 0) return 'peringatan';
  return 'bersih';
}

export interface RingkasanStatus {
  readonly status: StatusTps;
  readonly terisi: number;
  readonly total: number;
}

/** A desa: errors first, then whether it is done, partly done or not started; and how many TPS are entered. */
export function statusDesa(statuses: readonly StatusTps[]): RingkasanStatus {
  const selesai = (s: StatusTps): boolean => s === 'bersih' || s === 'peringatan' || s === 'galat';
  const terisi = statuses.filter(selesai).length;
  let status: StatusTps;
  if (statuses.includes('galat')) status = 'galat';
  else if (statuses.every((s) => s === 'bersih')) status = 'bersih';
  else if (statuses.every((s) => s === 'kosong' || s === 'sirekap')) status = statuses.includes('sirekap') ? 'sirekap' : 'kosong';
  else if (statuses.every(selesai)) status = 'peringatan';
  else status = 'sebagian';
  return { status, terisi, total: statuses.length };
}
