/**
 * The hall's clock: Indonesia has three time zones, and the province code says which one a PPK sits in.
 * WITA: Bali, NTB, NTT, South/East/North Kalimantan, every Sulawesi province; WIT: Maluku and Papua.
 */
const WITA = new Set(['51', '52', '53', '63', '64', '65', '71', '72', '73', '74', '75', '76']);

/** UTC offset in hours of a province: 7 (WIB), 8 (WITA) or 9 (WIT). */
export function offsetZona(kodeProvinsi: string): number {
  if (kodeProvinsi.startsWith('8') || kodeProvinsi.startsWith('9')) return 9;
  return WITA.has(kodeProvinsi) ? 8 : 7;
}

export function namaZona(offset: number): string {
  return offset === 8 ? 'WITA' : offset === 9 ? 'WIT' : 'WIB';
}
