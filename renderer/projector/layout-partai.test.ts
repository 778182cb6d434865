import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePaketJson } from '../../shared/paket/parse-paket';
import { susunForm } from '../lib/sheet-lines';
import { hitungMetrik, labelProyektor, tataLetak, type KolomUnit, type UkurTeks } from './layout';
import { bagianProyektor, garisRingkasPartai, koreksiKeBlok, labelSubBaris, partaiRinci } from './layout-partai';
import { tandaRingkasPartai, type UnitProyektor } from './view-model';

// The same crude but monotone measure as layout.test.ts.
const ukur: UkurTeks = (text, font) => text.length * 0.62 * Number(/(\d+)px/.exec(font)?.[1] ?? 16);

const paket = (() => {
  const r = parsePaketJson(fs.readFileSync(path.resolve(import.meta.dirname, '../../resources/demo/paket.json'), 'utf8'));
  if (!r.ok) throw new Error(r.error.pesan);
  return r.value;
})();
const units = (n: number): KolomUnit[] => Array.from({ length: n }, (_, i) => ({ kode: String(i), judul: `TPS ${String(i + 1).padStart(3, '0')}` }));

describe('projector layout of the party ballots', () => {
  for (const jenis of ['DPR', 'DPRD_KABKO'] as const) {
    for (const [lebar, tinggi] of [
      [1024, 768],
      [1920, 1080],
    ] as const) {
      it(`${jenis} ${lebar}x${tinggi}, a desa of 30 TPS: a block that fits a page is never split; a longer one repeats the party`, () => {
        const ss = paket.surat_suara.find((s) => s.jenis === jenis)!;
        const t0 = performance.now();
        const t = tataLetak({ lebar, tinggi, bagian: susunForm(ss), unit: units(30), angkaTerlebarUnit: '999', angkaTerlebarJumlah: '99.999', ukur });
        const ms = performance.now() - t0;
        const m = hitungMetrik(lebar, tinggi);
        const tersedia = tinggi - m.kopPx - m.kepalaKolomPx - m.legendaPx - 8;
        const suara = t.halaman.filter((h) => h.bagian === 'suara');
        for (const h of suara) {
          const first = h.garis[0]!;
          const r = first.garis.rows[0];
          if (r?.partai && r.blokPartai !== 'a1') expect(first.lanjutan).toBe(true);
          const tinggiHalaman = h.garis.reduce((s, g) => s + g.tinggi, 0);
          expect(tinggiHalaman).toBeLessThanOrEqual(tersedia * 1.5 + h.garis.length);
        }
        // DPR at 1920x1080: a block (A.1, 8 candidates, B) fits a page, so no page starts inside a block.
        if (jenis === 'DPR' && lebar === 1920) expect(suara.filter((h) => h.garis[0]?.lanjutan)).toHaveLength(0);
        const rowPages = new Set(suara.map((h) => h.garis)).size;
        const colPages = suara.length / rowPages;
        console.log(`layout ${jenis} ${lebar}x${tinggi}, 30 TPS: ${ms.toFixed(1)} ms, ${rowPages} row pages x ${colPages} column pages of votes`);
        expect(colPages).toBeGreaterThan(1);
        expect(ms).toBeLessThan(500);
      });
    }
  }
});

describe('party ballots on the projector: summary and detail', () => {
  const ss = paket.surat_suara.find((s) => s.jenis === 'DPRD_KABKO')!;
  const sections = susunForm(ss);

  it('summary: one line per party with A.1 and B, then section V; 30 TPS fit a few row pages at 1024x768', () => {
    const b = bagianProyektor(sections, ss, 'ringkas', null);
    const iv = b.find((s) => s.bagian === 'IV')!;
    expect(iv.garis.map((g) => g.keys)).toEqual(ss.peserta.map((p) => [`partai_${p.nomor}_a1`, `partai_${p.nomor}_b`]));
    expect(iv.garis.every(garisRingkasPartai)).toBe(true);
    expect(iv.garis.map((g) => [labelSubBaris(g, 0), labelSubBaris(g, 1)])[0]).toEqual(['A.1', 'B']);
    expect(labelProyektor(iv.garis[0]!)).toEqual([ss.peserta[0]!.nama]);
    expect(b.find((s) => s.bagian === 'V')?.garis).toHaveLength(3);
    const t = tataLetak({ lebar: 1024, tinggi: 768, bagian: b, unit: units(30), angkaTerlebarUnit: '999', angkaTerlebarJumlah: '99.999', ukur });
    const suara = t.halaman.filter((h) => h.bagian === 'suara');
    const rowPages = new Set(suara.map((h) => h.garis)).size;
    console.log(`summary DPRD_KABKO 1024x768, 30 TPS: ${rowPages} row pages x ${suara.length / rowPages} column pages`);
    expect(rowPages).toBeLessThanOrEqual(4);
    // Each party line stays whole on its page (A.1 and B together).
    for (const h of suara) for (const g of h.garis) expect(g.garis.keys.length === 2 || g.garis.bagian === 'V').toBe(true);
    expect(suara.every((h) => h.kepalaPartai === undefined)).toBe(true);
  });

  it('detail: one party block, the party named in the table head; the first party when none or an unknown one is chosen', () => {
    const p7 = ss.peserta.find((p) => p.nomor === 7)!;
    const b = bagianProyektor(sections, ss, 'rinci', 7);
    expect(b.some((s) => s.bagian === 'V')).toBe(false);
    const keys = b.find((s) => s.bagian === 'IV')!.garis.flatMap((g) => g.keys);
    expect(keys).toEqual(['partai_7_a1', ...(p7.calon ?? []).map((c) => `partai_7_calon_${c.nomor}`), 'partai_7_b']);
    expect(partaiRinci(ss, 99)?.nomor).toBe(ss.peserta[0]!.nomor);
    expect(partaiRinci(ss, null)?.nomor).toBe(ss.peserta[0]!.nomor);
    const t = tataLetak({ lebar: 1024, tinggi: 768, bagian: b, unit: units(30), angkaTerlebarUnit: '999', angkaTerlebarJumlah: '99.999', ukur });
    const suara = t.halaman.filter((h) => h.bagian === 'suara');
    expect(suara.every((h) => h.kepalaPartai?.nomor === 7)).toBe(true);
    expect(labelProyektor(suara[0]!.garis[0]!.garis, false, true)).toEqual(['suara partai (A.1)']);
    // A full list of 12 (names on one line each; the e2e test has the demo's real names and glyphs): the whole
    // block on one row page at 1024x768, candidate lines set closer.
    const p1 = ss.peserta[0]!;
    const ss12 = { ...ss, peserta: [{ ...p1, calon: Array.from({ length: 12 }, (_, k) => ({ nomor: k + 1, nama: `CALON ${k + 1}` })) }] };
    const b1 = bagianProyektor(susunForm(ss12), ss12, 'rinci', p1.nomor);
    const t1 = tataLetak({ lebar: 1024, tinggi: 768, bagian: b1, unit: units(30), angkaTerlebarUnit: '999', angkaTerlebarJumlah: '99.999', ukur });
    const s1 = t1.halaman.filter((h) => h.bagian === 'suara');
    expect(new Set(s1.map((h) => h.garis)).size).toBe(1);
    expect(s1[0]!.garis.filter((g) => g.rapat)).toHaveLength(12);
    // Numbers keep their size: a closer line is still at least 1.2 times the number's height.
    expect(Math.min(...s1[0]!.garis.map((g) => g.tinggi))).toBeGreaterThanOrEqual(Math.round(hitungMetrik(1024, 768).angkaPx * 1.2));
    // A short block is not set closer.
    const pendek = ss.peserta.find((p) => (p.calon?.length ?? 0) <= 5)!;
    const t2 = tataLetak({ lebar: 1024, tinggi: 768, bagian: bagianProyektor(sections, ss, 'rinci', pendek.nomor), unit: units(30), angkaTerlebarUnit: '999', angkaTerlebarJumlah: '99.999', ukur });
    expect(t2.halaman.flatMap((h) => h.garis).some((g) => g.rapat)).toBe(false);
    // Other ballots are shown as they are.
    const ppwp = paket.surat_suara.find((s) => s.jenis === 'PPWP')!;
    const sp = susunForm(ppwp);
    expect(bagianProyektor(sp, ppwp, 'ringkas', null)).toBe(sp);
  });

  it('summary marks: a candidate cell marks its party B cell; a corrected candidate marks B with the objection', () => {
    const tanda = new Map([['partai_5_calon_2', { galat: false, peringatan: true, selisih: true, sirekap: false, nilaiSirekap: 9 }]]);
    const u: UnitProyektor = { kode: '3369012004001', judul: 'TPS 001', sub: null, lembar: {}, tanda, sorot: false, tingkat: 'tps' };
    const [v] = tandaRingkasPartai([u], ss);
    expect(v!.tanda.get('partai_5_b')).toEqual({ galat: false, peringatan: true, selisih: true, sirekap: false });
    expect(v!.tanda.get('partai_4_b')).toBeUndefined();
    expect(u.tanda.has('partai_5_b')).toBe(false);
    const k = koreksiKeBlok(new Map([['3369012004001:partai_5_calon_2', { no: 3 }], ['3369012004001:partai_6_a1', { no: 4 }]]), (x) => ({ ...x, blok: true }));
    expect(k.get('3369012004001:partai_5_b')).toEqual({ no: 3, blok: true });
    expect(k.has('3369012004001:partai_6_b')).toBe(false);
  });
});
