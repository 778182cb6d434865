import type Database from 'better-sqlite3';
import type { JenisSuratSuara } from '../shared/domain/ballot';
import type { Clock, Result } from '../shared/domain/result';
import { gagal, ok } from '../shared/domain/result';
import type { EventName, EventPayloads, Handlers, KeadaanCadangan, KeadaanProyektor, MethodName, RingkasanPemilihan, SesiTerbuka, UntukBerkas } from '../shared/ipc/contract';
import { HASIL_METHOD_NAMES, HASIL_METHOD_TANPA_DB, type HasilMethodData } from '../shared/ipc/hasil-names';
import { createHasilHandlers, createHasilTanpaDbHandlers, createKabupatenHandlers, tolakDiKabupaten } from './hasil-handlers';
import { paketKabupatenDari } from './services/kabupaten-service';
import { ringkasanKabupaten } from './services/kabupaten-layar-service';
import type { ManajerCadangan, PemicuCadangan } from './backup-manager';
import { tangkapGalat } from './errors';
import { createPlenoHandlers } from './pleno-handlers';
import { PLENO_METHOD_NAMES, type PlenoMethodName } from '../shared/ipc/pleno-names';
import { kemajuanTps } from './progress';
import { keadaanAwal, laporHalaman, ubahKeadaan } from './projector-state';
import { countTps, loadPaket } from './services/election-service';
import { check, recap } from './services/recap-service';
import { readTpsSheet, saveTpsSheet } from './services/results-service';
import { importSirekapFiles } from './services/sirekap-import-service';
import { printDHasilPleno } from './services/pleno-print-service';

/** Pushes a main-process event to every window (a no-op in tests that do not listen). */
export type Emit = <E extends EventName>(event: E, payload: EventPayloads[E]) => void;

/** What the handlers of one open recap database run on. */
export interface HandlerContext {
  readonly db: Database.Database;
  readonly dbFile: string;
  readonly clock: Clock;
  readonly emit: Emit;
  /** Who acts, recorded in the audit log (the operator's name once sessions exist). */
  readonly operator: () => string;
  readonly fontsDir?: string;
  /** Backups at the plenary's moments (absent where no backups are kept, as in most service tests). */
  readonly cadangan?: PemicuCadangan;
}

/** The methods that work on the open recap database. */
export type MetodeData = MetodeKecamatan | PlenoMethodName | HasilMethodData;
/** The methods over desa and TPS, which a kabupaten database has not. */
type MetodeKecamatan = 'pemilihan.ringkasan' | 'rekap.ambil' | 'temuan.daftar' | 'tps.ambil' | 'tps.simpan' | 'sirekap.impor' | 'cetak.dokumen' | 'kemajuan.ambil';
const METODE_KECAMATAN: readonly MetodeKecamatan[] = ['pemilihan.ringkasan', 'rekap.ambil', 'temuan.daftar', 'tps.ambil', 'tps.simpan', 'sirekap.impor', 'cetak.dokumen', 'kemajuan.ambil'];
export type DataHandlers = Pick<Handlers, MetodeData>;

/** What is open: the package and the database file (one definition for both registries below). */
function ringkasanDari(db: Database.Database, dbFile: string): RingkasanPemilihan {
  const paket = loadPaket(db);
  return { paket, berkasDb: dbFile, jumlahDesa: paket.desa.length, jumlahTps: countTps(paket) };
}

/** The handlers of one open recap database: a kecamatan (PPK) one, or a kabupaten/kota (KPU) one. */
export function createDataHandlers(ctx: HandlerContext): DataHandlers {
  const { db, clock } = ctx;
  const kabupaten = paketKabupatenDari(db);
  if (kabupaten) return { ...tolakDiKabupaten(METODE_KECAMATAN), ...createPlenoHandlers(ctx), ...createKabupatenHandlers(ctx, kabupaten) };
  return {
    'pemilihan.ringkasan': async () => ok(ringkasanDari(db, ctx.dbFile)),
    'rekap.ambil': async ({ jenis }) => ok(recap(db, jenis)),
    'temuan.daftar': async () => ok(check(db)),
    'tps.ambil': async ({ kodeTps, jenis }) => readTpsSheet(db, kodeTps, jenis),
    'tps.simpan': async ({ kodeTps, jenis, nilai }) => {
      const saved = saveTpsSheet(db, { kodeTps, jenis, nilai, sumber: 'c_hasil', oleh: ctx.operator() }, clock);
      if (saved.ok) ctx.emit('nilai.berubah', { kodeTps: [kodeTps], jenis: [jenis], lembar: [saved.value] });
      return saved;
    },
    'sirekap.impor': async ({ paths, jenis }) => {
      const r = importSirekapFiles(db, paths, clock, { oleh: ctx.operator(), ...(jenis ? { jenis } : {}) });
      if (r.ok && r.value.nilaiBaru > 0) ctx.emit('nilai.berubah', { kodeTps: r.value.kodeTps, jenis: r.value.jenis });
      return r.ok ? ok({ berkas: r.value.berkas, tps: r.value.tps, nilaiBaru: r.value.nilaiBaru, nilaiSama: r.value.nilaiSama }) : r;
    },
    'cetak.dokumen': async ({ outDir }): Promise<Result<readonly string[]>> =>
      ok(await printDHasilPleno(db, outDir, clock, ctx.fontsDir === undefined ? {} : { fontsDir: ctx.fontsDir })),
    'kemajuan.ambil': async ({ jenis }) => ok(kemajuanTps(db, jenis)),
    ...createPlenoHandlers(ctx),
    ...createHasilHandlers(ctx),
  };
}

/** The recap database open now, with its handlers. */
export interface SesiData {
  readonly db: Database.Database;
  readonly dbFile: string;
  readonly handlers: DataHandlers;
}

/** Opens, creates and switches the recap database (electron/app-session.ts); failures are values. */
export interface PengelolaSesi {
  sekarang(): SesiData | null;
  buka(dbFile: string): Result<SesiData>;
  buat(paketFile: string, dbFile: string): Result<SesiData>;
  demo(): Result<SesiData>;
  /** The embedded kabupaten demo: several kecamatan exports imported (created on first use). */
  demoKabupaten(): Result<SesiData>;
  /** Backups of the open database (electron/backup-manager.ts). */
  readonly cadangan: ManajerCadangan;
  /** Restores a backup over the open database (the current file kept aside) and reopens it. */
  pulihkan(backupFile: string): Result<SesiData>;
}

/** What the registry runs on: the session manager and what only the app's windows can do. */
export interface AppContext {
  readonly sesi: PengelolaSesi;
  readonly emit: Emit;
  /** A file dialog: native in Electron, the test's answer in the browser tests; [] when cancelled. */
  readonly pilihBerkas: (untuk: UntukBerkas, nama?: string) => Promise<readonly string[]>;
  /** Opens (or brings forward) the projector window; absent where windows are opened by someone else. */
  readonly bukaProyektor?: () => void;
}

const DATA_METHODS: readonly MetodeData[] = [
  ...METODE_KECAMATAN,
  ...PLENO_METHOD_NAMES,
  ...HASIL_METHOD_NAMES.filter((m): m is HasilMethodData => !(HASIL_METHOD_TANPA_DB as readonly string[]).includes(m)),
];

/** The ballots of the open database, whichever its level. */
function suratSuaraDb(db: Database.Database): readonly { readonly jenis: JenisSuratSuara }[] {
  return (paketKabupatenDari(db) ?? loadPaket(db)).surat_suara;
}

function belumAda(): Result<never> {
  return gagal('belum-ada-basis-data', 'Belum ada basis data rekap yang terbuka. Buka basis data, buat dari paket pemilihan, atau buka data demo.', 'no recap database open');
}

/**
 * The handler registry that electron/ipc.ts registers and the e2e bridge exposes: the data methods of the
 * database open now, the session methods that switch it, the file dialogs, and the projector's state (held
 * here, in the main process, so the operator's console and the projector window always agree).
 */
export function createHandlers(app: AppContext): Handlers {
  let proyektor: KeadaanProyektor | null = null;

  const keadaan = (): KeadaanProyektor => {
    if (!proyektor) {
      const s = app.sesi.sekarang();
      proyektor = keadaanAwal(s ? (suratSuaraDb(s.db)[0]?.jenis ?? 'PPWP') : 'PPWP');
    }
    return proyektor;
  };
  const setKeadaan = (k: KeadaanProyektor): Result<KeadaanProyektor> => {
    const changed = JSON.stringify(k) !== JSON.stringify(proyektor);
    proyektor = k;
    if (changed) app.emit('proyektor.berubah', k);
    return ok(k);
  };
  /** A new database: the projector starts again on its kecamatan; every window re-reads everything. */
  const berganti = (r: Result<SesiData>): Result<SesiTerbuka> => {
    if (!r.ok) return r;
    const prev = proyektor;
    proyektor = null;
    const fresh = keadaan();
    proyektor = prev ? { ...fresh, jumlahHalaman: prev.jumlahHalaman } : fresh;
    app.emit('proyektor.berubah', proyektor);
    app.emit('sesi.berubah', { berkasDb: r.value.dbFile });
    const kab = paketKabupatenDari(r.value.db);
    return ok(kab ? ringkasanKabupaten(r.value.db, kab, r.value.dbFile) : ringkasanDari(r.value.db, r.value.dbFile));
  };
  const keadaanCadangan = (): KeadaanCadangan => app.sesi.cadangan.keadaan(app.sesi.sekarang()?.dbFile ?? null);

  const data = Object.fromEntries(
    DATA_METHODS.map((m) => [
      m,
      async (input: never) => {
        const s = app.sesi.sekarang();
        if (!s) return belumAda();
        return (s.handlers[m] as (i: never) => Promise<Result<unknown>>)(input);
      },
    ]),
  ) as unknown as DataHandlers;

  const rest: Omit<Handlers, MetodeData> = {
    'berkas.pilih': async ({ untuk, nama }) => ok({ paths: [...(await app.pilihBerkas(untuk, nama))] }),
    'sesi.buka': async ({ berkas }) => berganti(tangkapGalat(() => app.sesi.buka(berkas))),
    'sesi.buat': async ({ paket, berkas }) => berganti(tangkapGalat(() => app.sesi.buat(paket, berkas))),
    'sesi.demo': async () => {
      const r = berganti(tangkapGalat(() => app.sesi.demo()));
      return r.ok && 'jumlahDesa' in r.value ? ok(r.value) : r.ok ? gagal('demo-tidak-ada', 'Data demo kecamatan tidak dapat dibuka.', 'demo is not a kecamatan database') : r;
    },
    ...createHasilTanpaDbHandlers(async () => {
      const r = berganti(tangkapGalat(() => app.sesi.demoKabupaten()));
      return r.ok && 'kecamatan' in r.value ? ok(r.value) : r.ok ? gagal('demo-tidak-ada', 'Data demo kabupaten tidak dapat dibuka.', 'demo is not a kabupaten database') : r;
    }),
    'proyektor.buka': async () => {
      app.bukaProyektor?.();
      return ok(keadaan());
    },
    'proyektor.ambil': async () => ok(keadaan()),
    'proyektor.atur': async (u) => {
      const s = app.sesi.sekarang();
      const kab = s ? paketKabupatenDari(s.db) : null;
      const paket = s && !kab ? loadPaket(s.db) : null;
      const desa = new Set(paket ? paket.desa.map((d) => d.kode) : []);
      // Only a ballot of the open election can be shown.
      const v = u.jenis !== undefined && !(s ? suratSuaraDb(s.db) : []).some((ss) => ss.jenis === u.jenis) ? { ...u, jenis: undefined } : u;
      return setKeadaan(ubahKeadaan(keadaan(), v, (kode) => desa.has(kode)));
    },
    'proyektor.lapor': async ({ jumlahHalaman }) => setKeadaan(laporHalaman(keadaan(), jumlahHalaman)),
    'cadangan.ambil': async () => ok(keadaanCadangan()),
    'cadangan.atur': async (p) => {
      const r = app.sesi.cadangan.atur(p);
      return r.ok ? ok(keadaanCadangan()) : r;
    },
    'cadangan.sekarang': async () => {
      const r = tangkapGalat(() => app.sesi.cadangan.sekarang());
      return r.ok ? ok(keadaanCadangan()) : r;
    },
    'cadangan.pulihkan': async ({ berkas }) => berganti(tangkapGalat(() => app.sesi.pulihkan(berkas))),
  };
  const all: Handlers = { ...data, ...rest };
  return all satisfies Record<MethodName, unknown>;
}
