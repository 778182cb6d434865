import { describe, expect, it } from 'vitest';
import type { Paket } from '../../shared/domain/election';
import type { Lembar } from '../../shared/forms/c-hasil';
import { kemajuanLembar } from '../../shared/forms/progress';
import { rekapKecamatan } from '../../shared/forms/recap';
import { terapkanLembar, temuanTps, type DataRekap } from './incremental';

const paket: Paket = {
  format: 'rekap-paket/1',
  pemilihan: { nama: 'Pemilu', jenis: 'pemilu', tanggal: '2024-02-14' },
  tingkat: 'kecamatan',
  wilayah: { provinsi: { kode: '33', nama: 'P' }, kabupaten: { kode: '3369', nama: 'K' }, kecamatan: { kode: '336901', nama: 'C' } },
  desa: [
    { kode: '3369012001', nama: 'A', tps: [{ kode: '3369012001001', nomor: 1 }, { kode: '3369012001002', nomor: 2 }] },
    { kode: '3369012002', nama: 'B', tps: [{ kode: '3369012002001', nomor: 1 }] },
  ],
  surat_suara: [{ jenis: 'PPWP', peserta: [{ nomor: 1, nama: 'X' }, { nomor: 2, nama: 'Y' }] }],
};
const ss = paket.surat_suara[0]!;

function penuh(sheets: Map<string, { c: Lembar; s: Lembar }>): DataRekap {
  const efektif = new Map([...sheets].map(([k, v]) => [k, Object.fromEntries(Object.keys({ ...v.s, ...v.c }).map((key) => [key, v.c[key] ?? v.s[key] ?? null]))]));
  const rekap = rekapKecamatan(paket, ss, efektif);
  const temuan = [...efektif.keys()].sort().flatMap((k) => temuanTps('pemilu', ss, k, efektif.get(k)!));
  const kemajuan = new Map(paket.desa.flatMap((d) => d.tps.map((t) => [t.kode, kemajuanLembar(t.kode, rekap.rowKeys, sheets.get(t.kode)?.c ?? {}, sheets.get(t.kode)?.s ?? {})] as const)));
  return { rekap, temuan, kemajuan };
}

describe('terapkanLembar', () => {
  it('gives what a full re-read gives', () => {
    const sheets = new Map<string, { c: Lembar; s: Lembar }>([
      ['3369012001001', { c: { suara_1: 10, suara_2: 5, suara_sah: 15 }, s: { suara_1: 10 } }],
      ['3369012002001', { c: {}, s: { suara_1: 3, suara_2: 4, suara_sah: 9 } }],
    ]);
    const before = penuh(sheets);
    const changed = { c: { suara_1: 11, suara_2: 5, suara_sah: 15 }, s: { suara_1: 10 } };
    sheets.set('3369012001001', changed);
    const after = penuh(sheets);
    const efektif = { suara_1: 11, suara_2: 5, suara_sah: 15 };
    const patched = terapkanLembar(before, 'pemilu', { kodeTps: '3369012001001', jenis: 'PPWP', efektif, c_hasil: changed.c, sirekap: changed.s });
    expect(patched.rekap).toEqual(after.rekap);
    expect(patched.temuan).toEqual(after.temuan);
    expect(patched.temuan.map((t) => t.aturan)).toEqual(['R4', 'R4']);
    expect(patched.kemajuan).toEqual(after.kemajuan);
  });
});
