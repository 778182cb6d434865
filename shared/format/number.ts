/** Indonesian number formatting: 12.345 (dot as thousands separator). */
const FMT = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 0, useGrouping: true });

/** Formats a count the Indonesian way; null (not read) shows as an em dash. */
export function formatAngka(n: number | null | undefined): string {
  if (n === null || n === undefined) return '—';
  return FMT.format(n);
}
