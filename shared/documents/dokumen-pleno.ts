import { LABEL_SURAT_SUARA, type JenisSuratSuara } from '../domain/ballot';
import type { Pemilihan } from '../domain/election';
import type { WilayahKecamatan } from '../domain/region';
import { LABEL_UNSUR_KABUPATEN, labelStatusKeberatan, pokokKeberatan } from '../domain/pleno-kabupaten';
import type { WilayahKabupaten } from '../paket/paket-kabupaten';
import { DASAR_HITUNG_ULANG, DOKUMEN_TTD, dokumenDHasil, ketuaPpk, LABEL_STATUS_KEBERATAN, LABEL_UNSUR, labelPihak, penandatanganDokumen, type Hadirin, type HitungUlang, type KeadaanPleno, type Keberatan, type Koreksi, type TandaTangan, type Tinjauan } from '../domain/pleno';
import { formatTanggal, tanggalDalamKata, waktuLokal } from '../format/date';
import { formatAngka } from '../format/number';
import { terbilang } from '../format/terbilang';
import { sidikPendek } from '../exchange/rekap-hasil';
import type { RekapKabupaten } from '../exchange/rekap-kabupaten';
import { barisCHasil } from '../forms/c-hasil';
import { MARGIN, SPACING, STYLE, TABLE, ukuranHalaman, type Kertas, type TextStyle } from './layout';
import type { Block, DocumentModel, Page, PagePart, SignatureRow, TeksBlock } from './model';
import { lineHeight, wrapText } from './text-measure';
import { barisSidik, isiQrHalaman, UKURAN_QR, type SidikCetak } from './sidik-halaman';

/**
 * The documents of the plenary (issue 5), as document models for the same renderer as the D.Hasil: the Berita
 * Acara of the plenary, the daftar hadir, the Model D.Kejadian Khusus dan/atau Keberatan and the correction
 * annex. Text flows down portrait pages; tables are the ruled signature tables of the D.Hasil, split across
 * pages with their header repeated.
 */

export interface DokumenPlenoInput {
  /** A PPK's kecamatan, or a KPU kabupaten/kota's kabupaten (whose plenary's units are kecamatan). */
  readonly wilayah: WilayahKecamatan | WilayahKabupaten;
  readonly pemilihan: Pemilihan;
  readonly namaDesa: Readonly<Record<string, string>>;
  readonly keadaan: KeadaanPleno;
  readonly hadirin: readonly Hadirin[];
  readonly tinjauan: readonly Tinjauan[];
  readonly keberatan: readonly Keberatan[];
  readonly koreksi: readonly Koreksi[];
  readonly hitungUlang: readonly HitungUlang[];
  /** The latest signature of each person on each document; each document prints its own (DOKUMEN_TTD). */
  readonly tandaTangan: readonly TandaTangan[];
  readonly dicetakPada: Date;
  readonly kertas: Kertas;
  /** UTC offset of the local time printed (7 = WIB). */
  readonly offsetJam?: number;
  /** The fingerprint of the kecamatan's export (all ballots), printed with a QR code on every page (issue 6). */
  readonly sidik?: SidikCetak;
}

const lh = (s: TextStyle): number => lineHeight(s.font, s.size);

/** The words of the documents that change with the plenary's level: a PPK's, or a KPU kabupaten/kota's. */
function kata(input: DokumenPlenoInput): {
  readonly wilayah: string;
  readonly subjek: string;
  readonly tingkat: string;
  readonly penyelenggara: string;
  readonly unit: string;
  readonly unitJudul: string;
  readonly unitKosong: string;
  readonly ketua: string;
  readonly unsur: Readonly<Record<Hadirin['unsur'], string>>;
  readonly status: Readonly<Record<Keberatan['status'], string>>;
  readonly pokok: (k: Keberatan) => string;
} {
  const w = input.wilayah;
  if ('kecamatan' in w) {
    return {
      wilayah: `PROVINSI ${w.provinsi.nama} — KABUPATEN/KOTA ${w.kabupaten.nama} — KECAMATAN ${w.kecamatan.nama} (${w.kecamatan.kode})`,
      subjek: `Kecamatan ${w.kecamatan.nama}`,
      tingkat: 'KECAMATAN',
      penyelenggara: `Panitia Pemilihan Kecamatan ${w.kecamatan.nama}`,
      unit: 'Desa',
      unitJudul: 'Desa/kelurahan yang direkapitulasi',
      unitKosong: 'Belum ada desa yang dibaca.',
      ketua: 'Ketua PPK',
      unsur: LABEL_UNSUR,
      status: LABEL_STATUS_KEBERATAN,
      pokok: (k) => k.pokok,
    };
  }
  return {
    wilayah: `PROVINSI ${w.provinsi.nama} — KABUPATEN/KOTA ${w.kabupaten.nama} (${w.kabupaten.kode})`,
    subjek: `Kabupaten/Kota ${w.kabupaten.nama}`,
    tingkat: 'KABUPATEN/KOTA',
    penyelenggara: `Komisi Pemilihan Umum Kabupaten/Kota ${w.kabupaten.nama}`,
    unit: 'Kecamatan',
    unitJudul: 'Kecamatan yang direkapitulasi',
    unitKosong: 'Belum ada kecamatan yang dibaca.',
    ketua: 'Ketua KPU Kabupaten/Kota',
    unsur: LABEL_UNSUR_KABUPATEN,
    status: labelStatusKeberatan('kabupaten'),
    pokok: (k) => pokokKeberatan(k, 'kabupaten'),
  };
}

/** Footer band: two lines, or the QR code's height when the fingerprint is printed. */
function tinggiKaki(qr: boolean): number {
  return qr ? Math.max(3 * lh(STYLE.kaki), UKURAN_QR) : 2 * lh(STYLE.kaki);
}

function geometri(kertas: Kertas, qr = false): { width: number; height: number; x: number; w: number; bawah: number } {
  const { width, height } = ukuranHalaman(kertas, 'portrait');
  const footerH = tinggiKaki(qr);
  return { width, height, x: MARGIN.left, w: width - MARGIN.left - MARGIN.right, bawah: height - MARGIN.bottom - footerH - 6 };
}

class Penyusun {
  readonly pages: Page[] = [];
  private blocks: Block[] = [];
  y = MARGIN.top;
  readonly g: ReturnType<typeof geometri>;
  constructor(
    private readonly input: DokumenPlenoInput,
    private readonly judulDokumen: string,
    private readonly part: PagePart,
  ) {
    this.g = geometri(input.kertas, input.sidik !== undefined);
  }

  halamanBaru(): void {
    if (this.blocks.length > 0) this.tutupHalaman();
    this.y = MARGIN.top;
  }

  private tutupHalaman(): void {
    const { width, height, x, w } = this.g;
    const footerH = tinggiKaki(this.input.sidik !== undefined);
    const zona = (this.input.offsetJam ?? 7) === 8 ? 'WITA' : (this.input.offsetJam ?? 7) === 9 ? 'WIT' : 'WIB';
    const t = waktuLokal(this.input.dicetakPada, this.input.offsetJam ?? 7);
    this.pages.push({
      orientasi: 'portrait',
      width,
      height,
      part: this.part,
      blocks: this.blocks,
      footer: {
        x,
        y: height - MARGIN.bottom - footerH,
        width: w,
        height: footerH,
        kiri: `${this.judulDokumen} — ${kata(this.input).subjek}\nDicetak ${formatTanggal(t.tanggal)} pukul ${t.jam} ${zona} oleh Pleno Rekap`,
        kanan: `Halaman ${this.pages.length + 1}`,
      },
    });
    this.blocks = [];
  }

  selesai(): Page[] {
    if (this.blocks.length > 0) this.tutupHalaman();
    const sidik = this.input.sidik;
    if (sidik === undefined) return this.pages;
    const n = this.pages.length;
    return this.pages.map((p, i) => ({
      ...p,
      footer: { ...p.footer, kiri: `${p.footer.kiri}\n${barisSidik(sidik)}`, kanan: `Halaman ${i + 1} dari ${n}`, qr: { isi: isiQrHalaman(sidik, i + 1, n), ukuran: UKURAN_QR } },
    }));
  }

  muat(tinggi: number): void {
    if (this.y + tinggi > this.g.bawah && this.blocks.length > 0) this.halamanBaru();
  }

  teks(isi: string, style: TextStyle = STYLE.paragraf, align: TeksBlock['align'] = 'left', indent = 0, jarak = 3): void {
    const width = this.g.w - indent;
    const lines = wrapText(isi, style.font, style.size, width);
    const l = lh(style) + 1;
    for (let i = 0; i < lines.length; ) {
      this.muat(l);
      const muat = Math.max(1, Math.floor((this.g.bawah - this.y) / l));
      const potong = lines.slice(i, i + muat);
      this.blocks.push({ kind: 'teks', x: this.g.x + indent, y: this.y, width, height: potong.length * l, lines: potong, style, lineHeight: l, align });
      this.y += potong.length * l;
      i += potong.length;
    }
    this.y += jarak;
  }

  judul(baris: readonly string[]): void {
    for (const b of baris) this.teks(b, STYLE.judul, 'center', 0, 1);
    this.y += 6;
  }

  /** A ruled table: the last column is the signature (or paraf) column; rows split across pages, header repeated. */
  tabel(judul: string, kolom: readonly { readonly header: string; readonly width: number | 'flex' }[], baris: readonly { readonly cells: readonly string[]; readonly status: readonly string[]; readonly gambar?: Uint8Array | null }[]): void {
    const fixed = kolom.reduce((a, c) => a + (c.width === 'flex' ? 0 : c.width), 0);
    const flex = kolom.filter((c) => c.width === 'flex').length;
    let cx = this.g.x;
    const columns = kolom.map((c) => {
      const width = c.width === 'flex' ? (this.g.w - fixed) / flex : c.width;
      const col = { x: cx, width, header: c.header };
      cx += width;
      return col;
    });
    const judulHeight = lh(STYLE.ttdJudul) + 4;
    const headerHeight = lh(STYLE.ttdHeader) + 2 * TABLE.padY + 3;
    const inner = (i: number): number => columns[i]!.width - 2 * TABLE.padX;
    const semua = baris.map((r, i) => {
      const cells = r.cells.map((t, c) => wrapText(t, STYLE.ttdIsi.font, STYLE.ttdIsi.size, inner(c)));
      const status = r.status.flatMap((s) => wrapText(s, STYLE.ttdStatus.font, STYLE.ttdStatus.size, inner(columns.length - 1)));
      const height = Math.max(SPACING.ttdRow, Math.max(...cells.map((l) => l.length), status.length) * lh(STYLE.ttdIsi) + 2 * TABLE.padY);
      return { cells, status, height, n: i, gambar: r.gambar ?? null };
    });
    let i = 0;
    let lanjutan = false;
    do {
      this.muat(judulHeight + headerHeight + (semua[i]?.height ?? 0));
      const top = this.y;
      let ry = top + judulHeight + headerHeight;
      const rows: SignatureRow[] = [];
      while (i < semua.length && (rows.length === 0 || ry + semua[i]!.height <= this.g.bawah)) {
        const r = semua[i]!;
        rows.push({ y: ry, height: r.height, cells: r.cells.slice(0, -1), slot: `${r.n + 1}.`, slotSide: r.n % 2 === 0 ? 'kiri' : 'kanan', status: r.status, ...(r.gambar ? { gambar: r.gambar } : {}) });
        ry += r.height;
        i++;
      }
      this.blocks.push({ kind: 'tanda-tangan', x: this.g.x, y: top, width: cx - this.g.x, height: ry - top, judul: lanjutan ? `${judul} (lanjutan)` : judul, judulHeight, headerHeight, columns, rows });
      this.y = ry + 8;
      lanjutan = true;
      if (i < semua.length) this.halamanBaru();
    } while (i < semua.length);
  }
}

function jam(iso: string, offsetJam: number): string {
  const t = waktuLokal(new Date(iso), offsetJam);
  return `${formatTanggal(t.tanggal)} ${t.jam}`;
}

function unsurHadirin(h: Hadirin, label: Readonly<Record<Hadirin['unsur'], string>> = LABEL_UNSUR): string {
  if (h.unsur === 'saksi' && h.peserta) return `Saksi ${labelPihak(h.peserta)}${h.namaPeserta ? ` (${h.namaPeserta})` : ''}`;
  return [label[h.unsur], h.jabatan].filter(Boolean).join(' — ');
}

function statusTtd(t: TandaTangan | undefined): string[] {
  if (!t) return [];
  if (t.status === 'tidak_hadir') return ['TIDAK HADIR'];
  if (t.status === 'menolak') return ['MENOLAK MENANDATANGANI', `Alasan: ${t.alasan ?? ''}`];
  return [];
}

/** The signatures recorded for one document, by person. */
function ttdDokumen(input: DokumenPlenoInput, dokumen: string): Map<number, TandaTangan> {
  return new Map(input.tandaTangan.filter((t) => t.dokumen === dokumen).map((t) => [t.hadirinId, t]));
}

/** What the signature cell of a person shows: absent or refused with the reason, or the drawn signature. */
function selTtd(t: TandaTangan | undefined): { status: string[]; gambar: Uint8Array | null } {
  return { status: statusTtd(t), gambar: t?.status === 'ditandatangani' ? t.gambar : null };
}

function tempatKeberatan(k: Keberatan, namaDesa: Readonly<Record<string, string>>, unit = 'Desa'): string {
  const bagian = [
    k.desaKode ? `${unit} ${namaDesa[k.desaKode] ?? k.desaKode}` : 'Seluruh rapat',
    k.tpsKode ? `TPS ${k.tpsKode.slice(-3)}` : null,
    k.suratSuara ? k.suratSuara : null,
    k.baris ? `baris ${k.baris}` : null,
  ];
  return bagian.filter(Boolean).join(', ');
}

function tanggapan(k: Keberatan, offsetJam: number, label: Readonly<Record<Keberatan['status'], string>> = LABEL_STATUS_KEBERATAN): string {
  const l = k.langkah.map((s) => `${label[s.langkah]} (${jam(s.waktu, offsetJam)})${s.catatan ? `: ${s.catatan}` : ''}`);
  const kor = k.koreksi.map((c) => `Pembetulan ${c.jenis} TPS ${c.tpsKode.slice(-3)} ${c.baris}: ${formatAngka(c.nilaiLama)} menjadi ${formatAngka(c.nilaiBaru)}`);
  return [...l, ...kor].join('; ') || 'Belum ditanggapi';
}

/** The columns of a 'Yang menandatangani' table: number, name, office or role, signature. */
const KOLOM_TTD = [
  { header: 'NO', width: 22 },
  { header: 'NAMA', width: 'flex' },
  { header: 'JABATAN / UNSUR', width: 'flex' },
  { header: 'TANDA TANGAN', width: 150 },
] as const;

function pembuka(p: Penyusun, input: DokumenPlenoInput, judul: readonly string[]): void {
  p.judul(judul);
  p.teks(kata(input).wilayah, STYLE.isianNilai, 'center', 0, 8);
}

/** The Berita Acara of the plenary: sittings and skors, attendance, units recapped, objections, signatures. */
export function buildBeritaAcaraPleno(input: DokumenPlenoInput): DocumentModel {
  const off = input.offsetJam ?? 7;
  const p = new Penyusun(input, 'Berita Acara Rapat Pleno Terbuka', { bagian: 'berita-acara' });
  pembuka(p, input, ['BERITA ACARA', 'RAPAT PLENO TERBUKA REKAPITULASI HASIL PENGHITUNGAN PEROLEHAN SUARA', `${input.pemilihan.nama.toUpperCase()} TINGKAT ${kata(input).tingkat}`]);
  const sidang = input.keadaan.sidang;
  const pertama = sidang[0];
  if (pertama) {
    const t = waktuLokal(new Date(pertama.dibuka), off);
    p.teks(
      `Pada hari ini ${tanggalDalamKata(t.tanggal)}, pukul ${t.jam}, bertempat di ${pertama.tempat}, ${kata(input).penyelenggara} membuka rapat pleno terbuka rekapitulasi hasil penghitungan perolehan suara ${input.pemilihan.nama}, dipimpin oleh ${pertama.ketua}, dengan jalannya rapat sebagai berikut.`,
    );
  } else {
    p.teks('Rapat pleno belum dibuka.');
  }
  p.teks('I. Jalannya rapat (pembukaan, skors dan penutupan)', STYLE.ttdJudul);
  for (const s of sidang) {
    p.teks(`Hari/sidang ke-${s.ke}: dibuka ${jam(s.dibuka, off)} di ${s.tempat}, dipimpin ${s.ketua}; ${s.ditutup ? `ditutup ${jam(s.ditutup, off)}` : 'belum ditutup'}.`, STYLE.paragraf, 'left', 12);
    for (const k of s.skors) p.teks(`Skors ${jam(k.mulai, off)} sampai ${k.selesai ? jam(k.selesai, off) : '(belum dicabut)'}; alasan: ${k.alasan}.`, STYLE.paragraf, 'left', 24);
  }
  p.teks('II. Kehadiran', STYLE.ttdJudul);
  const per = new Map<string, number>();
  for (const h of input.hadirin) if (h.datang) per.set(kata(input).unsur[h.unsur], (per.get(kata(input).unsur[h.unsur]) ?? 0) + 1);
  p.teks(per.size > 0 ? `Hadir: ${[...per].map(([u, n]) => `${u} ${n} orang`).join(', ')}. Nama dan waktu kehadiran tercantum dalam daftar hadir terlampir.` : 'Belum ada kehadiran tercatat.', STYLE.paragraf, 'left', 12);
  p.teks(`III. ${kata(input).unitJudul}`, STYLE.ttdJudul);
  const label = { belum: 'belum dibaca', dibaca: 'dibaca', dicocokkan: 'dicocokkan', disahkan: 'disahkan' } as const;
  for (const t of input.tinjauan) {
    const akhir = t.riwayat[t.riwayat.length - 1];
    const buka = t.riwayat.filter((r) => r.status === 'dibuka_kembali').map((r) => ` Dibuka kembali ${jam(r.waktu, off)} dengan keputusan: ${r.keputusan ?? ''}.`);
    p.teks(`${input.namaDesa[t.desaKode] ?? t.desaKode} — ${LABEL_SURAT_SUARA[t.jenis as JenisSuratSuara]}: ${label[t.status]}${akhir ? ` (${jam(akhir.waktu, off)})` : ''}.${buka.join('')}`, STYLE.paragraf, 'left', 12);
  }
  if (input.tinjauan.length === 0) p.teks(kata(input).unitKosong, STYLE.paragraf, 'left', 12);
  p.teks('IV. Keberatan dan kejadian khusus', STYLE.ttdJudul);
  for (const k of input.keberatan) {
    p.teks(`Nomor ${k.id} (${k.jenis === 'keberatan' ? 'keberatan' : 'kejadian khusus'}, ${kata(input).pokok(k)}) oleh ${k.pengaju ?? kata(input).unsur[k.pengajuUnsur]}, ${tempatKeberatan(k, input.namaDesa, kata(input).unit)}: ${k.uraian}. Tanggapan: ${tanggapan(k, off, kata(input).status)}.`, STYLE.paragraf, 'left', 12);
  }
  if (input.keberatan.length === 0) p.teks('Tidak ada keberatan atau kejadian khusus.', STYLE.paragraf, 'left', 12);
  for (const h of input.hitungUlang) {
    p.teks(`Hitung ulang TPS ${h.tpsKode} ${h.jenis} atas keberatan nomor ${h.keberatanId}, dasar Pasal 374 ayat (2) huruf ${h.dasar} UU 7/2017 (${DASAR_HITUNG_ULANG[h.dasar]}); kotak dibuka ${jam(h.kotakDibukaPada, off)}, disegel kembali ${jam(h.kotakDisegelPada, off)}.`, STYLE.paragraf, 'left', 12);
  }
  p.teks(`Perubahan angka karena pembetulan atau hitung ulang: ${input.koreksi.length} sel, tercantum dalam lampiran pembetulan.`, STYLE.paragraf, 'left', 12);
  p.teks('Demikian berita acara ini dibuat untuk dipergunakan sebagaimana mestinya.', STYLE.paragraf, 'left', 0, 8);
  const ttd = ttdDokumen(input, DOKUMEN_TTD.beritaAcara);
  const wajib = new Set(penandatanganDokumen(DOKUMEN_TTD.beritaAcara, input.hadirin, input.keberatan));
  const penandatangan = input.hadirin.filter((h) => wajib.has(h) || ttd.has(h.id));
  p.tabel(
    'Yang menandatangani',
    KOLOM_TTD,
    penandatangan.map((h, i) => ({ cells: [String(i + 1), h.nama, unsurHadirin(h, kata(input).unsur), ''], ...selTtd(ttd.get(h.id)) })),
  );
  return { kertas: input.kertas, info: { title: 'Berita Acara Rapat Pleno', subject: kata(input).subjek, author: 'Pleno Rekap' }, dicetakPada: input.dicetakPada.toISOString(), pages: p.selesai() };
}

/** The daftar hadir: everyone with unsur, mandate or assignment letter, arrival and departure. */
export function buildDaftarHadir(input: DokumenPlenoInput): DocumentModel {
  const off = input.offsetJam ?? 7;
  const p = new Penyusun(input, 'Daftar Hadir Rapat Pleno', { bagian: 'lampiran' });
  const ttd = ttdDokumen(input, DOKUMEN_TTD.daftarHadir);
  pembuka(p, input, ['DAFTAR HADIR', 'RAPAT PLENO TERBUKA REKAPITULASI HASIL PENGHITUNGAN PEROLEHAN SUARA', input.pemilihan.nama.toUpperCase()]);
  p.tabel(
    'Peserta rapat',
    [
      { header: 'NO', width: 22 },
      { header: 'NAMA', width: 'flex' },
      { header: 'UNSUR', width: 'flex' },
      { header: 'SURAT MANDAT/TUGAS', width: 100 },
      { header: 'DATANG', width: 58 },
      { header: 'PULANG', width: 58 },
      { header: 'TANDA TANGAN', width: 90 },
    ],
    input.hadirin.map((h, i) => {
      const duduk = h.riwayat.filter((e) => e.jenis === 'duduk' || e.jenis === 'berdiri').map((e) => `${e.jenis === 'duduk' ? 'duduk' : 'berganti'} ${waktuLokal(new Date(e.waktu), off).jam}`);
      // Signed, refused or absent as recorded on the signature screen; one who never came is absent.
      const t = ttd.get(h.id);
      return {
        cells: [String(i + 1), h.nama, unsurHadirin(h, kata(input).unsur) + (duduk.length > 0 ? ` (kursi saksi: ${duduk.join(', ')})` : ''), h.nomorSurat ?? '-', h.datang ? jam(h.datang, off) : '-', h.pulang ? jam(h.pulang, off) : '-', ''],
        ...(t || h.datang ? selTtd(t) : { status: ['TIDAK HADIR'], gambar: null }),
      };
    }),
  );
  return { kertas: input.kertas, info: { title: 'Daftar Hadir Rapat Pleno', subject: kata(input).subjek, author: 'Pleno Rekap' }, dicetakPada: input.dicetakPada.toISOString(), pages: p.selesai() };
}

/** Model D.Kejadian Khusus dan/atau Keberatan: every item with who, what, where, the response and follow-up. */
export function buildDKejadianKhusus(input: DokumenPlenoInput): DocumentModel {
  const off = input.offsetJam ?? 7;
  const p = new Penyusun(input, 'Model D.Kejadian Khusus dan/atau Keberatan', { bagian: 'lampiran' });
  pembuka(p, input, ['MODEL D.KEJADIAN KHUSUS DAN/ATAU KEBERATAN', 'KEJADIAN KHUSUS DAN/ATAU KEBERATAN SAKSI DALAM PROSES REKAPITULASI HASIL PENGHITUNGAN PEROLEHAN SUARA', `DI TINGKAT ${kata(input).tingkat} — ${input.pemilihan.nama.toUpperCase()}`]);
  p.tabel(
    'Kejadian khusus dan/atau keberatan',
    [
      { header: 'NO', width: 22 },
      { header: 'DIAJUKAN OLEH', width: 80 },
      { header: 'TEMPAT / SURAT SUARA', width: 80 },
      { header: 'URAIAN', width: 'flex' },
      { header: 'TANGGAPAN DAN TINDAK LANJUT', width: 'flex' },
      { header: 'PARAF', width: 60 },
    ],
    input.keberatan.map((k) => ({
      cells: [String(k.id), `${k.pengaju ?? kata(input).unsur[k.pengajuUnsur]} (${k.pengajuUnsur}); ${jam(k.diajukanPada, off)}`, tempatKeberatan(k, input.namaDesa, kata(input).unit), `${k.jenis === 'keberatan' ? 'Keberatan' : 'Kejadian khusus'} (${kata(input).pokok(k)}): ${k.uraian}`, `${kata(input).status[k.status]}. ${tanggapan(k, off, kata(input).status)}`, ''],
      status: [],
    })),
  );
  if (input.keberatan.length === 0) p.teks('Tidak ada kejadian khusus atau keberatan.');
  // The PPK chair and whoever raised an item sign; without a PPK member on the daftar hadir, the sitting's chair by name.
  const ttd = ttdDokumen(input, DOKUMEN_TTD.kejadianKhusus);
  const penandatangan = penandatanganDokumen(DOKUMEN_TTD.kejadianKhusus, input.hadirin, input.keberatan);
  const baris = penandatangan.map((h) => ({ nama: h.nama, unsur: h === ketuaPpk(input.hadirin) ? kata(input).ketua : unsurHadirin(h, kata(input).unsur), ...selTtd(ttd.get(h.id)) }));
  if (!ketuaPpk(input.hadirin)) baris.unshift({ nama: input.keadaan.sidang[0]?.ketua ?? '', unsur: kata(input).ketua, status: [], gambar: null });
  p.tabel(
    'Yang menandatangani',
    KOLOM_TTD,
    baris.map((b, i) => ({ cells: [String(i + 1), b.nama, b.unsur, ''], status: b.status, gambar: b.gambar })),
  );
  return { kertas: input.kertas, info: { title: 'Model D.Kejadian Khusus dan/atau Keberatan', subject: kata(input).subjek, author: 'Pleno Rekap' }, dicetakPada: input.dicetakPada.toISOString(), pages: p.selesai() };
}

/** The correction annex: every changed cell with old and new value, source, time, objection and deciders. */
export function buildLampiranKoreksi(input: DokumenPlenoInput): DocumentModel {
  const off = input.offsetJam ?? 7;
  const p = new Penyusun(input, 'Lampiran Pembetulan', { bagian: 'lampiran' });
  pembuka(p, input, ['LAMPIRAN BERITA ACARA', 'DAFTAR PEMBETULAN ANGKA DALAM RAPAT PLENO', input.pemilihan.nama.toUpperCase()]);
  const hu = new Map(input.hitungUlang.map((h) => [h.keberatanId, h]));
  p.tabel(
    'Sel yang diubah',
    [
      { header: 'NO', width: 22 },
      { header: 'TPS / SURAT SUARA / BARIS', width: 'flex' },
      { header: 'LAMA', width: 34 },
      { header: 'BARU', width: 34 },
      { header: 'SUMBER', width: 52 },
      { header: 'WAKTU', width: 62 },
      { header: 'KEBERATAN', width: 44 },
      { header: 'PEMUTUS / PARAF', width: 'flex' },
      { header: 'PARAF', width: 50 },
    ],
    input.koreksi.map((k, i) => ({
      cells: [
        String(i + 1),
        `${input.namaDesa[k.tpsKode.slice(0, 10)] ?? ''} TPS ${k.tpsKode.slice(-3)} (${k.tpsKode}) ${k.jenis} ${k.baris}`,
        formatAngka(k.nilaiLama),
        formatAngka(k.nilaiBaru),
        k.sumber === 'koreksi' ? 'pembetulan' : 'hitung ulang',
        jam(k.waktu, off),
        `Nomor ${k.keberatanId}`,
        k.sumber === 'koreksi' ? `${k.pemutus}; paraf ketua ${k.parafKetua}${k.parafSaksi ? `, saksi ${k.parafSaksi}` : ''}` : `hitung ulang huruf ${hu.get(k.keberatanId)?.dasar ?? '-'} oleh ${k.pemutus}`,
        '',
      ],
      status: [],
    })),
  );
  if (input.koreksi.length === 0) p.teks('Tidak ada angka yang dibetulkan.');
  return { kertas: input.kertas, info: { title: 'Lampiran Pembetulan', subject: kata(input).subjek, author: 'Pleno Rekap' }, dicetakPada: input.dicetakPada.toISOString(), pages: p.selesai() };
}

/**
 * The berita acara of a ballot's Model D.Hasil Kabupaten/Kota (portrait pages after its sertifikat): the sitting,
 * the kabupaten's result in figures and words, the kecamatan recapped with the export each stands on, and the
 * signatures of the KPU kabupaten/kota and the ballot's saksi (signed, refused with the reason, absent).
 */
export function buildBeritaAcaraDHasilKabupaten(input: DokumenPlenoInput, rekap: RekapKabupaten): DocumentModel {
  const off = input.offsetJam ?? 7;
  const jenis = rekap.suratSuara.jenis;
  const p = new Penyusun(input, `Berita Acara D.Hasil Kabupaten/Kota ${jenis}`, { bagian: 'berita-acara' });
  pembuka(p, input, ['BERITA ACARA', 'REKAPITULASI HASIL PENGHITUNGAN PEROLEHAN SUARA DARI SETIAP KECAMATAN DI TINGKAT KABUPATEN/KOTA', `${LABEL_SURAT_SUARA[jenis].toUpperCase()} — ${input.pemilihan.nama.toUpperCase()}`]);
  const pertama = input.keadaan.sidang[0];
  const t = waktuLokal(pertama ? new Date(pertama.dibuka) : input.dicetakPada, off);
  p.teks(
    `Pada hari ini ${tanggalDalamKata(t.tanggal)}${pertama ? `, bertempat di ${pertama.tempat}` : ''}, ${kata(input).penyelenggara} telah melaksanakan rapat pleno terbuka rekapitulasi hasil penghitungan perolehan suara ${LABEL_SURAT_SUARA[jenis]} dari setiap kecamatan, dengan hasil sebagai berikut; rinciannya per kecamatan tercantum dalam sertifikat (Model D.Hasil Kabupaten/Kota) yang tidak terpisahkan dari berita acara ini.`,
  );
  p.teks('I. Perolehan suara', STYLE.ttdJudul);
  for (const b of barisCHasil(rekap.suratSuara)) {
    const suara = b.peserta !== undefined || b.blokPartai === 'b' || b.key === 'suara_sah' || b.key === 'suara_tidak_sah' || b.key === 'suara_total';
    if (!suara) continue;
    const v = rekap.jumlah[b.key];
    const nama = b.peserta ? `${b.ref} ${b.peserta.nama}` : b.blokPartai === 'b' && b.partai ? `${b.ref} ${b.partai.nama}` : `${b.ref} ${b.label}`;
    p.teks(v === null || v === undefined ? `${nama}: belum ada angka.` : `${nama}: ${formatAngka(v)} (${terbilang(v)}) suara.`, STYLE.paragraf, 'left', 12);
  }
  p.teks('II. Kecamatan yang direkapitulasi', STYLE.ttdJudul);
  for (const k of rekap.kecamatan) {
    const tinjau = input.tinjauan.find((x) => x.desaKode === k.kode && x.jenis === jenis);
    p.teks(
      `${k.nama} (${k.kode}): ${k.sha256 ? `ekspor PPK dengan sidik jari ${sidikPendek(k.sha256)}` : 'ekspor PPK belum diterima'}${tinjau ? `; ${tinjau.status}` : ''}.`,
      STYLE.paragraf,
      'left',
      12,
    );
  }
  const keberatan = input.keberatan.filter((k) => k.suratSuara === jenis || k.suratSuara === null);
  const atasAngka = keberatan.filter((k) => pokokKeberatan(k, 'kabupaten') === 'angka kecamatan').length;
  p.teks(
    keberatan.length > 0 ? `Keberatan dan kejadian khusus: ${keberatan.length}${atasAngka > 0 ? `, di antaranya ${atasAngka} atas angka kecamatan` : ''}, tercantum dalam Model D.Kejadian Khusus dan/atau Keberatan.` : 'Tidak ada keberatan atau kejadian khusus.',
    STYLE.paragraf,
    'left',
    0,
    8,
  );
  const dokumen = dokumenDHasil(jenis);
  const ttd = ttdDokumen(input, dokumen);
  const nomor = new Set(rekap.suratSuara.peserta.map((x) => x.nomor));
  const baris = penandatanganDokumen(dokumen, input.hadirin, input.keberatan, nomor).map((h) => ({
    cells: ['', h.nama, h === ketuaPpk(input.hadirin) ? kata(input).ketua : unsurHadirin(h, kata(input).unsur), ''],
    ...selTtd(ttd.get(h.id)),
  }));
  if (!ketuaPpk(input.hadirin)) baris.unshift({ cells: ['', input.keadaan.sidang[0]?.ketua ?? '', kata(input).ketua, ''], status: [], gambar: null });
  p.tabel(
    'Yang menandatangani',
    KOLOM_TTD,
    baris.map((b, i) => ({ ...b, cells: [String(i + 1), ...b.cells.slice(1)] })),
  );
  return { kertas: input.kertas, info: { title: `Berita Acara D.Hasil Kabupaten/Kota ${jenis}`, subject: kata(input).subjek, author: 'Pleno Rekap' }, dicetakPada: input.dicetakPada.toISOString(), pages: p.selesai() };
}
