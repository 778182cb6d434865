/**
 * Method and event names of the IPC contract as plain data, so the sandboxed preload can use them
 * without bundling the schemas. contract.ts checks that its schema map has exactly these keys.
 */
import { HASIL_EVENT_NAMES, HASIL_METHOD_NAMES } from './hasil-names';
import { PLENO_EVENT_NAMES, PLENO_METHOD_NAMES } from './pleno-names';

export const METHOD_NAMES = [
  'pemilihan.ringkasan',
  'rekap.ambil',
  'temuan.daftar',
  'tps.ambil',
  'tps.simpan',
  'sirekap.impor',
  'cetak.dokumen',
  'kemajuan.ambil',
  'berkas.pilih',
  'sesi.buka',
  'sesi.buat',
  'sesi.demo',
  'proyektor.buka',
  'proyektor.ambil',
  'proyektor.atur',
  'proyektor.lapor',
  'cadangan.ambil',
  'cadangan.atur',
  'cadangan.sekarang',
  'cadangan.pulihkan',
  ...PLENO_METHOD_NAMES,
  ...HASIL_METHOD_NAMES,
] as const;

export type MethodName = (typeof METHOD_NAMES)[number];

export const EVENT_NAMES = ['nilai.berubah', 'proyektor.berubah', 'sesi.berubah', ...PLENO_EVENT_NAMES, ...HASIL_EVENT_NAMES] as const;

export type EventName = (typeof EVENT_NAMES)[number];

/** IPC channel of a method or event, one naming rule for both sides. */
export function channelOf(name: MethodName | EventName): string {
  return `pleno:${name}`;
}
