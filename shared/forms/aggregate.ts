import type { Lembar } from './c-hasil';

/**
 * Sums sheets row by row, each row independently, as the official recap does (R16): the sum of the
 * participants can then differ from the summed suara sah, and the inconsistent TPS is a finding.
 * A row that no sheet has read stays null; a row read on some sheets sums what was read.
 */
export function jumlahkanLembar(keys: readonly string[], lembar: readonly Lembar[]): Record<string, number | null> {
  const out: Record<string, number | null> = {};
  for (const key of keys) {
    let sum: number | null = null;
    for (const l of lembar) {
      const v = l[key];
      if (v !== null && v !== undefined) sum = (sum ?? 0) + v;
    }
    out[key] = sum;
  }
  return out;
}
