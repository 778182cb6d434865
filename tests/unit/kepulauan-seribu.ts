// Test support: rekap-paket/1 packages for the real Kepulauan Seribu data (fixtures/real/README.md),
// one per kecamatan, built from wilayah.json, and the raw Sirekap files read straight from disk.
import fs from 'node:fs';
import path from 'node:path';

/** <repo>/../shared/fixtures/real/3101-kepulauan-seribu: the shared folder sits beside the checkout. */
export const FIXTURE = path.resolve(__dirname, '../../../shared/fixtures/real/3101-kepulauan-seribu');

interface WilayahJson {
  provinsi: { kode: string; nama: string };
  kabupaten: { kode: string; nama: string };
  paslon: { nomor: number; nama: string; sirekap_id: string }[];
  kecamatan: { kode: string; nama: string; desa: { kode: string; nama: string; tps: string[] }[] }[];
}

export function wilayahJson(): WilayahJson {
  return JSON.parse(fs.readFileSync(path.join(FIXTURE, 'wilayah.json'), 'utf8')) as WilayahJson;
}

/** The package of one kecamatan as plain JSON data; TPS nomor from the last three digits of the code. */
export function paketKecamatan(kodeKecamatan: string): Record<string, unknown> {
  const w = wilayahJson();
  const kec = w.kecamatan.find((k) => k.kode === kodeKecamatan);
  if (!kec) throw new Error(`no kecamatan ${kodeKecamatan} in wilayah.json`);
  return {
    format: 'rekap-paket/1',
    pemilihan: { nama: 'Pemilihan Umum Tahun 2024', jenis: 'pemilu', tanggal: '2024-02-14' },
    tingkat: 'kecamatan',
    wilayah: { provinsi: w.provinsi, kabupaten: w.kabupaten, kecamatan: { kode: kec.kode, nama: kec.nama } },
    desa: kec.desa.map((d) => ({ kode: d.kode, nama: d.nama, tps: d.tps.map((kode) => ({ kode, nomor: Number(kode.slice(10)) })) })),
    surat_suara: [{ jenis: 'PPWP', peserta: w.paslon.map((p) => ({ nomor: p.nomor, nama: p.nama, sirekap_id: p.sirekap_id })) }],
  };
}

export interface BerkasMentah {
  readonly kodeTps: string;
  readonly chart: Record<string, number | null>;
  readonly administrasi: Record<string, number | null>;
}

/** Every raw Sirekap file of one kecamatan folder, parsed with plain JSON.parse. */
export function berkasMentah(kodeKecamatan: string): BerkasMentah[] {
  const dir = path.join(FIXTURE, kodeKecamatan);
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const d = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as Omit<BerkasMentah, 'kodeTps'>;
      return { kodeTps: f.slice(0, 13), chart: d.chart, administrasi: d.administrasi };
    });
}
