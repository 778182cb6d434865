import type { FontRole } from './text-measure';

/** Page geometry and type sizes of the printed forms, shared by the model (which measures) and the renderer. */

export type Kertas = 'F4' | 'A4';
export type Orientasi = 'portrait' | 'landscape';

/** Points per millimetre. */
export const MM = 72 / 25.4;

/** Portrait sizes in points: F4 (folio as sold in Indonesia) is 215 x 330 mm, A4 210 x 297 mm. */
export const UKURAN_KERTAS: Readonly<Record<Kertas, { readonly width: number; readonly height: number }>> = {
  F4: { width: 215 * MM, height: 330 * MM },
  A4: { width: 210 * MM, height: 297 * MM },
};

export function ukuranHalaman(kertas: Kertas, orientasi: Orientasi): { width: number; height: number } {
  const { width, height } = UKURAN_KERTAS[kertas];
  return orientasi === 'portrait' ? { width, height } : { width: height, height: width };
}

export interface TextStyle {
  readonly font: FontRole;
  readonly size: number;
}

/** 10 mm all round: inside what office printers can reach. */
export const MARGIN = { top: 10 * MM, right: 10 * MM, bottom: 10 * MM, left: 10 * MM } as const;

export const STYLE = {
  judul: { font: 'sans-bold', size: 9.5 },
  kodeForm: { font: 'sans-bold', size: 8.5 },
  isianLabel: { font: 'cond-bold', size: 8 },
  isianNilai: { font: 'cond', size: 8 },
  kolomHeader: { font: 'cond-bold', size: 7 },
  /** Smallest size a column header shrinks to before a long word is cut. */
  kolomHeaderMin: { font: 'cond-bold', size: 5.5 },
  kolomCatatan: { font: 'cond', size: 6 },
  bagian: { font: 'cond-bold', size: 7.5 },
  /** The heading of a party block: the party's number and name. */
  blok: { font: 'cond-bold', size: 8 },
  ref: { font: 'cond', size: 7.5 },
  uraian: { font: 'cond', size: 8 },
  uraianTebal: { font: 'cond-bold', size: 8 },
  angka: { font: 'cond', size: 8.5 },
  angkaTebal: { font: 'cond-bold', size: 8.5 },
  paragraf: { font: 'sans', size: 9.5 },
  ttdJudul: { font: 'sans-bold', size: 9 },
  ttdHeader: { font: 'cond-bold', size: 7.5 },
  ttdIsi: { font: 'cond', size: 8.5 },
  ttdStatus: { font: 'cond', size: 7 },
  kaki: { font: 'cond', size: 6.5 },
} as const satisfies Record<string, TextStyle>;

export const TABLE = {
  /** Horizontal and vertical padding inside a cell. */
  padX: 2.5,
  padY: 1.2,
  /** Column widths in points; data columns grow from min toward max when the page has room. */
  refWidth: 28,
  lpjWidth: 20,
  /** Wide enough that no label of the PPWP form needs more than two lines. */
  uraianMin: 200,
  uraianMax: 260,
  unitMin: 44,
  unitMax: 66,
  /** Wide enough for "JUMLAH PINDAHAN" on one line in the header style. */
  summaryMin: 74,
  summaryMax: 90,
  /** Height of the spanning header row ("KELURAHAN/DESA" over the desa columns). */
  spanHeight: 10,
  /** Minimum height of a one-line body row. */
  rowMin: 10.5,
  sectionHeight: 11,
  /** Height of a party block heading. */
  blokHeight: 12,
  /** Stroke widths: grid and outline. */
  thin: 0.4,
  thick: 0.9,
} as const;

export const SPACING = {
  /** Between blocks of a page. */
  block: 6,
  /** Height of the footer band at the bottom margin. */
  footer: 10,
  /** Between a table and the footer. */
  beforeFooter: 4,
  /** Height of a signature row. */
  ttdRow: 34,
} as const;

export const GREY = {
  section: '#e4e4e4',
  header: '#f0f0f0',
  summary: '#f6f6f6',
  /** Party block headings: lighter than a section, darker than a total. */
  blok: '#ececec',
  /** Total rows (B of a party block). */
  jumlah: '#f3f3f3',
} as const;
