import { isJenisSuratSuara, urutkanSuratSuara, type SuratSuara } from '../../shared/domain/ballot';
import { gagal, ok, type Clock, type Result } from '../../shared/domain/result';
import { csvTabel, tabelDariRekapKabupaten, tabelDariRekapKecamatan, type TabelRekap } from '../../shared/exchange/tabel-rekap';
import { loadPaket, openElectionDatabase } from '../services/election-service';
import { isKabupatenDatabase, openKabupatenDatabase, recapKabupaten } from '../services/kabupaten-service';
import { recap } from '../services/recap-service';
import { tulisXlsx } from '../services/spreadsheet-service';
import type { ArgumenCli } from './args';
import { tulisAtomik, type KeluaranPerintah } from './exchange-commands';

/** The recap tables of every ballot (or one) of a kecamatan or kabupaten database. */
export function tabelDariDb(file: string, jenis?: string): Result<TabelRekap[]> {
  if (jenis !== undefined && !isJenisSuratSuara(jenis)) return gagal('pemakaian-salah', `--surat-suara: jenis tidak dikenal "${jenis}"`, 'unknown ballot kind');
  const pilih = (list: readonly SuratSuara[]): SuratSuara[] => urutkanSuratSuara(list).filter((s) => jenis === undefined || s.jenis === jenis);
  if (isKabupatenDatabase(file)) {
    const { db, paket } = openKabupatenDatabase(file);
    try {
      const ss = pilih(paket.surat_suara);
      if (ss.length === 0) return gagal('surat-suara-tidak-dikenal', `Surat suara ${jenis ?? ''} tidak ada dalam paket pemilihan.`, 'unknown ballot');
      return ok(ss.map((s) => tabelDariRekapKabupaten(recapKabupaten(db, paket, s.jenis))));
    } finally {
      db.close();
    }
  }
  const db = openElectionDatabase(file);
  try {
    const ss = pilih(loadPaket(db).surat_suara);
    if (ss.length === 0) return gagal('surat-suara-tidak-dikenal', `Surat suara ${jenis ?? ''} tidak ada dalam paket pemilihan.`, 'unknown ballot');
    return ok(ss.map((s) => tabelDariRekapKecamatan(recap(db, s.jenis))));
  } finally {
    db.close();
  }
}

/** `export --format xlsx|csv --db FILE --out FILE [--surat-suara J]`. */
export async function eksporTabelCmd(a: ArgumenCli, format: 'xlsx' | 'csv', clock: Clock): Promise<Result<KeluaranPerintah>> {
  const out = a.opsi.get('out')!;
  const t = tabelDariDb(a.opsi.get('db')!, a.opsi.get('surat-suara'));
  if (!t.ok) return t;
  tulisAtomik(out, format === 'csv' ? csvTabel(t.value) : await tulisXlsx(t.value, clock()));
  return ok({ stdout: `${format.toUpperCase()} ${out} ditulis (${t.value.map((x) => x.suratSuara.jenis).join(', ')}).\n`, kode: 0 });
}
