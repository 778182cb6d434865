import { describe, expect, it } from 'vitest';
import { syntheticPaket, syntheticPartaiRekap, syntheticRekap, syntheticSheets } from '../../tests/fixtures/synthetic-rekap';
import { rekapKecamatan } from '../forms/recap';
import { barisCHasil } from '../forms/c-hasil';
import { formatAngka } from '../format/number';
import { tanggalDalamKata } from '../format/date';
import { buildDHasil, type DHasilInput } from './d-hasil';
import { MARGIN, UKURAN_KERTAS } from './layout';
import type { Block, DocumentModel, Page, SignatureBlock, TableBlock } from './model';
import { isValueColumn } from './model';
import { textWidth } from './text-measure';

const AT = new Date('2024-02-18T13:05:00Z');

function model(over: Partial<DHasilInput> = {}, opts: Parameters<typeof syntheticRekap>[0] = {}): { m: DocumentModel; input: DHasilInput } {
  const { paket, rekap } = syntheticRekap({ kosong: 0.05, ...opts });
  const input: DHasilInput = { rekap, wilayah: paket.wilayah, pemilihan: paket.pemilihan, dicetakPada: AT, kertas: 'F4', ...over };
  return { m: buildDHasil(input), input };
}

const tableOf = (p: Page): TableBlock | undefined => p.blocks.find((b): b is TableBlock => b.kind === 'tabel');

/** Per chunk of one table, per row key: the numbers of each kind of value column. */
interface ChunkValues {
  units: Map<string, (number | null)[]>;
  masuk: Map<string, number | null>;
  keluar: Map<string, number | null>;
  akhir: Map<string, number | null>;
}

function valuesByChunk(pages: readonly Page[]): ChunkValues[] {
  const out: ChunkValues[] = [];
  for (const p of pages) {
    const t = tableOf(p)!;
    const k = p.part.chunk!;
    out[k] ??= { units: new Map(), masuk: new Map(), keluar: new Map(), akhir: new Map() };
    const c = out[k];
    const kinds = t.columns.filter((col) => isValueColumn(col.kind)).map((col) => col.kind);
    for (const r of t.rows) {
      if (r.kind !== 'data') continue;
      for (const l of r.lines) {
        const units: (number | null)[] = [];
        l.cells.forEach((cell, i) => {
          const kind = kinds[i]!;
          if (kind === 'unit') units.push(cell.angka);
          else if (kind === 'pindahan-masuk') c.masuk.set(l.key, cell.angka);
          else if (kind === 'pindahan-keluar') c.keluar.set(l.key, cell.angka);
          else c.akhir.set(l.key, cell.angka);
        });
        c.units.set(l.key, units);
      }
    }
  }
  return out;
}

const add = (a: number | null, b: number | null): number | null => (a === null ? b : b === null ? a : a + b);
const sum = (xs: readonly (number | null)[]): number | null => xs.reduce<number | null>(add, null);

describe('D.Hasil model: pages', () => {
  it('orders the recap, the berita acara, then a lampiran per desa, and numbers every page', () => {
    const { m, input } = model();
    const parts = m.pages.map((p) => p.part.bagian);
    expect(parts[0]).toBe('rekap');
    const firstBa = parts.indexOf('berita-acara');
    const firstLampiran = parts.indexOf('lampiran');
    expect(firstBa).toBeGreaterThan(0);
    expect(firstLampiran).toBeGreaterThan(firstBa);
    const desaOrder = [...new Set(m.pages.filter((p) => p.part.bagian === 'lampiran').map((p) => p.part.kodeDesa))];
    expect(desaOrder).toEqual(input.rekap.desa.map((d) => d.kode));
    m.pages.forEach((p, i) => expect(p.footer.kanan).toBe(`Dicetak 18 Februari 2024 pukul 20.05 WIB · Halaman ${i + 1} dari ${m.pages.length}`));
  });

  it('uses F4 or A4, landscape for the tables and portrait for the berita acara', () => {
    for (const kertas of ['F4', 'A4'] as const) {
      const { m } = model({ kertas });
      const size = UKURAN_KERTAS[kertas];
      for (const p of m.pages) {
        const expected = p.part.bagian === 'berita-acara' ? [size.width, size.height] : [size.height, size.width];
        expect([p.width, p.height]).toEqual(expected);
        expect(p.orientasi).toBe(p.part.bagian === 'berita-acara' ? 'portrait' : 'landscape');
      }
    }
    expect(UKURAN_KERTAS.F4.width).toBeCloseTo(609.45, 1);
    expect(UKURAN_KERTAS.F4.height).toBeCloseTo(935.43, 1);
  });

  it('keeps every block inside the margins, above the footer, and blocks from overlapping', () => {
    for (const kertas of ['F4', 'A4'] as const) {
      const { m } = model({ kertas }, { maxTps: 30 });
      for (const p of m.pages) {
        let bottom = 0;
        for (const b of p.blocks) {
          expect(b.x).toBeGreaterThanOrEqual(MARGIN.left - 1e-6);
          expect(b.x + b.width).toBeLessThanOrEqual(p.width - MARGIN.right + 1e-6);
          expect(b.y).toBeGreaterThanOrEqual(bottom - 1e-6);
          bottom = b.y + b.height;
        }
        expect(bottom).toBeLessThanOrEqual(p.footer.y);
        expect(p.footer.y + p.footer.height).toBeLessThanOrEqual(p.height - MARGIN.bottom + 1e-6);
      }
    }
  });

  it('fits the whole form on one page per column chunk on F4 and A4 with three pairs', () => {
    for (const kertas of ['F4', 'A4'] as const) {
      const { m } = model({ kertas });
      for (const p of m.pages.filter((pg) => pg.part.bagian !== 'berita-acara')) {
        expect(tableOf(p)!.rows.filter((r) => r.kind === 'data').flatMap((r) => (r.kind === 'data' ? r.lines : []))).toHaveLength(28);
      }
    }
  });
});

describe('D.Hasil model: tables', () => {
  it('prints every C.Hasil row in paper order with section headings', () => {
    const { m, input } = model();
    const t = tableOf(m.pages[0]!)!;
    const keys = t.rows.flatMap((r) => (r.kind === 'data' ? r.lines.map((l) => l.key) : []));
    expect(keys).toEqual(barisCHasil(input.rekap.suratSuara).map((b) => b.key));
    expect(t.rows.filter((r) => r.kind === 'bagian').map((r) => (r.kind === 'bagian' ? r.text : ''))).toEqual([
      'I. DATA PEMILIH DAN PENGGUNAAN HAK PILIH — A. DATA PEMILIH',
      'B. PENGGUNA HAK PILIH',
      'II. DATA PENGGUNAAN SURAT SUARA',
      'III. DATA PEMILIH DISABILITAS',
      'IV. DATA PEROLEHAN SUARA',
      'V. DATA SUARA SAH DAN TIDAK SAH',
    ]);
    const paslon = t.rows.filter((r) => r.kind === 'data' && r.ref.startsWith('IV.'));
    expect(paslon.map((r) => (r.kind === 'data' ? r.label.join(' ') : ''))[1]).toBe('02. H. PRABOWO SUBIANTO dan GIBRAN RAKABUMING RAKA');
    const lpj = t.rows.find((r) => r.kind === 'data' && r.ref === 'I.B.4');
    expect(lpj?.kind === 'data' && lpj.lines.map((l) => l.sub)).toEqual(['L', 'P', 'JML']);
    expect(lpj?.kind === 'data' && lpj.bold).toBe(true);
  });

  it('has one column per desa and JUMLAH AKHIR = the kecamatan total when the desa fit one page', () => {
    const { m, input } = model();
    const t = tableOf(m.pages[0]!)!;
    expect(t.columns.filter((c) => c.kind === 'unit')).toHaveLength(12);
    expect(t.columns.filter((c) => c.kind === 'unit').map((c) => c.catatan[0])).toEqual(input.rekap.desa.map((d) => d.kode));
    expect(t.columns.at(-1)!.kind).toBe('jumlah-akhir');
    const v = valuesByChunk([m.pages[0]!])[0]!;
    for (const key of input.rekap.rowKeys) expect(v.akhir.get(key)).toBe(input.rekap.jumlah[key]);
    expect(t.span?.text).toBe('KELURAHAN/DESA');
  });

  it('splits a wide table with JUMLAH PINDAHAN carried in and out and JUMLAH AKHIR on its last page', () => {
    for (const kertas of ['F4', 'A4'] as const) {
      // 30 TPS in the first desa: three chunks on F4 and A4, so a middle page has both pindahan columns.
      const { m, input } = model({ kertas }, { maxTps: 30, desa: 20 });
      const tables = new Map<string, Page[]>();
      for (const p of m.pages) {
        if (p.part.bagian === 'berita-acara') continue;
        const id = p.part.kodeDesa ?? 'rekap';
        tables.set(id, [...(tables.get(id) ?? []), p]);
      }
      const totals = new Map<string, Readonly<Record<string, number | null>>>([
        ['rekap', input.rekap.jumlah],
        ...input.rekap.desa.map((d): [string, Readonly<Record<string, number | null>>] => [d.kode, d.lembar]),
      ]);
      let multi = 0;
      for (const [id, pages] of tables) {
        const chunks = valuesByChunk(pages);
        const kinds = pages.map((p) => tableOf(p)!.columns.filter((c) => isValueColumn(c.kind)).map((c) => c.kind));
        if (chunks.length >= 3) multi++;
        for (const key of input.rekap.rowKeys) {
          let carried: number | null = null;
          chunks.forEach((c, k) => {
            const units = c.units.get(key)!;
            if (k > 0) expect(c.masuk.get(key), `${id} chunk ${k} ${key}`).toBe(carried);
            else expect(c.masuk.has(key)).toBe(false);
            carried = add(carried, sum(units));
            if (k < chunks.length - 1) expect(c.keluar.get(key), `${id} chunk ${k} ${key}`).toBe(carried);
            else expect(c.akhir.get(key), `${id} ${key}`).toBe(totals.get(id)![key] ?? null);
          });
          expect(carried).toBe(totals.get(id)![key] ?? null);
        }
        // Column order: PINDAHAN (in) first, then units, then PINDAHAN (out) or AKHIR last.
        kinds.forEach((ks, i) => {
          const k = pages[i]!.part.chunk!;
          const last = k === pages[i]!.part.chunks! - 1;
          if (k > 0) expect(ks[0]).toBe('pindahan-masuk');
          expect(ks.at(-1)).toBe(last ? 'jumlah-akhir' : 'pindahan-keluar');
        });
      }
      expect(multi).toBeGreaterThanOrEqual(1);
      expect([...tables.keys()]).toHaveLength(21);
    }
  });

  it('splits the rows over pages at section boundaries when they do not fit, repeating a continued heading', () => {
    const paket = syntheticPaket({ desa: 4 });
    // A ballot with 45 candidates (a large DPD contest): section IV alone is taller than a page.
    const peserta = Array.from({ length: 45 }, (_, i) => ({ nomor: i + 1, nama: `CALON NOMOR ${i + 1} DENGAN NAMA YANG CUKUP PANJANG` }));
    const rekap = rekapKecamatan(paket, { jenis: 'DPD', peserta }, syntheticSheets(paket));
    const m = buildDHasil({ rekap, wilayah: paket.wilayah, pemilihan: paket.pemilihan, dicetakPada: AT, kertas: 'A4' });
    const recapPages = m.pages.filter((p) => p.part.bagian === 'rekap');
    expect(recapPages.length).toBeGreaterThan(1);
    const keys = recapPages.flatMap((p) => tableOf(p)!.rows.flatMap((r) => (r.kind === 'data' ? r.lines.map((l) => l.key) : [])));
    expect(keys).toEqual(barisCHasil(rekap.suratSuara).map((b) => b.key));
    for (const p of recapPages) expect(tableOf(p)!.rows[0]!.kind).toBe('bagian');
    const headings = recapPages.flatMap((p) => tableOf(p)!.rows.flatMap((r) => (r.kind === 'bagian' ? [r.text] : [])));
    expect(headings.some((h) => h.endsWith('(lanjutan)'))).toBe(true);
    expect(m.pages[0]!.blocks[0]!.kind === 'kop' && m.pages[0]!.blocks[0]!.judul.join(' ')).toContain('ANGGOTA DEWAN PERWAKILAN DAERAH');
  });

  it('keeps the table within the content width and column headers on one line for JUMLAH PINDAHAN', () => {
    const { m } = model({}, { maxTps: 30 });
    for (const p of m.pages) {
      const t = tableOf(p);
      if (!t) continue;
      expect(t.columns.reduce((a, c) => a + c.width, 0)).toBeCloseTo(t.width, 6);
      expect(t.width).toBeLessThanOrEqual(p.width - MARGIN.left - MARGIN.right + 1e-6);
      for (const c of t.columns.filter((col) => col.kind.startsWith('pindahan'))) expect(c.header).toEqual(['JUMLAH PINDAHAN']);
    }
  });

  it('formats numbers the Indonesian way and shows a TPS without numbers as —', () => {
    const { m, input } = model({}, { kosong: 0.2 });
    const empty = input.rekap.desa.flatMap((d) => d.tps.map((t) => ({ d, t }))).find((x) => !x.t.terisi)!;
    expect(empty).toBeDefined();
    const pages = m.pages.filter((p) => p.part.kodeDesa === empty.d.kode);
    for (const p of pages) {
      const t = tableOf(p)!;
      const idx = t.columns.filter((c) => isValueColumn(c.kind)).findIndex((c) => c.header.join(' ') === `TPS ${String(empty.t.nomor).padStart(3, '0')}`);
      if (idx < 0) continue;
      for (const r of t.rows) if (r.kind === 'data') for (const l of r.lines) expect(l.cells[idx]).toEqual({ angka: null, teks: '—' });
    }
    const col = pages.map((p) => tableOf(p)!.columns.find((c) => c.header.join(' ') === `TPS ${String(empty.t.nomor).padStart(3, '0')}`)).find(Boolean);
    expect(col?.catatan).toEqual(['(belum diisi)']);
    const cells = tableOf(m.pages[0]!)!.rows.flatMap((r) => (r.kind === 'data' ? r.lines.flatMap((l) => l.cells) : []));
    const big = cells.find((c) => c.angka !== null && c.angka >= 1000)!;
    expect(big.teks).toBe(formatAngka(big.angka));
    expect(big.teks).toMatch(/^\d{1,3}(\.\d{3})+$/);
  });

  it('wraps long labels and names within their columns', () => {
    const { m } = model({ kertas: 'A4' });
    for (const p of m.pages) {
      const t = tableOf(p);
      if (!t) continue;
      const uraian = t.columns.find((c) => c.kind === 'uraian')!;
      const lpj = t.columns.find((c) => c.kind === 'lpj');
      for (const r of t.rows) {
        if (r.kind !== 'data') continue;
        const w = uraian.width + (r.split || !lpj ? 0 : lpj.width);
        for (const l of r.label) expect(textWidth(l, r.bold ? 'cond-bold' : 'cond', 8)).toBeLessThanOrEqual(w);
      }
      for (const c of t.columns) for (const h of c.header) expect(textWidth(h, 'cond-bold', c.headerSize)).toBeLessThanOrEqual(c.width);
    }
  });
});

describe('D.Hasil model: header, berita acara and signatures', () => {
  const texts = (blocks: readonly Block[]): string =>
    blocks
      .map((b) => (b.kind === 'kop' ? [...b.judul, ...b.kodeForm].join(' ') : b.kind === 'teks' ? b.lines.join(' ') : b.kind === 'isian' ? b.cells.map((c) => `${c.label} ${c.nilai.join(' ')}`).join(' ') : ''))
      .join(' ');

  it('prints the titles, the year of the election and the region with codes', () => {
    const { m } = model({ pemilihan: { nama: 'Pemilu 2029', jenis: 'pemilu', tanggal: '2029-04-17' } });
    const first = texts(m.pages[0]!.blocks);
    expect(first).toContain('BERITA ACARA DAN SERTIFIKAT REKAPITULASI HASIL PENGHITUNGAN PEROLEHAN SUARA DARI SETIAP KELURAHAN/DESA DI TINGKAT KECAMATAN');
    expect(first).toContain('PEMILIHAN UMUM PRESIDEN DAN WAKIL PRESIDEN TAHUN 2029');
    expect(first).toContain('MODEL D.HASIL KECAMATAN-PPWP');
    expect(first).toContain('PROVINSI JAWA BARAT (32)');
    expect(first).toContain('KABUPATEN/KOTA BANDUNG (3204)');
    expect(first).toContain('KECAMATAN KERTASARI (320444)');
    const lampiran = m.pages.find((p) => p.part.bagian === 'lampiran')!;
    expect(texts(lampiran.blocks)).toContain('LAMPIRAN MODEL D.HASIL KECAMATAN-PPWP — RINCIAN PEROLEHAN SUARA DI SETIAP TPS, KELURAHAN/DESA SUKAMAJU');
    expect(texts(lampiran.blocks)).toContain('KELURAHAN/DESA SUKAMAJU (3204442001)');
    expect(tableOf(lampiran)!.span?.text).toBe('TPS');
  });

  it('writes the plenary date in words and the place and date above the signatures', () => {
    const { m } = model({ tanggalPleno: '2024-02-20', tempat: 'Kertasari' });
    const ba = m.pages.filter((p) => p.part.bagian === 'berita-acara').flatMap((p) => p.blocks);
    const words = texts(ba);
    expect(words).toContain(`Pada hari ini ${tanggalDalamKata('2024-02-20')}`);
    expect(words).toContain('Selasa, tanggal dua puluh, bulan Februari, tahun dua ribu dua puluh empat');
    expect(words).toContain('Kertasari, 20 Februari 2024');
    expect(words).toContain('Pemilihan Umum Presiden dan Wakil Presiden Tahun 2024');
    expect(words).toMatch(/mencakup 12 kelurahan\/desa dan \d+ TPS\. Hasil \d+ TPS belum diisi/);
  });

  it('defaults the plenary date to the local (WIB) date of the print', () => {
    const { m } = model({ dicetakPada: new Date('2024-02-19T18:30:00Z') });
    const words = texts(m.pages.filter((p) => p.part.bagian === 'berita-acara').flatMap((p) => p.blocks));
    expect(words).toContain('Selasa, tanggal dua puluh, bulan Februari');
  });

  it('has PPK ketua and anggota and one saksi line per pair, blank names as dotted lines', () => {
    const { m } = model({
      ppk: { ketua: { nama: 'Hj. SITI AMINAH' }, anggota: [{ nama: '' }, { nama: 'BUDI', status: 'tidak-hadir' }] },
      saksi: [
        { nomor: 1, nama: 'AHMAD' },
        { nomor: 2, nama: '', status: 'menolak', alasan: 'Selisih suara di TPS 004 Sukamaju belum dijelaskan' },
        { nomor: 3, nama: 'DEWI', namaSingkat: 'GANJAR - MAHFUD' },
      ],
    });
    const sig = m.pages.flatMap((p) => p.blocks).filter((b): b is SignatureBlock => b.kind === 'tanda-tangan');
    expect(sig.map((s) => s.judul)).toEqual(['PANITIA PEMILIHAN KECAMATAN', 'SAKSI PASANGAN CALON']);
    const [ppk, saksi] = sig as [SignatureBlock, SignatureBlock];
    expect(ppk.columns.map((c) => c.header)).toEqual(['NO.', 'NAMA', 'JABATAN', 'TANDA TANGAN']);
    expect(ppk.rows.map((r) => r.cells[2]![0])).toEqual(['Ketua', 'Anggota', 'Anggota']);
    expect(ppk.rows[0]!.cells[1]).toEqual(['Hj. SITI AMINAH']);
    expect(ppk.rows[1]!.cells[1]![0]).toMatch(/^\.{10,}$/);
    expect(ppk.rows[2]!.status).toEqual(['Tidak hadir']);
    expect(ppk.rows.map((r) => r.slotSide)).toEqual(['kiri', 'kanan', 'kiri']);
    expect(saksi.rows.map((r) => r.cells[0]![0])).toEqual(['01', '02', '03']);
    expect(saksi.rows[0]!.cells[1]!.join(' ')).toBe('H. ANIES RASYID BASWEDAN, Ph.D. dan Dr. (H.C.) H. A. MUHAIMIN ISKANDAR');
    expect(saksi.rows[2]!.cells[1]).toEqual(['GANJAR - MAHFUD']);
    expect(saksi.rows[1]!.status.join(' ')).toBe('Menolak menandatangani Alasan: Selisih suara di TPS 004 Sukamaju belum dijelaskan');
  });

  it('defaults to a blank ketua, four blank anggota and a blank saksi per pair', () => {
    const { m } = model();
    const sig = m.pages.flatMap((p) => p.blocks).filter((b): b is SignatureBlock => b.kind === 'tanda-tangan');
    expect(sig[0]!.rows).toHaveLength(5);
    expect(sig[1]!.rows).toHaveLength(3);
    expect(sig.flatMap((s) => s.rows).every((r) => r.status.length === 0)).toBe(true);
  });

  it('pins the print time and names the document', () => {
    const { m } = model();
    expect(m.dicetakPada).toBe('2024-02-18T13:05:00.000Z');
    expect(m.info.title).toBe('MODEL D.HASIL KECAMATAN-PPWP KERTASARI (320444)');
    expect(m.pages[0]!.footer.kiri).toContain('MODEL D.HASIL KECAMATAN-PPWP · Kecamatan KERTASARI (320444)');
  });
});

describe('D.Hasil model: party ballots (DPR, DPRD)', () => {
  const AT2 = new Date('2024-02-20T03:00:00Z');
  function partai(kertas: 'F4' | 'A4' = 'F4', opts: Parameters<typeof syntheticPartaiRekap>[0] = {}): { m: DocumentModel; input: DHasilInput } {
    const { paket, rekap } = syntheticPartaiRekap({ kosong: 0.03, ...opts });
    const input: DHasilInput = { rekap, wilayah: paket.wilayah, pemilihan: paket.pemilihan, dicetakPada: AT2, kertas };
    return { m: buildDHasil(input), input };
  }
  const tablesOf = (m: DocumentModel, id: string): Page[] => m.pages.filter((p) => p.part.bagian !== 'berita-acara' && (p.part.kodeDesa ?? 'rekap') === id);
  const keysOf = (pages: readonly Page[]): string[] => pages.flatMap((p) => tableOf(p)!.rows.flatMap((r) => (r.kind === 'data' ? r.lines.map((l) => l.key) : [])));

  it('prints every row in form order, a heading per party block, A.1 / nomor urut / B in the NO. column', () => {
    for (const kertas of ['F4', 'A4'] as const) {
      const { m, input } = partai(kertas);
      const rekap = tablesOf(m, 'rekap').filter((p) => p.part.chunk === 0);
      expect(keysOf(rekap)).toEqual(barisCHasil(input.rekap.suratSuara).map((b) => b.key));
      const rows = rekap.flatMap((p) => tableOf(p)!.rows);
      const blokHeads = rows.filter((r) => r.kind === 'bagian' && r.blok && !r.text.endsWith('(lanjutan)'));
      expect(blokHeads.map((r) => (r.kind === 'bagian' ? r.text : ''))).toEqual(input.rekap.suratSuara.peserta.map((p) => `${String(p.nomor).padStart(2, '0')}. ${p.nama}`));
      const pkb = rows.filter((r) => r.kind === 'data' && r.lines[0]!.key.startsWith('partai_1_'));
      expect(pkb.map((r) => (r.kind === 'data' ? r.ref : ''))).toEqual(['A.1', ...Array.from({ length: 12 }, (_, i) => String(i + 1)), 'B']);
      const b = pkb.at(-1)!;
      expect(b.kind === 'data' && [b.bold, b.shaded, b.label.join(' ')]).toEqual([true, true, 'Jumlah suara sah partai politik dan calon (A.1 + A.2)']);
      expect(pkb[1]!.kind === 'data' && pkb[1]!.label.join(' ')).toBe('CALON 1-1 DENGAN NAMA LENGKAP, S.H.');
      expect(rows.find((r) => r.kind === 'bagian' && !r.blok && r.text.startsWith('IV.'))).toMatchObject({ text: 'IV. DATA PEROLEHAN SUARA PARTAI POLITIK DAN SUARA CALON' });
    }
  });

  it('never splits a party block that fits a page; a continued section repeats its heading with (lanjutan)', () => {
    const { m } = partai('A4', { maxTps: 15 });
    const tables = new Map<string, Page[]>();
    for (const p of m.pages.filter((pg) => pg.part.bagian !== 'berita-acara')) tables.set(p.part.kodeDesa ?? 'rekap', [...(tables.get(p.part.kodeDesa ?? 'rekap') ?? []), p]);
    for (const [id, pages] of tables) {
      // Which page (row part) each party's rows are on, for chunk 0.
      const where = new Map<string, Set<number>>();
      for (const p of pages.filter((pg) => pg.part.chunk === 0)) {
        for (const r of tableOf(p)!.rows) {
          if (r.kind !== 'data') continue;
          const m2 = /^partai_(\d+)_/.exec(r.lines[0]!.key);
          if (m2) where.set(m2[1]!, new Set([...(where.get(m2[1]!) ?? []), p.part.rowPart ?? 0]));
        }
      }
      expect(where.size, id).toBe(18);
      for (const [no, parts] of where) expect(parts.size, `${id} partai ${no}`).toBe(1);
      // Every page starts with a section heading: the section's own on its first page, "(lanjutan)" after.
      const seen = new Set<string>();
      let lanjutan = 0;
      for (const p of pages.filter((pg) => pg.part.chunk === 0)) {
        const first = tableOf(p)!.rows[0]!;
        expect(first.kind === 'bagian' && !first.blok, id).toBe(true);
        const text = first.kind === 'bagian' ? first.text : '';
        const base = text.replace(/ \(lanjutan\)$/, '');
        expect(text !== base, `${id} ${text}`).toBe(seen.has(base));
        if (text !== base) lanjutan++;
        for (const r of tableOf(p)!.rows) if (r.kind === 'bagian' && !r.blok) seen.add(r.text.replace(/ \(lanjutan\)$/, ''));
      }
      expect(lanjutan, id).toBeGreaterThan(0);
    }
  });

  it('splits a block taller than a page row by row, repeating the party heading with (lanjutan)', () => {
    const { m, input } = partai('A4', { kursi: 60, calon: (i) => (i === 0 ? 60 : 3), desa: 2, maxTps: 3 });
    const rekap = tablesOf(m, 'rekap');
    expect(keysOf(rekap)).toEqual(barisCHasil(input.rekap.suratSuara).map((b) => b.key));
    const heads = rekap.flatMap((p) => tableOf(p)!.rows.filter((r) => r.kind === 'bagian').map((r) => (r.kind === 'bagian' ? r.text : '')));
    expect(heads).toContain('01. PARTAI KEBANGKITAN BANGSA (lanjutan)');
  });

  it('goes part by part, chunk by chunk: each page carrying JUMLAH PINDAHAN in follows the one carrying it out, rows at the same heights', () => {
    const { m, input } = partai('F4', { maxTps: 15 });
    const d = input.rekap.desa[0]!;
    expect(d.tps).toHaveLength(15);
    const pages = tablesOf(m, d.kode);
    expect(pages[0]!.part.chunks).toBe(2);
    pages.forEach((p, i) => {
      expect(p.part.chunk).toBe(i % 2);
      expect(p.part.rowPart).toBe(Math.floor(i / 2));
      if (i % 2 === 1) {
        const a = tableOf(pages[i - 1]!)!;
        const b = tableOf(p)!;
        expect(b.rows.map((r) => [r.y, r.height])).toEqual(a.rows.map((r) => [r.y, r.height]));
        expect(b.columns.find((c) => c.kind === 'pindahan-masuk')).toBeDefined();
        expect(a.columns.at(-1)!.kind).toBe('pindahan-keluar');
      }
    });
    // The carried sums add up across the chunks to the desa total, row by row.
    const chunks = valuesByChunk(pages);
    for (const key of input.rekap.rowKeys) {
      const carried = sum(chunks[0]!.units.get(key)!);
      expect(chunks[0]!.keluar.get(key), key).toBe(carried);
      expect(chunks[1]!.masuk.get(key), key).toBe(carried);
      expect(chunks[1]!.akhir.get(key), key).toBe(d.lembar[key] ?? null);
    }
  });

  it('states each party B in the berita acara, with the dapil in the header and one saksi line per party', () => {
    const { m, input } = partai();
    const ba = m.pages.filter((p) => p.part.bagian === 'berita-acara');
    const t = ba.flatMap((p) => p.blocks).find((b): b is TableBlock => b.kind === 'tabel')!;
    const data = t.rows.filter((r) => r.kind === 'data');
    expect(data.map((r) => (r.kind === 'data' ? r.lines[0]!.key : ''))).toEqual([
      ...input.rekap.suratSuara.peserta.map((p) => `partai_${p.nomor}_b`),
      'suara_sah',
      'suara_tidak_sah',
      'suara_total',
    ]);
    expect(t.rows[0]).toMatchObject({ kind: 'bagian', text: 'IV. JUMLAH SUARA SAH PARTAI POLITIK DAN CALON (B = A.1 + A.2)' });
    const isian = m.pages[0]!.blocks.find((b) => b.kind === 'isian');
    expect(isian?.kind === 'isian' && isian.cells.map((c) => `${c.label} ${c.nilai.join(' ')}`)).toContain('DAERAH PEMILIHAN BANDUNG 7 (320407)');
    const sig = ba.flatMap((p) => p.blocks).filter((b): b is SignatureBlock => b.kind === 'tanda-tangan');
    const saksi = sig.filter((s) => s.judul.startsWith('SAKSI PARTAI POLITIK'));
    expect(saksi[0]!.columns[1]!.header).toBe('PARTAI POLITIK');
    expect(saksi.flatMap((s) => s.rows.map((r) => r.cells[0]![0]))).toEqual(input.rekap.suratSuara.peserta.map((p) => String(p.nomor).padStart(2, '0')));
  });

  it('continues a saksi list longer than a page on the next one, numbering on', () => {
    const paket = syntheticPaket({ desa: 2 });
    const peserta = Array.from({ length: 30 }, (_, i) => ({ nomor: i + 1, nama: `CALON DPD ${i + 1}` }));
    const rekap = rekapKecamatan(paket, { jenis: 'DPD', peserta }, new Map());
    const m = buildDHasil({ rekap, wilayah: paket.wilayah, pemilihan: paket.pemilihan, dicetakPada: AT2, kertas: 'A4' });
    const sig = m.pages.flatMap((p) => p.blocks).filter((b): b is SignatureBlock => b.kind === 'tanda-tangan' && b.judul.startsWith('SAKSI CALON ANGGOTA DPD'));
    expect(sig.length).toBeGreaterThan(1);
    expect(sig[1]!.judul).toBe('SAKSI CALON ANGGOTA DPD (lanjutan)');
    expect(sig.flatMap((s) => s.rows.map((r) => r.slot))).toEqual(peserta.map((p) => `${p.nomor}.`));
    for (const p of m.pages) {
      const last = p.blocks.at(-1)!;
      expect(last.y + last.height).toBeLessThanOrEqual(p.footer.y);
    }
  });

  it('names kolom kosong without a number and gives it no saksi line', () => {
    const paket = syntheticPaket({ desa: 2 });
    const ss = { jenis: 'BUPATI' as const, peserta: [{ nomor: 1, nama: 'H. PASLON TUNGGAL - WAKILNYA' }, { nomor: 2, nama: 'KOLOM KOSONG', kolom_kosong: true }] };
    const rekap = rekapKecamatan(paket, ss, new Map());
    const m = buildDHasil({ rekap, wilayah: paket.wilayah, pemilihan: { ...paket.pemilihan, jenis: 'pilkada', tanggal: '2024-11-27' }, dicetakPada: AT2, kertas: 'F4' });
    const labels = tableOf(m.pages[0]!)!.rows.flatMap((r) => (r.kind === 'data' ? [r.label.join(' ')] : []));
    expect(labels).toContain('KOLOM KOSONG');
    expect(labels).toContain('01. H. PASLON TUNGGAL - WAKILNYA');
    const saksi = m.pages.flatMap((p) => p.blocks).filter((b): b is SignatureBlock => b.kind === 'tanda-tangan').at(-1)!;
    expect(saksi.rows).toHaveLength(1);
  });
});
