import ExcelJS from 'exceljs';
import type { TabelRekap } from '../../shared/exchange/tabel-rekap';

/** Column letters: 1 -> A, 27 -> AA. */
export function hurufKolom(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

/** Sheet names: at most 31 characters, none of : \ / ? * [ ]. */
function namaSheet(s: string): string {
  return s.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31);
}

/** First data row and the fixed columns (ref, uraian, L/P) before the unit columns. */
export const TATA_XLSX = { barisPertama: 5, kolomUnitPertama: 4 } as const;

/**
 * An XLSX workbook with one sheet per ballot in the D.Hasil layout: the form's rows down, one column per unit
 * (desa or kecamatan) and a JUMLAH column that is a real SUM formula over the unit columns (its cached result is
 * written too). The workbook's dates are `dibuat`, so the content does not depend on the machine.
 */
export async function tulisXlsx(tabel: readonly TabelRekap[], dibuat: Date): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Pleno Rekap';
  wb.created = dibuat;
  wb.modified = dibuat;
  for (const t of tabel) {
    const ws = wb.addWorksheet(namaSheet(t.suratSuara.jenis));
    ws.getCell('A1').value = t.judul;
    ws.getCell('A1').font = { bold: true };
    const { barisPertama: r0, kolomUnitPertama: c0 } = TATA_XLSX;
    const kolomJumlah = c0 + t.unit.length;
    const kepala = ws.getRow(r0 - 1);
    kepala.getCell(1).value = 'NO';
    kepala.getCell(2).value = 'URAIAN';
    kepala.getCell(3).value = '';
    t.unit.forEach((u, i) => (kepala.getCell(c0 + i).value = `${u.nama} (${u.kode})`));
    kepala.getCell(kolomJumlah).value = 'JUMLAH';
    kepala.font = { bold: true };
    ws.getRow(r0 - 2).getCell(c0).value = t.unit[0]?.tingkat === 'kecamatan' ? 'KECAMATAN' : 'KELURAHAN/DESA';
    t.baris.forEach((b, j) => {
      const row = ws.getRow(r0 + j);
      row.getCell(1).value = b.ref;
      row.getCell(2).value = b.label;
      row.getCell(3).value = b.kolom;
      t.unit.forEach((u, i) => {
        const v = u.lembar[b.key];
        row.getCell(c0 + i).value = v === null || v === undefined ? null : v;
      });
      const jumlah = t.wilayah.lembar[b.key] ?? 0;
      const rentang = t.unit.length > 0 ? `${hurufKolom(c0)}${r0 + j}:${hurufKolom(kolomJumlah - 1)}${r0 + j}` : null;
      row.getCell(kolomJumlah).value = rentang === null ? jumlah : { formula: `SUM(${rentang})`, result: jumlah };
    });
    ws.getColumn(2).width = 48;
    ws.views = [{ state: 'frozen', xSplit: c0 - 1, ySplit: r0 - 1 }];
  }
  const buf = await wb.xlsx.writeBuffer();
  return Buffer.from(buf as ArrayBuffer);
}
