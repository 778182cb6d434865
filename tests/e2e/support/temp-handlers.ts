/* eslint-disable @typescript-eslint/no-explicit-any */
// TEMPORARY (until handlers.ts is wired): a registry composed from the services, for looking at the UI.
import type Database from 'better-sqlite3';
import { ok, gagal } from '../../../shared/domain/result';
import { loadPaket, countTps } from '../../../electron/services/election-service';
import { check, recap } from '../../../electron/services/recap-service';
import { readTpsSheet, saveTpsSheet } from '../../../electron/services/results-service';
import { importSirekapFiles } from '../../../electron/services/sirekap-import-service';
import { kemajuanTps } from '../../../electron/progress';
import { keadaanAwal, laporHalaman, ubahKeadaan } from '../../../electron/projector-state';

export function tempHandlers(db: Database.Database, dbFile: string, emit: (e: string, p: unknown) => void, pilih: () => string[]): Record<string, (i: never) => Promise<unknown>> {
  const clock = () => new Date();
  const paket = loadPaket(db);
  let k = keadaanAwal('PPWP');
  const setK = (n: typeof k) => {
    k = n;
    emit('proyektor.berubah', k);
    return ok(k);
  };
  const h: Record<string, (i: any) => Promise<unknown>> = {
    'pemilihan.ringkasan': async () => ok({ paket, berkasDb: dbFile, jumlahDesa: paket.desa.length, jumlahTps: countTps(paket) }),
    'rekap.ambil': async ({ jenis }) => ok(recap(db, jenis)),
    'temuan.daftar': async () => ok(check(db)),
    'tps.ambil': async ({ kodeTps, jenis }) => readTpsSheet(db, kodeTps, jenis),
    'tps.simpan': async ({ kodeTps, jenis, nilai }) => {
      const saved = saveTpsSheet(db, { kodeTps, jenis, nilai, sumber: 'c_hasil', oleh: 'op' }, clock);
      if (saved.ok) emit('nilai.berubah', { kodeTps: [kodeTps], jenis: [jenis] });
      return saved;
    },
    'sirekap.impor': async ({ paths }) => {
      const r = importSirekapFiles(db, paths, clock);
      if (r.ok && r.value.nilaiBaru > 0) emit('nilai.berubah', { kodeTps: r.value.kodeTps, jenis: ['PPWP'] });
      return r.ok ? ok({ berkas: r.value.berkas, tps: r.value.tps, nilaiBaru: r.value.nilaiBaru, nilaiSama: r.value.nilaiSama }) : r;
    },
    'kemajuan.ambil': async ({ jenis }) => ok(kemajuanTps(db, jenis)),
    'berkas.pilih': async () => ok({ paths: pilih() }),
    'proyektor.ambil': async () => ok(k),
    'proyektor.buka': async () => ok(k),
    'proyektor.atur': async (u) => setK(ubahKeadaan(k, u, (kode) => paket.desa.some((d) => d.kode === kode))),
    'proyektor.lapor': async ({ jumlahHalaman }) => setK(laporHalaman(k, jumlahHalaman)),
    'sesi.demo': async () => gagal('x', 'x'),
  };
  return h;
}
