import { calonDari, isSuratSuaraPartai, LABEL_SURAT_SUARA, namaPesertaBernomor, nomorPeserta } from '../../shared/domain/ballot';
import { kunciJumlahPartai, kunciPeserta, kunciSuaraCalon, kunciSuaraPartai, type Lembar } from '../../shared/forms/c-hasil';
import type { RekapKecamatan } from '../../shared/forms/recap';
import { formatAngka } from '../../shared/format/number';
import type { Temuan } from '../../shared/validation/finding';

/** Lays out rows as columns: the first left-aligned, the others right-aligned (numbers). */
function tabel(rows: readonly (readonly string[])[]): string {
  const widths: number[] = [];
  for (const r of rows) r.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, c.length)));
  return rows.map((r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ').trimEnd()).join('\n');
}

/**
 * The recap of one ballot as a readable table: for PPWP and Pilkada one line per desa, then the kecamatan total;
 * for DPD and DPR/DPRD (many participants) one line per participant, party block row or candidate, with a column
 * per desa and the total.
 */
export function formatRecapText(r: RekapKecamatan): string {
  const jenis = r.suratSuara.jenis;
  if (jenis === 'DPD' || isSuratSuaraPartai(jenis)) return formatRecapPerPeserta(r);
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

/** Participants as rows, desa as columns: the shape of a DPD or party-ballot recap. */
function formatRecapPerPeserta(r: RekapKecamatan): string {
  const kolom = [...r.desa.map((d) => d.lembar), r.jumlah];
  const baris = (label: string, key: string): string[] => [label, ...kolom.map((l) => formatAngka(l[key]))];
  const terisi = [...r.desa.map((d) => `${d.tps.filter((t) => t.terisi).length}/${d.tps.length}`)];
  const tpsTotal = r.desa.reduce((n, d) => n + d.tps.length, 0);
  const tpsTerisi = r.desa.reduce((n, d) => n + d.tps.filter((t) => t.terisi).length, 0);
  const rows: string[][] = [['', ...r.desa.map((d) => d.nama), 'JUMLAH'], ['TPS terisi', ...terisi, `${tpsTerisi}/${tpsTotal}`]];
  if (isSuratSuaraPartai(r.suratSuara.jenis)) {
    for (const p of r.suratSuara.peserta) {
      rows.push(baris(`${nomorPeserta(p.nomor)} ${p.nama} (B)`, kunciJumlahPartai(p.nomor)));
      rows.push(baris('   A.1 suara partai', kunciSuaraPartai(p.nomor)));
      for (const c of calonDari(p)) rows.push(baris(`   ${c.nomor} ${c.nama}`, kunciSuaraCalon(p.nomor, c.nomor)));
    }
  } else {
    for (const p of r.suratSuara.peserta) rows.push(baris(namaPesertaBernomor(p).replace('. ', ' '), kunciPeserta(p.nomor)));
  }
  rows.push(baris('Suara sah', 'suara_sah'), baris('Tidak sah', 'suara_tidak_sah'), baris('Jumlah', 'suara_total'));
  const dapil = r.suratSuara.dapil;
  const lines = [
    `Rekapitulasi ${r.suratSuara.jenis} (${LABEL_SURAT_SUARA[r.suratSuara.jenis]})`,
    `Kecamatan ${r.kode} ${r.nama}${dapil ? ` · Dapil ${dapil.kode} ${dapil.nama}` : ''}`,
    '',
    tabel(rows),
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
