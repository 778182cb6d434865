import { z } from 'zod';
import { JENIS_SURAT_SUARA, type JenisSuratSuara } from '../domain/ballot';
import type { BedaSel, RekapKabupaten } from '../exchange/rekap-kabupaten';
import type { PaketKabupaten } from '../paket/paket-kabupaten';
import type { Temuan } from '../validation/finding';
import type { HasilMethodName } from './hasil-names';

/** Input schemas and outputs of the exchange methods (issue 6); contract.ts merges them into the one contract. */

const jenis = z.enum(JENIS_SURAT_SUARA);
const berkas = z.string().min(1).max(4096);

export const HASIL_SCHEMAS = {
  /** Writes the PPK's `rekap-hasil/2` export (all ballots, or one) to a file. */
  'hasil.ekspor': z.object({ berkas, jenis: jenis.optional() }).strict(),
  /** Checks an export file: intact or not, whose, which ballots, its fingerprint. Needs no open database. */
  'hasil.periksa': z.object({ berkas }).strict(),
  /** The witness pack into a folder: one folder per saksi, once every desa of the ballot is approved. */
  'hasil.paket-saksi': z.object({ outDir: berkas, jenis: jenis.optional() }).strict(),
  /** The recap as XLSX (D.Hasil layout, SUM formulas) or CSV (one row per unit and form row). */
  'hasil.tabel': z.object({ berkas, format: z.enum(['xlsx', 'csv']), jenis: jenis.optional() }).strict(),
  /** Kabupaten level: the package and every kecamatan with its import status and history. */
  'kabupaten.ringkasan': z.object({}).strict(),
  /** Kabupaten level: imports a kecamatan export; a different one replaces the current only with `ganti`. */
  'kabupaten.impor': z
    .object({
      berkas,
      sidik: z.string().max(64).optional(),
      ganti: z.boolean().optional(),
      /** With `ganti`: the hash of the export whose differences the operator confirmed (a file changed since is refused). */
      sha256: z.string().regex(/^[0-9a-f]{64}$/).optional(),
    })
    .strict(),
  /** Kabupaten level: one ballot's recap, one column per kecamatan, its fingerprint and findings. */
  'kabupaten.rekap': z.object({ jenis }).strict(),
  /** Kabupaten level: prints the D.Hasil Kabupaten/Kota of every ballot into a folder. */
  'kabupaten.cetak': z.object({ outDir: berkas }).strict(),
  /** Opens the embedded kabupaten demo (several kecamatan exports imported; created on first use). */
  'sesi.demo-kabupaten': z.object({}).strict(),
} as const satisfies Record<HasilMethodName, z.ZodType>;

/** An export written to a file. */
export interface EksporDitulis {
  readonly berkas: string;
  readonly sha256: string;
  /** Short fingerprint XXXX-XXXX-XXXX-XXXX, read aloud in the plenary. */
  readonly sidik: string;
  readonly jenis: readonly JenisSuratSuara[];
}

/** An export file checked. */
export interface PeriksaHasil {
  readonly berkas: string;
  /** The content still matches the hash written in it. */
  readonly utuh: boolean;
  readonly sidik: string;
  /** The hash written in the file. */
  readonly sha256Tertulis: string;
  /** The hash of the content as it is now. */
  readonly sha256: string;
  readonly pemilihan: string;
  readonly kabupaten: { readonly kode: string; readonly nama: string };
  readonly kecamatan: { readonly kode: string; readonly nama: string };
  readonly jenis: readonly JenisSuratSuara[];
}

export interface PaketSaksiDitulis {
  readonly jenis: JenisSuratSuara;
  readonly sidik: string;
  readonly sha256: string;
  /** One folder per saksi. */
  readonly folder: readonly string[];
}

export interface TabelDitulis {
  readonly berkas: string;
  readonly jenis: readonly JenisSuratSuara[];
}

/** One import of a kecamatan export at the kabupaten. */
export interface ImporKecamatan {
  readonly sha256: string;
  readonly sidik: string;
  readonly namaBerkas: string;
  readonly diimporPada: string;
  readonly oleh: string;
}

/** A kecamatan of the kabupaten with the export it stands on. */
export interface KecamatanKabupaten {
  readonly kode: string;
  readonly nama: string;
  /** belum: no export yet; diimpor: one; diganti: a newer export replaced an earlier one. */
  readonly status: 'belum' | 'diimpor' | 'diganti';
  /** Every import, oldest first; the last is current. */
  readonly riwayat: readonly ImporKecamatan[];
}

export interface RingkasanKabupaten {
  readonly tingkat: 'kabupaten';
  readonly paket: PaketKabupaten;
  readonly berkasDb: string;
  readonly kecamatan: readonly KecamatanKabupaten[];
}

/** What an import did (or, for `perlu-ganti`, would do once confirmed). */
export type HasilImporKabupaten =
  | { readonly status: 'diimpor' | 'diganti'; readonly kecamatan: string; readonly sha256: string; readonly sidik: string; readonly beda: readonly BedaSel[] }
  | { readonly status: 'sama'; readonly kecamatan: string; readonly sha256: string; readonly sidik: string }
  | { readonly status: 'perlu-ganti'; readonly kecamatan: string; readonly sha256: string; readonly sidik: string; readonly beda: readonly BedaSel[] };

export interface RekapKabupatenLayar {
  readonly rekap: RekapKabupaten;
  /** SHA-256 of which export each column comes from (printed on the D.Hasil Kabupaten/Kota). */
  readonly sha256: string;
  /** Unit rules on each imported kecamatan's total. */
  readonly temuan: readonly Temuan[];
}

export interface HasilOutputs {
  'hasil.ekspor': EksporDitulis;
  'hasil.periksa': PeriksaHasil;
  'hasil.paket-saksi': readonly PaketSaksiDitulis[];
  'hasil.tabel': TabelDitulis;
  'kabupaten.ringkasan': RingkasanKabupaten;
  'kabupaten.impor': HasilImporKabupaten;
  'kabupaten.rekap': RekapKabupatenLayar;
  'kabupaten.cetak': readonly string[];
  'sesi.demo-kabupaten': RingkasanKabupaten;
}

/** File dialogs of the exchange: save an export, open one, a witness-pack folder, save XLSX or CSV. */
export const UNTUK_BERKAS_HASIL = ['simpan-ekspor', 'berkas-ekspor', 'folder-paket-saksi', 'simpan-xlsx', 'simpan-csv', 'folder-cetak'] as const;

/** Main -> window events of the exchange. */
export interface HasilEventPayloads {
  /** A kecamatan export was imported or replaced at the kabupaten; every window re-reads. */
  'kabupaten.berubah': { readonly kecamatan: string };
}
