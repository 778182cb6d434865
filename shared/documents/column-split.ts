/**
 * Splitting the unit columns (desa or TPS) of a recap table over pages. A page holds `fixedWidth` (ref,
 * label, L/P/JML), its unit columns and its summary columns: the first page one JUMLAH PINDAHAN (carried
 * out), a middle page two (carried in and out), the last page JUMLAH PINDAHAN (carried in) and JUMLAH AKHIR;
 * a table that fits one page has only JUMLAH AKHIR. Pure arithmetic on widths, in points.
 */

export interface ColumnFit {
  readonly available: number;
  readonly fixedWidth: number;
  readonly unitWidth: number;
  readonly summaryWidth: number;
}

/** How many unit columns fit beside `summaries` summary columns. */
export function capacity(fit: ColumnFit, summaries: number): number {
  return Math.max(0, Math.floor((fit.available - fit.fixedWidth - summaries * fit.summaryWidth + 1e-6) / fit.unitWidth));
}

/**
 * Splits `count` unit columns into page chunks (arrays of column indices, in order), using as few pages as
 * possible and then balancing them so the pages look alike. Throws when not even one column fits.
 */
export function splitColumns(count: number, fit: ColumnFit): number[][] {
  if (count === 0) return [[]];
  const single = capacity(fit, 1);
  if (count <= single) return [range(0, count)];
  const first = capacity(fit, 1);
  const later = capacity(fit, 2);
  if (first < 1 || later < 1) throw new RangeError('splitColumns: no unit column fits on a page');
  const pages = 1 + Math.ceil((count - first) / later);
  const caps = [first, ...Array<number>(pages - 1).fill(later)];
  const chunks: number[][] = [];
  let next = 0;
  for (let i = 0; i < pages; i++) {
    const remaining = count - next;
    const left = pages - i;
    const laterCaps = caps.slice(i + 1).reduce((a, b) => a + b, 0);
    // An even share, but never so little that the later pages cannot take the rest.
    const take = Math.min(caps[i]!, Math.max(Math.ceil(remaining / left), remaining - laterCaps));
    chunks.push(range(next, next + take));
    next += take;
  }
  return chunks;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, i) => from + i);
}
