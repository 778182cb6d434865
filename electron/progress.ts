import type Database from 'better-sqlite3';
import type { JenisSuratSuara } from '../shared/domain/ballot';
import { barisCHasil } from '../shared/forms/c-hasil';
import { kemajuanLembar, type KemajuanTps } from '../shared/forms/progress';
import { loadPaket } from './services/election-service';
import { readSheets } from './services/results-service';

/** Where every TPS of a ballot stands (shared/forms/progress.ts), from the stored versions in two queries. */
export function kemajuanTps(db: Database.Database, jenis: JenisSuratSuara): KemajuanTps[] {
  const paket = loadPaket(db);
  const ss = paket.surat_suara.find((s) => s.jenis === jenis);
  if (!ss) return [];
  const keys = barisCHasil(ss).map((r) => r.key);
  const cHasil = readSheets(db, jenis, 'c_hasil');
  const sirekap = readSheets(db, jenis, 'sirekap');
  return paket.desa.flatMap((d) => d.tps.map((t) => kemajuanLembar(t.kode, keys, cHasil.get(t.kode) ?? {}, sirekap.get(t.kode) ?? {})));
}
