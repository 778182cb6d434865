/** Every text of the operator console, in Bahasa Indonesia, in one place. */
export const T = {
  judulAplikasi: 'Pleno Rekap',
  memuat: 'Memuat data rekapitulasi…',
  rekapitulasi: 'Rekapitulasi Kecamatan',

  // Files and sessions.
  menuBerkas: 'Berkas',
  bukaBasisData: 'Buka basis data rekap…',
  buatDariPaket: 'Buat dari paket pemilihan…',
  bukaDemo: 'Buka data demo',
  imporSirekap: 'Impor Sirekap…',
  belumAdaBasisData: 'Belum ada basis data rekap yang terbuka.',
  pilihCaraMulai: 'Buka basis data rekap yang sudah ada, buat yang baru dari paket pemilihan, atau coba data demo.',
  berkasDb: 'Basis data',
  imporSelesai: (berkas: number, tps: number, baru: number, sama: number): string =>
    `Impor Sirekap selesai: ${berkas} berkas, ${tps} TPS, ${baru} nilai baru, ${sama} nilai sama.`,
  dibuka: (berkas: string): string => `Basis data dibuka: ${berkas}`,
  adaDrafSebelumGanti: (n: number): string =>
    `Ada ${n} TPS dengan isian yang belum disimpan. Buka basis data lain dan buang isian itu?`,

  // Ballot.
  pilihSuratSuara: 'Surat suara',
  pintasanSuratSuara: (n: number): string => `Ctrl+${n}`,

  // Navigation and progress.
  daftarDesa: 'Desa/kelurahan dan TPS',
  tps: 'TPS',
  desa: 'Desa',
  kelurahan: 'Kelurahan',
  status: {
    kosong: 'Belum diisi',
    sirekap: 'Belum diisi, ada data Sirekap',
    sebagian: 'Sebagian diisi',
    galat: 'Ada galat',
    peringatan: 'Ada peringatan',
    bersih: 'Lengkap dan bersih',
  },
  draf: 'Ada isian yang belum disimpan',

  // Entry.
  judulLembar: (nomor: string, desa: string): string => `TPS ${nomor} · ${desa}`,
  sumber: 'Angka C.Hasil plano yang dibacakan dalam rapat pleno',
  kolomNo: 'No.',
  kolomUraian: 'Uraian',
  kolomL: 'L',
  kolomP: 'P',
  kolomJml: 'JML',
  sirekapPendek: 'S',
  sirekapTitle: (v: string): string => `Nilai Sirekap: ${v}`,
  berbedaSirekap: (v: string): string => `Berbeda dengan Sirekap (${v})`,
  jumlahSelisih: (n: number): string => `${n} angka beda dengan Sirekap`,
  belumTerbacaSirekap: 'Sirekap belum membaca angka ini',
  simpan: 'Simpan',
  pintasanSimpan: 'Ctrl+S',
  menyimpan: 'Menyimpan…',
  buangDraf: 'Buang perubahan',
  tersimpan: (jam: string): string => `Tersimpan pukul ${jam}.`,
  tersimpanDenganGalat: (jam: string, n: number): string => `Tersimpan pukul ${jam}, dengan ${n} galat yang perlu dicocokkan.`,
  gagalSimpan: 'Gagal menyimpan; isian tetap ada di layar.',
  adaDraf: 'Isian belum disimpan. Simpan dengan Ctrl+S, atau pindah TPS: isian tetap tersimpan sebagai draf.',
  tidakAdaPerubahan: 'Tidak ada perubahan.',
  bantuanKeyboard: 'Tab/Enter: kotak berikutnya · Shift+Tab: sebelumnya · hanya angka, paling banyak 3 digit · Ctrl+S atau Ctrl+Enter: simpan · Alt+↓/Alt+↑: TPS berikut/sebelumnya',
  bantuanKeyboardPartai: 'Tab/Enter: kotak berikutnya · F4: ciutkan/buka calon partai · Ctrl+F atau /: cari partai/calon · Ctrl+S: simpan · Ctrl+1..5: surat suara',
  labelKotak: (ref: string, label: string, kolom: string | null): string => `${ref} ${label}${kolom ? ` (${kolom})` : ''}`,

  // Party ballots (DPR, DPRD): blocks, collapsing, search.
  jumlahCalon: (n: number): string => `${n} calon`,
  calonDiciutkan: 'calon disembunyikan (F4)',
  ciutkanCalon: 'Sembunyikan baris calon (F4)',
  bukaCalon: 'Tampilkan baris calon (F4)',
  ciutkanSemua: 'Ciutkan semua',
  bukaSemua: 'Buka semua',
  cariLabel: 'Cari',
  cariPlaceholder: 'nomor/nama partai, 7.3, nama calon',
  cariTidakAda: 'Tidak ditemukan.',

  // Findings.
  temuanLembar: 'Pemeriksaan lembar ini',
  temuanDesa: (desa: string): string => `Semua temuan ${desa}`,
  tidakAdaTemuan: 'Tidak ada temuan: angka-angka lembar ini saling cocok.',
  tidakAdaTemuanDesa: 'Tidak ada temuan di desa/kelurahan ini.',
  jumlahTemuan: (galat: number, peringatan: number): string => `${galat} galat, ${peringatan} peringatan`,
  galat: 'Galat',
  peringatan: 'Peringatan',
  lompat: 'Lompat ke kotak',
  temuanDari: (tps: string): string => `TPS ${tps}`,
  temuanUnit: 'Jumlah desa',
  dariDraf: 'isian belum disimpan',
  dariSirekap: 'data Sirekap, C.Hasil belum dibacakan',

  // Projector control.
  proyektor: 'Proyektor',
  bukaProyektor: 'Buka jendela',
  tampilkan: 'Tampilkan',
  tampilanKecamatan: 'Kecamatan',
  tampilanKecamatanTitle: 'Desa/kelurahan berdampingan',
  tampilanDesa: 'Desa ini',
  tampilanDesaTitle: (desa: string): string => `TPS ${desa} berdampingan`,
  bagian: { suara: 'Perolehan suara', pemilih: 'Data pemilih', surat: 'Surat suara' },
  halaman: (n: number, total: number): string => `Hal. ${n}/${total}`,
  halamanSebelumnya: 'Halaman sebelumnya (Shift+F8)',
  halamanBerikutnya: 'Halaman berikutnya (F8)',
} as const;
