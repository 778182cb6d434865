/**
 * The recap of one ballot as a table for spreadsheets and CSV: the D.Hasil layout (one row per row of the
 * form; one column per unit — desa at kecamatan level, kecamatan at kabupaten level — and the total), and the
 * long CSV (one row per unit and form row, TPS included). Pure: electron/services/spreadsheet-service.ts
 * writes XLSX and CSV from it.
 */
import type { SuratSuara } from '../domain/ballot';
import { barisCHasil, type Lembar } from '../forms/c-hasil';
import type { RekapKecamatan } from '../forms/recap';
import type { RekapKabupaten } from './rekap-kabupaten';

export type TingkatUnit = 'tps' | 'desa' | 'kecamatan' | 'kabupaten';

export interface UnitTabel {
  readonly tingkat: TingkatUnit;
  readonly kode: string;
  readonly nama: string;
  readonly lembar: Lembar;
}

/** One ballot's recap as the spreadsheet shows it. */
export interface TabelRekap {
  readonly suratSuara: SuratSuara;
  readonly judul: string;
  /** The region recapped (kecamatan or kabupaten). */
  readonly wilayah: UnitTabel;
  /** The columns of the D.Hasil: desa (or kecamatan). */
  readonly unit: readonly UnitTabel[];
  /** Extra rows of the CSV below the units: the TPS of each desa (kecamatan level only). */
  readonly rinci: readonly UnitTabel[];
  readonly baris: readonly { readonly key: string; readonly ref: string; readonly label: string; readonly kolom: string }[];
}

function barisTabel(ss: SuratSuara): TabelRekap['baris'] {
  return barisCHasil(ss).map((b) => ({ key: b.key, ref: b.ref, label: b.label, kolom: b.kolom === undefined ? '' : b.kolom.toUpperCase() }));
}

export function tabelDariRekapKecamatan(r: RekapKecamatan): TabelRekap {
  return {
    suratSuara: r.suratSuara,
    judul: `D.HASIL KECAMATAN ${r.suratSuara.jenis} — ${r.nama} (${r.kode})`,
    wilayah: { tingkat: 'kecamatan', kode: r.kode, nama: r.nama, lembar: r.jumlah },
    unit: r.desa.map((d) => ({ tingkat: 'desa', kode: d.kode, nama: d.nama, lembar: d.lembar })),
    rinci: r.desa.flatMap((d) => d.tps.map((t) => ({ tingkat: 'tps' as const, kode: t.kode, nama: `${d.nama} TPS ${String(t.nomor).padStart(3, '0')}`, lembar: t.lembar }))),
    baris: barisTabel(r.suratSuara),
  };
}

export function tabelDariRekapKabupaten(r: RekapKabupaten): TabelRekap {
  return {
    suratSuara: r.suratSuara,
    judul: `D.HASIL KABUPATEN/KOTA ${r.suratSuara.jenis} — ${r.nama} (${r.kode})`,
    wilayah: { tingkat: 'kabupaten', kode: r.kode, nama: r.nama, lembar: r.jumlah },
    unit: r.kecamatan.map((k) => ({ tingkat: 'kecamatan', kode: k.kode, nama: k.nama, lembar: k.lembar })),
    rinci: [],
    baris: barisTabel(r.suratSuara),
  };
}

/** Header of the CSV. */
export const KOLOM_CSV = ['surat_suara', 'tingkat', 'kode', 'nama', 'ref', 'baris', 'uraian', 'kolom', 'nilai'] as const;

function selCsv(v: string): string {
  return /[",\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v;
}

/**
 * CSV (RFC 4180, UTF-8, CRLF) of tables: one row per unit and form row — TPS, desa, the region's total —
 * with the value empty when not read. A byte-order mark first, so spreadsheet programs read it as UTF-8.
 */
export function csvTabel(tabel: readonly TabelRekap[]): string {
  const rows: string[][] = [[...KOLOM_CSV]];
  for (const t of tabel) {
    for (const u of [...t.rinci, ...t.unit, t.wilayah]) {
      for (const b of t.baris) {
        const v = u.lembar[b.key];
        rows.push([t.suratSuara.jenis, u.tingkat, u.kode, u.nama, b.ref, b.key, b.label, b.kolom, v === null || v === undefined ? '' : String(v)]);
      }
    }
  }
  return `\uFEFF${rows.map((r) => r.map(selCsv).join(',')).join('\r\n')}\r\n`;
}
