import type { JenisSuratSuara } from '../domain/ballot';
import { KODE_FORM_SURAT_SUARA, LABEL_SURAT_SUARA } from '../domain/ballot';

/** Every string printed on the D.Hasil documents, in one place (Bahasa Indonesia, as on the forms). */

/** "MODEL D.HASIL KECAMATAN-PPWP". */
export function kodeFormDHasil(jenis: JenisSuratSuara): string {
  return `MODEL D.HASIL KECAMATAN-${KODE_FORM_SURAT_SUARA[jenis]}`;
}

/** "LAMPIRAN MODEL D.HASIL KECAMATAN-PPWP". */
export function kodeFormLampiran(jenis: JenisSuratSuara): string {
  return `LAMPIRAN ${kodeFormDHasil(jenis)}`;
}

/** The form code as set in the box of the header band: ["MODEL D.HASIL", "KECAMATAN-PPWP"]. */
export function kodeFormBaris(jenis: JenisSuratSuara): string[] {
  return ['MODEL D.HASIL', `KECAMATAN-${KODE_FORM_SURAT_SUARA[jenis]}`];
}

export function kodeFormLampiranBaris(jenis: JenisSuratSuara): string[] {
  return ['LAMPIRAN', ...kodeFormBaris(jenis)];
}

export const JUDUL_D_HASIL =
  'BERITA ACARA DAN SERTIFIKAT REKAPITULASI HASIL PENGHITUNGAN PEROLEHAN SUARA DARI SETIAP KELURAHAN/DESA DI TINGKAT KECAMATAN';

/** "PEMILIHAN UMUM PRESIDEN DAN WAKIL PRESIDEN TAHUN 2024". */
export function judulPemilihan(jenis: JenisSuratSuara, tahun: string): string {
  return `${LABEL_SURAT_SUARA[jenis].toUpperCase()} TAHUN ${tahun}`;
}

/** In running text: "Pemilihan Umum Presiden dan Wakil Presiden Tahun 2024". */
export function namaPemilihan(jenis: JenisSuratSuara, tahun: string): string {
  return `${LABEL_SURAT_SUARA[jenis]} Tahun ${tahun}`;
}

/** "LAMPIRAN MODEL D.HASIL KECAMATAN-PPWP — RINCIAN PEROLEHAN SUARA DI SETIAP TPS, KELURAHAN/DESA <NAMA>". */
export function judulLampiran(jenis: JenisSuratSuara, namaDesa: string): string {
  return `${kodeFormLampiran(jenis)} — RINCIAN PEROLEHAN SUARA DI SETIAP TPS, KELURAHAN/DESA ${namaDesa.toUpperCase()}`;
}

export const LABEL_ISIAN = {
  provinsi: 'PROVINSI',
  kabupaten: 'KABUPATEN/KOTA',
  kecamatan: 'KECAMATAN',
  desa: 'KELURAHAN/DESA',
  dapil: 'DAERAH PEMILIHAN',
} as const;

/** A header field's label with its colon: "PROVINSI :". */
export function labelIsian(label: string): string {
  return `${label} :`;
}

/** A region as printed in a header field: "ACEH SELATAN (1101)". */
export function namaDenganKode(nama: string, kode: string): string {
  return `${nama.toUpperCase()} (${kode})`;
}

export const KOLOM = {
  nomor: 'NO.',
  uraian: 'URAIAN',
  kelurahanDesa: 'KELURAHAN/DESA',
  tps: 'TPS',
  jumlahPindahan: 'JUMLAH PINDAHAN',
  pindahanMasuk: 'dari halaman sebelumnya',
  pindahanKeluar: 'ke halaman berikutnya',
  jumlahAkhir: 'JUMLAH AKHIR',
  /** Under the header of a TPS whose sheet has no number yet. */
  tpsBelumDiisi: '(belum diisi)',
} as const;

/** The TPS column header: "TPS 001". */
export function kolomTps(nomor: number): string {
  return `TPS ${String(nomor).padStart(3, '0')}`;
}

/** Sub-row labels of the rows split by sex. */
export const SUB_BARIS = { l: 'L', p: 'P', j: 'JML' } as const;

/** Shown where a number has not been read; explained in the footer of every table page. */
export const BELUM_DIISI = '—';
export const KETERANGAN_BELUM_DIISI = `Tanda ${BELUM_DIISI} : angka belum diisi`;

/** Marks a section heading repeated on the page after a break. */
export const LANJUTAN = '(lanjutan)';

export const RINGKASAN_JUDUL = 'REKAPITULASI PEROLEHAN SUARA DI TINGKAT KECAMATAN';

/** Section IV of the berita acara's summary on DPR/DPRD: each party's B. */
export const JUDUL_RINGKASAN_PARTAI = 'IV. JUMLAH SUARA SAH PARTAI POLITIK DAN CALON (B = A.1 + A.2)';

/** Under that summary: where A.1 and the candidates' votes are. */
export const TEKS_RINCIAN_PARTAI =
  'Rincian suara sah partai politik (A.1) dan suara sah setiap calon (A.2) tercantum pada halaman rekapitulasi per kelurahan/desa dan pada lampiran setiap kelurahan/desa.';

/** Opening paragraph of the berita acara. */
export function teksPembukaan(p: {
  tanggalDalamKata: string;
  kecamatan: string;
  kabupaten: string;
  provinsi: string;
  pemilihan: string;
}): string {
  return (
    `Pada hari ini ${p.tanggalDalamKata}, Panitia Pemilihan Kecamatan ${p.kecamatan}, Kabupaten/Kota ${p.kabupaten}, ` +
    `Provinsi ${p.provinsi} telah melaksanakan rapat pleno terbuka rekapitulasi hasil penghitungan perolehan suara ` +
    `${p.pemilihan} dari setiap kelurahan/desa di tingkat kecamatan, dengan hasil sebagaimana tercantum dalam ` +
    'sertifikat ini dan lampirannya.'
  );
}

/** Coverage sentence: how many desa and TPS the recap holds, and how many TPS have no number yet. */
export function teksCakupan(jumlahDesa: number, jumlahTps: number, tpsBelumDiisi: number): string {
  const dasar = `Rekapitulasi ini mencakup ${jumlahDesa} kelurahan/desa dan ${jumlahTps} TPS.`;
  return tpsBelumDiisi === 0 ? dasar : `${dasar} Hasil ${tpsBelumDiisi} TPS belum diisi pada saat dicetak.`;
}

export const TEKS_PENUTUP =
  'Berita acara dan sertifikat ini beserta lampirannya (rincian perolehan suara di setiap TPS per kelurahan/desa) ' +
  'merupakan satu kesatuan yang tidak terpisahkan, dibuat dalam rapat pleno terbuka dan ditandatangani oleh ' +
  'Panitia Pemilihan Kecamatan serta saksi yang hadir.';

/** Place and date above the signatures: "BAKONGAN, 15 Februari 2024". */
export function tempatTanggal(tempat: string, tanggal: string): string {
  return `${tempat}, ${tanggal}`;
}

export const TANDA_TANGAN = {
  ppk: 'PANITIA PEMILIHAN KECAMATAN',
  saksi: 'SAKSI PASANGAN CALON',
  no: 'NO.',
  nama: 'NAMA',
  jabatan: 'JABATAN',
  tandaTangan: 'TANDA TANGAN',
  pasanganCalon: 'PASANGAN CALON',
  partaiPolitik: 'PARTAI POLITIK',
  calonDpd: 'CALON ANGGOTA DPD',
  namaSaksi: 'NAMA SAKSI',
  ketua: 'Ketua',
  anggota: 'Anggota',
  tidakHadir: 'Tidak hadir',
  menolak: 'Menolak menandatangani',
  alasan: 'Alasan',
} as const;

/** Heading of the saksi block by ballot kind: pairs for the executive ballots, candidates or parties otherwise. */
export function judulSaksi(jenis: JenisSuratSuara): string {
  switch (jenis) {
    case 'PPWP':
    case 'GUBERNUR':
    case 'BUPATI':
    case 'WALIKOTA':
      return TANDA_TANGAN.saksi;
    case 'DPD':
      return 'SAKSI CALON ANGGOTA DPD';
    default:
      return 'SAKSI PARTAI POLITIK';
  }
}

/** Header of the saksi table's participant column by ballot kind. */
export function kolomPesertaSaksi(jenis: JenisSuratSuara): string {
  switch (jenis) {
    case 'DPD':
      return TANDA_TANGAN.calonDpd;
    case 'DPR':
    case 'DPRD_PROV':
    case 'DPRD_KABKO':
      return TANDA_TANGAN.partaiPolitik;
    default:
      return TANDA_TANGAN.pasanganCalon;
  }
}

/** Footer, left: the document's identity. */
export function identitasDokumen(kodeForm: string, kecamatan: string, kodeKecamatan: string, pemilihan: string): string {
  return `${kodeForm} · Kecamatan ${kecamatan} (${kodeKecamatan}) · ${pemilihan}`;
}

/** Footer, right: "Dicetak 15 Februari 2024 pukul 21.05 WIB · Halaman 3 dari 41". */
export function kakiHalaman(dicetak: string, halaman: number, dari: number): string {
  return `Dicetak ${dicetak} · Halaman ${halaman} dari ${dari}`;
}

export const PRODUSER_PDF = 'Pleno Rekap';
