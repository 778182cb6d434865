import type Database from 'better-sqlite3';
import { JENIS_SURAT_SUARA, type JenisSuratSuara } from '../../shared/domain/ballot';
import { rekapKecamatan, type RekapKecamatan } from '../../shared/forms/recap';
import type { Temuan } from '../../shared/validation/finding';
import { validasiLembar } from '../../shared/validation/rules';
import { PlenoError } from '../errors';
import { loadPaket } from './election-service';
import { readSheets } from './results-service';

/** The recap of one ballot over the kecamatan (TPS -> desa -> kecamatan) from the effective values. */
export function recap(db: Database.Database, jenis: JenisSuratSuara): RekapKecamatan {
  const paket = loadPaket(db);
  const suratSuara = paket.surat_suara.find((s) => s.jenis === jenis);
  if (!suratSuara) {
    const ada = paket.surat_suara.map((s) => s.jenis).join(', ');
    throw new PlenoError('surat-suara-tidak-dikenal', `Surat suara ${jenis} tidak ada dalam paket pemilihan (yang ada: ${ada}).`, `unknown ballot ${jenis}`);
  }
  return rekapKecamatan(paket, suratSuara, readSheets(db, jenis, 'efektif'));
}

/**
 * Every finding of validation: each TPS sheet that has any effective value, for every ballot, checked
 * at TPS level; sorted by ballot (official order), then TPS code, keeping the rules' own order within.
 */
export function check(db: Database.Database): Temuan[] {
  const paket = loadPaket(db);
  const ballots = [...paket.surat_suara].sort((a, b) => JENIS_SURAT_SUARA.indexOf(a.jenis) - JENIS_SURAT_SUARA.indexOf(b.jenis));
  const out: Temuan[] = [];
  for (const suratSuara of ballots) {
    const sheets = readSheets(db, suratSuara.jenis, 'efektif');
    for (const kode of [...sheets.keys()].sort()) {
      const lembar = sheets.get(kode)!;
      if (!Object.values(lembar).some((v) => v !== null)) continue;
      out.push(...validasiLembar(lembar, { jenisPemilihan: paket.pemilihan.jenis, suratSuara, tingkat: 'tps', kode }));
    }
  }
  return out;
}
