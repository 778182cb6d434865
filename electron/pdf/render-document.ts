import fs from 'node:fs';
import PDFDocument from 'pdfkit';
import { labelIsian, PRODUSER_PDF } from '../../shared/documents/labels';
import type { TextStyle } from '../../shared/documents/layout';
import { GREY, STYLE, TABLE } from '../../shared/documents/layout';
import type {
  DataRow,
  DocumentModel,
  Footer,
  IsianBlock,
  KopBlock,
  Page,
  SignatureBlock,
  TableBlock,
  TeksBlock,
} from '../../shared/documents/model';
import { isValueColumn } from '../../shared/documents/model';
import { FONT_ROLES } from '../../shared/documents/text-measure';
import { defaultFontsDir, fontFile } from './fonts';
import { drawQr } from './draw-qr';

/**
 * Draws a document model with pdfkit. The model has placed everything; this file only draws: text without
 * pdfkit's own wrapping (so pdfkit never adds a page by itself), ruled grids and shading. With the print
 * time pinned as the creation date and fixed producer strings, the same model gives the same bytes.
 */

type Doc = PDFKit.PDFDocument;

const INK = '#000000';
const MIN_SIZE = 5;

/** Sets a line of text with its top at y; shrinks the size if the line would be wider than maxWidth. */
function line(doc: Doc, text: string, x: number, y: number, style: TextStyle, align: 'left' | 'center' | 'right' = 'left', maxWidth = Infinity): void {
  if (text === '') return;
  doc.font(style.font).fontSize(style.size);
  let w = doc.widthOfString(text);
  if (w > maxWidth && maxWidth > 0) {
    // The model wraps with the same metrics, so this only guards against a text wider than any break allows.
    doc.fontSize(Math.max(MIN_SIZE, (style.size * maxWidth) / w));
    w = doc.widthOfString(text);
  }
  const dx = align === 'left' ? 0 : align === 'center' ? (maxWidth === Infinity ? -w / 2 : (maxWidth - w) / 2) : maxWidth === Infinity ? -w : maxWidth - w;
  doc.fillColor(INK).text(text, x + dx, y, { lineBreak: false });
}

function lineHeightOf(doc: Doc, style: TextStyle): number {
  return doc.font(style.font).fontSize(style.size).currentLineHeight();
}

/** Several lines centred vertically in [top, top + height]. */
function lines(doc: Doc, texts: readonly string[], x: number, top: number, height: number, style: TextStyle, align: 'left' | 'center' | 'right', width: number): void {
  const lh = lineHeightOf(doc, style);
  let y = top + (height - texts.length * lh) / 2;
  for (const t of texts) {
    line(doc, t, x, y, style, align, width);
    y += lh;
  }
}

function fill(doc: Doc, x: number, y: number, w: number, h: number, color: string): void {
  doc.save().rect(x, y, w, h).fill(color).restore();
}

function hline(doc: Doc, x1: number, x2: number, y: number, width: number = TABLE.thin): void {
  doc.save().lineWidth(width).strokeColor(INK).moveTo(x1, y).lineTo(x2, y).stroke().restore();
}

function vline(doc: Doc, x: number, y1: number, y2: number, width: number = TABLE.thin): void {
  doc.save().lineWidth(width).strokeColor(INK).moveTo(x, y1).lineTo(x, y2).stroke().restore();
}

function box(doc: Doc, x: number, y: number, w: number, h: number, width: number = TABLE.thin): void {
  doc.save().lineWidth(width).strokeColor(INK).rect(x, y, w, h).stroke().restore();
}

/**
 * The rules of a table, collected and then stroked as one path per line width: a D.Hasil table of 241 rows
 * and 25 columns has thousands of cell edges, and a save/width/colour/stroke/restore for each one made most
 * of a big kecamatan's printing time. A column's edges of adjacent rows join into one line (the same ink).
 */
class Garis {
  private readonly perLebar = new Map<number, number[]>();
  private vTerbuka: { x: number; y1: number; y2: number; w: number } | null = null;

  h(x1: number, x2: number, y: number, w: number = TABLE.thin): void {
    this.tambah(w, x1, y, x2, y);
  }

  /** A vertical edge; joined to the previous one when it is the same column's next segment. */
  v(x: number, y1: number, y2: number, w: number = TABLE.thin): void {
    const o = this.vTerbuka;
    if (o && o.x === x && o.w === w && Math.abs(o.y2 - y1) < 0.01) {
      o.y2 = y2;
      return;
    }
    this.tutupV();
    this.vTerbuka = { x, y1, y2, w };
  }

  private tutupV(): void {
    const o = this.vTerbuka;
    if (o) this.tambah(o.w, o.x, o.y1, o.x, o.y2);
    this.vTerbuka = null;
  }

  private tambah(w: number, x1: number, y1: number, x2: number, y2: number): void {
    let l = this.perLebar.get(w);
    if (!l) this.perLebar.set(w, (l = []));
    l.push(x1, y1, x2, y2);
  }

  gambar(doc: Doc): void {
    this.tutupV();
    for (const [w, l] of this.perLebar) {
      doc.save().lineWidth(w).strokeColor(INK);
      for (let i = 0; i < l.length; i += 4) doc.moveTo(l[i]!, l[i + 1]!).lineTo(l[i + 2]!, l[i + 3]!);
      doc.stroke().restore();
    }
    this.perLebar.clear();
  }
}

function drawKop(doc: Doc, b: KopBlock): void {
  lines(doc, b.judul, b.x, b.y, b.height, STYLE.judul, 'center', b.judulWidth);
  const k = b.kodeBox;
  box(doc, k.x, k.y, k.width, k.height, TABLE.thick);
  lines(doc, b.kodeForm, k.x, k.y, k.height, STYLE.kodeForm, 'center', k.width);
}

function drawIsian(doc: Doc, b: IsianBlock): void {
  const pad = TABLE.padX + 1;
  for (const c of b.cells) {
    fill(doc, c.x, c.y, c.labelWidth, c.height, GREY.header);
    vline(doc, c.x + c.labelWidth, c.y, c.y + c.height);
    box(doc, c.x, c.y, c.width, c.height);
    lines(doc, [labelIsian(c.label)], c.x + pad, c.y, c.height, STYLE.isianLabel, 'left', c.labelWidth - pad);
    lines(doc, c.nilai, c.x + c.labelWidth + pad, c.y, c.height, STYLE.isianNilai, 'left', c.width - c.labelWidth - 2 * pad);
  }
}

function drawTeks(doc: Doc, b: TeksBlock): void {
  let y = b.y + (b.lineHeight - lineHeightOf(doc, b.style)) / 2;
  for (const t of b.lines) {
    line(doc, t, b.x, y, b.style, b.align, b.width);
    y += b.lineHeight;
  }
}

function drawTable(doc: Doc, t: TableBlock): void {
  const { x, y, columns } = t;
  const right = x + t.width;
  const bottom = y + t.height;
  const bodyTop = y + t.headerHeight;
  const px = TABLE.padX;
  const colX = (i: number): number => x + columns[i]!.x;
  const uraian = columns.findIndex((c) => c.kind === 'uraian');
  const lpj = columns.findIndex((c) => c.kind === 'lpj');
  const valueIdx = columns.map((c, i) => (isValueColumn(c.kind) ? i : -1)).filter((i) => i >= 0);
  const firstValue = valueIdx[0] ?? columns.length;

  // Shading: header band, summary columns, section rows.
  fill(doc, x, y, t.width, t.headerHeight, GREY.header);
  columns.forEach((c, i) => {
    if (c.kind === 'pindahan-masuk' || c.kind === 'pindahan-keluar' || c.kind === 'jumlah-akhir') {
      fill(doc, colX(i), bodyTop, c.width, t.height - t.headerHeight, GREY.summary);
    }
  });
  for (const r of t.rows) {
    if (r.kind === 'bagian') fill(doc, x, bodyTop + r.y - t.headerHeight, t.width, r.height, r.blok ? GREY.blok : GREY.section);
    else if (r.shaded) fill(doc, x, bodyTop + r.y - t.headerHeight, t.width, r.height, GREY.jumlah);
  }

  // Header text: the span over the unit columns, then each column's lines centred in its cell.
  if (t.span) {
    const sx = colX(t.span.from);
    const sw = colX(t.span.to) + columns[t.span.to]!.width - sx;
    lines(doc, [t.span.text], sx, y, t.spanHeight, STYLE.kolomHeader, 'center', sw);
  }
  const noteLh = lineHeightOf(doc, STYLE.kolomCatatan);
  columns.forEach((c, i) => {
    const under = c.kind === 'unit' && t.span ? t.spanHeight : 0;
    const top = y + under;
    const h = t.headerHeight - under;
    // The label column's header also covers the L/P/JML column.
    const w = i === uraian && lpj >= 0 ? c.width + columns[lpj]!.width : c.width;
    const hs: TextStyle = { font: STYLE.kolomHeader.font, size: c.headerSize };
    const hdrLh = lineHeightOf(doc, hs);
    const textH = c.header.length * hdrLh + c.catatan.length * noteLh;
    let ly = top + (h - textH) / 2;
    for (const s of c.header) {
      line(doc, s, colX(i) + px, ly, hs, 'center', w - 2 * px);
      ly += hdrLh;
    }
    for (const s of c.catatan) {
      line(doc, s, colX(i) + px, ly, STYLE.kolomCatatan, 'center', w - 2 * px);
      ly += noteLh;
    }
  });

  // Body.
  for (const r of t.rows) {
    const ry = y + r.y;
    if (r.kind === 'bagian') {
      lines(doc, [r.text], x + px, ry, r.height, r.blok ? STYLE.blok : STYLE.bagian, 'left', t.width - 2 * px);
      continue;
    }
    drawDataRow(doc, t, r, ry, uraian, lpj, valueIdx);
  }

  // Rules: horizontal, then vertical (stroked together per width), then the outline on top.
  const g = new Garis();
  if (t.span) g.h(colX(t.span.from), colX(t.span.to) + columns[t.span.to]!.width, y + t.spanHeight);
  g.h(x, right, bodyTop, TABLE.thick);
  for (const r of t.rows) {
    const ry = y + r.y;
    g.h(x, right, ry + r.height);
    if (r.kind === 'data') {
      const from = r.split && lpj >= 0 ? colX(lpj) : colX(firstValue);
      for (const l of r.lines.slice(1)) g.h(from, right, y + l.y);
    }
  }
  columns.forEach((c, i) => {
    if (i === 0) return;
    const cx = colX(i);
    const heavy = c.kind === 'pindahan-masuk' || c.kind === 'jumlah-akhir' || c.kind === 'pindahan-keluar' || columns[i - 1]!.kind === 'pindahan-masuk';
    const w = heavy ? TABLE.thick * 0.8 : TABLE.thin;
    // Header: the label and L/P/JML columns share one cell; unit columns are split only under the span.
    if (!(i === lpj)) {
      const underSpan = t.span && c.kind === 'unit' && i > t.span.from && i <= t.span.to;
      g.v(cx, underSpan ? y + t.spanHeight : y, bodyTop, w);
    }
    for (const r of t.rows) {
      if (r.kind === 'bagian') continue;
      if (i === lpj && !r.split) continue;
      g.v(cx, y + r.y, y + r.y + r.height, w);
    }
  });
  g.gambar(doc);
  box(doc, x, y, t.width, t.height, TABLE.thick);
  void bottom;
}

function drawDataRow(doc: Doc, t: TableBlock, r: DataRow, ry: number, uraian: number, lpj: number, valueIdx: readonly number[]): void {
  const px = TABLE.padX;
  const cols = t.columns;
  const ref = cols[0]!;
  line(doc, r.ref, t.x + ref.x, ry + (r.height - lineHeightOf(doc, STYLE.ref)) / 2, STYLE.ref, 'center', ref.width);
  const u = cols[uraian]!;
  const labelW = u.width + (lpj >= 0 && !r.split ? cols[lpj]!.width : 0) - 2 * px;
  lines(doc, r.label, t.x + u.x + px, ry, r.height, r.bold ? STYLE.uraianTebal : STYLE.uraian, 'left', labelW);
  for (const l of r.lines) {
    const ly = t.y + l.y;
    if (lpj >= 0 && l.sub !== '') {
      const c = cols[lpj]!;
      lines(doc, [l.sub], t.x + c.x, ly, l.height, STYLE.ref, 'center', c.width);
    }
    l.cells.forEach((cell, k) => {
      const c = cols[valueIdx[k]!]!;
      const bold = r.bold || c.kind === 'jumlah-akhir' || l.sub === 'JML';
      lines(doc, [cell.teks], t.x + c.x + px, ly, l.height, bold ? STYLE.angkaTebal : STYLE.angka, 'right', c.width - 2 * px - 1);
    });
  }
}

function drawSignature(doc: Doc, b: SignatureBlock): void {
  const px = TABLE.padX;
  line(doc, b.judul, b.x, b.y, STYLE.ttdJudul);
  const top = b.y + b.judulHeight;
  const right = b.x + b.width;
  fill(doc, b.x, top, b.width, b.headerHeight, GREY.header);
  for (const c of b.columns) lines(doc, [c.header], c.x + px, top, b.headerHeight, STYLE.ttdHeader, 'center', c.width - 2 * px);
  hline(doc, b.x, right, top + b.headerHeight, TABLE.thick);
  const sig = b.columns[b.columns.length - 1]!;
  for (const r of b.rows) {
    r.cells.forEach((cellLines, i) => {
      const c = b.columns[i]!;
      lines(doc, cellLines, c.x + px, r.y, r.height, STYLE.ttdIsi, i === 0 ? 'center' : 'left', c.width - 2 * px);
    });
    if (r.status.length > 0) {
      lines(doc, r.status, sig.x + px, r.y, r.height, STYLE.ttdStatus, 'left', sig.width - 2 * px);
    } else if (r.gambar) {
      // A drawn signature fills the cell beside its slot number.
      line(doc, r.slot, sig.x + px + 2, r.y + r.height - lineHeightOf(doc, STYLE.ttdIsi) - 2, STYLE.ttdIsi);
      doc.image(Buffer.from(r.gambar), sig.x + px + 14, r.y + 2, { fit: [sig.width - 2 * px - 16, r.height - 4], align: 'center', valign: 'center' });
    } else {
      // The official habit: numbered slots alternating left and right, so neighbours do not sign over each other.
      const half = sig.width / 2;
      const sx = r.slotSide === 'kiri' ? sig.x + px + 2 : sig.x + half - 6;
      const baseY = r.y + r.height - lineHeightOf(doc, STYLE.ttdIsi) - 2;
      line(doc, r.slot, sx, baseY, STYLE.ttdIsi);
      const dotsFrom = sx + 12;
      const dotsTo = r.slotSide === 'kiri' ? sig.x + half + 6 : sig.x + sig.width - px - 2;
      doc.save().lineWidth(0.5).dash(0.8, { space: 1.6 }).strokeColor(INK);
      doc.moveTo(dotsFrom, baseY + lineHeightOf(doc, STYLE.ttdIsi) - 2).lineTo(dotsTo, baseY + lineHeightOf(doc, STYLE.ttdIsi) - 2).stroke();
      doc.undash().restore();
    }
    hline(doc, b.x, right, r.y + r.height);
  }
  for (const c of b.columns.slice(1)) vline(doc, c.x, top, b.y + b.height);
  box(doc, b.x, top, b.width, b.y + b.height - top, TABLE.thick);
}

function drawFooter(doc: Doc, f: Footer): void {
  hline(doc, f.x, f.x + f.width, f.y - 1.5, 0.3);
  const lh = lineHeightOf(doc, STYLE.kaki);
  f.kiri.split('\n').forEach((s, i) => line(doc, s, f.x, f.y + i * lh, STYLE.kaki));
  const qr = f.qr;
  line(doc, f.kanan, f.x + f.width - (qr ? qr.ukuran + 6 : 0), f.y, STYLE.kaki, 'right');
  if (qr) drawQr(doc, qr.isi, f.x + f.width - qr.ukuran, f.y, qr.ukuran);
}

/** What a renderer draws: a model with every page laid out, or one laid out as it is read (DokumenBertahap). */
export type DokumenCetak = Omit<DocumentModel, 'pages'> & { readonly pages: Iterable<Page> };

/**
 * Draws the document with pdfkit, handing every piece of the PDF to `tulis` as soon as pdfkit writes it: each
 * page is drawn, then the event loop is let turn (pdfkit's stream hands out its data only then), so the page's
 * bytes leave before the next page is laid out (a DokumenBertahap's pages are laid out as they are read). The
 * model's print time becomes the creation and modification date, which pdfkit also derives the file ID from:
 * the same model gives byte-identical output. Resolves with the number of pages once the last byte is out.
 */
export async function tulisDokumen(model: DokumenCetak, tulis: (chunk: Buffer) => void, fontsDir: string = defaultFontsDir()): Promise<number> {
  const at = new Date(model.dicetakPada);
  const doc = new PDFDocument({
    autoFirstPage: false,
    margin: 0,
    pdfVersion: '1.7',
    lang: 'id-ID',
    displayTitle: true,
    info: {
      Title: model.info.title,
      Subject: model.info.subject,
      Author: model.info.author,
      Creator: PRODUSER_PDF,
      Producer: PRODUSER_PDF,
      CreationDate: at,
      ModDate: at,
    },
  });
  for (const role of FONT_ROLES) doc.registerFont(role, fontFile(fontsDir, role));
  let gagal: unknown = null;
  const done = new Promise<void>((resolve, reject) => {
    doc.on('data', (c: Buffer) => {
      try {
        tulis(c);
      } catch (err) {
        gagal ??= err;
      }
    });
    doc.on('end', () => (gagal === null ? resolve() : reject(gagal as Error)));
    doc.on('error', reject);
  });
  const giliran = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
  let n = 0;
  for (const page of model.pages) {
    // Width and height already carry the orientation; 'portrait' stops pdfkit from swapping them.
    doc.addPage({ size: [page.width, page.height], layout: 'portrait', margin: 0 });
    for (const b of page.blocks) {
      switch (b.kind) {
        case 'kop':
          drawKop(doc, b);
          break;
        case 'isian':
          drawIsian(doc, b);
          break;
        case 'teks':
          drawTeks(doc, b);
          break;
        case 'tabel':
          drawTable(doc, b);
          break;
        case 'tanda-tangan':
          drawSignature(doc, b);
          break;
      }
    }
    drawFooter(doc, page.footer);
    n++;
    // The previous page was written when this one was added: let its bytes go out.
    await giliran();
    if (gagal !== null) break;
  }
  doc.end();
  await done;
  return n;
}

/** Renders the model to PDF bytes in memory (tulisDokumen), embedding the DejaVu fonts from `fontsDir` (see defaultFontsDir). */
export async function renderDocument(model: DokumenCetak, fontsDir: string = defaultFontsDir()): Promise<Buffer> {
  const chunks: Buffer[] = [];
  await tulisDokumen(model, (c) => chunks.push(c), fontsDir);
  return Buffer.concat(chunks);
}

/**
 * Writes the PDF into `file` as it is drawn (tulisDokumen): neither the pages nor the bytes of the whole document
 * are held. The file is written beside as `file.<pid>.tmp` and renamed into place, so a reader never sees half
 * a PDF; on failure the temporary file is removed.
 */
export async function renderDocumentKeBerkas(model: DokumenCetak, file: string, fontsDir: string = defaultFontsDir()): Promise<number> {
  const tmp = `${file}.${process.pid}.tmp`;
  const fd = fs.openSync(tmp, 'w');
  try {
    const n = await tulisDokumen(model, (c) => fs.writeSync(fd, c), fontsDir);
    fs.closeSync(fd);
    fs.renameSync(tmp, file);
    return n;
  } catch (err) {
    try {
      fs.closeSync(fd);
    } catch {
      // already closed
    }
    fs.rmSync(tmp, { force: true });
    throw err;
  }
}
