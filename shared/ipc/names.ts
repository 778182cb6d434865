/**
 * Method and event names of the IPC contract as plain data, so the sandboxed preload can use them
 * without bundling the schemas. contract.ts checks that its schema map has exactly these keys.
 */
export const METHOD_NAMES = [
  'pemilihan.ringkasan',
  'rekap.ambil',
  'temuan.daftar',
  'tps.ambil',
  'tps.simpan',
  'sirekap.impor',
  'cetak.dokumen',
] as const;

export type MethodName = (typeof METHOD_NAMES)[number];

export const EVENT_NAMES = ['nilai.berubah'] as const;

export type EventName = (typeof EVENT_NAMES)[number];

/** IPC channel of a method or event, one naming rule for both sides. */
export function channelOf(name: MethodName | EventName): string {
  return `pleno:${name}`;
}
