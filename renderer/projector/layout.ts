import type { BagianForm } from '../../shared/forms/c-hasil';
import { nomorPeserta, type Peserta } from '../../shared/domain/ballot';
import { barisLabel, type BagianTampil, type GarisForm } from '../lib/sheet-lines';
import { T } from './text';

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
  /** The first line of a page in the middle of a party block: its label repeats the party. */
  readonly lanjutan?: boolean;
  readonly tinggi: number;
  /** A candidate line set closer (one party's block made to fit a page): its label's lines tighter too. */
  readonly rapat?: boolean;
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
  /** One party's block alone (detail): the party is named in the table's head, not on its lines. */
  readonly kepalaPartai?: Peserta;
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
/**
 * The label of a line on the projector. Party ballots: the A.1 line names the party (its number stands in the
 * ref column), a candidate line its number and name, B the block's total; a block continued from the page
 * before starts with the party's name again.
 */
export function labelProyektor(g: GarisForm, lanjutan = false, partaiDiKepala = false): readonly string[] {
  const r = g.rows[0];
  if (!r?.partai || !r.blokPartai) return barisLabel(g);
  const kepala = lanjutan && !partaiDiKepala && r.blokPartai !== 'a1' ? [T.partaiLanjutan(nomorPeserta(r.partai.nomor), r.partai.nama)] : [];
  // A.1 on its own names the party and says what it is; a summary line (A.1 and B) names the party only.
  if (r.blokPartai === 'a1') return partaiDiKepala ? [T.suaraPartai] : g.keys.length > 1 ? [r.partai.nama] : [r.partai.nama, T.suaraPartai];
  if (r.blokPartai === 'a2') return [...kepala, `${r.calon?.nomor ?? ''}. ${g.label}`];
  return [...kepala, partaiDiKepala ? T.jumlahA1A2 : T.jumlahPartai];
}

/** The ref column of a line: a party's number on its A.1 line, `A.2`/`B` in the block, else the form's ref. */
export function refProyektor(g: GarisForm): string {
  const r = g.rows[0];
  if (r?.peserta) return nomorPeserta(r.peserta.nomor);
  if (r?.partai && r.blokPartai) return r.blokPartai === 'a1' ? nomorPeserta(r.partai.nomor) : r.blokPartai === 'a2' ? 'A.2' : 'B';
  return g.ref;
}

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
  // How many text lines a line's label wraps to.
  const barisTeks = (g: GarisForm, adaKol: boolean, lanjutan: boolean, partaiDiKepala: boolean): number => {
    const labelWidth = metrik.labelLebar - metrik.refLebar - (adaKol ? metrik.kolLebar : 0) - 2 * padding;
    return labelProyektor(g, lanjutan, partaiDiKepala).reduce((n, part) => n + bungkus(part, labelWidth, fontLabel, m.ukur).length, 0);
  };
  const tinggiGaris = (g: GarisForm, adaKol: boolean, lanjutan = false, partaiDiKepala = false): number => {
    const lines = barisTeks(g, adaKol, lanjutan, partaiDiKepala);
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
    const adaKol = semua.some((g) => g.keys.length > 1);
    // Only one party's block (the detail of a party ballot): its name heads the table.
    const p0 = semua[0]?.rows[0]?.partai;
    const kepalaPartai = p0 && semua.every((g) => g.rows[0]?.partai?.nomor === p0.nomor) ? p0 : undefined;
    const diKepala = kepalaPartai !== undefined;
    let garis: GarisHalaman[] = semua.map((g) => ({ garis: g, tinggi: tinggiGaris(g, adaKol, false, diKepala) }));
    // One party's block a little taller than a page (10-12 candidates at 1024x768): its candidate lines are set
    // closer (numbers keep their size) so the whole block is on one page, rather than split over two.
    if (diKepala && garis.reduce((h, g) => h + g.tinggi, 0) > tinggiTersedia) {
      const rapat = garis.map((g) => {
        if (g.garis.rows[0]?.blokPartai !== 'a2') return g;
        const lines = barisTeks(g.garis, adaKol, false, true);
        return { ...g, tinggi: Math.max(Math.round(angkaPx * 1.2), Math.ceil(lines * labelPx * 1.05 + padding / 2)), rapat: true };
      });
      if (rapat.reduce((h, g) => h + g.tinggi, 0) <= tinggiTersedia) garis = rapat;
    }
    const barisHalaman: GarisHalaman[][] = [];
    let cur: GarisHalaman[] = [];
    let used = 0;
    // Party ballots: a block (A.1, candidates, B) starts on a new page when it fits a page but not the rest
    // of this one; a block longer than a page continues with the party's name repeated.
    const partaiDari = (g: GarisHalaman): number | null => g.garis.rows[0]?.partai?.nomor ?? null;
    for (const [i, g] of garis.entries()) {
      const np = partaiDari(g);
      const awalBlok = np !== null && (i === 0 || partaiDari(garis[i - 1]!) !== np);
      let tinggiBlok = 0;
      if (awalBlok) for (let j = i; j < garis.length && partaiDari(garis[j]!) === np; j++) tinggiBlok += garis[j]!.tinggi;
      const pisahBlok = awalBlok && tinggiBlok <= tinggiTersedia && used + tinggiBlok > tinggiTersedia;
      if (cur.length > 0 && (pisahBlok || used + g.tinggi > tinggiTersedia)) {
        barisHalaman.push(cur);
        cur = [];
        used = 0;
        if (np !== null && !awalBlok) {
          const t = tinggiGaris(g.garis, adaKol, true, diKepala);
          cur.push({ ...g, tinggi: t, lanjutan: true });
          used += t;
          continue;
        }
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
        halaman.push({ bagian: b, nomorDalamBagian: k++, jumlahDalamBagian: total, garis: rows, adaKol, kolom, dari: kh.dari, sampai: kh.sampai, ...(kepalaPartai ? { kepalaPartai } : {}) });
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
