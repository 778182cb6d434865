import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePaketJson } from '../../shared/paket/parse-paket';
import { susunForm } from '../lib/sheet-lines';
import { hitungMetrik, tataLetak, type KolomUnit, type UkurTeks } from './layout';

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
