import { z } from 'zod';
import { JENIS_SURAT_SUARA, type JenisSuratSuara } from '../domain/ballot';
import type { Paket } from '../domain/election';
import type { Result } from '../domain/result';
import type { Lembar } from '../forms/c-hasil';
import type { KemajuanTps } from '../forms/progress';
import type { RekapKecamatan } from '../forms/recap';
import type { Temuan } from '../validation/finding';
import type { EventName, MethodName } from './names';
import { HASIL_SCHEMAS, UNTUK_BERKAS_HASIL, type HasilEventPayloads, type HasilOutputs, type RingkasanKabupaten } from './hasil-contract';
import { PLENO_SCHEMAS, type PlenoEventPayloads, type PlenoOutputs } from './pleno-contract';

export { channelOf, EVENT_NAMES, METHOD_NAMES, type EventName, type MethodName } from './names';

/**
 * The one contract between the windows and the main process. Each method takes one input object
 * (validated by its schema in the main process) and resolves to a Result; expected failures are values.
 * electron/ipc.ts, the preload, the CLI-side tests and the e2e bridge all iterate over this map.
 */

const jenis = z.enum(JENIS_SURAT_SUARA);
const kodeTps = z.string().regex(/^\d{13}$/);
const angka = z.number().int().min(0).max(999).nullable();
const berkas = z.string().min(1).max(4096);
const bagianProyektor = z.enum(['suara', 'pemilih', 'surat']);
const jumlahHalaman = z.number().int().min(0).max(999);
/** Party ballots on the projector: one line per party (summary) or one party's block (detail). */
export const MODE_PARTAI = ['ringkas', 'rinci'] as const;
export type ModePartai = (typeof MODE_PARTAI)[number];

/** What a file dialog of the main process is for. */
export const UNTUK_BERKAS = ['paket', 'basis-data', 'basis-data-baru', 'sirekap', 'folder-cadangan', 'berkas-cadangan', ...UNTUK_BERKAS_HASIL] as const;
export type UntukBerkas = (typeof UNTUK_BERKAS)[number];

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
  /**
   * Imports Sirekap TPS files or folders; with `jenis` every file is of that ballot (a file in another contest's
   * Sirekap folder is refused), else each file's ballot is its Sirekap folder's, else PPWP.
   */
  'sirekap.impor': z.object({ paths: z.array(z.string().min(1).max(4096)).min(1).max(10_000), jenis: jenis.optional() }).strict(),
  /** Prints the D.Hasil documents into a folder. */
  'cetak.dokumen': z.object({ outDir: z.string().min(1).max(4096) }).strict(),
  /** Where every TPS of a ballot stands: C.Hasil rows read, Sirekap numbers, differences. */
  'kemajuan.ambil': z.object({ jenis }).strict(),
  /** A file dialog of the main process (native in Electron); the chosen paths, none when cancelled. */
  'berkas.pilih': z
    .object({
      untuk: z.enum(UNTUK_BERKAS),
      /** A file name to suggest when saving (e.g. the export of a kecamatan and ballot); a name, not a path. */
      nama: z.string().min(1).max(200).regex(/^[^\\/:*?"<>|]+$/).optional(),
    })
    .strict(),
  /** Opens an existing recap database. */
  'sesi.buka': z.object({ berkas }).strict(),
  /** Creates a recap database from an election package file, then opens it. */
  'sesi.buat': z.object({ paket: berkas, berkas }).strict(),
  /** Opens the embedded demo election (created on first use). */
  'sesi.demo': z.object({}).strict(),
  /** Opens the projector window (fullscreen on a second display), or brings it forward. */
  'proyektor.buka': z.object({}).strict(),
  /** What the projector shows. */
  'proyektor.ambil': z.object({}).strict(),
  /** The operator's (or the projector keyboard's) choice of what the projector shows and which page. */
  'proyektor.atur': z
    .object({
      tampilan: z.enum(['kecamatan', 'desa']).optional(),
      /** The ballot shown (the one the operator is entering). */
      jenis: jenis.optional(),
      kodeDesa: z.string().regex(/^\d{10}$/).nullable().optional(),
      bagian: bagianProyektor.optional(),
      halaman: jumlahHalaman.optional(),
      geser: z.union([z.literal(1), z.literal(-1)]).optional(),
      /** The TPS being read; at a KPU kabupaten/kota the kecamatan (6 digits) whose PPK reads its D.Hasil. */
      sorotTps: z.union([kodeTps, z.string().regex(/^\d{6}$/)]).nullable().optional(),
      /** Party ballots: summary (one line per party) or one party's block in detail. */
      modePartai: z.enum(MODE_PARTAI).optional(),
      /** The party shown in detail: the one the operator's cursor is in, or chosen in the control. */
      partai: z.number().int().min(1).max(99).optional(),
    })
    .strict(),
  /** The projector window's page count per bagian on its screen. */
  'proyektor.lapor': z.object({ jumlahHalaman: z.object({ suara: jumlahHalaman, pemilih: jumlahHalaman, surat: jumlahHalaman }).strict() }).strict(),
  /** The backup settings, the last backup and the backups in the folder. */
  'cadangan.ambil': z.object({}).strict(),
  /** Sets the backup folder (e.g. a USB stick; null turns automatic backups off), how many to keep, the interval. */
  'cadangan.atur': z
    .object({ folder: berkas.nullable(), simpan: z.number().int().min(1).max(1000), selangMenit: z.number().int().min(0).max(24 * 60) })
    .strict(),
  /** Backs up the open database now. */
  'cadangan.sekarang': z.object({}).strict(),
  /** Restores a backup over the open database (the current file is kept aside, never deleted), then reopens it. */
  'cadangan.pulihkan': z.object({ berkas }).strict(),
  ...PLENO_SCHEMAS,
  ...HASIL_SCHEMAS,
} as const satisfies Record<MethodName, z.ZodType>;
export type MethodInput<M extends MethodName> = z.infer<(typeof METHOD_SCHEMAS)[M]>;

export interface RingkasanPemilihan {
  readonly paket: Paket;
  readonly berkasDb: string;
  readonly jumlahDesa: number;
  readonly jumlahTps: number;
}

/** What opening a database answers: a kecamatan (PPK) recap, or a kabupaten/kota (KPU) one. */
export type SesiTerbuka = RingkasanPemilihan | RingkasanKabupaten;

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

export type { KemajuanTps } from '../forms/progress';

/** The three groups of rows the projector shows: votes, voters, ballot papers and disabled voters. */
export type BagianProyektor = z.infer<typeof bagianProyektor>;
export type TampilanProyektor = 'kecamatan' | 'desa';

/** What the projector shows, held by the main process so that every window agrees. */
export interface KeadaanProyektor {
  readonly jenis: JenisSuratSuara;
  /** The kecamatan's desa side by side, or one desa's TPS side by side. */
  readonly tampilan: TampilanProyektor;
  readonly kodeDesa: string | null;
  readonly bagian: BagianProyektor;
  /** 0-based page within the bagian. */
  readonly halaman: number;
  /** Pages per bagian on the projector's screen, as it last reported them. */
  readonly jumlahHalaman: Readonly<Record<BagianProyektor, number>>;
  /** The TPS the operator is reading now (highlighted when its desa is shown). */
  readonly sorotTps: string | null;
  /** Party ballots: summary or one party's block (`partai`, else the first party) in detail. */
  readonly modePartai: ModePartai;
  readonly partai: number | null;
}

export type UbahProyektor = MethodInput<'proyektor.atur'>;

export type { RingkasanPleno } from './pleno-contract';
export type * from './hasil-contract';

export interface MethodOutputs extends PlenoOutputs, HasilOutputs {
  'pemilihan.ringkasan': RingkasanPemilihan;
  'rekap.ambil': RekapKecamatan;
  'temuan.daftar': readonly Temuan[];
  'tps.ambil': LembarTps;
  'tps.simpan': LembarTps;
  'sirekap.impor': HasilImpor;
  'cetak.dokumen': readonly string[];
  'kemajuan.ambil': readonly KemajuanTps[];
  'berkas.pilih': { readonly paths: readonly string[] };
  'sesi.buka': SesiTerbuka;
  'sesi.buat': SesiTerbuka;
  'sesi.demo': RingkasanPemilihan;
  'proyektor.buka': KeadaanProyektor;
  'proyektor.ambil': KeadaanProyektor;
  'proyektor.atur': KeadaanProyektor;
  'proyektor.lapor': KeadaanProyektor;
  'cadangan.ambil': KeadaanCadangan;
  'cadangan.atur': KeadaanCadangan;
  'cadangan.sekarang': KeadaanCadangan;
  'cadangan.pulihkan': SesiTerbuka;
}

/** Backups as the operator console shows them. */
export interface KeadaanCadangan {
  readonly pengaturan: { readonly folder: string | null; readonly simpan: number; readonly selangMenit: number };
  /** The last backup attempt of this session, or null. */
  readonly terakhir: { readonly waktu: string; readonly ok: boolean; readonly pesan: string; readonly berkas: string | null } | null;
  /** Backups of the open database in the folder, oldest first; `waktu` as in the file name (UTC, YYYYMMDD-HHMMSSZ). */
  readonly daftar: readonly { readonly berkas: string; readonly waktu: string; readonly alasan: string }[];
}

export type MethodOutput<M extends MethodName> = MethodOutputs[M];

/** A handler for every method; the registry that ipc.ts and the e2e bridge expose. */
export type Handlers = { [M in MethodName]: (input: MethodInput<M>) => Promise<Result<MethodOutput<M>>> };

/** Main -> window events. */
export interface EventPayloads extends Record<EventName, unknown> {
  'pleno.berubah': PlenoEventPayloads['pleno.berubah'];
  'kabupaten.berubah': HasilEventPayloads['kabupaten.berubah'];
  /**
   * A value of a TPS changed (saved or imported); every window re-reads what it shows. A save at the console
   * carries the saved sheet as `tps.ambil` gives it (`lembar`), so a window applies it without reading it back.
   */
  'nilai.berubah': { readonly kodeTps: readonly string[]; readonly jenis: readonly JenisSuratSuara[]; readonly lembar?: readonly LembarTps[] };
  /** The projector's view or page changed. */
  'proyektor.berubah': KeadaanProyektor;
  /** Another recap database was opened; every window re-reads everything. */
  'sesi.berubah': { readonly berkasDb: string };
}


/** What the preload exposes as `window.api`. */
export interface Api {
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<Result<MethodOutput<M>>>;
  on<E extends EventName>(event: E, listener: (payload: EventPayloads[E]) => void): () => void;
}
