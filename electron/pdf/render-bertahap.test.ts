import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDHasil, buildDHasilBertahap, type DHasilInput } from '../../shared/documents/d-hasil';
import type { Lembar } from '../../shared/forms/c-hasil';
import type { RekapKecamatan } from '../../shared/forms/recap';
import type { Page } from '../../shared/documents/model';
import { syntheticRekap } from '../../tests/fixtures/synthetic-rekap';
import { renderDocument, renderDocumentKeBerkas, tulisDokumen } from './render-document';

/*
 * Printing a big kecamatan holds neither a ballot's whole document model nor its PDF bytes (issue 8, peak
 * memory): buildDHasilBertahap lays each desa's lampiran out only when its pages are read, and tulisDokumen
 * hands each page's bytes out before the next page is asked for. These tests catch a return to "lay out
 * everything, then write everything".
 */

const AT = new Date('2024-02-18T13:05:00Z');

function input(rekap: RekapKecamatan, paket: ReturnType<typeof syntheticRekap>['paket']): DHasilInput {
  return { rekap, wilayah: paket.wilayah, pemilihan: paket.pemilihan, dicetakPada: AT, kertas: 'F4', tanggalPleno: '2024-02-18', sidik: { sha256: 'a'.repeat(64), kodeWilayah: paket.wilayah.kecamatan.kode, jenis: 'PPWP' } };
}

describe('buildDHasilBertahap', () => {
  it('gives the very pages of buildDHasil, as many as it announced, and again when read again', () => {
    const { paket, rekap } = syntheticRekap({ kosong: 0.03 });
    const semua = buildDHasil(input(rekap, paket));
    const bertahap = buildDHasilBertahap(input(rekap, paket));
    const pages = [...bertahap.pages];
    expect(pages.length).toBe(bertahap.jumlahHalaman);
    expect(pages).toEqual(semua.pages);
    expect([...bertahap.pages]).toEqual(pages);
  });

  it("reads a desa's numbers only when its lampiran pages are asked for", () => {
    const { paket, rekap } = syntheticRekap({ kosong: 0.03 });
    // Every TPS sheet records which desa's numbers were read; the counting of pages reads none.
    const dibaca = new Set<string>();
    const awas = (kodeDesa: string, l: Lembar): Lembar => new Proxy(l, { get: (t, k) => (dibaca.add(kodeDesa), Reflect.get(t, k)) });
    const desa = rekap.desa.map((d) => ({ ...d, tps: d.tps.map((t) => ({ ...t, lembar: awas(d.kode, t.lembar) })) }));
    const model = buildDHasilBertahap(input({ ...rekap, desa }, paket));
    expect(dibaca.size).toBe(0);
    const kedua = desa[1]!.kode;
    for (const p of model.pages) {
      if (p.part.bagian === 'lampiran' && p.part.kodeDesa === desa[0]!.kode) {
        expect(dibaca.has(desa[0]!.kode)).toBe(true);
        expect(dibaca.has(kedua)).toBe(false);
      }
      if (p.part.kodeDesa === kedua) break;
    }
    expect(dibaca.has(kedua)).toBe(true);
    expect(dibaca.has(desa.at(-1)!.kode)).toBe(false);
  });
});

describe('tulisDokumen', () => {
  it("hands each page's bytes out before the next page is laid out, and the file equals renderDocument's bytes", async () => {
    const { paket, rekap } = syntheticRekap({ kosong: 0.03 });
    const model = buildDHasilBertahap(input(rekap, paket));
    let ditulis = 0;
    const saatDiminta: number[] = [];
    const pages: Iterable<Page> = {
      *[Symbol.iterator]() {
        for (const p of model.pages) {
          saatDiminta.push(ditulis);
          yield p;
        }
      },
    };
    const chunks: Buffer[] = [];
    const n = await tulisDokumen({ ...model, pages }, (c) => {
      ditulis += c.length;
      chunks.push(c);
    });
    expect(n).toBe(model.jumlahHalaman);
    expect(saatDiminta.length).toBe(n);
    // From the third page on, the pages before it are already out: the bytes grow page after page.
    expect(saatDiminta[2]).toBeGreaterThan(saatDiminta[1]!);
    expect(saatDiminta[n - 1]).toBeGreaterThan(saatDiminta[Math.floor(n / 2)]!);
    expect(saatDiminta[n - 1]).toBeGreaterThan(ditulis / 2);

    const bytes = Buffer.concat(chunks);
    expect(bytes.equals(await renderDocument(buildDHasil(input(rekap, paket))))).toBe(true);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pleno-bertahap-'));
    try {
      const file = path.join(dir, 'd.pdf');
      await renderDocumentKeBerkas(buildDHasilBertahap(input(rekap, paket)), file);
      expect(fs.readFileSync(file).equals(bytes)).toBe(true);
      expect(fs.readdirSync(dir)).toEqual(['d.pdf']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
