import { bungkus, type UkurTeks } from './layout';

/**
 * The header's title (ballot and unit, e.g. `DPRD Kab/Kota · DESA SUKAMAJU KIDUL`) fitted to the room the header
 * leaves it: at its size when it fits, else smaller down to three quarters, else on two lines at the largest size
 * where two lines hold it and stay within the header's height (`pxMaksDuaBaris`), not below 60 %. Never cut: a
 * name read from the back of the hall must be whole.
 */
export interface UkuranJudul {
  readonly px: number;
  readonly baris: 1 | 2;
}

export function pasJudul(teks: string, lebar: number, pxDasar: number, pxMaksDuaBaris: number, font: string, ukur: UkurTeks): UkuranJudul {
  const f = (px: number): string => `bold ${px}px ${font}`;
  const w = ukur(teks, f(pxDasar));
  if (w <= lebar || lebar <= 0) return { px: pxDasar, baris: 1 };
  const satu = Math.floor((pxDasar * lebar) / w);
  if (satu >= Math.ceil(pxDasar * 0.75)) return { px: satu, baris: 1 };
  for (let px = Math.min(pxDasar, pxMaksDuaBaris); px >= Math.ceil(pxDasar * 0.6); px--) {
    if (bungkus(teks, lebar, f(px), ukur).length <= 2) return { px, baris: 2 };
  }
  return { px: Math.ceil(pxDasar * 0.6), baris: 2 };
}
