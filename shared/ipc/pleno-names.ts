/** Method and event names of the plenary part of the contract (issue 5), spread into names.ts. */
export const PLENO_METHOD_NAMES = [
  'pleno.ambil',
  'pleno.ubah',
  'hadirin.daftarkan',
  'hadirin.catat',
  'tinjauan.majukan',
  'keberatan.ajukan',
  'keberatan.langkah',
  'hitung-ulang.catat',
  'tanda-tangan.catat',
  'tanda-tangan.daftar',
  'pleno.cetak',
] as const;

export type PlenoMethodName = (typeof PLENO_METHOD_NAMES)[number];

export const PLENO_EVENT_NAMES = ['pleno.berubah'] as const;
