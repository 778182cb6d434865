/**
 * The Pilkada demos (27 November 2024, fictional pairs): the gubernur and bupati election of the demo kecamatan
 * WANAJAYA (kabupaten SUKAMAJU), and a small single-candidate region, kecamatan SENDANGREJO of the fictional
 * kabupaten GUNUNGSARI (3368), where the bupati ballot has one pair against `kolom kosong`.
 *
 * Pilkada TPS are fewer and larger than Pemilu ones (up to 600 voters, DOMAIN.md 2.3), the reserve is 2.5 % of
 * the DPT, turnout lower (65-82 %). A DPTb voter from another kabupaten of the province gets the gubernur ballot
 * only, so the bupati ballot never has more voters. Own mulberry32 stream, derived from the demo seed.
 */
import type { JenisSuratSuara, Peserta, SuratSuara } from '../../shared/domain/ballot';
import type { Paket } from '../../shared/domain/election';
import type { Desa, WilayahKecamatan } from '../../shared/domain/region';
import { barisCHasil, kunciPeserta } from '../../shared/forms/c-hasil';
import type { AturanId } from '../../shared/validation/finding';
import { Acak, bagi } from './demo-acak';
import { DEMO_FILES } from './demo-files';
import { lembarAdministrasi } from './lembar-administrasi';
import { namaFiktif } from './nama-fiktif';

type Angka = Record<string, number>;

export interface DemoFaultPilkada {
  readonly kode: string;
  readonly desa: string;
  readonly surat_suara: JenisSuratSuara;
  readonly jenis: 'suara-paslon-salah-tulis';
  readonly keterangan: string;
  /** Distinct rule ids validasiLembar finds on the plano sheet. */
  readonly aturanPlano: readonly AturanId[];
}

export interface DemoPilkada {
  /** Folder under resources/demo. */
  readonly folder: string;
  readonly paket: Paket;
  /** Ballot -> TPS code -> plano sheet, keys in form order. */
  readonly plano: ReadonlyMap<JenisSuratSuara, ReadonlyMap<string, Angka>>;
  readonly faults: readonly DemoFaultPilkada[];
}

export const PEMILIHAN_PILKADA = {
  nama: 'Pemilihan Gubernur dan Wakil Gubernur serta Bupati dan Wakil Bupati Tahun 2024',
  jenis: 'pilkada',
  tanggal: '2024-11-27',
} as const;

export const WILAYAH_CALON_TUNGGAL: WilayahKecamatan = {
  provinsi: { kode: '33', nama: 'JAWA TENGAH' },
  kabupaten: { kode: '3368', nama: 'GUNUNGSARI' },
  kecamatan: { kode: '336805', nama: 'SENDANGREJO' },
};

const DESA_CALON_TUNGGAL = [
  { kode4: '1001', nama: 'SENDANGREJO' },
  { kode4: '2001', nama: 'KARANGSARI' },
  { kode4: '2002', nama: 'NGRANDU' },
  { kode4: '2003', nama: 'PAGERSARI' },
] as const;

export const TPS_PILKADA_PER_DESA = { min: 3, max: 6 } as const;

function pasangan(acak: Acak): string {
  const kepala = namaFiktif(acak.u() < 0.8 ? 'L' : 'P', () => acak.u());
  const wakil = namaFiktif(acak.u() < 0.7 ? 'L' : 'P', () => acak.u());
  return `${kepala} - ${wakil}`;
}

function paslon(acak: Acak, jumlah: number): Peserta[] {
  return Array.from({ length: jumlah }, (_, i) => ({ nomor: i + 1, nama: pasangan(acak) }));
}

function ambil(v: Readonly<Angka>, key: string): number {
  const x = v[key];
  if (x === undefined) throw new Error(`row ${key} missing`);
  return x;
}

/** One TPS: the gubernur sheet, then the bupati sheet with the same DPT and no more voters. */
function lembarPilkada(acak: Acak, gub: SuratSuara, bup: SuratSuara, profil: { gub: readonly number[]; bup: readonly number[] }): [Angka, Angka] {
  const dptJ = acak.int(300, 600);
  const dptL = Math.round(dptJ * acak.uniform(0.47, 0.53));
  const dptP = dptJ - dptL;
  const penggunaJ = Math.round(dptJ * acak.uniform(0.65, 0.82));
  const dptbJ = acak.int(0, 6);
  const dptbL = acak.int(0, dptbJ);
  const dpkJ = acak.int(0, 5);
  const dpkL = acak.int(0, dpkJ);
  const pDptJ = penggunaJ - dptbJ - dpkJ;
  const pDptL = Math.min(dptL, Math.max(pDptJ - dptP, Math.round((pDptJ * dptL) / dptJ) + acak.int(-3, 2)));
  const disJ = [0, 0, 1, 1, 2, 3][acak.int(0, 5)] ?? 0;
  const disL = acak.int(0, disJ);
  const diterima = dptJ + Math.ceil((dptJ * 25) / 1000);

  const sheet = (ss: SuratSuara, dptb: { l: number; p: number }, w: readonly number[]): Angka => {
    const penggunaDpt = { l: pDptL, p: pDptJ - pDptL };
    const dpk = { l: dpkL, p: dpkJ - dpkL };
    const total = penggunaDpt.l + dptb.l + dpk.l + penggunaDpt.p + dptb.p + dpk.p;
    const rusak = [0, 0, 1, 1, 2][acak.int(0, 4)] ?? 0;
    const tidakSah = acak.int(Math.ceil((total * 2) / 100), Math.floor((total * 5) / 100));
    const votes = bagi(total - tidakSah, w.map((x) => x * acak.uniform(0.8, 1.2)));
    const v = lembarAdministrasi({
      dpt: { l: dptL, p: dptP },
      penggunaDpt,
      dptb,
      dpk,
      suratDiterima: diterima,
      suratRusak: rusak,
      disabilitas: { l: disL, p: disJ - disL },
      suaraTidakSah: tidakSah,
    });
    ss.peserta.forEach((p, i) => (v[kunciPeserta(p.nomor)] = votes[i]!));
    const out: Angka = {};
    for (const b of barisCHasil(ss)) out[b.key] = ambil(v, b.key);
    return out;
  };
  const dptbGub = { l: dptbL, p: dptbJ - dptbL };
  // DPTb voters from another kabupaten: no bupati ballot.
  const pindah = acak.int(0, Math.min(2, dptbJ));
  const dptbBup = { l: Math.max(0, dptbGub.l - pindah), p: dptbGub.p - Math.max(0, pindah - dptbGub.l) };
  return [sheet(gub, dptbGub, profil.gub), sheet(bup, dptbBup, profil.bup)];
}

function buat(
  acak: Acak,
  wilayah: WilayahKecamatan,
  desaList: readonly { readonly kode: string; readonly nama: string }[],
  gub: SuratSuara,
  bup: SuratSuara,
  profilBup: readonly number[],
): { paket: Paket; plano: Map<JenisSuratSuara, Map<string, Angka>>; desa: Desa[] } {
  const desa: Desa[] = [];
  const plano = new Map<JenisSuratSuara, Map<string, Angka>>([
    [gub.jenis, new Map()],
    [bup.jenis, new Map()],
  ]);
  for (const d of desaList) {
    const jumlah = acak.int(TPS_PILKADA_PER_DESA.min, TPS_PILKADA_PER_DESA.max);
    const tps = Array.from({ length: jumlah }, (_, i) => ({ kode: `${d.kode}${String(i + 1).padStart(3, '0')}`, nomor: i + 1 }));
    for (const t of tps) {
      const [g, b] = lembarPilkada(acak, gub, bup, { gub: [0.46, 0.54], bup: profilBup });
      plano.get(gub.jenis)!.set(t.kode, g);
      plano.get(bup.jenis)!.set(t.kode, b);
    }
    desa.push({ kode: d.kode, nama: d.nama, tps });
  }
  const paket: Paket = { format: 'rekap-paket/2', pemilihan: PEMILIHAN_PILKADA, tingkat: 'kecamatan', wilayah, desa, surat_suara: [gub, bup] };
  return { paket, plano, desa };
}

/** Both Pilkada demos. `desaDemo` are the desa of the Pemilu demo's kecamatan (codes and names). */
export function generatePilkada(seed: number, wilayah: WilayahKecamatan, desaDemo: readonly { readonly kode: string; readonly nama: string }[]): DemoPilkada[] {
  const acak = new Acak((seed ^ 0x50494c4b) >>> 0);
  const gub: SuratSuara = { jenis: 'GUBERNUR', peserta: paslon(acak, 2) };
  const bup: SuratSuara = { jenis: 'BUPATI', peserta: paslon(acak, 3) };
  const tunggal: SuratSuara = { jenis: 'BUPATI', peserta: [...paslon(acak, 1), { nomor: 2, nama: 'KOLOM KOSONG', kolom_kosong: true }] };

  const utama = buat(acak, wilayah, desaDemo, gub, bup, [0.38, 0.42, 0.2]);
  const ct = buat(
    acak,
    WILAYAH_CALON_TUNGGAL,
    DESA_CALON_TUNGGAL.map((d) => ({ kode: `${WILAYAH_CALON_TUNGGAL.kecamatan.kode}${d.kode4}`, nama: d.nama })),
    gub,
    tunggal,
    [0.68, 0.32],
  );

  // One planted fault in the bupati ballot of WANAJAYA: paslon 02 written ten too many (a slip in the tens).
  const faults: DemoFaultPilkada[] = [];
  const d = utama.desa[2];
  const t = d?.tps[1];
  if (d && t) {
    const v = utama.plano.get('BUPATI')!.get(t.kode)!;
    const benar = ambil(v, kunciPeserta(2));
    v[kunciPeserta(2)] = benar + 10;
    faults.push({
      kode: t.kode,
      desa: d.nama,
      surat_suara: 'BUPATI',
      jenis: 'suara-paslon-salah-tulis',
      keterangan: `paslon 02 written ${benar + 10}, counted ${benar} (a slip in the tens): the pairs add up to 10 more than suara sah ${ambil(v, 'suara_sah')}`,
      aturanPlano: ['R4'],
    });
  }
  return [
    { folder: DEMO_FILES.pilkadaDir, paket: utama.paket, plano: utama.plano, faults },
    { folder: DEMO_FILES.pilkadaCalonTunggalDir, paket: ct.paket, plano: ct.plano, faults: [] },
  ];
}
