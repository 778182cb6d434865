/**
 * Where the embedded demo election lives under the app's resources directory, and the parser of its
 * C.Hasil plano file (`c-hasil-plano.json`, format `rekap-c-hasil/1`): the true numbers as written on each
 * TPS's C.Hasil, which the demo plenary reads out. The files are written by `generate-demo.ts`.
 */
import path from 'node:path';
import { isJenisSuratSuara, type JenisSuratSuara } from '../../shared/domain/ballot';
import { gagal, ok, type Result } from '../../shared/domain/result';
import { BARIS_DISABILITAS, BARIS_LPJ, BARIS_SURAT_SUARA, BARIS_TOTAL_SUARA, nomorDariKunci, uraikanKunciPartai, type Lembar } from '../../shared/forms/c-hasil';

/** Format tag of the plano file. */
export const FORMAT_PLANO = 'rekap-c-hasil/1';

/** Names of the demo files, relative to `<resources>/demo`. */
export const DEMO_FILES = {
  paket: 'paket.json',
  plano: 'c-hasil-plano.json',
  sirekapDir: 'sirekap',
  readme: 'README.md',
  /** The plano files of the legislative ballots, one per ballot. */
  planoLegislatif: {
    DPR: 'c-hasil-plano-dpr.json',
    DPD: 'c-hasil-plano-dpd.json',
    DPRD_PROV: 'c-hasil-plano-dprd-prov.json',
    DPRD_KABKO: 'c-hasil-plano-dprd-kabko.json',
  },
  /** Sirekap files of the legislative ballots, in Sirekap's folders pdpr, pdpd, pdprdp, pdprdk. */
  sirekapLegislatifDir: 'sirekap-legislatif',
  /** The Pilkada demos: a bupati and gubernur election, and a single-candidate region with kolom kosong. */
  pilkadaDir: 'pilkada',
  pilkadaCalonTunggalDir: 'pilkada-calon-tunggal',
} as const;

export interface DemoPaths {
  /** `<resources>/demo` */
  readonly dir: string;
  /** The election package, format rekap-paket/1. */
  readonly paket: string;
  /** The C.Hasil plano numbers, format rekap-c-hasil/1. */
  readonly plano: string;
  /** Folder of Sirekap TPS files, one `<kode TPS>.json` per TPS. */
  readonly sirekapDir: string;
  /** Folder of the legislative Sirekap files, in subfolders named as Sirekap's (pdpr, pdpd, pdprdp, pdprdk). */
  readonly sirekapLegislatifDir: string;
  /** The plano file of each legislative ballot. */
  readonly planoLegislatif: Readonly<Record<'DPR' | 'DPD' | 'DPRD_PROV' | 'DPRD_KABKO', string>>;
  /** The Pilkada demo packages (folders with paket.json and the plano files). */
  readonly pilkadaDir: string;
  readonly pilkadaCalonTunggalDir: string;
}

/** Absolute (or resourcesDir-relative) paths of the demo files under a resources directory. */
export function demoPaths(resourcesDir: string): DemoPaths {
  const dir = path.join(resourcesDir, 'demo');
  return {
    dir,
    paket: path.join(dir, DEMO_FILES.paket),
    plano: path.join(dir, DEMO_FILES.plano),
    sirekapDir: path.join(dir, DEMO_FILES.sirekapDir),
    sirekapLegislatifDir: path.join(dir, DEMO_FILES.sirekapLegislatifDir),
    planoLegislatif: {
      DPR: path.join(dir, DEMO_FILES.planoLegislatif.DPR),
      DPD: path.join(dir, DEMO_FILES.planoLegislatif.DPD),
      DPRD_PROV: path.join(dir, DEMO_FILES.planoLegislatif.DPRD_PROV),
      DPRD_KABKO: path.join(dir, DEMO_FILES.planoLegislatif.DPRD_KABKO),
    },
    pilkadaDir: path.join(dir, DEMO_FILES.pilkadaDir),
    pilkadaCalonTunggalDir: path.join(dir, DEMO_FILES.pilkadaCalonTunggalDir),
  };
}

/** File name of a Sirekap TPS file. */
export function namaBerkasSirekap(kodeTps: string): string {
  return `${kodeTps}.json`;
}

/** The parsed plano file. */
export interface PlanoDemo {
  readonly surat_suara: JenisSuratSuara;
  /** TPS code -> the sheet's numbers, keyed by the row keys of `barisCHasil`. */
  readonly tps: Readonly<Record<string, Lembar>>;
}

/** Row keys a plano sheet may carry: every non-vote row of the C.Hasil, `suara_<nomor>` and the party-block keys. */
const KUNCI_ADMIN: ReadonlySet<string> = new Set([
  ...[...BARIS_LPJ.map((b) => b.prefix), BARIS_DISABILITAS.prefix].flatMap((p) => [`${p}_l`, `${p}_p`, `${p}_j`]),
  ...BARIS_SURAT_SUARA.map((b) => b.key),
  ...BARIS_TOTAL_SUARA.map((b) => b.key),
]);

function kunciDikenal(key: string): boolean {
  return KUNCI_ADMIN.has(key) || nomorDariKunci(key) !== null || uraikanKunciPartai(key) !== null;
}

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

const KODE_GALAT = 'plano-demo-tidak-valid';

function tolak(where: string, pesan: string, detail: string): Result<never> {
  return gagal(KODE_GALAT, `${DEMO_FILES.plano}: ${where}: ${pesan}`, `${DEMO_FILES.plano}: ${where}: ${detail}`);
}

/**
 * Parses and checks the plano file: format tag, ballot kind, 13-digit TPS codes, known row keys, and
 * values that are whole numbers >= 0 (or null for a cell left blank). The first fault is reported with its path.
 */
export function parseDemoPlano(text: string): Result<PlanoDemo> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    return tolak('(berkas)', 'bukan JSON yang sah', `not valid JSON: ${err instanceof Error ? err.message : String(err)}`);
  }
  if (!isObject(json)) return tolak('(berkas)', 'harus berupa objek JSON', 'expected a JSON object');
  if (json['format'] !== FORMAT_PLANO) {
    return tolak('format', `harus "${FORMAT_PLANO}", bukan ${JSON.stringify(json['format'])}`, `expected "${FORMAT_PLANO}", got ${JSON.stringify(json['format'])}`);
  }
  const jenis = json['surat_suara'];
  if (typeof jenis !== 'string' || !isJenisSuratSuara(jenis)) {
    return tolak('surat_suara', `jenis surat suara tidak dikenal: ${JSON.stringify(jenis)}`, `unknown ballot kind ${JSON.stringify(jenis)}`);
  }
  const tpsJson = json['tps'];
  if (!isObject(tpsJson)) return tolak('tps', 'harus berupa objek kode TPS -> lembar', 'expected an object of TPS code -> sheet');

  const tps: Record<string, Lembar> = {};
  for (const [kode, sheet] of Object.entries(tpsJson)) {
    if (!/^\d{13}$/.test(kode)) return tolak(`tps["${kode}"]`, 'kode TPS harus 13 angka', 'TPS code must be 13 digits');
    if (!isObject(sheet)) return tolak(`tps["${kode}"]`, 'harus berupa objek baris -> angka', 'expected an object of row -> number');
    const lembar: Record<string, number | null> = {};
    for (const [key, value] of Object.entries(sheet)) {
      const where = `tps["${kode}"].${key}`;
      if (!kunciDikenal(key)) return tolak(where, 'baris tidak dikenal pada Model C.Hasil', 'unknown C.Hasil row key');
      if (value !== null && !(typeof value === 'number' && Number.isInteger(value) && value >= 0)) {
        return tolak(where, `harus bilangan bulat 0 atau lebih, bukan ${JSON.stringify(value)}`, `expected a whole number >= 0, got ${JSON.stringify(value)}`);
      }
      lembar[key] = value;
    }
    tps[kode] = lembar;
  }
  return ok({ surat_suara: jenis, tps });
}

/** The plano sheets by TPS code; throws (naming the path of the fault) when the embedded file is damaged. */
export function loadDemoPlano(text: string): Record<string, Lembar> {
  const r = parseDemoPlano(text);
  if (!r.ok) throw new Error(r.error.detail ?? r.error.pesan);
  return { ...r.value.tps };
}
