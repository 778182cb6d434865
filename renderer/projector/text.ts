import type { BagianProyektor } from './layout';

/** Every text of the projector view, in Bahasa Indonesia, in one place. */
export const T = {
  memuat: 'Memuat…',
  tanpaData: 'Belum ada basis data rekap yang terbuka.',
  judulKecamatan: (kec: string): string => `KECAMATAN ${kec}`,
  subKecamatan: 'DESA/KELURAHAN BERDAMPINGAN',
  kabupaten: (nama: string): string => `KAB. ${nama}`,
  judulDesa: (jenis: string, nama: string): string => `${jenis} ${nama}`,
  subDesa: 'TPS BERDAMPINGAN',
  bagian: { suara: 'PEROLEHAN SUARA', pemilih: 'DATA PEMILIH', surat: 'SURAT SUARA, DISABILITAS' } satisfies Record<BagianProyektor, string>,
  halaman: (n: number, total: number): string => `Halaman ${n}/${total}`,
  kolomUraian: 'URAIAN',
  tps: (nomor: string): string => `TPS ${nomor}`,
  pindahan: 'JUMLAH PINDAHAN',
  akhir: 'JUMLAH AKHIR',
  jumlah: 'JUMLAH',
  tpsTerisi: (n: number, total: number): string => `${n}/${total} TPS`,
  sedangDibaca: 'DIBACA',
  sirekap: 'SIREKAP',
  legendaGalat: 'galat',
  legendaPeringatan: 'peringatan',
  legendaSelisih: 'beda dengan Sirekap',
  legendaSirekap: 'angka Sirekap (C.Hasil belum dibacakan)',
  legendaTpsDibaca: 'C.Hasil sudah dibacakan; TPS lain: angka Sirekap',
  legendaKosong: 'belum ada',
} as const;
