/**
 * Generator of the embedded demo election (`resources/demo/`): a fictional kecamatan, WANAJAYA of the fictional
 * kabupaten SUKAMAJU (kode 3369) in JAWA TENGAH, with the five ballots of Pemilu 2024 (the legislative four come
 * from generate-legislatif.ts), and two small Pilkada demos (generate-pilkada.ts).
 *
 * Writes, relative to resources/demo (or `--out DIR`):
 * - `paket.json`: the election package, format rekap-paket/2 (resources/schema/README.md), PPWP first;
 * - `sirekap/<kode TPS>.json`: one Sirekap PPWP file per TPS, exactly in Sirekap's public shape (FORMATS.md
 *   section 2), as Sirekap would publish it after OCR: sections II and III are never in it;
 * - `c-hasil-plano.json`: the true numbers written on each TPS's C.Hasil plano (format rekap-c-hasil/1), every row
 *   of the form, keyed by the row keys of `barisCHasil`;
 * - `c-hasil-plano-<dpr|dpd|dprd-prov|dprd-kabko>.json` and `sirekap-legislatif/<pdpr|pdpd|pdprdp|pdprdk>/<kode TPS>.json`:
 *   the same for the legislative ballots (one TPS per line; Sirekap files on one line, as Sirekap serves them);
 * - `pilkada/` and `pilkada-calon-tunggal/`: a Pilkada package each with its plano files.
 *
 * Every sheet satisfies rules R1-R14 (shared/validation/rules.ts) except a few planted classic faults
 * (DOMAIN.md section 8), listed in `faults` and in README.md: 8xx misreads and swapped sah/tidak sah in Sirekap
 * only, a JML != L + P and a sah + tidak sah != pengguna on the plano itself, and a Sirekap file not yet read.
 *
 * Deterministic: one mulberry32 stream from a seed (DEFAULT_SEED, or the CLI argument), consumed in a fixed order,
 * and one more stream per part derived from the seed (so the PPWP numbers stay what they were); the same seed gives
 * byte-identical files.
 *
 * Usage: `npm run demo:generate [-- [--seed N | N] [--out DIR]]`.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { JenisSuratSuara, SuratSuara } from '../../shared/domain/ballot';
import type { Paket } from '../../shared/domain/election';
import type { Desa } from '../../shared/domain/region';
import { barisCHasil, kunciPeserta } from '../../shared/forms/c-hasil';
import type { AturanId } from '../../shared/validation/finding';
import { Acak, KUNCI_ADMINISTRASI_SIREKAP, kunciLembarDariSirekap, pad2, waktuUnggah, type KunciAdministrasiSirekap } from './demo-acak';
import { DEMO_FILES, FORMAT_PLANO, namaBerkasSirekap } from './demo-files';
import { FOLDER_SIREKAP, generateLegislatif, JENIS_LEGISLATIF, type DemoFaultLegislatif, type DemoLegislatif, type JenisLegislatif, type TpsDasar } from './generate-legislatif';
import { generatePilkada, type DemoPilkada } from './generate-pilkada';
import { lembarAdministrasi } from './lembar-administrasi';

/** Voting day of Pemilu 2024, as the default seed. */
export const DEFAULT_SEED = 20240214;

export { mulberry32 } from './demo-acak';
export { KUNCI_ADMINISTRASI_SIREKAP, kunciLembarDariSirekap, type KunciAdministrasiSirekap } from './demo-acak';

// ---------------------------------------------------------------------------------------------------------------
// The region and the ballot

export const WILAYAH_DEMO = {
  provinsi: { kode: '33', nama: 'JAWA TENGAH' },
  kabupaten: { kode: '3369', nama: 'SUKAMAJU' },
  kecamatan: { kode: '336901', nama: 'WANAJAYA' },
} as const;

/** The PPWP ballot of 2024, exactly as FORMATS.md section 1. */
export const PPWP_2024: SuratSuara = {
  jenis: 'PPWP',
  peserta: [
    { nomor: 1, nama: 'H. ANIES RASYID BASWEDAN, Ph.D. - Dr. (H.C.) H. A. MUHAIMIN ISKANDAR', sirekap_id: '100025' },
    { nomor: 2, nama: 'H. PRABOWO SUBIANTO - GIBRAN RAKABUMING RAKA', sirekap_id: '100026' },
    { nomor: 3, nama: 'H. GANJAR PRANOWO, S.H., M.IP. - Prof. Dr. H. M. MAHFUD MD', sirekap_id: '100027' },
  ],
};

interface DesaDemo {
  /** The 4-digit part of the desa code: 1xxx kelurahan, 2xxx desa. */
  readonly kode4: string;
  readonly nama: string;
  /** Expected vote shares of paslon 01, 02, 03 in this desa (before per-TPS noise). */
  readonly profil: readonly [number, number, number];
}

/**
 * Fictional kelurahan/desa with ordinary Javanese names. 02 leads in most, 01 second; but the santri quarter
 * KAUMAN goes to 01, TEGALREJO to 03, and in KARANGTENGAH and BANYUURIP 03 comes second.
 */
const DESA_DEMO: readonly DesaDemo[] = [
  { kode4: '1001', nama: 'WANAJAYA', profil: [0.3, 0.52, 0.18] },
  { kode4: '1002', nama: 'KAUMAN', profil: [0.47, 0.39, 0.14] },
  { kode4: '2001', nama: 'SIDOMULYO', profil: [0.22, 0.58, 0.2] },
  { kode4: '2002', nama: 'KARANGTENGAH', profil: [0.2, 0.52, 0.28] },
  { kode4: '2003', nama: 'TEGALREJO', profil: [0.14, 0.4, 0.46] },
  { kode4: '2004', nama: 'SUMBERSARI', profil: [0.24, 0.6, 0.16] },
  { kode4: '2005', nama: 'NGABLAK', profil: [0.18, 0.64, 0.18] },
  { kode4: '2006', nama: 'PURWOSARI', profil: [0.27, 0.55, 0.18] },
  { kode4: '2007', nama: 'BANYUURIP', profil: [0.19, 0.5, 0.31] },
  { kode4: '2008', nama: 'KEDUNGSARI', profil: [0.26, 0.57, 0.17] },
  { kode4: '2009', nama: 'JATIMULYO', profil: [0.29, 0.55, 0.16] },
  { kode4: '2010', nama: 'GEDONGAN', profil: [0.23, 0.59, 0.18] },
];

export const TPS_PER_DESA = { min: 8, max: 15 } as const;

// ---------------------------------------------------------------------------------------------------------------
// File shapes

/** One Sirekap PPWP TPS file (FORMATS.md section 2). */
export interface SirekapTpsFile {
  readonly chart: Readonly<Record<string, number | null>>;
  readonly images: readonly string[];
  readonly administrasi: Readonly<Record<KunciAdministrasiSirekap, number | null>>;
  readonly psu: null;
  readonly ts: string;
  readonly status_suara: boolean;
  readonly status_adm: boolean;
}

/** The plano file: the true C.Hasil numbers of every TPS. */
export interface PlanoFile {
  readonly format: typeof FORMAT_PLANO;
  readonly surat_suara: 'PPWP';
  readonly tps: Readonly<Record<string, Readonly<Record<string, number>>>>;
}

export type JenisFault =
  | 'salah-baca-8xx'
  | 'sah-tidak-sah-tertukar'
  | 'jml-tidak-sama-l-p'
  | 'suara-tidak-sama-pengguna'
  | 'belum-terbaca';

/** A planted fault, with the rules that validasiLembar (tingkat 'tps') must report on each source. */
export interface DemoFault {
  readonly kode: string;
  readonly desa: string;
  readonly jenis: JenisFault;
  /** Where the fault is: only in the Sirekap file, or on the C.Hasil plano itself (and so in Sirekap too). */
  readonly sumber: 'sirekap' | 'plano+sirekap';
  /** What is wrong, with the numbers (English, for developers and the README). */
  readonly keterangan: string;
  /** Distinct rule ids expected on the plano sheet, in numeric order. */
  readonly aturanPlano: readonly AturanId[];
  /** Distinct rule ids expected on the sheet read from the Sirekap file, in numeric order. */
  readonly aturanSirekap: readonly AturanId[];
}

export interface DemoElection {
  readonly seed: number;
  readonly paket: Paket;
  /** TPS code -> Sirekap file, in TPS code order. */
  readonly sirekap: ReadonlyMap<string, SirekapTpsFile>;
  readonly plano: PlanoFile;
  /** In TPS code order. */
  readonly faults: readonly DemoFault[];
  /** DPR, DPD, DPRD Provinsi, DPRD Kab/Kota: their ballots, plano sheets, Sirekap files and faults. */
  readonly legislatif: DemoLegislatif;
  /** The Pilkada demos. */
  readonly pilkada: readonly DemoPilkada[];
}

// ---------------------------------------------------------------------------------------------------------------
// Planted faults: which desa (index into DESA_DEMO) and which TPS number. TPS numbers stay <= TPS_PER_DESA.min so
// every seed has them.

const PENEMPATAN_FAULT: readonly { readonly jenis: JenisFault; readonly desa: number; readonly tps: number }[] = [
  { jenis: 'jml-tidak-sama-l-p', desa: 0, tps: 6 },
  { jenis: 'salah-baca-8xx', desa: 3, tps: 3 },
  { jenis: 'sah-tidak-sah-tertukar', desa: 5, tps: 2 },
  { jenis: 'salah-baca-8xx', desa: 7, tps: 5 },
  { jenis: 'suara-tidak-sama-pengguna', desa: 9, tps: 4 },
  { jenis: 'belum-terbaca', desa: 11, tps: 8 },
];

// ---------------------------------------------------------------------------------------------------------------
// One consistent TPS

type Angka = Record<string, number>;

/** A C.Hasil plano of one TPS that satisfies R1-R14, with realistic numbers. */
function lembarTps(acak: Acak, profil: readonly [number, number, number]): Angka {
  const dptJ = acak.int(150, 300);
  const dptL = Math.round(dptJ * acak.uniform(0.47, 0.53));
  const dptP = dptJ - dptL;

  // Turnout 76-89 % of the DPT, counting DPTb and DPK voters.
  const penggunaJ = Math.round(dptJ * acak.uniform(0.76, 0.89));
  const dptbJ = acak.int(0, 5);
  const dptbL = acak.int(0, dptbJ);
  const dpkJ = acak.int(0, 4);
  const dpkL = acak.int(0, dpkJ);
  const pDptJ = penggunaJ - dptbJ - dpkJ;
  // Women turn out a little more; stay within the DPT of each sex.
  const pDptL = Math.min(dptL, Math.max(pDptJ - dptP, Math.round((pDptJ * dptL) / dptJ) + acak.int(-3, 2)));
  const pDptP = pDptJ - pDptL;

  // Section II: DPT + 2 % reserve (rounded up); every voter used one ballot; a few returned as damaged.
  const diterima = dptJ + Math.ceil((dptJ * 2) / 100);
  const rusak = [0, 0, 0, 1, 1, 2][acak.int(0, 5)] ?? 0;
  const disJ = [0, 0, 1, 1, 2, 3][acak.int(0, 5)] ?? 0;
  const disL = acak.int(0, disJ);

  // Invalid votes 1-3 % of the votes cast; the valid ones split by the desa's profile with per-TPS noise.
  const tidakSah = acak.int(Math.ceil(penggunaJ / 100), Math.floor((penggunaJ * 3) / 100));
  const sah = penggunaJ - tidakSah;
  const w = profil.map((x) => x * acak.uniform(0.8, 1.2));
  const sw = w.reduce((a, b) => a + b, 0);
  const s1 = Math.round((sah * (w[0] ?? 0)) / sw);
  const s2 = Math.round((sah * (w[1] ?? 0)) / sw);
  const s3 = sah - s1 - s2;

  const v: Angka = {
    ...lembarAdministrasi({
      dpt: { l: dptL, p: dptP },
      penggunaDpt: { l: pDptL, p: pDptP },
      dptb: { l: dptbL, p: dptbJ - dptbL },
      dpk: { l: dpkL, p: dpkJ - dpkL },
      suratDiterima: diterima,
      suratRusak: rusak,
      disabilitas: { l: disL, p: disJ - disL },
      suaraTidakSah: tidakSah,
    }),
    [kunciPeserta(1)]: s1,
    [kunciPeserta(2)]: s2,
    [kunciPeserta(3)]: s3,
  };
  return urutkanBaris(v);
}

const URUTAN_BARIS: readonly string[] = barisCHasil(PPWP_2024).map((b) => b.key);

/** The same numbers with keys in the order of the form, so the file reads like the C.Hasil. */
function urutkanBaris(v: Angka): Angka {
  const out: Angka = {};
  for (const key of URUTAN_BARIS) {
    const x = v[key];
    if (x === undefined) throw new Error(`row ${key} missing`);
    out[key] = x;
  }
  return out;
}

function angka(v: Angka, key: string): number {
  const x = v[key];
  if (x === undefined) throw new Error(`row ${key} missing`);
  return x;
}

/** What Sirekap publishes for a sheet read correctly: no section II or III. */
function sirekapDariLembar(v: Angka, ts: string): SirekapTpsFile {
  const chart: Record<string, number | null> = {};
  for (const p of PPWP_2024.peserta) chart[p.sirekap_id ?? String(p.nomor)] = angka(v, kunciPeserta(p.nomor));
  chart['null'] = null;
  const administrasi = Object.fromEntries(KUNCI_ADMINISTRASI_SIREKAP.map((k) => [k, angka(v, kunciLembarDariSirekap(k))])) as Record<
    KunciAdministrasiSirekap,
    number | null
  >;
  return { chart, images: [], administrasi, psu: null, ts, status_suara: true, status_adm: true };
}

/** Rule ids in their numeric order (R4 before R13). */
export function urutkanAturan(ids: readonly AturanId[]): AturanId[] {
  return [...new Set(ids)].sort((a, b) => Number(a.slice(1)) - Number(b.slice(1)));
}

function idSirekap(nomor: number): string {
  const p = PPWP_2024.peserta.find((x) => x.nomor === nomor);
  if (!p?.sirekap_id) throw new Error(`no paslon ${nomor}`);
  return p.sirekap_id;
}

// ---------------------------------------------------------------------------------------------------------------
// The generator

/** The whole demo election for a seed. Pure: the same seed gives the same values. */
export function generateDemo(seed: number = DEFAULT_SEED): DemoElection {
  const acak = new Acak(seed);
  const desa: Desa[] = [];
  const plano: Record<string, Angka> = {};
  const ts: Record<string, string> = {};

  for (const d of DESA_DEMO) {
    const kodeDesa = `${WILAYAH_DEMO.kecamatan.kode}${d.kode4}`;
    const jumlah = acak.int(TPS_PER_DESA.min, TPS_PER_DESA.max);
    const tps = [];
    for (let nomor = 1; nomor <= jumlah; nomor++) {
      const kode = `${kodeDesa}${String(nomor).padStart(3, '0')}`;
      tps.push({ kode, nomor });
      plano[kode] = lembarTps(acak, d.profil);
      ts[kode] = waktuUnggah(acak);
    }
    desa.push({ kode: kodeDesa, nama: d.nama, tps });
  }

  // The PPWP sheets as generated, before any fault: the other ballots of a TPS share their DPT and voters.
  const dasar: TpsDasar[] = desa.flatMap((d, desaIndex) =>
    d.tps.map((t) => ({ kode: t.kode, nomor: t.nomor, desaIndex, namaDesa: d.nama, ppwp: { ...plano[t.kode]! } })),
  );

  const faultAt = PENEMPATAN_FAULT.map((f) => {
    const d = DESA_DEMO[f.desa];
    if (!d) throw new Error(`fault desa ${f.desa} out of range`);
    return { ...f, kode: `${WILAYAH_DEMO.kecamatan.kode}${d.kode4}${String(f.tps).padStart(3, '0')}`, namaDesa: d.nama };
  });
  const lembar = (kode: string): Angka => {
    const v = plano[kode];
    if (!v) throw new Error(`no TPS ${kode}`);
    return v;
  };

  // Faults on the plano itself: Sirekap reads them as written.
  const keterangan: Record<string, string> = {};
  for (const f of faultAt) {
    const v = lembar(f.kode);
    if (f.jenis === 'jml-tidak-sama-l-p') {
      const l = angka(v, 'pemilih_dpt_l');
      const p = angka(v, 'pemilih_dpt_p');
      const salah = l + p + 10 <= 300 ? l + p + 10 : l + p - 10;
      v['pemilih_dpt_j'] = salah;
      keterangan[f.kode] = `DPT JML written ${salah} but L + P = ${l} + ${p} = ${l + p} (a slip in the tens); Sirekap read it as written`;
    } else if (f.jenis === 'suara-tidak-sama-pengguna') {
      const nomor = ([1, 2, 3] as const).reduce((a, b) => (angka(v, kunciPeserta(b)) > angka(v, kunciPeserta(a)) ? b : a));
      const key = kunciPeserta(nomor);
      v[key] = angka(v, key) - 2;
      v['suara_sah'] = angka(v, 'suara_sah') - 2;
      v['suara_total'] = angka(v, 'suara_total') - 2;
      keterangan[f.kode] =
        `sah + tidak sah = ${angka(v, 'suara_sah')} + ${angka(v, 'suara_tidak_sah')} = ${angka(v, 'suara_total')}, ` +
        `but pengguna hak pilih = surat suara digunakan = ${angka(v, 'pengguna_total_j')} (2 ballots unaccounted for: a recount case, Pasal 374(2)h); Sirekap read it as written`;
    }
  }

  const sirekap = new Map<string, SirekapTpsFile>();
  for (const kode of Object.keys(plano)) sirekap.set(kode, sirekapDariLembar(lembar(kode), ts[kode] ?? ''));

  // Faults only in Sirekap: the plano is right.
  for (const f of faultAt) {
    const s = sirekap.get(f.kode);
    if (!s) throw new Error(`no Sirekap file ${f.kode}`);
    const v = lembar(f.kode);
    if (f.jenis === 'salah-baca-8xx') {
      // The smallest vote count is under 100 at every TPS (three counts share at most 300 votes).
      const nomor = ([1, 2, 3] as const).reduce((a, b) => (angka(v, kunciPeserta(b)) < angka(v, kunciPeserta(a)) ? b : a));
      const benar = angka(v, kunciPeserta(nomor));
      sirekap.set(f.kode, { ...s, chart: { ...s.chart, [idSirekap(nomor)]: 800 + benar } });
      keterangan[f.kode] = `paslon ${pad2(nomor)}: C.Hasil ${benar}, Sirekap ${800 + benar} (a mark in the hundreds box read as 8)`;
    } else if (f.jenis === 'sah-tidak-sah-tertukar') {
      const a = s.administrasi;
      sirekap.set(f.kode, { ...s, administrasi: { ...a, suara_sah: a.suara_tidak_sah, suara_tidak_sah: a.suara_sah } });
      keterangan[f.kode] = `Sirekap suara sah ${a.suara_tidak_sah} and tidak sah ${a.suara_sah}; C.Hasil sah ${angka(v, 'suara_sah')}, tidak sah ${angka(v, 'suara_tidak_sah')} (swapped)`;
    } else if (f.jenis === 'belum-terbaca') {
      const chart = { ...s.chart, [idSirekap(2)]: null, [idSirekap(3)]: null };
      const administrasi = { ...s.administrasi, suara_sah: null, suara_tidak_sah: null, suara_total: null };
      sirekap.set(f.kode, { ...s, chart, administrasi, status_suara: false });
      keterangan[f.kode] =
        'Sirekap has read the administration page and paslon 01 only: 02, 03, suara sah, tidak sah and total are null (status_suara false); no rule fires on a number not read, the screen must show it as not read';
    }
  }

  const aturan: Readonly<Record<JenisFault, { plano: AturanId[]; sirekap: AturanId[] }>> = {
    'salah-baca-8xx': { plano: [], sirekap: ['R4', 'R13'] },
    'sah-tidak-sah-tertukar': { plano: [], sirekap: ['R4', 'R13'] },
    'jml-tidak-sama-l-p': { plano: ['R1'], sirekap: ['R1'] },
    'suara-tidak-sama-pengguna': { plano: ['R7'], sirekap: ['R7'] },
    'belum-terbaca': { plano: [], sirekap: [] },
  };
  const faults: DemoFault[] = faultAt
    .map((f) => ({
      kode: f.kode,
      desa: f.namaDesa,
      jenis: f.jenis,
      sumber: aturan[f.jenis].plano.length > 0 ? ('plano+sirekap' as const) : ('sirekap' as const),
      keterangan: keterangan[f.kode] ?? '',
      aturanPlano: urutkanAturan(aturan[f.jenis].plano),
      aturanSirekap: urutkanAturan(aturan[f.jenis].sirekap),
    }))
    .sort((a, b) => (a.kode < b.kode ? -1 : a.kode > b.kode ? 1 : 0));

  const slip = faultAt.find((f) => f.jenis === 'jml-tidak-sama-l-p');
  const legislatif = generateLegislatif(
    seed,
    dasar,
    DESA_DEMO.length,
    slip ? { kode: slip.kode, desa: slip.namaDesa, tertulis: angka(lembar(slip.kode), 'pemilih_dpt_j') } : null,
  );

  const paket: Paket = {
    format: 'rekap-paket/2',
    pemilihan: { nama: 'Pemilihan Umum Tahun 2024', jenis: 'pemilu', tanggal: '2024-02-14' },
    tingkat: 'kecamatan',
    wilayah: WILAYAH_DEMO,
    desa,
    surat_suara: [PPWP_2024, ...legislatif.suratSuara],
  };
  return {
    seed,
    paket,
    sirekap,
    plano: { format: FORMAT_PLANO, surat_suara: 'PPWP', tps: plano },
    faults,
    legislatif,
    pilkada: generatePilkada(seed, WILAYAH_DEMO, DESA_DEMO.map((d) => ({ kode: `${WILAYAH_DEMO.kecamatan.kode}${d.kode4}`, nama: d.nama }))),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Rendering

function json(x: unknown): string {
  return `${JSON.stringify(x, null, 2)}\n`;
}

/**
 * A plano file with one TPS per line: a legislative sheet has a few hundred rows, and 2-space JSON would make
 * each file ten times longer without making it easier to read.
 */
export function jsonPlanoRingkas(jenis: JenisSuratSuara, tps: ReadonlyMap<string, Readonly<Record<string, number>>>): string {
  const rows = [...tps].map(([kode, l]) => `    ${JSON.stringify(kode)}: ${JSON.stringify(l)}`);
  return `{\n  "format": ${JSON.stringify(FORMAT_PLANO)},\n  "surat_suara": ${JSON.stringify(jenis)},\n  "tps": {\n${rows.join(',\n')}\n  }\n}\n`;
}

/** Every file of the demo: path relative to resources/demo (with '/') -> content. */
export function renderDemoFiles(demo: DemoElection): Map<string, string> {
  const files = new Map<string, string>();
  files.set(DEMO_FILES.paket, json(demo.paket));
  files.set(DEMO_FILES.plano, json(demo.plano));
  for (const [kode, file] of demo.sirekap) files.set(`${DEMO_FILES.sirekapDir}/${namaBerkasSirekap(kode)}`, json(file));
  for (const jenis of JENIS_LEGISLATIF) {
    files.set(DEMO_FILES.planoLegislatif[jenis], jsonPlanoRingkas(jenis, demo.legislatif.plano.get(jenis)!));
  }
  for (const jenis of JENIS_LEGISLATIF) {
    for (const [kode, file] of demo.legislatif.sirekap.get(jenis)!) {
      files.set(`${DEMO_FILES.sirekapLegislatifDir}/${FOLDER_SIREKAP[jenis]}/${namaBerkasSirekap(kode)}`, `${JSON.stringify(file)}\n`);
    }
  }
  for (const p of demo.pilkada) {
    files.set(`${p.folder}/${DEMO_FILES.paket}`, json(p.paket));
    for (const [jenis, tps] of p.plano) files.set(`${p.folder}/${namaPlanoPilkada(jenis)}`, jsonPlanoRingkas(jenis, tps));
  }
  return files;
}

/** `c-hasil-plano-bupati.json`. */
export function namaPlanoPilkada(jenis: JenisSuratSuara): string {
  return `c-hasil-plano-${jenis.toLowerCase()}.json`;
}

/** The legislative faults as a Markdown table (the README carries it verbatim). */
export function faultTableLegislatif(faults: readonly DemoFaultLegislatif[]): string {
  const rows = faults.map(
    (f) =>
      `| ${f.kode} | ${f.desa} | ${f.surat_suara} | ${f.jenis} | ${f.sumber} | ${f.aturanPlano.join(', ') || '—'} | ${f.aturanSirekap.join(', ') || '—'} | ${f.keterangan} |`,
  );
  return ['| TPS | desa | ballot | fault | where | rules on plano | rules on Sirekap | what |', '| --- | --- | --- | --- | --- | --- | --- | --- |', ...rows].join('\n');
}

/** The fault list as a Markdown table (the README carries it verbatim). */
export function faultTable(faults: readonly DemoFault[]): string {
  const rows = faults.map(
    (f) =>
      `| ${f.kode} | ${f.desa} | ${f.jenis} | ${f.sumber} | ${f.aturanPlano.join(', ') || '—'} | ${f.aturanSirekap.join(', ') || '—'} | ${f.keterangan} |`,
  );
  return ['| TPS | desa | fault | where | rules on plano | rules on Sirekap | what |', '| --- | --- | --- | --- | --- | --- | --- |', ...rows].join('\n');
}

// ---------------------------------------------------------------------------------------------------------------
// CLI

interface Opsi {
  readonly seed: number;
  readonly out: string;
}

function bacaArgumen(argv: readonly string[]): Opsi {
  let seed = DEFAULT_SEED;
  let out = import.meta.dirname;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    const value = (name: string): string => {
      if (a.startsWith(`${name}=`)) return a.slice(name.length + 1);
      const next = argv[++i];
      if (next === undefined) throw new Error(`${name} needs a value`);
      return next;
    };
    if (a === '--seed' || a.startsWith('--seed=')) seed = parseSeed(value('--seed'));
    else if (a === '--out' || a.startsWith('--out=')) out = path.resolve(value('--out'));
    else if (/^\d+$/.test(a)) seed = parseSeed(a);
    else throw new Error(`unknown argument ${a}; usage: generate-demo [--seed N | N] [--out DIR]`);
  }
  return { seed, out };
}

function parseSeed(s: string): number {
  if (!/^\d+$/.test(s) || Number(s) > 0xffffffff) throw new Error(`seed must be a whole number 0..4294967295, got ${s}`);
  return Number(s);
}

function main(argv: readonly string[]): void {
  const { seed, out } = bacaArgumen(argv);
  const demo = generateDemo(seed);
  const files = renderDemoFiles(demo);

  // Remove Sirekap files of an earlier run (another seed may have had other TPS).
  const dirs = [DEMO_FILES.sirekapDir, ...JENIS_LEGISLATIF.map((j: JenisLegislatif) => `${DEMO_FILES.sirekapLegislatifDir}/${FOLDER_SIREKAP[j]}`)];
  for (const rel of dirs) {
    const dir = path.join(out, ...rel.split('/'));
    mkdirSync(dir, { recursive: true });
    for (const name of readdirSync(dir)) {
      if (/^\d{13}\.json$/.test(name)) rmSync(path.join(dir, name));
    }
  }
  let bytes = 0;
  for (const [rel, text] of files) {
    const file = path.join(out, ...rel.split('/'));
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
    bytes += Buffer.byteLength(text);
  }

  const nTps = demo.paket.desa.reduce((a, d) => a + d.tps.length, 0);
  console.log(`Demo election, seed ${seed}: ${demo.paket.desa.length} desa/kelurahan, ${nTps} TPS, ${files.size} files, ${bytes} bytes in ${out}`);
  if (seed !== DEFAULT_SEED) console.log(`Note: the committed files use seed ${DEFAULT_SEED}; resources/demo/generate-demo.test.ts checks them.`);
  console.log('\nPlanted faults (validasiLembar, tingkat tps):');
  for (const f of demo.faults) {
    console.log(`- ${f.kode} (${f.desa}) ${f.jenis} [${f.sumber}] plano: ${f.aturanPlano.join(', ') || 'none'}; Sirekap: ${f.aturanSirekap.join(', ') || 'none'}`);
    console.log(`    ${f.keterangan}`);
  }
  console.log('\nLegislative ballots (check: validasiLembar and R15):');
  for (const f of demo.legislatif.faults) {
    console.log(`- ${f.kode} (${f.desa}) ${f.surat_suara} ${f.jenis} [${f.sumber}] plano: ${f.aturanPlano.join(', ') || 'none'}; Sirekap: ${f.aturanSirekap.join(', ') || 'none'}`);
    console.log(`    ${f.keterangan}`);
  }
  for (const p of demo.pilkada) {
    console.log(`\nPilkada demo ${p.folder}:`);
    for (const f of p.faults) console.log(`- ${f.kode} (${f.desa}) ${f.surat_suara} ${f.jenis}: ${f.aturanPlano.join(', ')}; ${f.keterangan}`);
  }
}

const entry = process.argv[1];
if (entry !== undefined && import.meta.url === pathToFileURL(path.resolve(entry)).href) {
  try {
    main(process.argv.slice(2));
  } catch (err) {
    console.error(err instanceof Error ? err.message : String(err));
    process.exitCode = 2;
  }
}
