import { LABEL_SURAT_SUARA, nomorPeserta } from '../../shared/domain/ballot';
import { kunciPeserta, type Lembar } from '../../shared/forms/c-hasil';
import type { RekapKecamatan } from '../../shared/forms/recap';
import { formatAngka } from '../../shared/format/number';
import type { Temuan } from '../../shared/validation/finding';

/** Lays out rows as columns: the first left-aligned, the others right-aligned (numbers). */
function tabel(rows: readonly (readonly string[])[]): string {
  const widths: number[] = [];
  for (const r of rows) r.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, c.length)));
  return rows.map((r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ').trimEnd()).join('\n');
}

/** The recap of one ballot as a readable table: one line per desa, then the kecamatan total. */
export function formatRecapText(r: RekapKecamatan): string {
  const peserta = r.suratSuara.peserta;
  const angka = (l: Lembar): string[] => [
    ...peserta.map((p) => formatAngka(l[kunciPeserta(p.nomor)])),
    formatAngka(l['suara_sah']),
    formatAngka(l['suara_tidak_sah']),
    formatAngka(l['suara_total']),
  ];
  const header = ['Desa/Kelurahan', 'TPS terisi', ...peserta.map((p) => nomorPeserta(p.nomor)), 'Sah', 'Tidak sah', 'Jumlah'];
  const rows = r.desa.map((d) => [`${d.kode} ${d.nama}`, `${d.tps.filter((t) => t.terisi).length}/${d.tps.length}`, ...angka(d.lembar)]);
  const tpsTotal = r.desa.reduce((n, d) => n + d.tps.length, 0);
  const tpsTerisi = r.desa.reduce((n, d) => n + d.tps.filter((t) => t.terisi).length, 0);
  const garis = header.map(() => '');
  const lines = [
    `Rekapitulasi ${r.suratSuara.jenis} (${LABEL_SURAT_SUARA[r.suratSuara.jenis]})`,
    `Kecamatan ${r.kode} ${r.nama}`,
    '',
    tabel([header, ...rows, garis, ['JUMLAH', `${tpsTerisi}/${tpsTotal}`, ...angka(r.jumlah)]]),
    '',
    'Peserta:',
    ...peserta.map((p) => `  ${nomorPeserta(p.nomor)}  ${p.nama}`),
  ];
  return `${lines.join('\n')}\n`;
}

/** Findings one per line, then a count; "Tidak ada temuan." when there are none. */
export function formatCheckText(temuan: readonly Temuan[]): string {
  if (temuan.length === 0) return 'Tidak ada temuan.\n';
  const lines = temuan.map((t) => `${t.keparahan.toUpperCase().padEnd(10)} ${t.aturan.padEnd(3)} ${t.surat_suara.padEnd(10)} ${t.kode}  ${t.pesan}`);
  const galat = temuan.filter((t) => t.keparahan === 'galat').length;
  return `${lines.join('\n')}\n\n${galat} galat, ${temuan.length - galat} peringatan.\n`;
}
