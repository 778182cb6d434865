import type Database from 'better-sqlite3';
import { urutkanSuratSuara, type JenisSuratSuara } from '../../shared/domain/ballot';
import type { Lembar } from '../../shared/forms/c-hasil';
import { rekapKecamatan, type RekapKecamatan } from '../../shared/forms/recap';
import type { Temuan } from '../../shared/validation/finding';
import { validasiAntarSuratSuara, validasiLembar } from '../../shared/validation/rules';
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
 * at TPS level (R1-R9, R12-R14), then across the ballots of the TPS (R15); sorted by ballot (official order),
 * then TPS code, keeping the rules' own order within.
 */
export function check(db: Database.Database): Temuan[] {
  const paket = loadPaket(db);
  const ballots = urutkanSuratSuara(paket.surat_suara);
  const sheets = new Map<JenisSuratSuara, Map<string, Lembar>>();
  for (const s of ballots) {
    const perTps = new Map<string, Lembar>();
    for (const [kode, lembar] of readSheets(db, s.jenis, 'efektif')) {
      if (Object.values(lembar).some((v) => v !== null)) perTps.set(kode, lembar);
    }
    sheets.set(s.jenis, perTps);
  }

  // R15 per TPS, kept by ballot and TPS so each lands after that sheet's own findings.
  const antar = new Map<string, Temuan[]>();
  const semuaTps = new Set([...sheets.values()].flatMap((m) => [...m.keys()]));
  for (const kode of semuaTps) {
    const perJenis = new Map<JenisSuratSuara, Lembar>();
    for (const [jenis, m] of sheets) {
      const l = m.get(kode);
      if (l) perJenis.set(jenis, l);
    }
    if (perJenis.size < 2) continue;
    for (const t of validasiAntarSuratSuara(perJenis, kode)) {
      const k = `${t.surat_suara}|${kode}`;
      antar.set(k, [...(antar.get(k) ?? []), t]);
    }
  }

  const out: Temuan[] = [];
  for (const suratSuara of ballots) {
    const perTps = sheets.get(suratSuara.jenis)!;
    for (const kode of [...perTps.keys()].sort()) {
      out.push(...validasiLembar(perTps.get(kode)!, { jenisPemilihan: paket.pemilihan.jenis, suratSuara, tingkat: 'tps', kode }));
      out.push(...(antar.get(`${suratSuara.jenis}|${kode}`) ?? []));
    }
  }
  return out;
}
