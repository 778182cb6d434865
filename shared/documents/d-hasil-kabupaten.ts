/**
 * Model D.Hasil Kabupaten/Kota (issue 6): the recap of one ballot over a kabupaten/kota, one column per kecamatan
 * and the total, on landscape pages of the same document model and renderer as the D.Hasil Kecamatan. Each
 * kecamatan column names the short fingerprint of the PPK export it was taken from; every page carries the
 * fingerprint of the recap and its QR code. Columns continue on further pages when the kecamatan do not fit,
 * rows when the form is longer than a page; the header repeats.
 */
import { KODE_FORM_SURAT_SUARA, LABEL_SURAT_SUARA } from '../domain/ballot';
import type { Pemilihan } from '../domain/election';
import { sidikPendek } from '../exchange/rekap-hasil';
import type { RekapKabupaten } from '../exchange/rekap-kabupaten';
import { barisCHasil, judulBagian } from '../forms/c-hasil';
import { formatWaktu } from '../format/date';
import { formatAngka } from '../format/number';
import * as L from './labels';
import { MARGIN, SPACING, STYLE, TABLE, ukuranHalaman, type Kertas, type TextStyle } from './layout';
import type { Block, DataRow, DocumentModel, Page, SectionRow, TableColumn } from './model';
import { barisSidik, isiQrHalaman, JARAK_QR, UKURAN_QR, type SidikCetak } from './sidik-halaman';
import { lineHeight, wrapText } from './text-measure';

export interface DHasilKabupatenInput {
  readonly rekap: RekapKabupaten;
  readonly provinsi: { readonly kode: string; readonly nama: string };
  readonly pemilihan: Pemilihan;
  readonly dicetakPada: Date;
  readonly kertas: Kertas;
  readonly offsetJam?: number;
  readonly sidik?: SidikCetak;
  /**
   * A lampiran page set instead of the sertifikat: the recap of one kecamatan with one column per desa (from its
   * PPK export), `rekap` then holding the desa as its columns and the kecamatan's total.
   */
  readonly lampiran?: { readonly kode: string; readonly nama: string; readonly kabupaten: { readonly kode: string; readonly nama: string } };
}

export const JUDUL_D_HASIL_KABUPATEN =
  'BERITA ACARA DAN SERTIFIKAT REKAPITULASI HASIL PENGHITUNGAN PEROLEHAN SUARA DARI SETIAP KECAMATAN DI TINGKAT KABUPATEN/KOTA';

const lh = (s: TextStyle): number => lineHeight(s.font, s.size);

/** Builds the document model of the D.Hasil Kabupaten/Kota of one ballot. */
export function buildDHasilKabupaten(input: DHasilKabupatenInput): DocumentModel {
  const { rekap, kertas } = input;
  const jenis = rekap.suratSuara.jenis;
  const tahun = input.pemilihan.tanggal.slice(0, 4);
  const { width, height } = ukuranHalaman(kertas, 'landscape');
  const x = MARGIN.left;
  const cw = width - MARGIN.left - MARGIN.right;
  const qr = input.sidik === undefined ? 0 : UKURAN_QR + JARAK_QR;
  const kodeForm = `MODEL D.HASIL KABUPATEN/KOTA-${KODE_FORM_SURAT_SUARA[jenis]}`;
  // A lampiran's columns are a kecamatan's desa: the kabupaten is named from the lampiran, the kecamatan too.
  const kab = input.lampiran?.kabupaten ?? { kode: rekap.kode, nama: rekap.nama };
  const kiri = [
    ...wrapText(`${kodeForm} · Kabupaten/Kota ${kab.nama} (${kab.kode})${input.lampiran ? ` · lampiran Kecamatan ${input.lampiran.nama}` : ''} · ${LABEL_SURAT_SUARA[jenis]} Tahun ${tahun}`, STYLE.kaki.font, STYLE.kaki.size, cw - qr - 160),
    ...(input.sidik === undefined ? [] : wrapText(barisSidik(input.sidik), STYLE.kaki.font, STYLE.kaki.size, cw - qr)),
  ];
  const footerH = Math.max(kiri.length * lh(STYLE.kaki) + 2, input.sidik === undefined ? 0 : UKURAN_QR);
  const footerY = height - MARGIN.bottom - footerH;
  const bawah = footerY - SPACING.beforeFooter;

  // Header band and fields, the same on every page.
  const judul = input.lampiran
    ? [`LAMPIRAN ${kodeForm}: REKAPITULASI PER DESA/KELURAHAN KECAMATAN ${input.lampiran.nama} (${input.lampiran.kode})`, `${LABEL_SURAT_SUARA[jenis].toUpperCase()} TAHUN ${tahun}`]
    : [JUDUL_D_HASIL_KABUPATEN, `${LABEL_SURAT_SUARA[jenis].toUpperCase()} TAHUN ${tahun}`];
  const kodeBoxW = 110;
  const judulW = cw - kodeBoxW - 8;
  const judulLines = judul.flatMap((j) => wrapText(j, STYLE.judul.font, STYLE.judul.size, judulW));
  const kopH = Math.max(judulLines.length * lh(STYLE.judul), 2 * lh(STYLE.kodeForm) + 6);
  const kepala = (): { blocks: Block[]; y: number } => {
    const y0 = MARGIN.top;
    const kop: Block = {
      kind: 'kop',
      x,
      y: y0,
      width: cw,
      height: kopH,
      judul: judulLines,
      judulWidth: judulW,
      kodeForm: ['MODEL D.HASIL', `KAB/KOTA-${KODE_FORM_SURAT_SUARA[jenis]}`],
      kodeBox: { x: x + cw - kodeBoxW, y: y0, width: kodeBoxW, height: kopH },
    };
    const iy = y0 + kopH + SPACING.block;
    const rowH = lh(STYLE.isianNilai) + 2;
    const labelW = 90;
    const cells = [
      { label: L.LABEL_ISIAN.provinsi, nilai: L.namaDenganKode(input.provinsi.nama, input.provinsi.kode) },
      { label: L.LABEL_ISIAN.kabupaten, nilai: L.namaDenganKode(kab.nama, kab.kode) },
      ...(input.lampiran ? [{ label: L.LABEL_ISIAN.kecamatan, nilai: L.namaDenganKode(input.lampiran.nama, input.lampiran.kode) }] : []),
    ].map((c, i) => ({ x, y: iy + i * rowH, width: cw / 2, height: rowH, label: c.label, labelWidth: labelW, nilai: [c.nilai] }));
    const isian: Block = { kind: 'isian', x, y: iy, width: cw / 2, height: cells.length * rowH, cells };
    return { blocks: [kop, isian], y: iy + cells.length * rowH + SPACING.block };
  };
  const { y: tableTop } = kepala();

  // Columns: ref, uraian, L/P, then as many kecamatan as fit, and the total.
  const unitW = TABLE.unitMax;
  const totalW = TABLE.summaryMin;
  const fixedW = TABLE.refWidth + TABLE.uraianMin + TABLE.lpjWidth;
  const perHalaman = Math.max(1, Math.floor((cw - fixedW - totalW) / unitW));
  const kec = rekap.kecamatan;
  const potongan: (typeof kec)[] = [];
  for (let i = 0; i < Math.max(kec.length, 1); i += perHalaman) potongan.push(kec.slice(i, i + perHalaman));
  const uraianW = cw - TABLE.refWidth - TABLE.lpjWidth - totalW - Math.max(...potongan.map((p) => p.length)) * unitW;

  const hs = STYLE.kolomHeader;
  const kolom = (units: typeof kec): TableColumn[] => {
    const cols: TableColumn[] = [];
    let cx = 0;
    const add = (kind: TableColumn['kind'], w: number, header: string[], catatan: string[] = []): void => {
      cols.push({ kind, x: cx, width: w, header, headerSize: hs.size, catatan });
      cx += w;
    };
    add('ref', TABLE.refWidth, [L.KOLOM.nomor]);
    add('uraian', uraianW, [L.KOLOM.uraian]);
    add('lpj', TABLE.lpjWidth, []);
    for (const u of units) {
      // A kecamatan column names the export it comes from; a desa column of a lampiran only its code.
      add('unit', unitW, wrapText(u.nama, hs.font, hs.size, unitW - 2 * TABLE.padX).slice(0, 2), input.lampiran ? [u.kode] : [u.kode, u.sha256 === null ? '(belum ada)' : sidikPendek(u.sha256)]);
    }
    add('jumlah-akhir', totalW, ['JUMLAH']);
    return cols;
  };
  const headerH = TABLE.spanHeight + 2 * lh(hs) + 2 * lh(STYLE.kolomCatatan) + 2 * TABLE.padY;

  // Rows of the form, with a section heading where the section changes.
  const baris = barisCHasil(rekap.suratSuara);
  type Baris = { kind: 'bagian'; text: string } | { kind: 'data'; ref: string; label: string; sub: string; key: string };
  const semua: Baris[] = [];
  let bagian = '';
  for (const b of baris) {
    if (b.bagian !== bagian) {
      bagian = b.bagian;
      semua.push({ kind: 'bagian', text: judulBagian(b.bagian, jenis) });
    }
    semua.push({ kind: 'data', ref: b.ref, label: b.label, sub: b.kolom === undefined ? '' : L.SUB_BARIS[b.kolom], key: b.key });
  }
  // As wide as the label is drawn: beside the L/P/JML column when the row has one.
  const tinggiData = (label: string, sub: string): number =>
    Math.max(TABLE.rowMin, wrapText(label, STYLE.uraian.font, STYLE.uraian.size, uraianW - 2 * TABLE.padX + (sub === '' ? TABLE.lpjWidth : 0)).length * lh(STYLE.uraian) + 2 * TABLE.padY);
  const bagianRows: Baris[][] = [[]];
  let yy = tableTop + headerH;
  for (const r of semua) {
    const h = r.kind === 'bagian' ? TABLE.sectionHeight : tinggiData(r.label, r.sub);
    if (yy + h > bawah && bagianRows[bagianRows.length - 1]!.length > 0) {
      bagianRows.push([]);
      yy = tableTop + headerH;
    }
    bagianRows[bagianRows.length - 1]!.push(r);
    yy += h;
  }

  const teksAngka = (v: number | null | undefined): string => (v === null || v === undefined ? L.BELUM_DIISI : formatAngka(v));
  const draws: Block[][] = [];
  for (const rows of bagianRows) {
    for (const units of potongan) {
      const columns = kolom(units);
      const tableW = columns.reduce((s, c) => s + c.width, 0);
      let ry = headerH;
      const tRows: (DataRow | SectionRow)[] = rows.map((r) => {
        if (r.kind === 'bagian') {
          const row: SectionRow = { kind: 'bagian', y: ry, height: TABLE.sectionHeight, text: r.text };
          ry += TABLE.sectionHeight;
          return row;
        }
        const h = tinggiData(r.label, r.sub);
        const label = wrapText(r.label, STYLE.uraian.font, STYLE.uraian.size, uraianW - 2 * TABLE.padX + (r.sub === '' ? TABLE.lpjWidth : 0));
        const cells = [...units.map((u) => u.lembar[r.key]), rekap.jumlah[r.key]].map((v) => ({ angka: v ?? null, teks: teksAngka(v) }));
        const row: DataRow = { kind: 'data', y: ry, height: h, ref: r.ref, label, bold: false, split: r.sub !== '', lines: [{ key: r.key, sub: r.sub, y: ry, height: h, cells }] };
        ry += h;
        return row;
      });
      const span = units.length > 0 ? { text: input.lampiran ? 'DESA/KELURAHAN' : 'KECAMATAN', from: 3, to: 2 + units.length } : undefined;
      const table: Block = { kind: 'tabel', x, y: tableTop, width: tableW, height: ry, columns, ...(span ? { span } : {}), spanHeight: TABLE.spanHeight, headerHeight: headerH, rows: tRows };
      draws.push([...kepala().blocks, table]);
    }
  }

  const dicetak = formatWaktu(input.dicetakPada, input.offsetJam ?? 7);
  const pages: Page[] = draws.map((blocks, i) => ({
    orientasi: 'landscape',
    width,
    height,
    part: { bagian: input.lampiran ? 'lampiran' : 'rekap', chunk: i % potongan.length, chunks: potongan.length },
    blocks,
    footer: {
      x,
      y: footerY,
      width: cw,
      height: footerH,
      kiri: kiri.join('\n'),
      kanan: L.kakiHalaman(dicetak, i + 1, draws.length),
      ...(input.sidik === undefined ? {} : { qr: { isi: isiQrHalaman(input.sidik, i + 1, draws.length), ukuran: UKURAN_QR } }),
    },
  }));
  return {
    kertas,
    info: { title: `${kodeForm} ${rekap.nama} (${rekap.kode})`, subject: JUDUL_D_HASIL_KABUPATEN, author: `KPU ${rekap.nama}` },
    dicetakPada: input.dicetakPada.toISOString(),
    pages,
  };
}
