import type Database from 'better-sqlite3';
import { urutkanSuratSuara, type JenisSuratSuara } from '../../shared/domain/ballot';
import type { Lembar } from '../../shared/forms/c-hasil';
import { rekapKecamatan, type RekapKecamatan } from '../../shared/forms/recap';
import type { Temuan } from '../../shared/validation/finding';
import { validasiAntarSuratSuara, validasiLembar } from '../../shared/validation/rules';
import { PlenoError } from '../errors';
import { loadPaket } from './election-service';
import { idNilaiTerakhir, readSheets, tpsBerubahSejak } from './results-service';

/*
 * The recap and the findings are read after every save (the projector, the console's findings), and a big
 * kecamatan has ~650k cells: both are kept per connection and brought up to date from the TPS whose values
 * changed since (results-service: idNilaiTerakhir, tpsBerubahSejak; the sheets themselves from readSheets,
 * which is kept the same way). Inside a transaction nothing is kept or reused.
 */

const rekapTersimpan = new WeakMap<Database.Database, Map<JenisSuratSuara, { readonly id: number; readonly rekap: RekapKecamatan }>>();

/** The recap of one ballot over the kecamatan (TPS -> desa -> kecamatan) from the effective values. */
export function recap(db: Database.Database, jenis: JenisSuratSuara): RekapKecamatan {
  const paket = loadPaket(db);
  const suratSuara = paket.surat_suara.find((s) => s.jenis === jenis);
  if (!suratSuara) {
    const ada = paket.surat_suara.map((s) => s.jenis).join(', ');
    throw new PlenoError('surat-suara-tidak-dikenal', `Surat suara ${jenis} tidak ada dalam paket pemilihan (yang ada: ${ada}).`, `unknown ballot ${jenis}`);
  }
  const id = idNilaiTerakhir(db);
  const perJenis = rekapTersimpan.get(db) ?? new Map<JenisSuratSuara, { readonly id: number; readonly rekap: RekapKecamatan }>();
  const c = perJenis.get(jenis);
  if (c && id !== null && c.id === id) return c.rekap;
  const rekap = rekapKecamatan(paket, suratSuara, readSheets(db, jenis, 'efektif'));
  if (id !== null) {
    perJenis.set(jenis, { id, rekap });
    rekapTersimpan.set(db, perJenis);
  }
  return rekap;
}

/** The findings of one TPS: per ballot, its sheet's own (R1-R9, R12-R14), then those across its ballots (R15). */
function temuanTps(paket: ReturnType<typeof loadPaket>, kode: string, perJenis: ReadonlyMap<JenisSuratSuara, Lembar>): Map<JenisSuratSuara, Temuan[]> {
  const out = new Map<JenisSuratSuara, Temuan[]>();
  for (const suratSuara of paket.surat_suara) {
    const l = perJenis.get(suratSuara.jenis);
    if (l) out.set(suratSuara.jenis, validasiLembar(l, { jenisPemilihan: paket.pemilihan.jenis, suratSuara, tingkat: 'tps', kode }));
  }
  if (perJenis.size >= 2) for (const t of validasiAntarSuratSuara(perJenis, kode)) out.get(t.surat_suara)?.push(t);
  return out;
}

function terisi(l: Lembar | undefined): l is Lembar {
  return l !== undefined && Object.values(l).some((v) => v !== null);
}

interface CheckTersimpan {
  id: number;
  /** TPS code -> ballot -> findings, for every TPS with at least one sheet read. */
  readonly perTps: Map<string, Map<JenisSuratSuara, Temuan[]>>;
}

const checkTersimpan = new WeakMap<Database.Database, CheckTersimpan>();

/**
 * Every finding of validation: each TPS sheet that has any effective value, for every ballot, checked
 * at TPS level (R1-R9, R12-R14), then across the ballots of the TPS (R15); sorted by ballot (official order),
 * then TPS code, keeping the rules' own order within.
 */
export function check(db: Database.Database): Temuan[] {
  const paket = loadPaket(db);
  const ballots = urutkanSuratSuara(paket.surat_suara);
  const id = idNilaiTerakhir(db);
  let c = id === null ? undefined : checkTersimpan.get(db);
  const berubah = c && id !== null ? tpsBerubahSejak(db, c.id, id) : null;
  if (c && id !== null && berubah !== null) {
    const sheets = new Map(ballots.map((s) => [s.jenis, readSheets(db, s.jenis, 'efektif')]));
    for (const kode of berubah) {
      const perJenis = new Map<JenisSuratSuara, Lembar>();
      for (const s of ballots) {
        const l = sheets.get(s.jenis)!.get(kode);
        if (terisi(l)) perJenis.set(s.jenis, l);
      }
      if (perJenis.size === 0) c.perTps.delete(kode);
      else c.perTps.set(kode, temuanTps(paket, kode, perJenis));
    }
    c.id = id;
  } else {
    const sheets = new Map<string, Map<JenisSuratSuara, Lembar>>();
    for (const s of ballots) {
      for (const [kode, lembar] of readSheets(db, s.jenis, 'efektif')) {
        if (!terisi(lembar)) continue;
        let m = sheets.get(kode);
        if (!m) sheets.set(kode, (m = new Map()));
        m.set(s.jenis, lembar);
      }
    }
    c = { id: id ?? -1, perTps: new Map([...sheets].map(([kode, m]) => [kode, temuanTps(paket, kode, m)])) };
    if (id !== null) checkTersimpan.set(db, c);
  }
  const kodeUrut = [...c.perTps.keys()].sort();
  const out: Temuan[] = [];
  for (const s of ballots) for (const kode of kodeUrut) out.push(...(c.perTps.get(kode)!.get(s.jenis) ?? []));
  return out;
}
