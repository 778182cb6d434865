/** Whole numbers in Indonesian words ("terbilang"): 2024 -> "dua ribu dua puluh empat". */

const SATUAN = ['nol', 'satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan', 'sepuluh', 'sebelas'];

const SKALA: readonly [number, string][] = [
  [1_000_000_000_000, 'triliun'],
  [1_000_000_000, 'miliar'],
  [1_000_000, 'juta'],
];

function bawahSeribu(n: number): string {
  if (n < 12) return SATUAN[n]!;
  if (n < 20) return `${SATUAN[n - 10]!} belas`;
  if (n < 100) {
    const sisa = n % 10;
    return `${SATUAN[Math.floor(n / 10)]!} puluh${sisa ? ` ${SATUAN[sisa]!}` : ''}`;
  }
  const ratus = Math.floor(n / 100);
  const sisa = n % 100;
  const depan = ratus === 1 ? 'seratus' : `${SATUAN[ratus]!} ratus`;
  return sisa ? `${depan} ${bawahSeribu(sisa)}` : depan;
}

function bawahSejuta(n: number): string {
  if (n < 1000) return bawahSeribu(n);
  const ribu = Math.floor(n / 1000);
  const sisa = n % 1000;
  const depan = ribu === 1 ? 'seribu' : `${bawahSeribu(ribu)} ribu`;
  return sisa ? `${depan} ${bawahSeribu(sisa)}` : depan;
}

/** The words for a non-negative safe integer; throws on anything else (a programming error). */
export function terbilang(n: number): string {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`terbilang: not a non-negative integer: ${n}`);
  for (const [skala, nama] of SKALA) {
    if (n >= skala) {
      const depan = Math.floor(n / skala);
      const sisa = n % skala;
      const kepala = `${terbilang(depan)} ${nama}`;
      return sisa ? `${kepala} ${terbilang(sisa)}` : kepala;
    }
  }
  return bawahSejuta(n);
}
