/**
 * The benchmark's election (issue 8), seeded: a big urban kecamatan (40 desa of 20 TPS by default), the five
 * ballots of Pemilu 2024 with 18 parties of 10 candidates on DPR, DPRD Provinsi and DPRD Kab/Kota (241 rows per
 * form) and 40 DPD candidates (a province's list in 2024 had 10 to 54); every sheet consistent (rules R1-R14
 * hold); and the Sirekap TPS files of every ballot, candidate votes included, as Sirekap publishes them.
 * Fictional names from the demo's generator; numbers drawn with its PRNG and apportioning (demo-acak.ts).
 */
import type { Calon, JenisKelamin, JenisSuratSuara, Peserta, SuratSuara } from '../../shared/domain/ballot';
import type { Paket } from '../../shared/domain/election';
import { barisCHasil, kunciJumlahPartai, kunciPeserta, kunciSuaraCalon, kunciSuaraPartai } from '../../shared/forms/c-hasil';
import { Acak, administrasiDari, bagi, waktuUnggah } from '../../resources/demo/demo-acak';
import { FOLDER_SIREKAP, PARTAI_2024 } from '../../resources/demo/generate-legislatif';
import { PPWP_2024, WILAYAH_DEMO } from '../../resources/demo/generate-demo';
import { lembarAdministrasi } from '../../resources/demo/lembar-administrasi';
import { namaFiktif } from '../../resources/demo/nama-fiktif';

export interface UkuranBench {
  readonly desa: number;
  readonly tpsPerDesa: number;
  readonly calonPerPartai: number;
  readonly calonDpd: number;
  /** Kecamatan in the kabupaten (each a full export of this size). */
  readonly kecamatan: number;
  /** Edits measured on the projector. */
  readonly edit: number;
}

/** Issue 8's sizes: 40 desa, 800 TPS, 18 x 10 candidates, a kabupaten of 40 kecamatan, 200 edits. */
export const UKURAN_BESAR: UkuranBench = { desa: 40, tpsPerDesa: 20, calonPerPartai: 10, calonDpd: 40, kecamatan: 40, edit: 200 };
/** `--small`: the same forms on 4 desa, a kabupaten of 3, 30 edits: a smoke test of every step. */
export const UKURAN_KECIL: UkuranBench = { desa: 4, tpsPerDesa: 20, calonPerPartai: 10, calonDpd: 40, kecamatan: 3, edit: 30 };

export type Angka = Record<string, number>;

/** The kecamatan code of the k-th kecamatan of the bench kabupaten (1-based): 336901, 336902, ... */
export function kodeKecamatan(k: number): string {
  return `${WILAYAH_DEMO.kabupaten.kode}${String(k).padStart(2, '0')}`;
}

function calon(acak: Acak, jumlah: number, id: { next: number }): Calon[] {
  return Array.from({ length: jumlah }, (_, i) => {
    // One woman in every three places (the zipper rule).
    const jk: JenisKelamin = i % 3 === 1 ? 'P' : 'L';
    return { nomor: i + 1, nama: namaFiktif(jk, () => acak.u()), jenis_kelamin: jk, sirekap_id: String(id.next++) };
  });
}

function suratPartai(acak: Acak, jenis: 'DPR' | 'DPRD_PROV' | 'DPRD_KABKO', kode: string, ukuran: UkuranBench, idAwal: number): SuratSuara {
  const id = { next: idAwal };
  const peserta: Peserta[] = PARTAI_2024.map((p) => ({ nomor: p.nomor, nama: p.nama, calon: calon(acak, ukuran.calonPerPartai, id) }));
  return { jenis, dapil: { kode, nama: `DAPIL ${jenis} ${kode}`, kursi: 10 }, peserta };
}

/** The package of the bench kecamatan number `k` (1-based) of the bench kabupaten; ballots the same for every k. */
export function paketBench(seed: number, ukuran: UkuranBench, k = 1): Paket {
  const acak = new Acak(seed);
  const kec = { kode: kodeKecamatan(k), nama: `KECAMATAN ${String(k).padStart(2, '0')}` };
  const desa = Array.from({ length: ukuran.desa }, (_, d) => {
    const kodeDesa = `${kec.kode}${2001 + d}`;
    return {
      kode: kodeDesa,
      nama: `DESA ${String(k).padStart(2, '0')}-${String(d + 1).padStart(2, '0')}`,
      tps: Array.from({ length: ukuran.tpsPerDesa }, (_, t) => ({ kode: `${kodeDesa}${String(t + 1).padStart(3, '0')}`, nomor: t + 1 })),
    };
  });
  const dpd: SuratSuara = {
    jenis: 'DPD',
    dapil: { kode: WILAYAH_DEMO.provinsi.kode, nama: WILAYAH_DEMO.provinsi.nama },
    peserta: calon(acak, ukuran.calonDpd, { next: 690001 }).map((c) => ({ nomor: c.nomor, nama: c.nama, jenis_kelamin: c.jenis_kelamin!, sirekap_id: c.sirekap_id! })),
  };
  return {
    format: 'rekap-paket/2',
    pemilihan: { nama: 'Pemilihan Umum Tahun 2024', jenis: 'pemilu', tanggal: '2024-02-14' },
    tingkat: 'kecamatan',
    wilayah: { provinsi: WILAYAH_DEMO.provinsi, kabupaten: WILAYAH_DEMO.kabupaten, kecamatan: kec },
    desa,
    surat_suara: [
      PPWP_2024,
      suratPartai(acak, 'DPR', '3311', ukuran, 210001),
      dpd,
      suratPartai(acak, 'DPRD_PROV', '3314', ukuran, 310001),
      suratPartai(acak, 'DPRD_KABKO', '336903', ukuran, 410001),
    ],
  };
}

/** The voters of a TPS, the same on every ballot (rule R15): DPT, users by list, voters with disabilities. */
interface PemilihTps {
  readonly dpt: { l: number; p: number };
  readonly pengguna: { l: number; p: number };
  readonly dpk: { l: number; p: number };
  readonly dptb: { l: number; p: number };
  readonly dis: number;
  readonly disL: number;
}

/** Administration of one ballot at a TPS from its voters; invalid votes a share of them. */
function administrasi(acak: Acak, t: PemilihTps, tidakSahPersen: [number, number]): Angka {
  const { dpt, pengguna, dpk, dptb, dis, disL } = t;
  const dptJ = dpt.l + dpt.p;
  const totalJ = pengguna.l + pengguna.p;
  const rusak = acak.int(0, 2);
  const tidakSah = acak.int(Math.ceil((totalJ * tidakSahPersen[0]) / 100), Math.floor((totalJ * tidakSahPersen[1]) / 100));
  return lembarAdministrasi({
    dpt,
    penggunaDpt: { l: pengguna.l - dpk.l - dptb.l, p: pengguna.p - dpk.p - dptb.p },
    dptb,
    dpk,
    suratDiterima: dptJ + Math.ceil((dptJ * 2) / 100),
    suratRusak: rusak,
    disabilitas: { l: disL, p: dis - disL },
    suaraTidakSah: tidakSah,
  });
}

function suara(acak: Acak, ss: SuratSuara, v: Angka, bobotPartai: ReadonlyMap<number, number>): void {
  const sah = v['suara_sah']!;
  if (ss.jenis === 'PPWP' || ss.jenis === 'DPD') {
    const votes = bagi(sah, ss.peserta.map((_, i) => (i === 0 ? 1.4 : 1) * acak.uniform(0.5, 1.5)));
    ss.peserta.forEach((p, i) => (v[kunciPeserta(p.nomor)] = votes[i]!));
    return;
  }
  const b = bagi(sah, ss.peserta.map((p) => (bobotPartai.get(p.nomor) ?? 0.01) * acak.uniform(0.7, 1.3)));
  ss.peserta.forEach((p, i) => {
    const bp = b[i]!;
    const daftar = p.calon ?? [];
    const a1 = Math.round(bp * acak.uniform(0.08, 0.3));
    const a2 = bagi(bp - a1, daftar.map((_, c) => (c === 0 ? 2.5 : 1) * acak.uniform(0.3, 1.4)));
    v[kunciSuaraPartai(p.nomor)] = a1;
    daftar.forEach((c, ci) => (v[kunciSuaraCalon(p.nomor, c.nomor)] = a2[ci]!));
    v[kunciJumlahPartai(p.nomor)] = bp;
  });
}

/** Every row of the form, in the form's order (throws on a missing row: a generator bug). */
function urutkan(ss: SuratSuara, v: Angka): Angka {
  const out: Angka = {};
  for (const b of barisCHasil(ss)) {
    const x = v[b.key];
    if (x === undefined) throw new Error(`${ss.jenis}: row ${b.key} missing`);
    out[b.key] = x;
  }
  return out;
}

/** The C.Hasil of every TPS and ballot of a bench package: ballot -> TPS code -> every row. */
export function lembarBench(paket: Paket, seed: number): Map<JenisSuratSuara, Map<string, Angka>> {
  const acak = new Acak((seed ^ 0x42454e43) >>> 0);
  const bobot = new Map(PARTAI_2024.map((p) => [p.nomor, p.bobot]));
  const out = new Map<JenisSuratSuara, Map<string, Angka>>(paket.surat_suara.map((s) => [s.jenis, new Map()]));
  for (const d of paket.desa) {
    for (const t of d.tps) {
      const dptJ = acak.int(220, 300);
      const dpt = { l: Math.round(dptJ * acak.uniform(0.47, 0.53)), p: 0 };
      dpt.p = dptJ - dpt.l;
      const pengguna = { l: Math.round(dpt.l * acak.uniform(0.76, 0.89)) + 2, p: Math.round(dpt.p * acak.uniform(0.78, 0.9)) + 2 };
      const dis = acak.int(0, 3);
      const pemilih: PemilihTps = { dpt, pengguna, dpk: { l: acak.int(0, 1), p: acak.int(0, 1) }, dptb: { l: acak.int(0, 2), p: acak.int(0, 2) }, dis, disL: acak.int(0, dis) };
      for (const ss of paket.surat_suara) {
        const v = administrasi(acak, pemilih, ss.jenis === 'PPWP' ? [1, 3] : [3, 9]);
        suara(acak, ss, v, bobot);
        out.get(ss.jenis)!.set(t.kode, urutkan(ss, v));
      }
    }
  }
  return out;
}

/**
 * The Sirekap file of one TPS sheet, as Sirekap publishes it after OCR (no section II/III): PPWP and DPD with
 * `chart` by candidate id, party ballots with `chart` by party number and every candidate in `caleg`.
 */
export function berkasSirekap(ss: SuratSuara, v: Angka, ts: string): unknown {
  const administrasi = administrasiDari(v);
  const dasar = { images: [], administrasi, psu: null, ts, status_suara: true, status_adm: true };
  if (ss.jenis === 'PPWP' || ss.jenis === 'DPD') {
    const chart: Record<string, number | null> = {};
    for (const p of ss.peserta) chart[p.sirekap_id ?? String(p.nomor)] = v[kunciPeserta(p.nomor)]!;
    chart['null'] = null;
    return ss.jenis === 'DPD' ? { mode: 'hhcw', chart, ...dasar } : { chart, ...dasar };
  }
  const chart: Record<string, { jml_suara_total: number; jml_suara_partai: number }> = {};
  const caleg: Record<string, Record<string, number>> = {};
  for (const p of ss.peserta) {
    chart[String(p.nomor)] = { jml_suara_total: v[kunciJumlahPartai(p.nomor)]!, jml_suara_partai: v[kunciSuaraPartai(p.nomor)]! };
    caleg[String(p.nomor)] = Object.fromEntries((p.calon ?? []).map((c) => [c.sirekap_id!, v[kunciSuaraCalon(p.nomor, c.nomor)]!]));
  }
  return { chart, kode_dapil: ss.dapil!.kode, caleg, ...dasar };
}

/** Relative path of a TPS's Sirekap file: `ppwp/<kode>.json`, `pdpr/<kode>.json`, ... (the import reads the folder). */
export function jalurSirekap(jenis: JenisSuratSuara, kodeTps: string): string {
  const folder = jenis === 'PPWP' ? 'ppwp' : FOLDER_SIREKAP[jenis as keyof typeof FOLDER_SIREKAP];
  return `${folder}/${kodeTps}.json`;
}

/** Every Sirekap file of the bench kecamatan: relative path -> text. */
export function* berkasSirekapBench(paket: Paket, lembar: ReadonlyMap<JenisSuratSuara, ReadonlyMap<string, Angka>>, seed: number): Generator<[string, string]> {
  const acak = new Acak((seed ^ 0x54494d45) >>> 0);
  for (const ss of paket.surat_suara) {
    for (const [kode, v] of lembar.get(ss.jenis)!) yield [jalurSirekap(ss.jenis, kode), JSON.stringify(berkasSirekap(ss, v, waktuUnggah(acak)))];
  }
}
