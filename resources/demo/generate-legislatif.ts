/**
 * The legislative part of the demo election: the DPR, DPD, DPRD Provinsi and DPRD Kabupaten/Kota ballots of the
 * fictional kecamatan WANAJAYA, their C.Hasil plano numbers and Sirekap files, with a few planted faults.
 *
 * - Parties: the 18 national parties of 2024 with their real ballot numbers and names (1-17 and 24); their vote
 *   shares here are invented, not a result or a forecast. Candidates and DPD candidates are fictional
 *   (nama-fiktif.ts), as many per party as a real list might hold: the big parties fill the dapil's seats, the
 *   small ones list 3 or more; one woman in every three places (the zipper rule of the 30 % quota).
 * - Numbers: every ballot of a TPS has the DPT of its PPWP sheet; a DPTb voter may get fewer ballots, so DPTb
 *   (and so pengguna) may only shrink from PPWP to DPD to DPR to DPRD Provinsi to DPRD Kab/Kota; invalid votes are
 *   3-9 % (more than PPWP's, as on real legislative ballots); each party's B splits into A.1 (8-30 %, ballots
 *   marked on the party only) and its candidates, the first on the list and the candidate's home desa weigh more.
 *
 * Its own mulberry32 stream (seed derived from the demo seed), so the PPWP part keeps every number it had.
 */
import type { Calon, JenisKelamin, JenisSuratSuara, Peserta, SuratSuara } from '../../shared/domain/ballot';
import { barisCHasil, kunciJumlahPartai, kunciPeserta, kunciSuaraCalon, kunciSuaraPartai } from '../../shared/forms/c-hasil';
import type { AturanId } from '../../shared/validation/finding';
import { Acak, administrasiDari, bagi, waktuUnggah, type KunciAdministrasiSirekap } from './demo-acak';
import { lembarAdministrasi, type LP } from './lembar-administrasi';
import { namaFiktif } from './nama-fiktif';

type Angka = Record<string, number>;

/** The 18 national parties of Pemilu 2024 by ballot number, and this demo's invented vote weights. */
export const PARTAI_2024: readonly { readonly nomor: number; readonly nama: string; readonly bobot: number; readonly besar: boolean }[] = [
  { nomor: 1, nama: 'PARTAI KEBANGKITAN BANGSA', bobot: 0.14, besar: true },
  { nomor: 2, nama: 'PARTAI GERAKAN INDONESIA RAYA', bobot: 0.14, besar: true },
  { nomor: 3, nama: 'PARTAI DEMOKRASI INDONESIA PERJUANGAN', bobot: 0.24, besar: true },
  { nomor: 4, nama: 'PARTAI GOLONGAN KARYA', bobot: 0.12, besar: true },
  { nomor: 5, nama: 'PARTAI NASDEM', bobot: 0.05, besar: true },
  { nomor: 6, nama: 'PARTAI BURUH', bobot: 0.008, besar: false },
  { nomor: 7, nama: 'PARTAI GELOMBANG RAKYAT INDONESIA', bobot: 0.008, besar: false },
  { nomor: 8, nama: 'PARTAI KEADILAN SEJAHTERA', bobot: 0.06, besar: true },
  { nomor: 9, nama: 'PARTAI KEBANGKITAN NUSANTARA', bobot: 0.004, besar: false },
  { nomor: 10, nama: 'PARTAI HATI NURANI RAKYAT', bobot: 0.01, besar: false },
  { nomor: 11, nama: 'PARTAI GARDA REPUBLIK INDONESIA', bobot: 0.003, besar: false },
  { nomor: 12, nama: 'PARTAI AMANAT NASIONAL', bobot: 0.04, besar: true },
  { nomor: 13, nama: 'PARTAI BULAN BINTANG', bobot: 0.006, besar: false },
  { nomor: 14, nama: 'PARTAI DEMOKRAT', bobot: 0.05, besar: true },
  { nomor: 15, nama: 'PARTAI SOLIDARITAS INDONESIA', bobot: 0.03, besar: true },
  { nomor: 16, nama: 'PARTAI PERINDO', bobot: 0.025, besar: true },
  { nomor: 17, nama: 'PARTAI PERSATUAN PEMBANGUNAN', bobot: 0.04, besar: true },
  { nomor: 24, nama: 'PARTAI UMMAT', bobot: 0.006, besar: false },
];

/** The fictional dapil of WANAJAYA for each legislative ballot (codes in Sirekap's style; seats as in 2024's range). */
export const DAPIL_DEMO = {
  DPR: { kode: '3311', nama: 'JAWA TENGAH XI', kursi: 8 },
  DPD: { kode: '33', nama: 'JAWA TENGAH' },
  DPRD_PROV: { kode: '3314', nama: 'JAWA TENGAH 14', kursi: 10 },
  DPRD_KABKO: { kode: '336903', nama: 'SUKAMAJU 3', kursi: 12 },
} as const;

export type JenisLegislatif = 'DPR' | 'DPD' | 'DPRD_PROV' | 'DPRD_KABKO';

/** In the official order. */
export const JENIS_LEGISLATIF: readonly JenisLegislatif[] = ['DPR', 'DPD', 'DPRD_PROV', 'DPRD_KABKO'];

/** The order a DPTb voter loses ballots in: eligibility only narrows from the province to the kab/kota dapil. */
const URUTAN_DPTB: readonly JenisLegislatif[] = ['DPD', 'DPR', 'DPRD_PROV', 'DPRD_KABKO'];

/** Sirekap's folder name of each ballot in its paths (`pemilu/hhcw/<folder>/...`). */
export const FOLDER_SIREKAP: Readonly<Record<JenisLegislatif, string>> = { DPR: 'pdpr', DPD: 'pdpd', DPRD_PROV: 'pdprdp', DPRD_KABKO: 'pdprdk' };

/** First fictional Sirekap candidate id of each ballot (real ids are six-digit numbers too). */
const ID_AWAL: Readonly<Record<JenisLegislatif, number>> = { DPR: 210001, DPD: 690001, DPRD_PROV: 310001, DPRD_KABKO: 410001 };

export const JUMLAH_CALON_DPD = 20;

/** Sirekap publishes candidate votes (the `caleg` map) for these; for DPRD Kab/Kota the demo has none. */
const DENGAN_CALEG: ReadonlySet<JenisLegislatif> = new Set(['DPR', 'DPRD_PROV']);

// ---------------------------------------------------------------------------------------------------------------
// File shapes

/** One Sirekap DPR/DPRD TPS file (FORMS-LAYOUT.md: chart keyed by party number, optional caleg map). */
export interface SirekapPartaiFile {
  readonly chart: Readonly<Record<string, { readonly jml_suara_total: number | null; readonly jml_suara_partai: number | null }>> | null;
  readonly kode_dapil: string;
  readonly images: readonly string[];
  readonly administrasi: Readonly<Record<KunciAdministrasiSirekap, number | null>>;
  readonly caleg: Readonly<Record<string, Readonly<Record<string, number | null>>>> | null;
  readonly psu: null;
  readonly ts: string;
  readonly status_suara: boolean;
  readonly status_adm: boolean;
}

/** One Sirekap DPD TPS file (chart keyed by candidate id, with Sirekap's `"null": null`). */
export interface SirekapDpdFile {
  readonly mode: 'hhcw';
  readonly chart: Readonly<Record<string, number | null>>;
  readonly images: readonly string[];
  readonly administrasi: Readonly<Record<KunciAdministrasiSirekap, number | null>>;
  readonly psu: null;
  readonly ts: string;
  readonly status_suara: boolean;
  readonly status_adm: boolean;
}

export type SirekapLegislatifFile = SirekapPartaiFile | SirekapDpdFile;

export type JenisFaultLegislatif = 'partai-calon-dihitung-dua-kali' | 'kolom-partai-tertukar' | 'salah-baca-8xx' | 'pengguna-melebihi-ppwp' | 'dpt-berbeda-antar-surat';

/**
 * A planted fault of the legislative part, with the rules `check` reports on that ballot's sheet of the TPS
 * (validasiLembar, plus R15 across the ballots of the TPS) from each source.
 */
export interface DemoFaultLegislatif {
  readonly kode: string;
  readonly desa: string;
  readonly surat_suara: JenisSuratSuara;
  readonly jenis: JenisFaultLegislatif;
  readonly sumber: 'sirekap' | 'plano+sirekap';
  readonly keterangan: string;
  readonly aturanPlano: readonly AturanId[];
  readonly aturanSirekap: readonly AturanId[];
}

export interface DemoLegislatif {
  /** DPR, DPD, DPRD_PROV, DPRD_KABKO. */
  readonly suratSuara: readonly SuratSuara[];
  /** Ballot -> TPS code -> the plano sheet, keys in form order. */
  readonly plano: ReadonlyMap<JenisLegislatif, ReadonlyMap<string, Angka>>;
  /** Ballot -> TPS code -> Sirekap file. */
  readonly sirekap: ReadonlyMap<JenisLegislatif, ReadonlyMap<string, SirekapLegislatifFile>>;
  readonly faults: readonly DemoFaultLegislatif[];
}

/** A TPS of the demo with its PPWP plano as generated (before any planted fault). */
export interface TpsDasar {
  readonly kode: string;
  readonly nomor: number;
  readonly desaIndex: number;
  readonly namaDesa: string;
  readonly ppwp: Readonly<Angka>;
}

// ---------------------------------------------------------------------------------------------------------------
// Candidates

interface Kekuatan {
  /** Weight of each candidate, in list order. */
  readonly bobot: readonly number[];
  /** The desa each candidate lives in (index), where the candidate draws more votes. */
  readonly rumah: readonly number[];
}

function urutanJenisKelamin(acak: Acak, jumlah: number): JenisKelamin[] {
  const out: JenisKelamin[] = [];
  for (let blok = 0; blok < jumlah; blok += 3) {
    // The woman's place within each three, also in a last, shorter group.
    const p = acak.int(0, Math.min(2, jumlah - blok - 1));
    for (let i = 0; i < 3 && blok + i < jumlah; i++) out.push(i === p || acak.u() < 0.15 ? 'P' : 'L');
  }
  return out;
}

function daftarCalon(acak: Acak, jumlah: number, id: { next: number }, dipakai: Set<string>, jumlahDesa: number): { calon: Calon[]; kekuatan: Kekuatan } {
  const jk = urutanJenisKelamin(acak, jumlah);
  const calon: Calon[] = [];
  const bobot: number[] = [];
  const rumah: number[] = [];
  for (let k = 1; k <= jumlah; k++) {
    const j = jk[k - 1]!;
    let nama = namaFiktif(j, () => acak.u());
    for (let coba = 0; dipakai.has(nama) && coba < 50; coba++) nama = namaFiktif(j, () => acak.u());
    if (dipakai.has(nama)) throw new Error(`no free fictional name for candidate ${k}`);
    dipakai.add(nama);
    calon.push({ nomor: k, nama, jenis_kelamin: j, sirekap_id: String(id.next++) });
    bobot.push(k === 1 ? acak.uniform(1.5, 3) : k === 2 ? acak.uniform(0.8, 1.8) : acak.uniform(0.2, 1.2));
    rumah.push(acak.int(0, jumlahDesa - 1));
  }
  return { calon, kekuatan: { bobot, rumah } };
}

interface SuratPartai {
  readonly suratSuara: SuratSuara;
  /** Party nomor -> its candidates' weights. */
  readonly kekuatan: ReadonlyMap<number, Kekuatan>;
}

function suratPartai(acak: Acak, jenis: 'DPR' | 'DPRD_PROV' | 'DPRD_KABKO', jumlahDesa: number): SuratPartai {
  const dapil = DAPIL_DEMO[jenis];
  const id = { next: ID_AWAL[jenis] };
  const dipakai = new Set<string>();
  const kekuatan = new Map<number, Kekuatan>();
  const peserta: Peserta[] = PARTAI_2024.map((p) => {
    const jumlah = p.besar ? dapil.kursi : acak.int(3, dapil.kursi);
    const d = daftarCalon(acak, jumlah, id, dipakai, jumlahDesa);
    kekuatan.set(p.nomor, d.kekuatan);
    return { nomor: p.nomor, nama: p.nama, calon: d.calon };
  });
  return { suratSuara: { jenis, dapil, peserta }, kekuatan };
}

function suratDpd(acak: Acak, jumlahDesa: number): { suratSuara: SuratSuara; kekuatan: Kekuatan } {
  const id = { next: ID_AWAL.DPD };
  const d = daftarCalon(acak, JUMLAH_CALON_DPD, id, new Set(), jumlahDesa);
  // DPD candidates are individuals: the list has no order of strength, so draw their weights afresh.
  const bobot = d.calon.map(() => acak.uniform(0.2, 1.6));
  const peserta: Peserta[] = d.calon.map((c) => ({ nomor: c.nomor, nama: c.nama, ...(c.jenis_kelamin ? { jenis_kelamin: c.jenis_kelamin } : {}), ...(c.sirekap_id ? { sirekap_id: c.sirekap_id } : {}) }));
  return { suratSuara: { jenis: 'DPD', dapil: DAPIL_DEMO.DPD, peserta }, kekuatan: { bobot, rumah: d.kekuatan.rumah } };
}

// ---------------------------------------------------------------------------------------------------------------
// Sheets

function ambil(v: Readonly<Angka>, key: string): number {
  const x = v[key];
  if (x === undefined) throw new Error(`row ${key} missing`);
  return x;
}

/**
 * The administration and totals of one legislative ballot at a TPS: the DPT and DPT/DPK voters of the PPWP
 * sheet, DPTb voters as `dptb` (already narrowed), its own ballots and invalid votes.
 */
function administrasi(acak: Acak, ppwp: Readonly<Angka>, dptb: LP): Angka {
  const dpt = { l: ambil(ppwp, 'pemilih_dpt_l'), p: ambil(ppwp, 'pemilih_dpt_p') };
  const dptJ = dpt.l + dpt.p;
  const penggunaDpt = { l: ambil(ppwp, 'pengguna_dpt_l'), p: ambil(ppwp, 'pengguna_dpt_p') };
  const dpk = { l: ambil(ppwp, 'pengguna_dpk_l'), p: ambil(ppwp, 'pengguna_dpk_p') };
  const totalJ = penggunaDpt.l + dptb.l + dpk.l + penggunaDpt.p + dptb.p + dpk.p;
  const rusak = [0, 0, 0, 1, 1, 2][acak.int(0, 5)] ?? 0;
  return lembarAdministrasi({
    dpt,
    penggunaDpt,
    dptb,
    dpk,
    suratDiterima: dptJ + Math.ceil((dptJ * 2) / 100),
    suratRusak: rusak,
    disabilitas: { l: ambil(ppwp, 'disabilitas_l'), p: ambil(ppwp, 'disabilitas_p') },
    suaraTidakSah: acak.int(Math.ceil((totalJ * 3) / 100), Math.floor((totalJ * 9) / 100)),
  });
}

/** Party votes of one TPS: B by party, split into A.1 and the candidates. */
function suaraPartai(acak: Acak, v: Angka, s: SuratPartai, desaFaktor: ReadonlyMap<number, number>, desa: number): void {
  const peserta = s.suratSuara.peserta;
  const w = peserta.map((p) => (PARTAI_2024.find((x) => x.nomor === p.nomor)?.bobot ?? 0.01) * (desaFaktor.get(p.nomor) ?? 1) * acak.uniform(0.7, 1.3));
  const b = bagi(ambil(v, 'suara_sah'), w);
  peserta.forEach((p, i) => {
    const bp = b[i]!;
    const calon = p.calon ?? [];
    const k = s.kekuatan.get(p.nomor)!;
    const a1 = calon.length === 0 ? bp : Math.round(bp * acak.uniform(0.08, 0.3));
    const wc = calon.map((_, c) => k.bobot[c]! * (k.rumah[c] === desa ? 3 : 1) * acak.uniform(0.6, 1.4));
    const a2 = bagi(bp - a1, wc);
    v[kunciSuaraPartai(p.nomor)] = a1;
    calon.forEach((c, ci) => (v[kunciSuaraCalon(p.nomor, c.nomor)] = a2[ci]!));
    v[kunciJumlahPartai(p.nomor)] = bp;
  });
}

function suaraDpd(acak: Acak, v: Angka, ss: SuratSuara, k: Kekuatan, desa: number): void {
  const w = ss.peserta.map((_, i) => k.bobot[i]! * (k.rumah[i] === desa ? 2.5 : 1) * acak.uniform(0.6, 1.4));
  const votes = bagi(ambil(v, 'suara_sah'), w);
  ss.peserta.forEach((p, i) => (v[kunciPeserta(p.nomor)] = votes[i]!));
}

/** The same numbers with keys in the order of the form. */
function urutkan(ss: SuratSuara, v: Angka): Angka {
  const out: Angka = {};
  for (const b of barisCHasil(ss)) out[b.key] = ambil(v, b.key);
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Sirekap files

function sirekapPartai(ss: SuratSuara, v: Readonly<Angka>, ts: string, caleg: boolean): SirekapPartaiFile {
  const chart: Record<string, { jml_suara_total: number | null; jml_suara_partai: number | null }> = {};
  const calegMap: Record<string, Record<string, number | null>> = {};
  for (const p of ss.peserta) {
    chart[String(p.nomor)] = { jml_suara_total: ambil(v, kunciJumlahPartai(p.nomor)), jml_suara_partai: ambil(v, kunciSuaraPartai(p.nomor)) };
    const calon = p.calon ?? [];
    if (calon.length > 0) calegMap[String(p.nomor)] = Object.fromEntries(calon.map((c) => [c.sirekap_id!, ambil(v, kunciSuaraCalon(p.nomor, c.nomor))]));
  }
  return {
    chart,
    kode_dapil: ss.dapil!.kode,
    images: [],
    administrasi: administrasiDari(v),
    caleg: caleg ? calegMap : null,
    psu: null,
    ts,
    status_suara: true,
    status_adm: true,
  };
}

function sirekapDpd(ss: SuratSuara, v: Readonly<Angka>, ts: string): SirekapDpdFile {
  const chart: Record<string, number | null> = {};
  for (const p of ss.peserta) chart[p.sirekap_id!] = ambil(v, kunciPeserta(p.nomor));
  chart['null'] = null;
  return { mode: 'hhcw', chart, images: [], administrasi: administrasiDari(v), psu: null, ts, status_suara: true, status_adm: true };
}

// ---------------------------------------------------------------------------------------------------------------
// Planted faults: ballot, desa index and TPS number (<= 8, so every seed has them), away from the PPWP faults.

const PENEMPATAN: readonly { readonly jenis: JenisFaultLegislatif; readonly surat: JenisLegislatif; readonly desa: number; readonly tps: number }[] = [
  { jenis: 'partai-calon-dihitung-dua-kali', surat: 'DPR', desa: 1, tps: 2 },
  { jenis: 'kolom-partai-tertukar', surat: 'DPRD_PROV', desa: 4, tps: 3 },
  { jenis: 'salah-baca-8xx', surat: 'DPD', desa: 6, tps: 4 },
  { jenis: 'pengguna-melebihi-ppwp', surat: 'DPRD_KABKO', desa: 8, tps: 7 },
];

const ATURAN: Readonly<Record<Exclude<JenisFaultLegislatif, 'dpt-berbeda-antar-surat'>, { plano: AturanId[]; sirekap: AturanId[] }>> = {
  'partai-calon-dihitung-dua-kali': { plano: ['R5'], sirekap: ['R5'] },
  'kolom-partai-tertukar': { plano: [], sirekap: ['R5'] },
  'salah-baca-8xx': { plano: [], sirekap: ['R4', 'R13'] },
  'pengguna-melebihi-ppwp': { plano: ['R15'], sirekap: ['R15'] },
};

function sumCalon(v: Readonly<Angka>, p: Peserta): number {
  return (p.calon ?? []).reduce((a, c) => a + ambil(v, kunciSuaraCalon(p.nomor, c.nomor)), 0);
}

// ---------------------------------------------------------------------------------------------------------------
// The generator

/**
 * The legislative ballots for the demo's TPS. `jmlSalahPpwp` is the TPS whose PPWP plano carries the JML slip:
 * every other ballot there has the right DPT, so R15 flags the PPWP sheet (listed as a derived fault).
 */
export function generateLegislatif(seed: number, tps: readonly TpsDasar[], jumlahDesa: number, jmlSalahPpwp: { kode: string; desa: string; tertulis: number } | null): DemoLegislatif {
  const acak = new Acak((seed ^ 0x4c454749) >>> 0);
  const dpr = suratPartai(acak, 'DPR', jumlahDesa);
  const dpd = suratDpd(acak, jumlahDesa);
  const prov = suratPartai(acak, 'DPRD_PROV', jumlahDesa);
  const kabko = suratPartai(acak, 'DPRD_KABKO', jumlahDesa);
  const partai: Readonly<Record<'DPR' | 'DPRD_PROV' | 'DPRD_KABKO', SuratPartai>> = { DPR: dpr, DPRD_PROV: prov, DPRD_KABKO: kabko };
  const suratSuara: Readonly<Record<JenisLegislatif, SuratSuara>> = { DPR: dpr.suratSuara, DPD: dpd.suratSuara, DPRD_PROV: prov.suratSuara, DPRD_KABKO: kabko.suratSuara };

  // Each party is a little stronger or weaker in each desa (the same for all three party ballots).
  const desaFaktor: Map<number, number>[] = Array.from({ length: jumlahDesa }, () => new Map(PARTAI_2024.map((p) => [p.nomor, acak.uniform(0.6, 1.5)])));

  const plano = new Map<JenisLegislatif, Map<string, Angka>>(JENIS_LEGISLATIF.map((j) => [j, new Map()]));
  const ts = new Map<JenisLegislatif, Map<string, string>>(JENIS_LEGISLATIF.map((j) => [j, new Map()]));
  for (const t of tps) {
    let dptb = { l: ambil(t.ppwp, 'pengguna_dptb_l'), p: ambil(t.ppwp, 'pengguna_dptb_p') };
    for (const jenis of URUTAN_DPTB) {
      // A DPTb voter from outside this ballot's dapil gets no such ballot: now and then one fewer.
      if (dptb.l + dptb.p > 0 && acak.int(0, 3) === 0) dptb = dptb.l > 0 ? { ...dptb, l: dptb.l - 1 } : { ...dptb, p: dptb.p - 1 };
      const v = administrasi(acak, t.ppwp, dptb);
      if (jenis === 'DPD') suaraDpd(acak, v, dpd.suratSuara, dpd.kekuatan, t.desaIndex);
      else suaraPartai(acak, v, partai[jenis], desaFaktor[t.desaIndex]!, t.desaIndex);
      plano.get(jenis)!.set(t.kode, urutkan(suratSuara[jenis], v));
      ts.get(jenis)!.set(t.kode, waktuUnggah(acak));
    }
  }

  // Faults on the plano itself (Sirekap reads them as written).
  const byKode = new Map(tps.map((t) => [t.kode, t]));
  const tempat = PENEMPATAN.map((f) => {
    const t = tps.find((x) => x.desaIndex === f.desa && x.nomor === f.tps);
    if (!t) throw new Error(`no TPS ${f.tps} in desa ${f.desa}`);
    return { ...f, kode: t.kode, namaDesa: t.namaDesa };
  });
  const keterangan = new Map<string, string>();
  const lembar = (jenis: JenisLegislatif, kode: string): Angka => plano.get(jenis)!.get(kode)!;
  for (const f of tempat) {
    const v = lembar(f.surat, f.kode);
    const ss = suratSuara[f.surat];
    if (f.jenis === 'partai-calon-dihitung-dua-kali') {
      // Three ballots marked on the party and one of its candidates were counted for the candidate (right) and
      // again as party votes; B was written from the ballots themselves.
      const p = ss.peserta.reduce((a, b) => (sumCalon(v, b) > sumCalon(v, a) ? b : a));
      const k = kunciSuaraPartai(p.nomor);
      const benar = ambil(v, k);
      v[k] = benar + 3;
      keterangan.set(
        f.kode,
        `party ${String(p.nomor).padStart(2, '0')}: 3 ballots marked on the party and a candidate counted twice, A.1 written ${benar + 3} (right: ${benar}); ` +
          `B = ${ambil(v, kunciJumlahPartai(p.nomor))} but A.1 + A.2 = ${benar + 3} + ${sumCalon(v, p)} = ${benar + 3 + sumCalon(v, p)}; Sirekap read it as written`,
      );
    } else if (f.jenis === 'pengguna-melebihi-ppwp') {
      // Two DPTb voters more than on PPWP were given a DPRD Kab/Kota ballot (and voted for the biggest party).
      const ppwp = ambil(byKode.get(f.kode)!.ppwp, 'pengguna_total_j');
      const d = ppwp + 2 - ambil(v, 'pengguna_total_j');
      v['pengguna_dptb_l'] = ambil(v, 'pengguna_dptb_l') + d;
      v['pengguna_dptb_j'] = ambil(v, 'pengguna_dptb_j') + d;
      v['pengguna_total_l'] = ambil(v, 'pengguna_total_l') + d;
      v['pengguna_total_j'] = ambil(v, 'pengguna_total_j') + d;
      v['surat_suara_digunakan'] = ambil(v, 'surat_suara_digunakan') + d;
      v['surat_suara_tidak_digunakan'] = ambil(v, 'surat_suara_tidak_digunakan') - d;
      const p = ss.peserta.reduce((a, b) => (ambil(v, kunciJumlahPartai(b.nomor)) > ambil(v, kunciJumlahPartai(a.nomor)) ? b : a));
      v[kunciSuaraPartai(p.nomor)] = ambil(v, kunciSuaraPartai(p.nomor)) + d;
      v[kunciJumlahPartai(p.nomor)] = ambil(v, kunciJumlahPartai(p.nomor)) + d;
      v['suara_sah'] = ambil(v, 'suara_sah') + d;
      v['suara_total'] = ambil(v, 'suara_total') + d;
      keterangan.set(
        f.kode,
        `pengguna hak pilih ${ambil(v, 'pengguna_total_j')} (DPTb ${ambil(v, 'pengguna_dptb_j')}) but ${ppwp} on PPWP: two DPTb voters got a DPRD Kab/Kota ballot and no PPWP one; the sheet itself adds up`,
      );
    }
  }

  const sirekap = new Map<JenisLegislatif, Map<string, SirekapLegislatifFile>>();
  for (const jenis of JENIS_LEGISLATIF) {
    const m = new Map<string, SirekapLegislatifFile>();
    for (const [kode, v] of plano.get(jenis)!) {
      const t = ts.get(jenis)!.get(kode)!;
      m.set(kode, jenis === 'DPD' ? sirekapDpd(suratSuara.DPD, v, t) : sirekapPartai(suratSuara[jenis], v, t, DENGAN_CALEG.has(jenis)));
    }
    sirekap.set(jenis, m);
  }

  // Faults only in Sirekap: the plano is right.
  for (const f of tempat) {
    const m = sirekap.get(f.surat)!;
    const v = lembar(f.surat, f.kode);
    if (f.jenis === 'salah-baca-8xx') {
      const file = m.get(f.kode) as SirekapDpdFile;
      const p = suratSuara.DPD.peserta.reduce((a, b) => (ambil(v, kunciPeserta(b.nomor)) < ambil(v, kunciPeserta(a.nomor)) ? b : a));
      const benar = ambil(v, kunciPeserta(p.nomor));
      m.set(f.kode, { ...file, chart: { ...file.chart, [p.sirekap_id!]: 800 + benar } });
      keterangan.set(f.kode, `DPD candidate ${String(p.nomor).padStart(2, '0')}: C.Hasil ${benar}, Sirekap ${800 + benar} (a mark in the hundreds box read as 8)`);
    } else if (f.jenis === 'kolom-partai-tertukar') {
      // As at PPLN Seoul: two parties' numbers in each other's place. Only the party page is swapped here, the
      // candidate rows are right, so B != A.1 + A.2 on both: pick two parties whose candidates' sums differ.
      const file = m.get(f.kode) as SirekapPartaiFile;
      const pasangan = [[3, 4], [2, 3], [1, 2], [4, 5]].find(([a, b]) => {
        const pa = suratSuara.DPRD_PROV.peserta.find((p) => p.nomor === a)!;
        const pb = suratSuara.DPRD_PROV.peserta.find((p) => p.nomor === b)!;
        return sumCalon(v, pa) !== sumCalon(v, pb);
      });
      if (!pasangan) throw new Error('no pair of parties to swap');
      const [a, b] = pasangan as [number, number];
      const chart = { ...file.chart!, [String(a)]: file.chart![String(b)]!, [String(b)]: file.chart![String(a)]! };
      m.set(f.kode, { ...file, chart });
      keterangan.set(
        f.kode,
        `Sirekap has the party votes of ${String(a).padStart(2, '0')} and ${String(b).padStart(2, '0')} in each other's column ` +
          `(B ${ambil(v, kunciJumlahPartai(a))} and ${ambil(v, kunciJumlahPartai(b))} swapped), the candidates' votes in their place; C.Hasil right`,
      );
    }
  }

  const faults: DemoFaultLegislatif[] = tempat.map((f) => ({
    kode: f.kode,
    desa: f.namaDesa,
    surat_suara: f.surat,
    jenis: f.jenis,
    sumber: ATURAN[f.jenis as keyof typeof ATURAN].plano.length > 0 ? ('plano+sirekap' as const) : ('sirekap' as const),
    keterangan: keterangan.get(f.kode) ?? '',
    aturanPlano: ATURAN[f.jenis as keyof typeof ATURAN].plano,
    aturanSirekap: ATURAN[f.jenis as keyof typeof ATURAN].sirekap,
  }));
  if (jmlSalahPpwp) {
    const t = byKode.get(jmlSalahPpwp.kode);
    if (t) {
      const benar = ambil(t.ppwp, 'pemilih_dpt_l') + ambil(t.ppwp, 'pemilih_dpt_p');
      faults.push({
        kode: t.kode,
        desa: jmlSalahPpwp.desa,
        surat_suara: 'PPWP',
        jenis: 'dpt-berbeda-antar-surat',
        sumber: 'plano+sirekap',
        keterangan: `follows from the PPWP JML slip: DPT JML ${jmlSalahPpwp.tertulis} on PPWP, ${benar} on the four other ballots (not planted on its own)`,
        aturanPlano: ['R15'],
        aturanSirekap: ['R15'],
      });
    }
  }
  faults.sort((x, y) => (x.kode < y.kode ? -1 : x.kode > y.kode ? 1 : 0));

  return {
    suratSuara: JENIS_LEGISLATIF.map((j) => suratSuara[j]),
    plano,
    sirekap,
    faults,
  };
}
