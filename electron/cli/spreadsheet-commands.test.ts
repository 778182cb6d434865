import type Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { barisCHasil } from '../../shared/forms/c-hasil';
import { databaseUji, jamUji, PAKET_CONTOH } from '../testing/election-fixture';
import { saveTpsSheet } from '../services/results-service';
import { hurufKolom, TATA_XLSX } from '../services/spreadsheet-service';
import { jalankanCli } from '../testing/cli-uji';

let db: Database.Database;
let file: string;
let dir: string;
const clock = jamUji();

beforeEach(() => {
  ({ db, file, dir } = databaseUji());
  for (const [kodeTps, nilai] of [
    ['1101012001001', { suara_1: 10, suara_2: 20, suara_3: 5, suara_sah: 35 }],
    ['1101012001002', { suara_1: 1, suara_2: 2, suara_3: 3, suara_sah: 6 }],
    ['1101012002001', { suara_1: 100, suara_2: 0, suara_3: 0, suara_sah: 100 }],
  ] as const) {
    const r = saveTpsSheet(db, { kodeTps, jenis: 'PPWP', nilai, sumber: 'c_hasil', oleh: 'uji' }, clock);
    if (!r.ok) throw new Error(r.error.pesan);
  }
  db.close();
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

async function cli(...argv: string[]): Promise<{ kode: number; err: string }> {
  const r = await jalankanCli(argv, clock);
  return { kode: r.code, err: r.err };
}

describe('export --format xlsx|csv', () => {
  it('writes the D.Hasil layout to XLSX with a real SUM formula per row', async () => {
    const out = path.join(dir, 'rekap.xlsx');
    const r = await cli('export', '--db', file, '--out', out, '--format', 'xlsx', '--surat-suara', 'PPWP');
    expect(r.kode, r.err).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet('PPWP')!;
    const keys = barisCHasil(PAKET_CONTOH.surat_suara[0]!).map((b) => b.key);
    const j = keys.indexOf('suara_1');
    const row = ws.getRow(TATA_XLSX.barisPertama + j);
    expect(row.getCell(TATA_XLSX.kolomUnitPertama).value).toBe(11);
    expect(row.getCell(TATA_XLSX.kolomUnitPertama + 1).value).toBe(100);
    const jumlah = row.getCell(TATA_XLSX.kolomUnitPertama + 2).value as { formula: string; result: number };
    const r0 = TATA_XLSX.barisPertama + j;
    expect(jumlah.formula).toBe(`SUM(${hurufKolom(TATA_XLSX.kolomUnitPertama)}${r0}:${hurufKolom(TATA_XLSX.kolomUnitPertama + 1)}${r0})`);
    expect(jumlah.result).toBe(111);
    expect(hurufKolom(28)).toBe('AB');
  });

  it('writes CSV with one row per unit (TPS, desa, kecamatan) and form row', async () => {
    const out = path.join(dir, 'rekap.csv');
    expect((await cli('export', '--db', file, '--out', out, '--format', 'csv', '--surat-suara', 'PPWP')).kode).toBe(0);
    const teks = fs.readFileSync(out, 'utf8');
    expect(teks.startsWith('\uFEFFsurat_suara,tingkat,kode,nama,ref,baris,uraian,kolom,nilai\r\n')).toBe(true);
    const rows = teks.trim().split('\r\n').slice(1);
    const n = barisCHasil(PAKET_CONTOH.surat_suara[0]!).length;
    expect(rows.length).toBe((3 + 2 + 1) * n);
    expect(rows.filter((x) => x.startsWith('PPWP,kecamatan,110101,') && x.includes(',suara_1,'))[0]!.endsWith(',111')).toBe(true);
    expect((await cli('export', '--db', file, '--out', out, '--format', 'ods')).kode).toBe(2);
  });
});
