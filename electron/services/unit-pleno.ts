import type Database from 'better-sqlite3';
import type { SuratSuara } from '../../shared/domain/ballot';
import { loadPaket } from './election-service';
import { paketKabupatenDari } from './kabupaten-service';

/**
 * The units a plenary reviews, objections name and PPS/PPK members come from: the desa at a PPK (kecamatan
 * database), the kecamatan at a KPU kabupaten/kota (kabupaten database). The plenary services ask here instead
 * of assuming desa.
 */
export type TingkatUnit = 'desa' | 'kecamatan';

export function tingkatUnit(db: Database.Database): TingkatUnit {
  return paketKabupatenDari(db) ? 'kecamatan' : 'desa';
}

/** True when `kode` is a unit of this database's plenary. */
export function adaUnit(db: Database.Database, kode: string): boolean {
  return db.prepare('SELECT 1 FROM wilayah WHERE kode = ? AND tingkat = ?').get(kode, tingkatUnit(db)) !== undefined;
}

/** "Desa 3369011001" / "Kecamatan 336901", for the operator's messages. */
export function namaUnit(db: Database.Database, kode: string): string {
  return `${tingkatUnit(db) === 'kecamatan' ? 'Kecamatan' : 'Desa'} ${kode}`;
}

/** The ballots of the election, at either level. */
export function suratSuaraPemilihan(db: Database.Database): readonly SuratSuara[] {
  return (paketKabupatenDari(db) ?? loadPaket(db)).surat_suara;
}
