import { isSuratSuaraPartai, type SuratSuara } from '../domain/ballot';
import type { Paket } from '../domain/election';
import type { Desa } from '../domain/region';
import { jumlahkanLembar } from './aggregate';
import { barisCHasil, nomorDariKunci, uraikanKunciPartai, type Lembar } from './c-hasil';

/** One TPS column of a desa's lampiran. */
export interface RekapTps {
  readonly kode: string;
  readonly nomor: number;
  /** True when at least one number of the sheet has been read. */
  readonly terisi: boolean;
  readonly lembar: Lembar;
}

/** One desa column of the kecamatan recap, with its TPS. */
export interface RekapDesa {
  readonly kode: string;
  readonly nama: string;
  readonly tps: readonly RekapTps[];
  readonly lembar: Lembar;
}

/** The recap of one ballot over one kecamatan: TPS -> desa -> kecamatan, every row summed independently. */
export interface RekapKecamatan {
  readonly suratSuara: SuratSuara;
  readonly kode: string;
  readonly nama: string;
  readonly rowKeys: readonly string[];
  readonly desa: readonly RekapDesa[];
  readonly jumlah: Lembar;
}

const EMPTY: Lembar = {};

function rekapDesa(desa: Desa, keys: readonly string[], sheets: ReadonlyMap<string, Lembar>): RekapDesa {
  const tps = desa.tps.map((t) => {
    const lembar = sheets.get(t.kode) ?? EMPTY;
    return { kode: t.kode, nomor: t.nomor, terisi: Object.values(lembar).some((v) => v !== null), lembar };
  });
  return { kode: desa.kode, nama: desa.nama, tps, lembar: jumlahkanLembar(keys, tps.map((t) => t.lembar)) };
}

/** Builds the recap of one ballot from the TPS sheets (keyed by TPS code) of a kecamatan package. */
export function rekapKecamatan(paket: Paket, suratSuara: SuratSuara, sheets: ReadonlyMap<string, Lembar>): RekapKecamatan {
  const rowKeys = barisCHasil(suratSuara).map((r) => r.key);
  const desa = paket.desa.map((d) => rekapDesa(d, rowKeys, sheets));
  return {
    suratSuara,
    kode: paket.wilayah.kecamatan.kode,
    nama: paket.wilayah.kecamatan.nama,
    rowKeys,
    desa,
    jumlah: jumlahkanLembar(rowKeys, desa.map((d) => d.lembar)),
  };
}

/**
 * The `recap --json` document of FORMATS.md section 3. On DPR/DPRD (resources/schema/README.md section 4) it also
 * has the ballot's `dapil`, and each unit `suara_partai` (A.1) and `calon` (A.2 by party, then nomor urut) besides
 * `suara` (each party's B).
 */
export interface RecapJson {
  readonly surat_suara: string;
  readonly tingkat: 'kecamatan';
  readonly kode: string;
  readonly nama: string;
  readonly dapil?: { readonly kode: string; readonly nama: string; readonly kursi?: number };
  readonly unit: readonly (RecapJsonAngka & { readonly kode: string; readonly nama: string; readonly jumlah_tps: number; readonly jumlah_tps_terisi: number })[];
  readonly jumlah: RecapJsonAngka;
}

export interface RecapJsonAngka {
  /** By participant nomor: its votes; on DPR/DPRD the party's B (A.1 + A.2). */
  readonly suara: Readonly<Record<string, number>>;
  /** DPR/DPRD: by party nomor, A.1 (votes for the party only). */
  readonly suara_partai?: Readonly<Record<string, number>>;
  /** DPR/DPRD: by party nomor, then candidate nomor urut, A.2. */
  readonly calon?: Readonly<Record<string, Readonly<Record<string, number>>>>;
  readonly [key: string]: number | Readonly<Record<string, number>> | Readonly<Record<string, Readonly<Record<string, number>>>> | string | undefined;
}

function angka(keys: readonly string[], lembar: Lembar, partai: boolean): RecapJsonAngka {
  const suara: Record<string, number> = {};
  const suaraPartai: Record<string, number> = {};
  const calon: Record<string, Record<string, number>> = {};
  const rest: Record<string, number> = {};
  for (const key of keys) {
    const v = lembar[key] ?? 0;
    const nomor = nomorDariKunci(key);
    const blok = uraikanKunciPartai(key);
    if (nomor !== null) suara[String(nomor)] = v;
    else if (blok?.blok === 'b') suara[String(blok.partai)] = v;
    else if (blok?.blok === 'a1') {
      suaraPartai[String(blok.partai)] = v;
      calon[String(blok.partai)] ??= {};
    } else if (blok?.blok === 'a2') (calon[String(blok.partai)] ??= {})[String(blok.calon)] = v;
    else rest[key] = v;
  }
  return partai ? { suara, suara_partai: suaraPartai, calon, ...rest } : { suara, ...rest };
}

/** Converts a recap to the JSON shape of the command line (rows not read count as 0). */
export function recapToJson(r: RekapKecamatan): RecapJson {
  const partai = isSuratSuaraPartai(r.suratSuara.jenis);
  const dapil = r.suratSuara.dapil;
  return {
    surat_suara: r.suratSuara.jenis,
    tingkat: 'kecamatan',
    kode: r.kode,
    nama: r.nama,
    ...(partai && dapil ? { dapil } : {}),
    unit: r.desa.map((d) => ({
      kode: d.kode,
      nama: d.nama,
      jumlah_tps: d.tps.length,
      jumlah_tps_terisi: d.tps.filter((t) => t.terisi).length,
      ...angka(r.rowKeys, d.lembar, partai),
    })),
    jumlah: angka(r.rowKeys, r.jumlah, partai),
  };
}
