// Test data (pure, shared by the tests of shared/ and electron/): a small kecamatan package.
import type { Paket } from '../domain/election';

/** Two desa, three TPS, PPWP with Sirekap ids and DPD without. */
export const PAKET_CONTOH: Paket = {
  format: 'rekap-paket/1',
  pemilihan: { nama: 'Pemilihan Umum Tahun 2024', jenis: 'pemilu', tanggal: '2024-02-14' },
  tingkat: 'kecamatan',
  wilayah: {
    provinsi: { kode: '11', nama: 'ACEH' },
    kabupaten: { kode: '1101', nama: 'ACEH SELATAN' },
    kecamatan: { kode: '110101', nama: 'BAKONGAN' },
  },
  desa: [
    { kode: '1101012001', nama: 'KEUDE BAKONGAN', tps: [{ kode: '1101012001001', nomor: 1 }, { kode: '1101012001002', nomor: 2 }] },
    { kode: '1101012002', nama: 'UJONG MANGKI', tps: [{ kode: '1101012002001', nomor: 1 }] },
  ],
  surat_suara: [
    {
      jenis: 'PPWP',
      peserta: [
        { nomor: 1, nama: 'ANIES - MUHAIMIN', sirekap_id: '100025' },
        { nomor: 2, nama: 'PRABOWO - GIBRAN', sirekap_id: '100026' },
        { nomor: 3, nama: 'GANJAR - MAHFUD', sirekap_id: '100027' },
      ],
    },
    { jenis: 'DPD', peserta: [{ nomor: 21, nama: 'CALON A' }, { nomor: 22, nama: 'CALON B' }] },
  ],
};

/** The kabupaten-level package above PAKET_CONTOH: its kecamatan and one more, the same ballots. */
export const PAKET_KABUPATEN_CONTOH = {
  format: PAKET_CONTOH.format,
  pemilihan: PAKET_CONTOH.pemilihan,
  tingkat: 'kabupaten',
  wilayah: { provinsi: PAKET_CONTOH.wilayah.provinsi, kabupaten: PAKET_CONTOH.wilayah.kabupaten },
  kecamatan: [PAKET_CONTOH.wilayah.kecamatan, { kode: '110102', nama: 'TRUMON' }],
  surat_suara: PAKET_CONTOH.surat_suara,
} as const;
