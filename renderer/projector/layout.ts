import type { BagianForm } from '../../shared/forms/c-hasil';
import { barisLabel, type BagianTampil, type GarisForm } from '../lib/sheet-lines';

/**
 * Pagination of the projector table, pure so that it is tested without a browser. Sizes follow the screen
 * (never below the legible minimum); when the units do not fit side by side the columns are paged with a
 * carried total (JUMLAH PINDAHAN), and when the rows do not fit they are paged too. Text is never shrunk
 * to make things fit.
 */

/** Width of a text in a CSS font, e.g. `bold 30px "DejaVu Sans"`; canvas measureText in the page. */
export type UkurTeks = (text: string, font: string) => number;

export const FONT_ANGKA = '"DejaVu Sans"';
export const FONT_LABEL = '"DejaVu Sans Condensed"';

/** The three groups of rows the projector shows, votes first (what the hall waits for). */
export type BagianProyektor = 'suara' | 'pemilih' | 'surat';
export const URUTAN_BAGIAN: readonly BagianProyektor[] = ['suara', 'pemilih', 'surat'];
const BAGIAN_FORM: Readonly<Record<BagianProyektor, readonly BagianForm[]>> = {
  suara: ['IV', 'V'],
  pemilih: ['I.A', 'I.B'],
  surat: ['II', 'III'],
};

export interface Metrik {
  /** Font size of the numbers: at least 28 px at 1024x768. */
  readonly angkaPx: number;
  /** Font size of row labels and column headings. */
  readonly labelPx: number;
  /** Height of one number row. */
  readonly barisPx: number;
  readonly kopPx: number;
  readonly kepalaKolomPx: number;
  readonly legendaPx: number;
  readonly refLebar: number;
  /**
   * The gutter at the left of every unit cell where its marks stand (stacked). Reserved in every column,
   * so that a save that adds a mark never widens a column and moves units to another page.
   */
  readonly tandaLebar: number;
  /** The narrow L / P / JML column inside the label area. */
  readonly kolLebar: number;
  readonly labelLebar: number;
  readonly padding: number;
}

/** Minimum legible sizes for a hall at 15 m from a 1024x768 projector. */
export const ANGKA_MIN_PX = 30;
export const LABEL_MIN_PX = 19;

export function hitungMetrik(lebar: number, tinggi: number): Metrik {
  const s = Math.max(1, Math.min(lebar / 1024, tinggi / 768));
  const angkaPx = Math.round(ANGKA_MIN_PX * s);
  const labelPx = Math.round(LABEL_MIN_PX * s);
  return {
    angkaPx,
    labelPx,
    barisPx: Math.round(angkaPx * 1.42),
    kopPx: Math.round(66 * s),
    kepalaKolomPx: Math.round(labelPx * 1.2 * 3 + 14 * s),
    legendaPx: Math.round(36 * s),
    refLebar: Math.round(78 * s),
    kolLebar: Math.round(labelPx * 2.8),
    tandaLebar: Math.ceil(angkaPx * 0.62) + 4,
    labelLebar: Math.round(Math.min(Math.max(lebar * 0.29, 300), 620)),
    padding: Math.round(8 * s),
  };
}

/** A line of the form as it sits on a projector page: its height and how many number rows it has. */
export interface GarisHalaman {
  readonly garis: GarisForm;
  readonly tinggi: number;
}

export interface KolomUnit {
  readonly kode: string;
  /** The heading; each word may take a line of its own (e.g. 'TPS 001' or a desa name). */
  readonly judul: string;
  /** The widest content of the column's cells in px (the number, or Sirekap's number above it), when known. */
  readonly lebarIsi?: number;
}



export type JenisKolom = { readonly jenis: 'unit'; readonly indeks: number } | { readonly jenis: 'pindahan-masuk' } | { readonly jenis: 'pindahan-keluar' } | { readonly jenis: 'akhir' };

export interface HalamanProyektor {
  readonly bagian: BagianProyektor;
  /** 0-based page within its bagian, and how many pages the bagian has. */
  readonly nomorDalamBagian: number;
  readonly jumlahDalamBagian: number;
  readonly garis: readonly GarisHalaman[];
  /** True when the page has L/P/JML lines, so the label area gives room to the L / P / JML column. */
  readonly adaKol: boolean;
  readonly kolom: readonly JenisKolom[];
  /** Units shown, as a range [dari, sampai) over the unit list. */
  readonly dari: number;
  readonly sampai: number;
}

export interface TataLetak {
  readonly metrik: Metrik;
  /** Width of each unit's column (by unit index): the widest number, or the widest word of its heading. */
  readonly lebarKolom: readonly number[];
  readonly lebarJumlah: number;
  readonly halaman: readonly HalamanProyektor[];
}

/** Splits a label into the lines it wraps to at a width. */
export function bungkus(teks: string, lebar: number, font: string, ukur: UkurTeks): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of teks.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && ukur(next, font) > lebar) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

export interface MasukanTataLetak {
  readonly lebar: number;
  readonly tinggi: number;
  readonly bagian: readonly BagianTampil[];
  readonly unit: readonly KolomUnit[];
  /** The widest number text that any unit cell shows, and that a total cell shows (formatted). */
  readonly angkaTerlebarUnit: string;
  readonly angkaTerlebarJumlah: string;
  readonly ukur: UkurTeks;
}

/** The lines of one projector bagian, in form order. */
export function garisBagian(bagian: readonly BagianTampil[], b: BagianProyektor): GarisForm[] {
  return bagian.filter((s) => BAGIAN_FORM[b].includes(s.bagian)).flatMap((s) => s.garis);
}

/** Lays out every page of every bagian for a screen. */
export function tataLetak(m: MasukanTataLetak): TataLetak {
  const metrik = hitungMetrik(m.lebar, m.tinggi);
  const { angkaPx, labelPx, padding } = metrik;
  const fontAngka = `bold ${angkaPx}px ${FONT_ANGKA}`;
  const fontKepala = `bold ${labelPx}px ${FONT_LABEL}`;
  const fontLabel = `${labelPx}px ${FONT_LABEL}`;

  // Column widths: the widest number, and the widest word of the column's own heading.
  const lebarAngka = Math.max(m.ukur(m.angkaTerlebarUnit, fontAngka), m.ukur('000', fontAngka));
  // The marks' gutter sits beside the numbers; a heading may use the whole width of its column.
  const lebarKolom = m.unit.map((u) =>
    Math.ceil(Math.max(Math.max(lebarAngka, u.lebarIsi ?? 0) + metrik.tandaLebar, ...u.judul.split(/\s+/).map((w) => m.ukur(w, fontKepala))) + 2 * padding),
  );
  const lebarJumlah = Math.ceil(Math.max(m.ukur(m.angkaTerlebarJumlah, fontAngka), m.ukur('PINDAHAN', fontKepala)) + 2 * padding + 6);

  // Rows: a line with L/P/JML takes three number rows; a single line grows when its label wraps further.
  const tinggiGaris = (g: GarisForm, adaKol: boolean): number => {
    const labelWidth = metrik.labelLebar - metrik.refLebar - (adaKol ? metrik.kolLebar : 0) - 2 * padding;
    const lines = barisLabel(g).reduce((n, part) => n + bungkus(part, labelWidth, fontLabel, m.ukur).length, 0);
    const textHeight = Math.ceil(lines * labelPx * 1.18 + padding);
    return Math.max(g.keys.length * metrik.barisPx, textHeight);
  };
  const tinggiTersedia = m.tinggi - metrik.kopPx - metrik.kepalaKolomPx - metrik.legendaPx - 8;
  const lebarTersedia = m.lebar - metrik.labelLebar - 4;

  // Column pages: the first page ends with a carried total, later pages start with the carried-in total.
  const kolomHalaman: { dari: number; sampai: number }[] = [];
  const n = m.unit.length;
  let dari = 0;
  do {
    const tersedia = lebarTersedia - (dari > 0 ? lebarJumlah : 0) - lebarJumlah;
    let sampai = dari;
    let used = 0;
    while (sampai < n && (sampai === dari || used + lebarKolom[sampai]! <= tersedia)) used += lebarKolom[sampai++]!;
    kolomHalaman.push({ dari, sampai });
    dari = sampai;
  } while (dari < n);

  const halaman: HalamanProyektor[] = [];
  for (const b of URUTAN_BAGIAN) {
    const semua = garisBagian(m.bagian, b);
    if (semua.length === 0) continue;
    const adaKol = semua.some((g) => g.kolom[0] !== null);
    const garis = semua.map((g) => ({ garis: g, tinggi: tinggiGaris(g, adaKol) }));
    const barisHalaman: GarisHalaman[][] = [];
    let cur: GarisHalaman[] = [];
    let used = 0;
    for (const g of garis) {
      if (cur.length > 0 && used + g.tinggi > tinggiTersedia) {
        barisHalaman.push(cur);
        cur = [];
        used = 0;
      }
      cur.push(g);
      used += g.tinggi;
    }
    if (cur.length > 0) barisHalaman.push(cur);
    // A page with room to spare spreads its rows (up to half again as tall), numbers keep their size.
    for (const [i, rows] of barisHalaman.entries()) {
      const tinggi = rows.reduce((h, g) => h + g.tinggi, 0);
      const f = Math.min(1.5, tinggiTersedia / tinggi);
      if (f > 1) barisHalaman[i] = rows.map((g) => ({ ...g, tinggi: Math.floor(g.tinggi * f) }));
    }
    const total = barisHalaman.length * kolomHalaman.length;
    let k = 0;
    for (const rows of barisHalaman) {
      for (const [ci, kh] of kolomHalaman.entries()) {
        const kolom: JenisKolom[] = [];
        if (ci > 0) kolom.push({ jenis: 'pindahan-masuk' });
        for (let i = kh.dari; i < kh.sampai; i++) kolom.push({ jenis: 'unit', indeks: i });
        kolom.push(ci === kolomHalaman.length - 1 ? { jenis: 'akhir' } : { jenis: 'pindahan-keluar' });
        halaman.push({ bagian: b, nomorDalamBagian: k++, jumlahDalamBagian: total, garis: rows, adaKol, kolom, dari: kh.dari, sampai: kh.sampai });
      }
    }
  }
  return { metrik, lebarKolom, lebarJumlah, halaman };
}

/** How many pages each bagian has, for the operator's controls. */
export function jumlahHalamanPerBagian(t: TataLetak): Record<BagianProyektor, number> {
  const out: Record<BagianProyektor, number> = { suara: 0, pemilih: 0, surat: 0 };
  for (const h of t.halaman) out[h.bagian] = h.jumlahDalamBagian;
  return out;
}
