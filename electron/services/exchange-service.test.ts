import type Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import fs from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { efektifDariTulis, normalisasiSidik, sidikPendek, versiSel } from '../../shared/exchange/rekap-hasil';
import { canonicalJson } from './canonical-json';
import { databaseUji, jamUji } from '../testing/election-fixture';
import { eksporRekapHasil, hashIsi, verifikasiRekapHasil } from './exchange-service';
import { saveTpsSheet } from './results-service';

let db: Database.Database;
let dir: string;
const clock = jamUji();

beforeEach(() => {
  ({ db, dir } = databaseUji());
  const simpan = (kodeTps: string, nilai: Record<string, number | null>): void => {
    const r = saveTpsSheet(db, { kodeTps, jenis: 'PPWP', nilai, sumber: 'c_hasil', oleh: 'ani' }, clock);
    if (!r.ok) throw new Error(r.error.pesan);
  };
  simpan('1101012001001', { suara_1: 10, suara_2: 20, suara_3: 5, suara_sah: 35 });
  simpan('1101012001001', { suara_1: 11 });
  simpan('1101012002001', { suara_1: 100, suara_2: 0, suara_3: 0, suara_sah: 90 });
});
afterEach(() => {
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const schema = JSON.parse(readFileSync(path.join(import.meta.dirname, '../../resources/schema/rekap-hasil-2.schema.json'), 'utf8')) as object;

describe('eksporRekapHasil', () => {
  it('is byte-identical for the same data and matches its JSON Schema', () => {
    const a = eksporRekapHasil(db);
    const b = eksporRekapHasil(db);
    expect(a.teks).toBe(b.teks);
    const ajv = new Ajv2020({ strict: true, strictTypes: false, strictRequired: false, allErrors: true });
    const valid = ajv.compile(schema);
    expect(valid(JSON.parse(a.teks)), JSON.stringify(valid.errors)).toBe(true);
    expect(a.sidik).toMatch(/^[0-9A-F]{4}(-[0-9A-F]{4}){3}$/);
    expect(a.sidik).toBe(sidikPendek(a.sha256));
  });

  it('holds every version with its provenance, the effective value and the totals, aligned to the rows', () => {
    const d = eksporRekapHasil(db, 'PPWP').dokumen;
    expect(d.format).toBe('rekap-hasil/2');
    expect(d.surat_suara.map((s) => s.jenis)).toEqual(['PPWP']);
    const ss = d.surat_suara[0]!;
    const i = ss.baris.indexOf('suara_1');
    const tps = ss.desa[0]!.tps[0]!;
    expect(tps.nilai).toHaveLength(ss.baris.length);
    expect(tps.nilai[i]).toBe(11);
    expect(tps.sumber[i]).toBe('c');
    expect(tps.sumber[ss.baris.indexOf('pemilih_dpt_l')]).toBe('-');
    // Two saves: two writes, the second only of suara_1 (its pattern names that row alone).
    expect(tps.versi.map((w) => [w.sumber, w.oleh, w.nilai.length])).toEqual([
      ['c_hasil', 'ani', 4],
      ['c_hasil', 'ani', 1],
    ]);
    expect(tps.versi[1]!.pola).toBe(ss.baris.map((k) => (k === 'suara_1' ? '1' : '0')).join(''));
    expect(versiSel(tps, i).map((v) => [v.nilai, v.sumber, v.oleh])).toEqual([
      [10, 'c_hasil', 'ani'],
      [11, 'c_hasil', 'ani'],
    ]);
    expect(efektifDariTulis(ss.baris.length, tps.versi)).toEqual({ nilai: tps.nilai, sumber: tps.sumber });
    const kosong = ss.desa[0]!.tps[1]!;
    expect([kosong.nilai[i], kosong.sumber[i], kosong.versi]).toEqual([null, '-', []]);
    expect(ss.desa.map((x) => x.jumlah[i])).toEqual([11, 100]);
    expect(ss.jumlah[i]).toBe(111);
    expect(ss.temuan.length).toBeGreaterThan(0);
    expect(d.keberatan).toEqual([]);
    expect(d.paket_sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('writes the canonical JSON of the document, whose hash is that of its content', () => {
    const e = eksporRekapHasil(db);
    expect(e.teks).toBe(`${canonicalJson(e.dokumen)}\n`);
    expect(hashIsi(e.dokumen as unknown as Record<string, unknown>)).toBe(e.sha256);
  });

  it('changes its hash when a value changes', () => {
    const a = eksporRekapHasil(db);
    saveTpsSheet(db, { kodeTps: '1101012001002', jenis: 'PPWP', nilai: { suara_2: 3 }, sumber: 'c_hasil', oleh: 'ani' }, clock);
    expect(eksporRekapHasil(db).sha256).not.toBe(a.sha256);
  });
});

describe('verifikasiRekapHasil', () => {
  it('finds an export intact and a file with one digit changed tampered', () => {
    const e = eksporRekapHasil(db);
    const v = verifikasiRekapHasil(e.teks);
    expect(v.ok && v.value.utuh).toBe(true);
    const diubah = e.teks.replace('"nilai":[100,', '"nilai":[700,');
    expect(diubah).not.toBe(e.teks);
    const t = verifikasiRekapHasil(diubah);
    expect(t.ok && t.value.utuh).toBe(false);
    expect(t.ok && t.value.sha256Tertulis).toBe(e.sha256);
  });

  it('refuses what is not an export', () => {
    expect(verifikasiRekapHasil('{').ok).toBe(false);
    expect(verifikasiRekapHasil('{"format":"rekap-paket/2"}').ok).toBe(false);
    const lama = verifikasiRekapHasil(`{"format":"rekap-hasil/1","sha256":"${'0'.repeat(64)}"}`);
    expect(!lama.ok && lama.error.pesan).toContain('ekspor ulang');
  });

  it('normalises a typed short fingerprint', () => {
    expect(normalisasiSidik('3f2a 91c0-77be0d14')).toBe('3F2A-91C0-77BE-0D14');
    expect(normalisasiSidik('3F2A-91C0')).toBeNull();
  });
});
