import type { Kertas, Orientasi, TextStyle } from './layout';

/**
 * A printable document as pages of positioned blocks. The model decides everything that takes judgement
 * (what goes on which page, column widths, line breaks, heights); a renderer only draws. All coordinates
 * are in points from the top-left corner of the page; table rows are relative to the table's top.
 */

export interface DocumentModel {
  readonly kertas: Kertas;
  /** PDF metadata. */
  readonly info: { readonly title: string; readonly subject: string; readonly author: string };
  /** Print time (ISO 8601, UTC): the PDF's creation and modification date, so output is reproducible. */
  readonly dicetakPada: string;
  readonly pages: readonly Page[];
}

/**
 * A document whose pages are laid out as they are read (a generator), so a renderer that draws and drops each
 * page never holds them all; `jumlahHalaman` is known before the first page ("Halaman i dari N"). Iterating again
 * lays the pages out again.
 */
export interface DokumenBertahap extends Omit<DocumentModel, 'pages'> {
  readonly jumlahHalaman: number;
  readonly pages: Iterable<Page>;
}

/** Which part of the document a page belongs to (for tests, bookmarks and debugging). */
export interface PagePart {
  readonly bagian: 'rekap' | 'berita-acara' | 'lampiran';
  /** The desa of a lampiran page. */
  readonly kodeDesa?: string;
  /** Position of the page's column chunk in its table (0-based) and the chunk count. */
  readonly chunk?: number;
  readonly chunks?: number;
  /**
   * Position of the page's part of the rows (0-based) and the count, when the rows take several pages. The pages
   * of a table go part by part, and within a part chunk by chunk: the page that carries a JUMLAH PINDAHAN in
   * follows the page that carries it out, with the same rows at the same heights.
   */
  readonly rowPart?: number;
  readonly rowParts?: number;
}

export interface Page {
  readonly orientasi: Orientasi;
  readonly width: number;
  readonly height: number;
  readonly part: PagePart;
  readonly blocks: readonly Block[];
  readonly footer: Footer;
}

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface Footer extends Box {
  readonly kiri: string;
  readonly kanan: string;
  /** The export's QR code at the right end of the footer band (issue 6): its text and side in points. */
  readonly qr?: { readonly isi: string; readonly ukuran: number };
}

export type Block = KopBlock | IsianBlock | TeksBlock | TableBlock | SignatureBlock;

/** Header band: centred title lines on the left, the form code in a ruled box on the right. */
export interface KopBlock extends Box {
  readonly kind: 'kop';
  readonly judul: readonly string[];
  readonly judulWidth: number;
  readonly kodeForm: readonly string[];
  readonly kodeBox: Box;
}

/** Header fields "PROVINSI : ACEH (11)", each cell positioned. */
export interface IsianBlock extends Box {
  readonly kind: 'isian';
  readonly cells: readonly IsianCell[];
}

export interface IsianCell extends Box {
  readonly label: string;
  readonly labelWidth: number;
  readonly nilai: readonly string[];
}

export interface TeksBlock extends Box {
  readonly kind: 'teks';
  readonly lines: readonly string[];
  readonly style: TextStyle;
  readonly lineHeight: number;
  readonly align: 'left' | 'center' | 'right';
}

export type ColumnKind = 'ref' | 'uraian' | 'lpj' | 'unit' | 'pindahan-masuk' | 'pindahan-keluar' | 'jumlah-akhir';

export interface TableColumn {
  readonly kind: ColumnKind;
  /** Offset from the table's left edge. */
  readonly x: number;
  readonly width: number;
  readonly header: readonly string[];
  /** Type size of the header lines: the header style's, smaller for a name with a word too long for the column. */
  readonly headerSize: number;
  /** Small lines under the header: a desa code, "dari halaman sebelumnya". */
  readonly catatan: readonly string[];
}

/** True for the columns that hold numbers. */
export function isValueColumn(kind: ColumnKind): boolean {
  return kind !== 'ref' && kind !== 'uraian' && kind !== 'lpj';
}

export interface TableBlock extends Box {
  readonly kind: 'tabel';
  readonly columns: readonly TableColumn[];
  /** A header spanning the unit columns ("KELURAHAN/DESA", "TPS"), absent when the table has no unit column. */
  readonly span?: { readonly text: string; readonly from: number; readonly to: number };
  readonly spanHeight: number;
  /** Height of the whole header (span row included); the body starts there. */
  readonly headerHeight: number;
  readonly rows: readonly TableRow[];
}

export type TableRow = SectionRow | DataRow;

/** A shaded section heading across the table; `blok` marks the heading of a party block (DPR/DPRD), set lighter. */
export interface SectionRow {
  readonly kind: 'bagian';
  readonly y: number;
  readonly height: number;
  readonly text: string;
  readonly blok?: boolean;
}

/** One form row: ref and label, with one line (single number) or three (L, P, JML). */
export interface DataRow {
  readonly kind: 'data';
  readonly y: number;
  readonly height: number;
  readonly ref: string;
  readonly label: readonly string[];
  readonly bold: boolean;
  /** A total row set off with a light shade (B of a party block). */
  readonly shaded?: boolean;
  /** True when the row has L/P/JML sub-rows; otherwise the label also covers the lpj column. */
  readonly split: boolean;
  readonly lines: readonly DataLine[];
}

export interface DataLine {
  /** Row key of the C.Hasil form, e.g. `pengguna_dpt_l`. */
  readonly key: string;
  /** "L", "P", "JML" or "". */
  readonly sub: string;
  readonly y: number;
  readonly height: number;
  /** One cell per value column, in column order. */
  readonly cells: readonly Cell[];
}

export interface Cell {
  readonly angka: number | null;
  readonly teks: string;
}

/** A ruled signature table: number, text columns, and a signature column with the slot number. */
export interface SignatureBlock extends Box {
  readonly kind: 'tanda-tangan';
  readonly judul: string;
  readonly judulHeight: number;
  readonly headerHeight: number;
  readonly columns: readonly { readonly x: number; readonly width: number; readonly header: string }[];
  readonly rows: readonly SignatureRow[];
}

export interface SignatureRow {
  readonly y: number;
  readonly height: number;
  /** Text of every column but the last (the signature column), as wrapped lines. */
  readonly cells: readonly (readonly string[])[];
  /** The number written in the signature cell: "1.", "2." ... placed left and right alternately. */
  readonly slot: string;
  readonly slotSide: 'kiri' | 'kanan';
  /** Printed in the signature cell instead of leaving it for a signature: absent, refused with the reason. */
  readonly status: readonly string[];
  /** A signature drawn on the signature screen (PNG bytes), placed in the signature cell (issue 5). */
  readonly gambar?: Uint8Array;
}
