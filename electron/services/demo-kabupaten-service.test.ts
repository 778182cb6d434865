import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { folderUji } from '../testing/election-fixture';
import { ensureDemoKabupatenDatabase, KECAMATAN_DEMO } from './demo-kabupaten-service';
import { openKabupatenDatabase, recapKabupaten } from './kabupaten-service';
import { kecamatanKabupaten } from './kabupaten-layar-service';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

function buat(): string {
  const dir = folderUji('pleno-demo-kab-');
  dirs.push(dir);
  const file = path.join(dir, 'kab.rekap');
  const t0 = performance.now();
  const r = ensureDemoKabupatenDatabase(file);
  console.log(`kabupaten demo built in ${Math.round(performance.now() - t0)} ms`);
  expect(r).toEqual({ ok: true, value: { file, dibuat: true } });
  return file;
}

describe('the kabupaten demo', () => {
  it('holds three kecamatan exports (one replaced, its history kept) and one not sent yet, the same on every build', () => {
    const file = buat();
    const { db, paket } = openKabupatenDatabase(file);
    let sha: (string | null)[];
    try {
      const kec = kecamatanKabupaten(db, paket);
      expect(kec.map((k) => [k.kode, k.status, k.riwayat.length])).toEqual([
        ['336901', 'diganti', 2],
        ['336902', 'diimpor', 1],
        ['336903', 'diimpor', 1],
        ['336904', 'belum', 0],
      ]);
      expect(kec[0]!.riwayat[0]!.sha256).not.toBe(kec[0]!.riwayat[1]!.sha256);
      const r = recapKabupaten(db, paket, 'PPWP');
      expect(r.kecamatan.map((k) => k.nama)).toEqual(KECAMATAN_DEMO.map((k) => k.nama));
      // The kabupaten total is the sum of the kecamatan columns, and a missing kecamatan adds nothing.
      const suara1 = r.kecamatan.reduce((n, k) => n + (k.lembar['suara_1'] ?? 0), 0);
      expect(r.jumlah['suara_1']).toBe(suara1);
      expect(suara1).toBeGreaterThan(0);
      expect(r.kecamatan[3]!.sha256).toBeNull();
      sha = r.kecamatan.map((k) => k.sha256);
    } finally {
      db.close();
    }
    // Deterministic: a second build gives the same exports (the same fingerprints on every machine).
    const lagi = openKabupatenDatabase(buat());
    try {
      expect(recapKabupaten(lagi.db, lagi.paket, 'PPWP').kecamatan.map((k) => k.sha256)).toEqual(sha);
    } finally {
      lagi.db.close();
    }
    // An existing demo is kept as it is.
    expect(ensureDemoKabupatenDatabase(file)).toEqual({ ok: true, value: { file, dibuat: false } });
  });
});
