// Measures the big case of issue 4: a DPRD Kab/Kota desa of 30 TPS, each sheet 277 rows (18 parties with full
// lists of 12 candidates: more than any real dapil of 2024 holds). Prints the times; the bounds are loose (ten
// times what a 2-core machine takes) so CI only catches a real regression.
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPaths, loadDemoPlano } from '../../resources/demo/demo-files';
import { syntheticPartaiSheets, syntheticSuratPartai } from '../fixtures/synthetic-rekap';
import { buildDHasil } from '../../shared/documents/d-hasil';
import type { Paket } from '../../shared/domain/election';
import { barisCHasil } from '../../shared/forms/c-hasil';
import { parsePaketJson } from '../../shared/paket/parse-paket';
import { renderDocument } from '../../electron/pdf/render-document';
import { check, recap } from '../../electron/services/recap-service';
import { readTpsSheet, saveTpsSheet } from '../../electron/services/results-service';
import { databaseUji, jamUji } from '../../electron/testing/election-fixture';

const demo = demoPaths(path.resolve(import.meta.dirname, '../../resources'));
const full = (() => {
  const r = parsePaketJson(fs.readFileSync(demo.paket, 'utf8'));
  if (!r.ok) throw new Error(r.error.pesan);
  return r.value;
})();
const kabko = syntheticSuratPartai({ jenis: 'DPRD_KABKO', kursi: 12 });
const ppwp = full.surat_suara.find((s) => s.jenis === 'PPWP')!;
const planoPpwp = Object.values(loadDemoPlano(fs.readFileSync(demo.plano, 'utf8')));
const kodeDesa = '3369012001';
const paket: Paket = {
  ...full,
  desa: [{ kode: kodeDesa, nama: 'SIDOMULYO', tps: Array.from({ length: 30 }, (_, i) => ({ kode: `${kodeDesa}${String(i + 1).padStart(3, '0')}`, nomor: i + 1 })) }],
  surat_suara: [ppwp, kabko],
};

// Consistent sheets for the 30 TPS (each party's B = A.1 + A.2).
const plano = [...syntheticPartaiSheets(paket, kabko).values()];

let db: ReturnType<typeof databaseUji>['db'];
let dir: string;
const ms: Record<string, number> = {};
let halaman = 0;
let kb = 0;
function ukur<T>(nama: string, f: () => T): T {
  const t = performance.now();
  const r = f();
  ms[nama] = performance.now() - t;
  return r;
}

beforeAll(() => {
  ({ db, dir } = databaseUji(paket));
});
afterAll(() => {
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
  console.log(`DPRD Kab/Kota, 1 desa x 30 TPS x ${barisCHasil(kabko).length} rows: ${Object.entries(ms).map(([k, v]) => `${k} ${v.toFixed(0)} ms`).join('; ')}; PDF ${halaman} pages, ${kb.toFixed(0)} kB`);
});

describe('a DPRD Kab/Kota desa of 30 TPS x 277 rows', () => {
  it('saves, recaps, checks and prints within bounds', async () => {
    expect(barisCHasil(kabko).length).toBe(277);
    const clock = jamUji();
    ukur('save 30 C.Hasil DPRD (8.310 values) and 30 PPWP', () => {
      paket.desa[0]!.tps.forEach((t, i) => {
        const r = saveTpsSheet(db, { kodeTps: t.kode, jenis: 'DPRD_KABKO', nilai: plano[i % plano.length]!, sumber: 'c_hasil', oleh: 'uji' }, clock);
        if (!r.ok) throw new Error(r.error.pesan);
        const p = saveTpsSheet(db, { kodeTps: t.kode, jenis: 'PPWP', nilai: planoPpwp[i % planoPpwp.length]!, sumber: 'c_hasil', oleh: 'uji' }, clock);
        if (!p.ok) throw new Error(p.error.pesan);
      });
    });
    const sheet = ukur('read one TPS sheet', () => readTpsSheet(db, `${kodeDesa}001`, 'DPRD_KABKO'));
    expect(sheet.ok && Object.keys(sheet.value.efektif)).toHaveLength(277);
    const r = ukur('recap DPRD', () => recap(db, 'DPRD_KABKO'));
    expect(r.desa[0]!.tps.every((t) => t.terisi)).toBe(true);
    const temuan = ukur('check (both ballots, R15)', () => check(db));
    expect(temuan.filter((t) => t.surat_suara === 'DPRD_KABKO').length).toBeGreaterThanOrEqual(0);
    const model = ukur('D.Hasil model', () => buildDHasil({ rekap: r, wilayah: paket.wilayah, pemilihan: paket.pemilihan, dicetakPada: new Date('2024-02-20T03:00:00Z'), kertas: 'F4' }));
    const t = performance.now();
    const pdf = await renderDocument(model);
    ms['PDF render'] = performance.now() - t;
    halaman = model.pages.length;
    kb = pdf.length / 1024;
    expect(model.pages.length).toBeGreaterThan(20);
    expect(ms['recap DPRD']! + ms['check (both ballots, R15)']!).toBeLessThan(10_000);
    expect(ms['PDF render']!).toBeLessThan(60_000);
  });
});
