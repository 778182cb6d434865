/** The plenary (rapat pleno terbuka): sittings, attendance, review, objections, recounts, signatures. */
import { isSuratSuaraPartai, type JENIS_SURAT_SUARA_PARTAI, type JenisSuratSuara } from './ballot';

/** Where the plenary stands now. */
export type StatusPleno = 'belum-dibuka' | 'berlangsung' | 'diskors' | 'ditutup';

export type JenisPeristiwaPleno = 'buka' | 'skors' | 'lanjut' | 'tutup';

/** One recorded transition of the plenary. */
export interface PeristiwaPleno {
  readonly id: number;
  readonly jenis: JenisPeristiwaPleno;
  readonly waktu: string;
  readonly tempat: string | null;
  readonly ketua: string | null;
  readonly alasan: string | null;
  readonly oleh: string;
}

/** One skors with its start, end (null while still suspended) and reason. */
export interface Skors {
  readonly mulai: string;
  readonly selesai: string | null;
  readonly alasan: string;
  readonly oleh: string;
}

/** One day's sitting: opened, its skors, closed (null while open). */
export interface Sidang {
  readonly ke: number;
  readonly dibuka: string;
  readonly ditutup: string | null;
  readonly tempat: string;
  readonly ketua: string;
  readonly skors: readonly Skors[];
}

/** The plenary as its events make it. */
export interface KeadaanPleno {
  readonly status: StatusPleno;
  readonly sidang: readonly Sidang[];
  /** Since when the current status holds (null before opening). */
  readonly sejak: string | null;
}

export const UNSUR_HADIRIN = ['ppk', 'panwaslu', 'pps', 'saksi', 'pemantau', 'pewarta', 'instansi', 'masyarakat', 'sekretariat'] as const;
export type UnsurHadirin = (typeof UNSUR_HADIRIN)[number];

export const LABEL_UNSUR: Readonly<Record<UnsurHadirin, string>> = {
  ppk: 'PPK',
  panwaslu: 'Panwaslu Kecamatan',
  pps: 'PPS',
  saksi: 'Saksi',
  pemantau: 'Pemantau',
  pewarta: 'Pewarta',
  instansi: 'Instansi terkait',
  masyarakat: 'Masyarakat',
  sekretariat: 'Sekretariat PPK',
};

/**
 * Whom a saksi witnesses for (DOMAIN.md section 1, PKPU 5/2024 Pasal 14(4)): on the legislative ballots the
 * participant is the party, with the same number on DPR, DPRD Provinsi and DPRD Kab/Kota, so a party saksi is
 * `PARTAI` and counts for every party ballot; otherwise the ballot of the paslon (PPWP, Pilkada) or the DPD
 * candidate.
 */
export const JENIS_PIHAK_SAKSI = ['PPWP', 'PARTAI', 'DPD', 'GUBERNUR', 'BUPATI', 'WALIKOTA'] as const;
export type JenisPihakSaksi = (typeof JENIS_PIHAK_SAKSI)[number];

export interface PihakSaksi {
  readonly jenis: JenisPihakSaksi;
  readonly nomor: number;
}

/** The side a saksi of this ballot's participants stands for: PARTAI for the party ballots. */
export function pihakSuratSuara(jenis: JenisSuratSuara): JenisPihakSaksi {
  return isSuratSuaraPartai(jenis) ? 'PARTAI' : (jenis as Exclude<JenisSuratSuara, (typeof JENIS_SURAT_SUARA_PARTAI)[number]>);
}

/** Whether a saksi of `pihak` witnesses for participant `nomor` of ballot `jenis`. */
export function saksiUntuk(pihak: PihakSaksi | null, jenis: JenisSuratSuara, nomor: number): boolean {
  return pihak !== null && pihak.jenis === pihakSuratSuara(jenis) && pihak.nomor === nomor;
}

/** "partai nomor urut 3", "PPWP nomor urut 1": how a saksi's side is named on screen and on paper. */
export function labelPihak(p: PihakSaksi): string {
  return `${p.jenis === 'PARTAI' ? 'partai' : p.jenis} nomor urut ${p.nomor}`;
}

/**
 * Every side a saksi may stand for in this election, in ballot order: each party once (whichever party
 * ballots list it), the paslon, the DPD candidates; with the participant's name.
 */
export function daftarPihak(suratSuara: readonly { readonly jenis: JenisSuratSuara; readonly peserta: readonly { readonly nomor: number; readonly nama: string }[] }[]): { readonly pihak: PihakSaksi; readonly nama: string }[] {
  const out = new Map<string, { pihak: PihakSaksi; nama: string }>();
  for (const jenis of JENIS_PIHAK_SAKSI) {
    const daftar = suratSuara.filter((s) => pihakSuratSuara(s.jenis) === jenis).flatMap((s) => s.peserta);
    for (const p of [...daftar].sort((a, b) => a.nomor - b.nomor)) if (!out.has(`${jenis}:${p.nomor}`)) out.set(`${jenis}:${p.nomor}`, { pihak: { jenis, nomor: p.nomor }, nama: p.nama });
  }
  return [...out.values()];
}

/** One person on the daftar hadir with where they stand now. */
export interface Hadirin {
  readonly id: number;
  readonly nama: string;
  readonly unsur: UnsurHadirin;
  readonly jabatan: string | null;
  readonly desaKode: string | null;
  /** A saksi's side: the party (on every party ballot) or the paslon / DPD candidate; null for others. */
  readonly peserta: PihakSaksi | null;
  /** The name of that participant as in the election package. */
  readonly namaPeserta: string | null;
  readonly nomorSurat: string | null;
  /** First arrival and last departure (null when not yet / still present). */
  readonly datang: string | null;
  readonly pulang: string | null;
  readonly hadir: boolean;
  /** A saksi holding the participant's one seat now. */
  readonly duduk: boolean;
  /** Every arrival, departure and seat change, oldest first. */
  readonly riwayat: readonly { readonly jenis: 'datang' | 'pulang' | 'duduk' | 'berdiri'; readonly waktu: string }[];
}

export type StatusTinjauan = 'belum' | 'dibaca' | 'dicocokkan' | 'disahkan';

/** Review state of one desa and ballot, with the events that made it. */
export interface Tinjauan {
  readonly desaKode: string;
  readonly jenis: JenisSuratSuara;
  readonly status: StatusTinjauan;
  readonly riwayat: readonly { readonly status: 'dibaca' | 'dicocokkan' | 'disahkan' | 'dibuka_kembali'; readonly keputusan: string | null; readonly waktu: string; readonly oleh: string }[];
}

export type StatusKeberatan = 'diajukan' | 'dicocokkan' | 'diterima' | 'ditolak' | 'rekomendasi' | 'tindak_lanjut';
export type LangkahKeberatan = Exclude<StatusKeberatan, 'diajukan'>;

export const LABEL_STATUS_KEBERATAN: Readonly<Record<StatusKeberatan, string>> = {
  diajukan: 'Diajukan',
  dicocokkan: 'Dicocokkan dengan C.Hasil plano',
  diterima: 'Diterima (dibetulkan)',
  ditolak: 'Tidak diterima',
  rekomendasi: 'Rekomendasi Panwaslu',
  tindak_lanjut: 'Ditindaklanjuti',
};

/** A correction made by an accepted objection. */
export interface Koreksi {
  readonly nilaiId: number;
  readonly keberatanId: number;
  readonly tpsKode: string;
  readonly jenis: JenisSuratSuara;
  readonly baris: string;
  readonly nilaiLama: number | null;
  readonly nilaiBaru: number | null;
  readonly sumber: 'koreksi' | 'hitung_ulang';
  readonly waktu: string;
  readonly pemutus: string;
  readonly parafKetua: string;
  readonly parafSaksi: string;
}

/** A keberatan or kejadian khusus with its steps. */
export interface Keberatan {
  readonly id: number;
  readonly jenis: 'keberatan' | 'kejadian_khusus';
  readonly pokok: 'prosedur' | 'angka';
  readonly pengajuId: number | null;
  readonly pengaju: string | null;
  readonly pengajuUnsur: 'saksi' | 'panwaslu' | 'ppk' | 'pps';
  readonly desaKode: string | null;
  readonly tpsKode: string | null;
  readonly suratSuara: JenisSuratSuara | null;
  readonly baris: string | null;
  readonly uraian: string;
  readonly diajukanPada: string;
  readonly status: StatusKeberatan;
  readonly langkah: readonly { readonly langkah: LangkahKeberatan; readonly catatan: string | null; readonly waktu: string; readonly oleh: string }[];
  readonly koreksi: readonly Koreksi[];
}

/**
 * UU 7/2017 Pasal 374 ayat (2): the grounds for recounting the ballots of a TPS, letter by letter as in the law
 * (text read from the published UU 7/2017, page 229 of the State Gazette copy, online.flipbuilder.com/cmvf/wgnv
 * page 271; DOMAIN.md section 6.6). Letter h is the arithmetic ground: valid plus invalid votes differ from
 * the voters who used their right (rule R7). Words are the law's; only the final "; dan/atau" is left off.
 */
export const DASAR_HITUNG_ULANG = {
  a: 'kerusuhan yang mengakibatkan penghitungan suara tidak dapat dilanjutkan',
  b: 'penghitungan suara dilakukan secara tertutup',
  c: 'penghitungan suara dilakukan di tempat yang kurang terang atau yang kurang mendapat penerangan cahaya',
  d: 'penghitungan suara dilakukan dengan suara yang kurang jelas',
  e: 'penghitungan suara dicatat dengan tulisan yang kurang jelas',
  f: 'saksi Peserta Pemilu, Pengawas TPS, dan warga masyarakat tidak dapat menyaksikan proses penghitungan suara secara jelas',
  g: 'penghitungan suara dilakukan di tempat lain di luar tempat dan waktu yang telah ditentukan',
  h: 'ketidaksesuaian jumlah hasil penghitungan surat suara yang sah dan surat suara yang tidak sah dengan jumlah pemilih yang menggunakan hak pilih',
} as const;
export type DasarHitungUlang = keyof typeof DASAR_HITUNG_ULANG;

export interface HitungUlang {
  readonly id: number;
  readonly keberatanId: number;
  readonly tpsKode: string;
  readonly jenis: JenisSuratSuara;
  readonly dasar: DasarHitungUlang;
  readonly kotakDibukaPada: string;
  readonly kotakDisegelPada: string;
  readonly dicatatPada: string;
  readonly oleh: string;
  readonly nilai: Readonly<Record<string, number | null>>;
}

export type StatusTandaTangan = 'ditandatangani' | 'menolak' | 'tidak_hadir';

/** The plenary's documents signed on the signature screen, by their signature key. */
export const DOKUMEN_TTD = { beritaAcara: 'BA-PLENO', daftarHadir: 'DAFTAR-HADIR', kejadianKhusus: 'D.KEJADIAN-KHUSUS' } as const;

/** The signature key of a ballot's Model D.Hasil Kecamatan. */
export function dokumenDHasil(jenis: JenisSuratSuara): string {
  return `D.HASIL-${jenis}`;
}

/** The chair among the PPK members on the daftar hadir: the one whose jabatan says ketua, else the first. */
export function ketuaPpk(hadirin: readonly Hadirin[]): Hadirin | undefined {
  const ppk = hadirin.filter((h) => h.unsur === 'ppk');
  return ppk.find((h) => /ketua/i.test(h.jabatan ?? '')) ?? ppk[0];
}

/**
 * Who signs a document, in order of the daftar hadir: everyone on the daftar hadir; on the D.Kejadian Khusus the
 * PPK chair and whoever raised an item (DOMAIN.md section 4.4); on a D.Hasil the PPK members and the saksi of the
 * ballot's participants; on the Berita Acara the PPK members and every saksi.
 */
export function penandatanganDokumen(
  dokumen: string,
  hadirin: readonly Hadirin[],
  keberatan: readonly { readonly pengajuId: number | null }[],
  /** The participant numbers of the D.Hasil's ballot, when known: a party saksi signs only where the party stands. */
  pesertaSuratSuara?: ReadonlySet<number>,
): Hadirin[] {
  if (dokumen === DOKUMEN_TTD.daftarHadir) return [...hadirin];
  if (dokumen === DOKUMEN_TTD.kejadianKhusus) {
    const ketua = ketuaPpk(hadirin);
    const pengaju = new Set(keberatan.map((k) => k.pengajuId));
    return hadirin.filter((h) => h === ketua || (pengaju.has(h.id) && (h.unsur === 'saksi' || h.unsur === 'panwaslu')));
  }
  const jenis = dokumen.startsWith('D.HASIL-') ? (dokumen.slice('D.HASIL-'.length) as JenisSuratSuara) : null;
  return hadirin.filter((h) => h.unsur === 'ppk' || (h.unsur === 'saksi' && (jenis === null || (h.peserta?.jenis === pihakSuratSuara(jenis) && (pesertaSuratSuara?.has(h.peserta.nomor) ?? true)))));
}

/** The current signature of one person on one document. */
export interface TandaTangan {
  readonly dokumen: string;
  readonly hadirinId: number;
  readonly nama: string;
  readonly unsur: UnsurHadirin;
  readonly jabatan: string | null;
  readonly status: StatusTandaTangan;
  readonly alasan: string | null;
  readonly keberatanId: number | null;
  /** PNG bytes of a drawn signature, if any. */
  readonly gambar: Uint8Array | null;
  readonly waktu: string;
}
