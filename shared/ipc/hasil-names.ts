/**
 * Method names of the exchange between levels (issue 6) as plain data, spread into names.ts: the PPK's export,
 * its check, the witness pack and the spreadsheets, and the KPU kabupaten/kota console.
 */
export const HASIL_METHOD_NAMES = [
  'hasil.ekspor',
  'hasil.periksa',
  'hasil.paket-saksi',
  'hasil.tabel',
  'kabupaten.ringkasan',
  'kabupaten.impor',
  'kabupaten.rekap',
  'kabupaten.cetak',
  'sesi.demo-kabupaten',
] as const;

export const HASIL_EVENT_NAMES = ['kabupaten.berubah'] as const;

export type HasilMethodName = (typeof HASIL_METHOD_NAMES)[number];

/** The methods that need no open database: checking a file, opening the kabupaten demo. */
export const HASIL_METHOD_TANPA_DB = ['hasil.periksa', 'sesi.demo-kabupaten'] as const satisfies readonly HasilMethodName[];
export type HasilMethodTanpaDb = (typeof HASIL_METHOD_TANPA_DB)[number];
export type HasilMethodData = Exclude<HasilMethodName, HasilMethodTanpaDb>;
