/**
 * The arithmetic and the table of the benchmark: medians and percentiles of samples, each figure's ratio to the
 * lower bound measured in the same run, the targets of issue 8, and the Markdown table printed and put in the
 * README. Pure, tested in tests/unit/bench.test.ts.
 */

/** Nearest-rank percentile (p in 0..100) of samples; NaN when there are none. */
export function persentil(sampel: readonly number[], p: number): number {
  if (sampel.length === 0) return Number.NaN;
  const urut = [...sampel].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * urut.length));
  return urut[Math.min(rank, urut.length) - 1]!;
}

export function median(sampel: readonly number[]): number {
  if (sampel.length === 0) return Number.NaN;
  const urut = [...sampel].sort((a, b) => a - b);
  const m = Math.floor(urut.length / 2);
  return urut.length % 2 === 1 ? urut[m]! : (urut[m - 1]! + urut[m]!) / 2;
}

/** How many times the lower bound a figure took (both in ms); null without a usable bound. */
export function rasio(ms: number, batasBawahMs: number | null | undefined): number | null {
  if (batasBawahMs === null || batasBawahMs === undefined || !(batasBawahMs > 0) || !Number.isFinite(ms)) return null;
  return ms / batasBawahMs;
}

/** A target of issue 8: a most value of the figure and, optionally, a most ratio to its lower bound. */
export interface Target {
  readonly maks: number;
  readonly rasioMaks?: number;
}

/** One line of the table. */
export interface Baris {
  readonly kunci: string;
  readonly langkah: string;
  readonly nilai: number;
  readonly satuan: 'ms' | 'MB' | 'halaman/s' | 'halaman';
  /** The lower bound in ms (for ms figures) and what it is. */
  readonly batasBawah?: { readonly ms: number; readonly apa: string };
  readonly target?: Target;
  readonly catatan?: string;
}

export type Putusan = 'ya' | 'TIDAK' | '-';

/** Whether a line meets its target (value and, if set, ratio); '-' without a target. */
export function memenuhi(b: Baris): Putusan {
  if (!b.target) return '-';
  if (!(b.nilai <= b.target.maks)) return 'TIDAK';
  if (b.target.rasioMaks !== undefined) {
    const r = rasio(b.nilai, b.batasBawah?.ms);
    if (r === null || r > b.target.rasioMaks) return 'TIDAK';
  }
  return 'ya';
}

function angka(x: number): string {
  if (!Number.isFinite(x)) return 'n/a';
  if (Math.abs(x) >= 100) return x.toFixed(0);
  if (Math.abs(x) >= 10) return x.toFixed(1);
  return x.toFixed(2);
}

function teksTarget(b: Baris): string {
  if (!b.target) return '';
  const dasar = `< ${angka(b.target.maks)} ${b.satuan}`;
  return b.target.rasioMaks === undefined ? dasar : `${dasar}, <= ${b.target.rasioMaks}x`;
}

/** The Markdown table: step, figure, lower bound, ratio, target, met. */
export function tabelMarkdown(baris: readonly Baris[]): string {
  const out = ['| langkah | hasil | batas bawah (sama run) | rasio | target | tercapai |', '| --- | ---: | --- | ---: | --- | :---: |'];
  for (const b of baris) {
    const r = rasio(b.nilai, b.batasBawah?.ms);
    out.push(
      [
        '',
        ` ${b.langkah}${b.catatan ? ` (${b.catatan})` : ''} `,
        ` ${angka(b.nilai)} ${b.satuan} `,
        ` ${b.batasBawah ? `${angka(b.batasBawah.ms)} ms: ${b.batasBawah.apa}` : ''} `,
        ` ${r === null ? '' : `${angka(r)}x`} `,
        ` ${teksTarget(b)} `,
        ` ${memenuhi(b)} `,
        '',
      ].join('|'),
    );
  }
  return `${out.join('\n')}\n`;
}

/** The JSON written beside the table: every line with its ratio and verdict, and the run's context. */
export function laporanJson(baris: readonly Baris[], konteks: Readonly<Record<string, unknown>>): { readonly format: string; readonly hasil: readonly (Baris & { rasio: number | null; tercapai: Putusan })[] } {
  return {
    format: 'pleno-rekap-bench/1',
    ...konteks,
    hasil: baris.map((b) => ({ ...b, rasio: rasio(b.nilai, b.batasBawah?.ms), tercapai: memenuhi(b) })),
  };
}
