import type Database from 'better-sqlite3';
import type { Clock, Result } from '../shared/domain/result';
import { ok } from '../shared/domain/result';
import type { EventName, EventPayloads, Handlers } from '../shared/ipc/contract';
import { JENIS_SIREKAP } from '../shared/sirekap/parse-sirekap';
import { countTps, loadPaket } from './services/election-service';
import { check, recap } from './services/recap-service';
import { readTpsSheet, saveTpsSheet } from './services/results-service';
import { importSirekapFiles } from './services/sirekap-import-service';
import { printRecapDocuments } from './services/print-service';

/** What the handlers run on: an open recap database and the process's ways to tell the windows. */
export interface HandlerContext {
  readonly db: Database.Database;
  readonly dbFile: string;
  readonly clock: Clock;
  /** Pushes a main-process event to every window (a no-op in tests that do not listen). */
  readonly emit: <E extends EventName>(event: E, payload: EventPayloads[E]) => void;
  /** Who acts, recorded in the audit log (the operator's name once sessions exist). */
  readonly operator: () => string;
  readonly fontsDir?: string;
}

/** The handler registry that electron/ipc.ts registers and the e2e bridge exposes. */
export function createHandlers(ctx: HandlerContext): Handlers {
  const { db, clock } = ctx;
  const paket = loadPaket(db);
  return {
    'pemilihan.ringkasan': async () => ok({ paket, berkasDb: ctx.dbFile, jumlahDesa: paket.desa.length, jumlahTps: countTps(paket) }),
    'rekap.ambil': async ({ jenis }) => ok(recap(db, jenis)),
    'temuan.daftar': async () => ok(check(db)),
    'tps.ambil': async ({ kodeTps, jenis }) => readTpsSheet(db, kodeTps, jenis),
    'tps.simpan': async ({ kodeTps, jenis, nilai }) => {
      const saved = saveTpsSheet(db, { kodeTps, jenis, nilai, sumber: 'c_hasil', oleh: ctx.operator() }, clock);
      if (saved.ok) ctx.emit('nilai.berubah', { kodeTps: [kodeTps], jenis: [jenis] });
      return saved;
    },
    'sirekap.impor': async ({ paths }) => {
      const r = importSirekapFiles(db, paths, clock, { oleh: ctx.operator() });
      if (r.ok && r.value.nilaiBaru > 0) ctx.emit('nilai.berubah', { kodeTps: r.value.kodeTps, jenis: [JENIS_SIREKAP] });
      return r.ok ? ok({ berkas: r.value.berkas, tps: r.value.tps, nilaiBaru: r.value.nilaiBaru, nilaiSama: r.value.nilaiSama }) : r;
    },
    'cetak.dokumen': async ({ outDir }): Promise<Result<readonly string[]>> =>
      ok(await printRecapDocuments(db, outDir, clock, ctx.fontsDir === undefined ? {} : { fontsDir: ctx.fontsDir })),
  };
}
