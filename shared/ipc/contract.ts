import { z } from 'zod';
import { JENIS_SURAT_SUARA, type JenisSuratSuara } from '../domain/ballot';
import type { Paket } from '../domain/election';
import type { Result } from '../domain/result';
import type { Lembar } from '../forms/c-hasil';
import type { RekapKecamatan } from '../forms/recap';
import type { Temuan } from '../validation/finding';
import type { EventName, MethodName } from './names';

export { channelOf, EVENT_NAMES, METHOD_NAMES, type EventName, type MethodName } from './names';

/**
 * The one contract between the windows and the main process. Each method takes one input object
 * (validated by its schema in the main process) and resolves to a Result; expected failures are values.
 * electron/ipc.ts, the preload, the CLI-side tests and the e2e bridge all iterate over this map.
 */

const jenis = z.enum(JENIS_SURAT_SUARA);
const kodeTps = z.string().regex(/^\d{13}$/);
const angka = z.number().int().min(0).max(999).nullable();

export const METHOD_SCHEMAS = {
  /** What is open: the package and the database file. */
  'pemilihan.ringkasan': z.object({}).strict(),
  /** The recap of one ballot: TPS -> desa -> kecamatan over the effective values. */
  'rekap.ambil': z.object({ jenis }).strict(),
  /** Every finding of validation over every TPS and ballot. */
  'temuan.daftar': z.object({}).strict(),
  /** One TPS sheet: effective values, and each source's latest values. */
  'tps.ambil': z.object({ kodeTps, jenis }).strict(),
  /** Saves a C.Hasil sheet as read in the plenary (source c_hasil). */
  'tps.simpan': z.object({ kodeTps, jenis, nilai: z.record(z.string().max(64), angka) }).strict(),
  /** Imports Sirekap TPS files or folders. */
  'sirekap.impor': z.object({ paths: z.array(z.string().min(1).max(4096)).min(1).max(10_000) }).strict(),
  /** Prints the D.Hasil documents into a folder. */
  'cetak.dokumen': z.object({ outDir: z.string().min(1).max(4096) }).strict(),
} as const satisfies Record<MethodName, z.ZodType>;
export type MethodInput<M extends MethodName> = z.infer<(typeof METHOD_SCHEMAS)[M]>;

export interface RingkasanPemilihan {
  readonly paket: Paket;
  readonly berkasDb: string;
  readonly jumlahDesa: number;
  readonly jumlahTps: number;
}

export interface LembarTps {
  readonly kodeTps: string;
  readonly jenis: JenisSuratSuara;
  readonly efektif: Lembar;
  readonly sirekap: Lembar;
  readonly c_hasil: Lembar;
}

export interface HasilImpor {
  readonly berkas: number;
  readonly tps: number;
  readonly nilaiBaru: number;
  readonly nilaiSama: number;
}

export interface MethodOutputs {
  'pemilihan.ringkasan': RingkasanPemilihan;
  'rekap.ambil': RekapKecamatan;
  'temuan.daftar': readonly Temuan[];
  'tps.ambil': LembarTps;
  'tps.simpan': LembarTps;
  'sirekap.impor': HasilImpor;
  'cetak.dokumen': readonly string[];
}

export type MethodOutput<M extends MethodName> = MethodOutputs[M];

/** A handler for every method; the registry that ipc.ts and the e2e bridge expose. */
export type Handlers = { [M in MethodName]: (input: MethodInput<M>) => Promise<Result<MethodOutput<M>>> };

/** Main -> window events. */
export interface EventPayloads extends Record<EventName, unknown> {
  /** A value of a TPS changed (saved or imported); every window re-reads what it shows. */
  'nilai.berubah': { readonly kodeTps: readonly string[]; readonly jenis: readonly JenisSuratSuara[] };
}


/** What the preload exposes as `window.api`. */
export interface Api {
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<Result<MethodOutput<M>>>;
  on<E extends EventName>(event: E, listener: (payload: EventPayloads[E]) => void): () => void;
}
