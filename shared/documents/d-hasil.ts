import type { JenisSuratSuara, Peserta } from '../domain/ballot';
import { isSuratSuaraPartai, namaPesertaBernomor, nomorPeserta } from '../domain/ballot';
import type { Pemilihan } from '../domain/election';
import type { WilayahKecamatan } from '../domain/region';
import { jumlahkanLembar } from '../forms/aggregate';
import type { BagianForm, BarisForm, Lembar } from '../forms/c-hasil';
import { barisCHasil, judulBagian, kunciJumlahPartai } from '../forms/c-hasil';
import type { RekapKecamatan } from '../forms/recap';
import { formatTanggal, tanggalDalamKata } from '../format/date';
import { formatWaktu, waktuLokal } from '../format/date';
import { formatAngka } from '../format/number';
import { splitColumns } from './column-split';
import * as L from './labels';
import type { Kertas, Orientasi, TextStyle } from './layout';
import { MARGIN, SPACING, STYLE, TABLE, ukuranHalaman } from './layout';
import type {
  Block,
  Cell,
  DataRow,
  DocumentModel,
  DokumenBertahap,
  IsianBlock,
  IsianCell,
  KopBlock,
  Page,
  PagePart,
  SectionRow,
  SignatureBlock,
  SignatureRow,
  TableBlock,
  TableColumn,
  TableRow,
  TeksBlock,
} from './model';
import { lineHeight, textWidth, wrapBalanced, wrapText } from './text-measure';
import { barisSidik, isiQrHalaman, JARAK_QR, UKURAN_QR, type SidikCetak } from './sidik-halaman';

/**
 * The Model D.Hasil Kecamatan of one ballot as a document model: the recap by desa (split over pages with
 * JUMLAH PINDAHAN when the desa do not fit), the berita acara with the signatures, and one lampiran per desa
 * with its TPS. Every ballot: the rows are barisCHasil's; on DPR/DPRD each party block (its heading, A.1, the
 * candidates, B) stays on one page when it fits one, and a block or section continued on the next page repeats
 * its heading with "(lanjutan)".
 */

/** A person who signs; an empty name prints a dotted line to be filled in by hand. */
export interface Penandatangan {
  readonly nama: string;
  /** Absent and refusing signatories are printed as such (DOMAIN 6.4); the default is a blank slot. */
  readonly status?: 'hadir' | 'tidak-hadir' | 'menolak';
  /** The reason a signatory gave for refusing. */
  readonly alasan?: string;
  /** A signature drawn on the signature screen (PNG), printed in the slot sized to it; only for one present. */
  readonly gambar?: Uint8Array;
}

/** The saksi of one participant (by ballot number). */
export interface SaksiPenandatangan extends Penandatangan {
  readonly nomor: number;
  /** A short name of the pair to print instead of the full names, e.g. "ANIES - MUHAIMIN". */
  readonly namaSingkat?: string;
}

export interface DHasilInput {
  readonly rekap: RekapKecamatan;
  readonly wilayah: WilayahKecamatan;
  readonly pemilihan: Pemilihan;
  /** When the document is printed (the injected clock): in the footer and as the PDF's date. */
  readonly dicetakPada: Date;
  readonly kertas: Kertas;
  /** Date of the plenary (YYYY-MM-DD); defaults to the local date of `dicetakPada`. */
  readonly tanggalPleno?: string;
  /** Place written above the signatures; defaults to the kecamatan's name. */
  readonly tempat?: string;
  /** UTC offset of the local time printed (7 = WIB, 8 = WITA, 9 = WIT). */
  readonly offsetJam?: number;
  /** PPK members; default a ketua and four anggota with blank names (a PPK has five members). */
  readonly ppk?: { readonly ketua: Penandatangan; readonly anggota: readonly Penandatangan[] };
  /** One saksi per participant; default one blank line per participant of the ballot. */
  readonly saksi?: readonly SaksiPenandatangan[];
  /** The fingerprint of the ballot's export, printed with a QR code on every page (issue 6). */
  readonly sidik?: SidikCetak;
}

/** Rows printed bold: the totals of the form (I.B.4, II.1, V.A, V.C). */
const BARIS_JUMLAH = new Set(['I.B.4', 'II.1', 'V.A', 'V.C']);

const ANGGOTA_PPK = 4;

// ---------------------------------------------------------------------------------------------------------
// Page frame

interface Frame {
  readonly orientasi: Orientasi;
  readonly width: number;
  readonly height: number;
  readonly x: number;
  readonly contentWidth: number;
  readonly top: number;
  /** Lowest y a block may reach: above the footer. */
  readonly bottom: number;
  readonly footer: { readonly y: number; readonly height: number };
}

function frame(kertas: Kertas, orientasi: Orientasi, footerHeight: number): Frame {
  const { width, height } = ukuranHalaman(kertas, orientasi);
  const footerY = height - MARGIN.bottom - footerHeight;
  return {
    orientasi,
    width,
    height,
    x: MARGIN.left,
    contentWidth: width - MARGIN.left - MARGIN.right,
    top: MARGIN.top,
    bottom: footerY - SPACING.beforeFooter,
    footer: { y: footerY, height: footerHeight },
  };
}

function lh(style: TextStyle): number {
  return lineHeight(style.font, style.size);
}

function wrap(text: string, style: TextStyle, width: number): string[] {
  return wrapText(text, style.font, style.size, width);
}

function width(text: string, style: TextStyle): number {
  return textWidth(text, style.font, style.size);
}

/** A dotted line as wide as `w`, for a name to be written by hand. */
function titik(w: number, style: TextStyle): string {
  return '.'.repeat(Math.max(3, Math.floor(w / width('.', style))));
}

// ---------------------------------------------------------------------------------------------------------
// Header band and header fields

/** `kodeForm` comes as the lines to print in the box, which is as wide as its longest line. */
function kop(f: Frame, y: number, judul: readonly string[], kodeForm: readonly string[]): KopBlock {
  const pad = 5;
  const boxW = Math.max(...kodeForm.map((k) => width(k, STYLE.kodeForm))) + 2 * pad;
  const kodeLines = [...kodeForm];
  const boxH = kodeLines.length * lh(STYLE.kodeForm) + 2 * pad;
  const judulWidth = f.contentWidth - boxW - 12;
  const judulLines = judul.flatMap((j) => wrapBalanced(j, STYLE.judul.font, STYLE.judul.size, judulWidth));
  const height = Math.max(boxH, judulLines.length * lh(STYLE.judul));
  return {
    kind: 'kop',
    x: f.x,
    y,
    width: f.contentWidth,
    height,
    judul: judulLines,
    judulWidth,
    kodeForm: kodeLines,
    kodeBox: { x: f.x + f.contentWidth - boxW, y, width: boxW, height: boxH },
  };
}

interface Isian {
  readonly label: string;
  readonly nilai: string;
}

/** Header fields side by side when they fit the width, else one per line with aligned labels. */
function isian(f: Frame, y: number, fields: readonly Isian[]): IsianBlock {
  const pad = TABLE.padX + 1;
  const labelW = (l: string): number => width(L.labelIsian(l), STYLE.isianLabel) + 2 * pad;
  const natural = fields.map((c) => labelW(c.label) + width(c.nilai, STYLE.isianNilai) + 2 * pad);
  const rowH = lh(STYLE.isianNilai) + 2 * TABLE.padY + 2;
  const cells: IsianCell[] = [];
  if (natural.reduce((a, b) => a + b, 0) <= f.contentWidth) {
    const extra = (f.contentWidth - natural.reduce((a, b) => a + b, 0)) / fields.length;
    let x = f.x;
    fields.forEach((c, i) => {
      const w = natural[i]! + extra;
      cells.push({ x, y, width: w, height: rowH, label: c.label, labelWidth: labelW(c.label), nilai: [c.nilai] });
      x += w;
    });
    return { kind: 'isian', x: f.x, y, width: f.contentWidth, height: rowH, cells };
  }
  const labelWidth = Math.max(...fields.map((c) => labelW(c.label)));
  let cy = y;
  for (const c of fields) {
    const nilai = wrap(c.nilai, STYLE.isianNilai, f.contentWidth - labelWidth - 2 * pad);
    const h = Math.max(rowH, nilai.length * lh(STYLE.isianNilai) + 2 * TABLE.padY + 2);
    cells.push({ x: f.x, y: cy, width: f.contentWidth, height: h, label: c.label, labelWidth, nilai });
    cy += h;
  }
  return { kind: 'isian', x: f.x, y, width: f.contentWidth, height: cy - y, cells };
}

function teks(f: Frame, y: number, text: string, style: TextStyle, align: TeksBlock['align'] = 'left', w = f.contentWidth): TeksBlock {
  const lines = wrap(text, style, w);
  const lineH = lh(style) * 1.25;
  const x = align === 'right' ? f.x + f.contentWidth - w : f.x;
  return { kind: 'teks', x, y, width: w, height: lines.length * lineH, lines, style, lineHeight: lineH, align };
}

// ---------------------------------------------------------------------------------------------------------
// Recap tables

/** One unit column (a desa of the kecamatan, or a TPS of a desa). */
interface Unit {
  readonly header: string;
  readonly catatan: readonly string[];
  readonly lembar: Lembar;
}

interface TableSpec {
  readonly jenis: JenisSuratSuara;
  /** Header spanning the unit columns. */
  readonly spanText: string;
  readonly units: readonly Unit[];
  /** The JUMLAH AKHIR column: the recap's own total of the units. */
  readonly total: Lembar;
  readonly baris: readonly BarisForm[];
  /** Keys of all rows (for carried totals). */
  readonly keys: readonly string[];
  /** Upper bound of the label column's width. */
  readonly uraianMax?: number;
  /** Section headings, when not the form's own. */
  readonly judul?: (b: BagianForm) => string;
}

interface ValueColumn {
  readonly column: TableColumn;
  readonly value: (key: string) => number | null;
}

/**
 * A row before it is placed: its height is known, its y not yet. `blokId` groups the rows of one party block (its
 * heading, A.1, the candidates, B), which pagination keeps together.
 */
type Draft =
  | { readonly kind: 'bagian'; readonly height: number; readonly text: string; readonly bagian: BagianForm; readonly blok?: boolean; readonly blokId?: number }
  | (Omit<DataRow, 'y' | 'lines'> & {
      readonly lines: readonly { readonly key: string; readonly sub: string; readonly cells: readonly Cell[] }[];
      readonly blokId?: number;
    });

interface ChunkLayout {
  readonly columns: readonly TableColumn[];
  readonly span?: TableBlock['span'];
  readonly spanHeight: number;
  readonly headerHeight: number;
  readonly width: number;
  readonly drafts: readonly Draft[];
}

function angkaCell(v: number | null): Cell {
  return { angka: v, teks: v === null ? L.BELUM_DIISI : formatAngka(v) };
}

/**
 * Column header lines: at the header size when every word fits the column, else at a smaller size down to
 * kolomHeaderMin, where a word still too long is cut (desa names are often one long word).
 */
function fitHeader(text: string, w: number): { header: string[]; headerSize: number } {
  const words = text.split(/\s+/);
  const font = STYLE.kolomHeader.font;
  for (let size: number = STYLE.kolomHeader.size; size >= STYLE.kolomHeaderMin.size; size -= 0.5) {
    if (words.every((word) => textWidth(word, font, size) <= w)) return { header: wrapText(text, font, size, w), headerSize: size };
  }
  return { header: wrapText(text, font, STYLE.kolomHeaderMin.size, w), headerSize: STYLE.kolomHeaderMin.size };
}

function hasSplitRows(baris: readonly BarisForm[]): boolean {
  return baris.some((b) => b.kolom !== undefined);
}

/**
 * Column widths for one page: the fixed columns at their minimum, the label column grown first, then the
 * number columns, each up to its maximum; what is left stays as margin on the right.
 */
function columnWidths(avail: number, spec: TableSpec, units: number, summaries: number): { uraian: number; unit: number; summary: number } {
  const lpj = hasSplitRows(spec.baris) ? TABLE.lpjWidth : 0;
  const uraianMax = spec.uraianMax ?? TABLE.uraianMax;
  let uraian: number = TABLE.uraianMin;
  let unit: number = TABLE.unitMin;
  let summary: number = TABLE.summaryMin;
  let rest = avail - (TABLE.refWidth + lpj + uraian + units * unit + summaries * summary);
  const grow = Math.min(Math.max(rest, 0), uraianMax - uraian);
  uraian += grow;
  rest -= grow;
  if (rest > 0 && units + summaries > 0) {
    // Grow the number columns by the same factor, each capped at its maximum.
    const weight = units * TABLE.unitMin + summaries * TABLE.summaryMin;
    const factor = 1 + rest / weight;
    unit = Math.min(TABLE.unitMin * factor, TABLE.unitMax);
    summary = Math.min(TABLE.summaryMin * factor, TABLE.summaryMax);
  }
  return { uraian, unit, summary };
}

function labelOf(b: BarisForm): string {
  return b.peserta ? namaPesertaBernomor(b.peserta) : b.label;
}

/** The number printed in the NO. column: the form's ref, or within a party block A.1, the nomor urut, B. */
function refOf(b: BarisForm): string {
  if (b.blokPartai === 'a1') return 'A.1';
  if (b.blokPartai === 'b') return 'B';
  if (b.blokPartai === 'a2' && b.calon) return String(b.calon.nomor);
  return b.ref;
}

/** The heading of a party block: "01. PARTAI KEBANGKITAN BANGSA". */
function judulBlok(p: Peserta): string {
  return `${nomorPeserta(p.nomor)}. ${p.nama}`;
}

/** `tanpaSel`: the rows' heights and breaks without their numbers (counting pages: heights never depend on them). */
function layoutChunk(spec: TableSpec, chunks: readonly number[][], k: number, avail: number, tanpaSel = false): ChunkLayout {
  const chunk = chunks[k]!;
  const last = k === chunks.length - 1;
  const hasIn = k > 0;
  const summaries = (hasIn ? 1 : 0) + 1;
  const w = columnWidths(avail, spec, chunk.length, summaries);
  const split = hasSplitRows(spec.baris);

  const before = chunks.slice(0, k).flat().map((i) => spec.units[i]!.lembar);
  const upTo = chunks.slice(0, k + 1).flat().map((i) => spec.units[i]!.lembar);
  const carriedIn = tanpaSel ? {} : jumlahkanLembar(spec.keys, before);
  const carriedOut = tanpaSel ? {} : jumlahkanLembar(spec.keys, upTo);
  const get = (l: Lembar) => (key: string) => l[key] ?? null;

  const columns: TableColumn[] = [];
  const values: ValueColumn[] = [];
  let x = 0;
  const add = (c: Omit<TableColumn, 'x'>, value?: ValueColumn['value']): void => {
    const column = { ...c, x };
    columns.push(column);
    if (value) values.push({ column, value });
    x += c.width;
  };
  const hdr = (text: string, cw: number): { header: string[]; headerSize: number } => fitHeader(text, cw - 2 * TABLE.padX);
  const note = (text: string, cw: number): string[] => wrap(text, STYLE.kolomCatatan, cw - 2 * TABLE.padX);

  add({ kind: 'ref', width: TABLE.refWidth, ...hdr(L.KOLOM.nomor, TABLE.refWidth), catatan: [] });
  add({ kind: 'uraian', width: w.uraian, ...hdr(L.KOLOM.uraian, w.uraian), catatan: [] });
  if (split) add({ kind: 'lpj', width: TABLE.lpjWidth, header: [], headerSize: STYLE.kolomHeader.size, catatan: [] });
  if (hasIn) {
    add(
      { kind: 'pindahan-masuk', width: w.summary, ...hdr(L.KOLOM.jumlahPindahan, w.summary), catatan: note(L.KOLOM.pindahanMasuk, w.summary) },
      get(carriedIn),
    );
  }
  const firstUnit = columns.length;
  for (const i of chunk) {
    const u = spec.units[i]!;
    add({ kind: 'unit', width: w.unit, ...hdr(u.header, w.unit), catatan: u.catatan.flatMap((c) => note(c, w.unit)) }, get(u.lembar));
  }
  const lastUnit = columns.length - 1;
  if (last) {
    add({ kind: 'jumlah-akhir', width: w.summary, ...hdr(L.KOLOM.jumlahAkhir, w.summary), catatan: [] }, get(spec.total));
  } else {
    add(
      { kind: 'pindahan-keluar', width: w.summary, ...hdr(L.KOLOM.jumlahPindahan, w.summary), catatan: note(L.KOLOM.pindahanKeluar, w.summary) },
      get(carriedOut),
    );
  }

  const span = chunk.length > 0 ? { text: spec.spanText, from: firstUnit, to: lastUnit } : undefined;
  const spanHeight = span ? TABLE.spanHeight : 0;
  const textHeight = Math.max(
    ...columns.map((c) => c.header.length * lineHeight(STYLE.kolomHeader.font, c.headerSize) + c.catatan.length * lh(STYLE.kolomCatatan)),
  );
  const headerHeight = spanHeight + textHeight + 2 * TABLE.padY + 3;

  const drafts: Draft[] = [];
  let bagian: BagianForm | null = null;
  const labelWidth = (isSplit: boolean): number => w.uraian + (split && !isSplit ? TABLE.lpjWidth : 0) - 2 * TABLE.padX;
  const judul = spec.judul ?? ((bg: BagianForm): string => judulBagian(bg, spec.jenis));
  for (let i = 0; i < spec.baris.length; ) {
    const b = spec.baris[i]!;
    if (b.bagian !== bagian) {
      bagian = b.bagian;
      drafts.push({ kind: 'bagian', height: TABLE.sectionHeight, text: judul(b.bagian), bagian: b.bagian });
    }
    if (b.blokPartai === 'a1' && b.partai) {
      // One line across the whole table: party names are far shorter than any table is wide.
      drafts.push({ kind: 'bagian', height: TABLE.blokHeight, text: judulBlok(b.partai), bagian: b.bagian, blok: true, blokId: b.partai.nomor });
    }
    // The L, P and JML rows of one ref make one printed row with three lines.
    let j = i + 1;
    if (b.kolom !== undefined) while (j < spec.baris.length && spec.baris[j]!.ref === b.ref && spec.baris[j]!.kolom !== undefined) j++;
    const group = spec.baris.slice(i, j);
    const isSplit = b.kolom !== undefined;
    const bold = BARIS_JUMLAH.has(b.ref) || b.blokPartai === 'b';
    const style = bold ? STYLE.uraianTebal : STYLE.uraian;
    const label = wrap(labelOf(b), style, labelWidth(isSplit));
    const textH = label.length * lh(style) + 2 * TABLE.padY;
    const height = Math.max(group.length * TABLE.rowMin, textH);
    drafts.push({
      kind: 'data',
      height,
      ref: refOf(b),
      label,
      bold,
      ...(b.blokPartai === 'b' ? { shaded: true } : {}),
      ...(b.partai ? { blokId: b.partai.nomor } : {}),
      split: isSplit,
      lines: group.map((g) => ({
        key: g.key,
        sub: g.kolom ? L.SUB_BARIS[g.kolom] : '',
        cells: tanpaSel ? [] : values.map((v) => angkaCell(v.value(g.key))),
      })),
    });
    i = j;
  }
  return span
    ? { columns, span, spanHeight, headerHeight, width: x, drafts }
    : { columns, spanHeight, headerHeight, width: x, drafts };
}

/** A row of a page: a draft by index, or a heading repeated on a later page with "(lanjutan)". */
interface Entry {
  readonly i: number;
  readonly lanjutan?: boolean;
}

/**
 * Splits the rows (draft indices, with the height each takes) over pages of `avail` body height. A section that
 * fits the rest of the page stays whole, else one that fits a page starts the next; a longer one is split
 * between its units, a unit being a party block (heading, A.1, candidates, B) or a single row: a block is never
 * split when it fits a page. A unit taller than a page is split row by row. Each continued section or block
 * repeats its heading with "(lanjutan)"; a heading is never left alone at the bottom of a page.
 */
function partitionRows(drafts: readonly Draft[], heights: readonly number[], avail: number): Entry[][] {
  interface Section {
    readonly head: number | null;
    readonly units: number[][];
  }
  const sections: Section[] = [];
  drafts.forEach((d, i) => {
    if (d.kind === 'bagian' && !d.blok) {
      sections.push({ head: i, units: [] });
      return;
    }
    if (sections.length === 0) sections.push({ head: null, units: [] });
    const units = sections[sections.length - 1]!.units;
    const last = units[units.length - 1];
    const sameBlok = d.blokId !== undefined && last !== undefined && drafts[last[0]!]!.blokId === d.blokId;
    if (sameBlok) last.push(i);
    else units.push([i]);
  });

  const parts: Entry[][] = [[]];
  let used = 0;
  const h = (es: readonly Entry[]): number => es.reduce((a, e) => a + heights[e.i]!, 0);
  const cur = (): Entry[] => parts[parts.length - 1]!;
  const newPart = (): void => {
    parts.push([]);
    used = 0;
  };
  const put = (es: readonly Entry[]): void => {
    cur().push(...es);
    used += h(es);
  };

  for (const s of sections) {
    const head: Entry[] = s.head === null ? [] : [{ i: s.head }];
    const again: Entry[] = s.head === null ? [] : [{ i: s.head, lanjutan: true }];
    const all = [...head, ...s.units.flat().map((i) => ({ i }))];
    if (used + h(all) <= avail) {
      put(all);
      continue;
    }
    if (cur().length > 0 && h(all) <= avail) {
      newPart();
      put(all);
      continue;
    }
    s.units.forEach((u, ui) => {
      const unit = u.map((i) => ({ i }));
      let lead = ui === 0 ? head : [];
      if (used + h([...lead, ...unit]) > avail && cur().length > 0) {
        newPart();
        lead = ui === 0 ? head : again;
      }
      if (used + h([...lead, ...unit]) <= avail) {
        put([...lead, ...unit]);
        return;
      }
      // Taller than a page: row by row. A block heading goes with the row after it.
      const blokHead = drafts[u[0]!]!.kind === 'bagian' ? u[0]! : null;
      const rows: Entry[][] = [];
      unit.forEach((e, k) => (k === 1 && blokHead !== null ? rows[0]!.push(e) : rows.push([e])));
      rows.forEach((row, k) => {
        let items = k === 0 ? [...lead, ...row] : row;
        if (used + h(items) > avail && cur().length > 0) {
          newPart();
          items = [...again, ...(blokHead !== null && k > 0 ? [{ i: blokHead, lanjutan: true }] : []), ...row];
        }
        put(items);
      });
    });
  }
  return parts.filter((p) => p.length > 0);
}

function placeTable(c: ChunkLayout, rows: readonly Draft[], x: number, y: number): TableBlock {
  const placed: TableRow[] = [];
  let ry = c.headerHeight;
  for (const d of rows) {
    if (d.kind === 'bagian') {
      const s: SectionRow = d.blok ? { kind: 'bagian', y: ry, height: d.height, text: d.text, blok: true } : { kind: 'bagian', y: ry, height: d.height, text: d.text };
      placed.push(s);
    } else {
      const lineH = d.height / d.lines.length;
      const { blokId: _blokId, ...row } = d;
      placed.push({ ...row, y: ry, lines: d.lines.map((l, i) => ({ ...l, y: ry + i * lineH, height: lineH })) });
    }
    ry += d.height;
  }
  const base = { kind: 'tabel' as const, x, y, width: c.width, height: ry, columns: c.columns, spanHeight: c.spanHeight, headerHeight: c.headerHeight, rows: placed };
  return c.span ? { ...base, span: c.span } : base;
}

interface Draw {
  readonly part: PagePart;
  readonly orientasi: Orientasi;
  readonly blocks: readonly Block[];
}

/**
 * The pages of one recap table: its column chunks and, when the rows do not fit a page, its row parts. Every
 * chunk gets the same row parts with the same row heights (the tallest of the chunks), and the pages go part by
 * part, chunk by chunk, so a JUMLAH PINDAHAN carried out is carried in on the very next page.
 */
function tableLayout(spec: TableSpec, f: Frame, head: (f: Frame) => { blocks: Block[]; bottom: number }, tanpaSel: boolean) {
  // The column chunks, each one's rows (drafts), the common row heights and the row parts that make the pages.
  const { blocks, bottom } = head(f);
  const top = bottom + SPACING.block;
  const fixed = TABLE.refWidth + TABLE.uraianMin + (hasSplitRows(spec.baris) ? TABLE.lpjWidth : 0);
  const chunks = splitColumns(spec.units.length, {
    available: f.contentWidth,
    fixedWidth: fixed,
    unitWidth: TABLE.unitMin,
    summaryWidth: TABLE.summaryMin,
  });
  const layouts = chunks.map((_, k) => layoutChunk(spec, chunks, k, f.contentWidth, tanpaSel));
  const heights = layouts[0]!.drafts.map((_, i) => Math.max(...layouts.map((c) => c.drafts[i]!.height)));
  const avail = f.bottom - top - Math.max(...layouts.map((c) => c.headerHeight));
  const rowParts = partitionRows(layouts[0]!.drafts, heights, avail);
  return { blocks, top, layouts, heights, rowParts };
}

/** How many pages tablePages gives, without laying out the numbers. */
function jumlahTablePages(spec: TableSpec, f: Frame, head: (f: Frame) => { blocks: Block[]; bottom: number }): number {
  const { layouts, rowParts } = tableLayout(spec, f, head, true);
  return layouts.length * rowParts.length;
}

function* tablePages(
  spec: TableSpec,
  f: Frame,
  head: (f: Frame) => { blocks: Block[]; bottom: number },
  part: (chunk: number, chunks: number) => PagePart,
): Generator<Draw> {
  const { blocks, top, layouts, heights, rowParts } = tableLayout(spec, f, head, false);
  // Each page's rows are placed when the page is asked for.
  for (const [p, entries] of rowParts.entries()) {
    for (const [k, c] of layouts.entries()) {
      const rows = entries.map((e): Draft => {
        const d = c.drafts[e.i]!;
        const text = d.kind === 'bagian' && e.lanjutan ? `${d.text} ${L.LANJUTAN}` : undefined;
        return text === undefined ? { ...d, height: heights[e.i]! } : { ...d, text, height: heights[e.i]! } as Draft;
      });
      const pp = part(k, layouts.length);
      yield {
        part: rowParts.length > 1 ? { ...pp, rowPart: p, rowParts: rowParts.length } : pp,
        orientasi: f.orientasi,
        blocks: [...blocks, placeTable(c, rows, f.x, top)],
      };
    }
  }
}

// ---------------------------------------------------------------------------------------------------------
// Signatures

interface SignatureSpec {
  readonly judul: string;
  readonly columns: readonly { readonly header: string; readonly width: number | 'flex' }[];
  readonly rows: readonly { readonly cells: readonly string[]; readonly signer: Penandatangan }[];
  /** Slots numbered from here (a block continued from the page before). */
  readonly mulai?: number;
}

function statusLines(p: Penandatangan, w: number): string[] {
  if (p.status === 'tidak-hadir') return [L.TANDA_TANGAN.tidakHadir];
  if (p.status === 'menolak') {
    const alasan = p.alasan?.trim() ? `${L.TANDA_TANGAN.alasan}: ${p.alasan.trim()}` : '';
    return [L.TANDA_TANGAN.menolak, ...(alasan ? wrap(alasan, STYLE.ttdStatus, w) : [])];
  }
  return [];
}

function signature(f: Frame, y: number, spec: SignatureSpec): SignatureBlock {
  const fixed = spec.columns.reduce((a, c) => a + (c.width === 'flex' ? 0 : c.width), 0);
  let x = f.x;
  const columns = spec.columns.map((c) => {
    const w = c.width === 'flex' ? f.contentWidth - fixed : c.width;
    const col = { x, width: w, header: c.header };
    x += w;
    return col;
  });
  const judulHeight = lh(STYLE.ttdJudul) + 4;
  const headerHeight = lh(STYLE.ttdHeader) + 2 * TABLE.padY + 3;
  const inner = (i: number): number => columns[i]!.width - 2 * TABLE.padX;
  let ry = y + judulHeight + headerHeight;
  const rows: SignatureRow[] = spec.rows.map((r, i) => {
    const cells = r.cells.map((text, c) => (text === '' ? [titik(inner(c), STYLE.ttdIsi)] : wrap(text, STYLE.ttdIsi, inner(c))));
    const status = statusLines(r.signer, inner(columns.length - 1));
    const textH = Math.max(...cells.map((l) => l.length), status.length + 1) * lh(STYLE.ttdIsi) + 2 * TABLE.padY;
    const height = Math.max(SPACING.ttdRow, textH);
    const n = (spec.mulai ?? 0) + i;
    const gambar = status.length === 0 ? r.signer.gambar : undefined;
    const row: SignatureRow = { y: ry, height, cells, slot: `${n + 1}.`, slotSide: n % 2 === 0 ? 'kiri' : 'kanan', status, ...(gambar ? { gambar } : {}) };
    ry += height;
    return row;
  });
  return { kind: 'tanda-tangan', x: f.x, y, width: x - f.x, height: ry - y, judul: spec.judul, judulHeight, headerHeight, columns, rows };
}

/**
 * A signature table as blocks that each fit `avail` (the body of an empty page): a long list of saksi (18 parties,
 * 20 DPD candidates) continues on the next page under the same title with "(lanjutan)", numbering on.
 */
function signatureParts(f: Frame, spec: SignatureSpec, avail: number): SignatureSpec[] {
  const whole = signature(f, 0, spec);
  const parts: SignatureSpec[] = [];
  let from = 0;
  let used = whole.judulHeight + whole.headerHeight;
  whole.rows.forEach((r, i) => {
    if (used + r.height > avail && i > from) {
      parts.push({ ...spec, judul: from === 0 ? spec.judul : `${spec.judul} ${L.LANJUTAN}`, rows: spec.rows.slice(from, i), mulai: from });
      from = i;
      used = whole.judulHeight + whole.headerHeight;
    }
    used += r.height;
  });
  parts.push({ ...spec, judul: from === 0 ? spec.judul : `${spec.judul} ${L.LANJUTAN}`, rows: spec.rows.slice(from), mulai: from });
  return parts;
}

// ---------------------------------------------------------------------------------------------------------
// The document

function tahunOf(pemilihan: Pemilihan): string {
  return pemilihan.tanggal.slice(0, 4);
}

function defaultPpk(): { ketua: Penandatangan; anggota: Penandatangan[] } {
  return { ketua: { nama: '' }, anggota: Array.from({ length: ANGGOTA_PPK }, () => ({ nama: '' })) };
}

/** Builds the Model D.Hasil Kecamatan (recap, berita acara with signatures, lampiran per desa), every page laid out. */
export function buildDHasil(input: DHasilInput): DocumentModel {
  const { jumlahHalaman: _n, pages, ...rest } = buildDHasilBertahap(input);
  return { ...rest, pages: [...pages] };
}

/**
 * The same document, its pages laid out as they are read (DokumenBertahap): the recap and the berita acara
 * first, then each desa's lampiran in turn, so a renderer that draws and drops each page holds one desa's pages
 * at a time, not the whole ballot's (a DPR/DPRD ballot of a big kecamatan is some 840 pages). Iterable again.
 */
export function buildDHasilBertahap(input: DHasilInput): DokumenBertahap {
  const { rekap, wilayah, kertas } = input;
  const jenis: JenisSuratSuara = rekap.suratSuara.jenis;
  const offset = input.offsetJam ?? 7;
  const tahun = tahunOf(input.pemilihan);
  const kodeForm = L.kodeFormDHasil(jenis);
  const pemilihan = L.judulPemilihan(jenis, tahun);
  const dicetak = formatWaktu(input.dicetakPada, offset);
  const tanggalPleno = input.tanggalPleno ?? waktuLokal(input.dicetakPada, offset).tanggal;
  const baris = barisCHasil(rekap.suratSuara);
  const keys = rekap.rowKeys;

  // The footer is sized for the widest page number it can show, before the pages exist.
  const identitas = L.identitasDokumen(kodeForm, rekap.nama, rekap.kode, tahun);
  const kiriTabel = `${identitas} · ${L.KETERANGAN_BELUM_DIISI}`;
  const kananContoh = L.kakiHalaman(dicetak, 999, 999);
  const footerLines = (o: Orientasi, kiri: string): string[] => {
    const cw = ukuranHalaman(kertas, o).width - MARGIN.left - MARGIN.right;
    const qr = input.sidik === undefined ? 0 : UKURAN_QR + JARAK_QR;
    const teksSidik = input.sidik === undefined ? [] : wrap(barisSidik(input.sidik), STYLE.kaki, cw - qr);
    return [...wrap(kiri, STYLE.kaki, cw - width(kananContoh, STYLE.kaki) - 12 - qr), ...teksSidik];
  };
  const footerHeight = (o: Orientasi, kiri: string): number => Math.max(footerLines(o, kiri).length * lh(STYLE.kaki) + 2, input.sidik === undefined ? 0 : UKURAN_QR);
  const land = frame(kertas, 'landscape', footerHeight('landscape', kiriTabel));
  const port = frame(kertas, 'portrait', footerHeight('portrait', identitas));

  const dapil = rekap.suratSuara.dapil;
  const wilayahFields: Isian[] = [
    { label: L.LABEL_ISIAN.provinsi, nilai: L.namaDenganKode(wilayah.provinsi.nama, wilayah.provinsi.kode) },
    { label: L.LABEL_ISIAN.kabupaten, nilai: L.namaDenganKode(wilayah.kabupaten.nama, wilayah.kabupaten.kode) },
    { label: L.LABEL_ISIAN.kecamatan, nilai: L.namaDenganKode(wilayah.kecamatan.nama, wilayah.kecamatan.kode) },
    ...(dapil ? [{ label: L.LABEL_ISIAN.dapil, nilai: L.namaDenganKode(dapil.nama, dapil.kode) }] : []),
  ];
  const headD = (f: Frame): { blocks: Block[]; bottom: number } => {
    const k = kop(f, f.top, [L.JUDUL_D_HASIL, pemilihan], L.kodeFormBaris(jenis));
    const i = isian(f, k.y + k.height + SPACING.block, wilayahFields);
    return { blocks: [k, i], bottom: i.y + i.height };
  };

  const draws: Draw[] = [];

  // 1. The recap by desa.
  const rekapSpec: TableSpec = {
    jenis,
    spanText: L.KOLOM.kelurahanDesa,
    units: rekap.desa.map((d) => ({ header: d.nama.toUpperCase(), catatan: [d.kode], lembar: d.lembar })),
    total: rekap.jumlah,
    baris,
    keys,
  };
  draws.push(...tablePages(rekapSpec, land, headD, (chunk, chunks) => ({ bagian: 'rekap', chunk, chunks })));

  // 2. The berita acara: text, the kecamatan's result, place and date, signatures; flowed over portrait pages.
  const jumlahTps = rekap.desa.reduce((a, d) => a + d.tps.length, 0);
  const belum = rekap.desa.reduce((a, d) => a + d.tps.filter((t) => !t.terisi).length, 0);
  const ppk = input.ppk ?? defaultPpk();
  // Kolom kosong has no saksi.
  const saksi =
    input.saksi ?? rekap.suratSuara.peserta.filter((p) => !p.kolom_kosong).map((p): SaksiPenandatangan => ({ nomor: p.nomor, nama: '' }));
  const pesertaNama = new Map(rekap.suratSuara.peserta.map((p) => [p.nomor, p.nama]));
  const partai = isSuratSuaraPartai(jenis);
  // On DPR/DPRD the berita acara states each party's B; A.1 and the candidates are in the recap pages.
  const ringkasanBaris: BarisForm[] = partai
    ? [
        ...rekap.suratSuara.peserta.map((p): BarisForm => ({ key: kunciJumlahPartai(p.nomor), ref: `IV.${nomorPeserta(p.nomor)}`, bagian: 'IV', label: p.nama, peserta: p })),
        ...baris.filter((b) => b.bagian === 'V'),
      ]
    : baris.filter((b) => b.bagian === 'IV' || b.bagian === 'V');
  const ringkasanSpec: TableSpec = {
    jenis,
    spanText: '',
    units: [],
    total: rekap.jumlah,
    baris: ringkasanBaris,
    keys,
    uraianMax: Number.POSITIVE_INFINITY,
    ...(partai ? { judul: (bg: BagianForm): string => (bg === 'IV' ? L.JUDUL_RINGKASAN_PARTAI : judulBagian(bg, jenis)) } : {}),
  };
  const ttdAvail = port.bottom - headD(port).bottom - SPACING.block * 2;
  const ppkSpec: SignatureSpec = {
    judul: L.TANDA_TANGAN.ppk,
    columns: [
      { header: L.TANDA_TANGAN.no, width: 24 },
      { header: L.TANDA_TANGAN.nama, width: 'flex' },
      { header: L.TANDA_TANGAN.jabatan, width: 80 },
      { header: L.TANDA_TANGAN.tandaTangan, width: 170 },
    ],
    rows: [
      { cells: ['1', ppk.ketua.nama, L.TANDA_TANGAN.ketua], signer: ppk.ketua },
      ...ppk.anggota.map((a, i) => ({ cells: [String(i + 2), a.nama, L.TANDA_TANGAN.anggota], signer: a })),
    ],
  };
  const saksiSpec: SignatureSpec = {
    judul: L.judulSaksi(jenis),
    columns: [
      { header: L.TANDA_TANGAN.no, width: 24 },
      { header: L.kolomPesertaSaksi(jenis), width: 'flex' },
      { header: L.TANDA_TANGAN.namaSaksi, width: 150 },
      { header: L.TANDA_TANGAN.tandaTangan, width: 170 },
    ],
    rows: saksi.map((x) => ({
      cells: [nomorPeserta(x.nomor), x.namaSingkat ?? pesertaNama.get(x.nomor) ?? '', x.nama],
      signer: x,
    })),
  };
  const flow: ((f: Frame, y: number) => Block)[] = [
    (f, y) =>
      teks(
        f,
        y,
        L.teksPembukaan({
          tanggalDalamKata: tanggalDalamKata(tanggalPleno),
          kecamatan: wilayah.kecamatan.nama.toUpperCase(),
          kabupaten: wilayah.kabupaten.nama.toUpperCase(),
          provinsi: wilayah.provinsi.nama.toUpperCase(),
          pemilihan: L.namaPemilihan(jenis, tahun),
        }),
        STYLE.paragraf,
      ),
    (f, y) => teks(f, y, L.teksCakupan(rekap.desa.length, jumlahTps, belum), STYLE.paragraf),
    (f, y) => teks(f, y, L.RINGKASAN_JUDUL, STYLE.ttdJudul),
    (f, y) => {
      const c = layoutChunk(ringkasanSpec, [[]], 0, f.contentWidth);
      return placeTable(c, c.drafts, f.x, y);
    },
    ...(partai ? [(f: Frame, y: number): Block => teks(f, y, L.TEKS_RINCIAN_PARTAI, STYLE.paragraf)] : []),
    (f, y) => teks(f, y, L.TEKS_PENUTUP, STYLE.paragraf),
    (f, y) => teks(f, y, L.tempatTanggal(input.tempat ?? wilayah.kecamatan.nama.toUpperCase(), formatTanggal(tanggalPleno)), STYLE.paragraf, 'right', 220),
    ...signatureParts(port, ppkSpec, ttdAvail).map((sp) => (f: Frame, y: number): Block => signature(f, y, sp)),
    ...signatureParts(port, saksiSpec, ttdAvail).map((sp) => (f: Frame, y: number): Block => signature(f, y, sp)),
  ];
  {
    let page: Block[] = [];
    let y = 0;
    const start = (): void => {
      if (page.length > 0) draws.push({ part: { bagian: 'berita-acara' }, orientasi: 'portrait', blocks: page });
      const h = headD(port);
      page = [...h.blocks];
      y = h.bottom + SPACING.block * 2;
    };
    start();
    for (const make of flow) {
      let b = make(port, y);
      if (b.y + b.height > port.bottom && page.length > 2) {
        start();
        b = make(port, y);
      }
      page.push(b);
      y = b.y + b.height + SPACING.block * 2;
    }
    draws.push({ part: { bagian: 'berita-acara' }, orientasi: 'portrait', blocks: page });
  }

  // 3. One lampiran per desa: its TPS. Laid out one desa at a time while the pages are drawn (a big ballot's
  // lampiran are most of its pages and numbers); counted first without their numbers, for "Halaman i dari N".
  const lampiran = (d: RekapKecamatan['desa'][number]): { readonly spec: TableSpec; readonly headL: (f: Frame) => { blocks: Block[]; bottom: number } } => {
    const fields: Isian[] = [...wilayahFields, { label: L.LABEL_ISIAN.desa, nilai: L.namaDenganKode(d.nama, d.kode) }];
    const headL = (f: Frame): { blocks: Block[]; bottom: number } => {
      const k = kop(f, f.top, [L.judulLampiran(jenis, d.nama), pemilihan], L.kodeFormLampiranBaris(jenis));
      const i = isian(f, k.y + k.height + SPACING.block, fields);
      return { blocks: [k, i], bottom: i.y + i.height };
    };
    const spec: TableSpec = {
      jenis,
      spanText: L.KOLOM.tps,
      units: d.tps.map((t) => ({ header: L.kolomTps(t.nomor), catatan: t.terisi ? [] : [L.KOLOM.tpsBelumDiisi], lembar: t.lembar })),
      total: d.lembar,
      baris,
      keys,
    };
    return { spec, headL };
  };
  const halamanDesa = (d: RekapKecamatan['desa'][number]): Iterable<Draw> => {
    const { spec, headL } = lampiran(d);
    return tablePages(spec, land, headL, (chunk, chunks) => ({ bagian: 'lampiran', kodeDesa: d.kode, chunk, chunks }));
  };
  const jumlahHalaman = draws.length + rekap.desa.reduce((a, d) => {
    const { spec, headL } = lampiran(d);
    return a + jumlahTablePages(spec, land, headL);
  }, 0);

  // The footer's left text of a page depends only on its orientation and part: wrapped once each.
  const kakiKiri = new Map<string, string>();
  const halaman = (dr: Draw, i: number): Page => {
    const f = dr.orientasi === 'landscape' ? land : port;
    const kiri = dr.part.bagian === 'berita-acara' ? identitas : kiriTabel;
    const kunci = `${dr.orientasi}|${kiri}`;
    let teksKiri = kakiKiri.get(kunci);
    if (teksKiri === undefined) kakiKiri.set(kunci, (teksKiri = footerLines(dr.orientasi, kiri).join('\n')));
    return {
      orientasi: dr.orientasi,
      width: f.width,
      height: f.height,
      part: dr.part,
      blocks: dr.blocks,
      footer: {
        x: f.x,
        y: f.footer.y,
        width: f.contentWidth,
        height: f.footer.height,
        kiri: teksKiri,
        kanan: L.kakiHalaman(dicetak, i + 1, jumlahHalaman),
        ...(input.sidik === undefined ? {} : { qr: { isi: isiQrHalaman(input.sidik, i + 1, jumlahHalaman), ukuran: UKURAN_QR } }),
      },
    };
  };
  const awal = draws;
  const pages: Iterable<Page> = {
    *[Symbol.iterator]() {
      let i = 0;
      for (const dr of awal) yield halaman(dr, i++);
      for (const d of rekap.desa) for (const dr of halamanDesa(d)) yield halaman(dr, i++);
      if (i !== jumlahHalaman) throw new Error(`D.Hasil: ${i} halaman, dihitung ${jumlahHalaman}`);
    },
  };
  return {
    kertas,
    info: {
      title: `${kodeForm} ${rekap.nama.toUpperCase()} (${rekap.kode})`,
      subject: `${L.JUDUL_D_HASIL} — ${pemilihan}`,
      author: `PPK ${wilayah.kecamatan.nama.toUpperCase()}`,
    },
    dicetakPada: input.dicetakPada.toISOString(),
    jumlahHalaman,
    pages,
  };
}
