import { isJenisSuratSuara } from '../../shared/domain/ballot';
import { gagal, ok, type Clock, type Result } from '../../shared/domain/result';
import { openElectionDatabase } from '../services/election-service';
import { tulisPaketSaksi } from '../services/witness-pack-service';
import type { ArgumenCli } from './args';
import type { KeluaranPerintah } from './exchange-commands';

/** `paket-saksi --db FILE --out DIR [--surat-suara J] [--kertas F4|A4]`. */
export async function paketSaksiCmd(a: ArgumenCli, clock: Clock): Promise<Result<KeluaranPerintah>> {
  const j = a.opsi.get('surat-suara');
  if (j !== undefined && !isJenisSuratSuara(j)) return gagal('pemakaian-salah', `--surat-suara: jenis tidak dikenal "${j}"`, 'unknown ballot kind');
  const kertas = a.opsi.get('kertas') ?? 'F4';
  if (kertas !== 'F4' && kertas !== 'A4') return gagal('pemakaian-salah', `--kertas: ukuran "${kertas}" tidak dikenal (F4 atau A4)`, 'unknown paper size');
  const db = openElectionDatabase(a.opsi.get('db')!);
  try {
    const r = await tulisPaketSaksi(db, a.opsi.get('out')!, clock, { kertas, ...(j === undefined ? {} : { jenis: j }) });
    if (!r.ok) return r;
    if (a.bendera.has('json')) return ok({ stdout: `${JSON.stringify(r.value, null, 2)}\n`, kode: 0 });
    const baris = r.value.map((p) => `${p.jenis}: ${p.folder.length} folder saksi, sidik jari ${p.sidik}`);
    return ok({ stdout: `${baris.join('\n')}\n`, kode: 0 });
  } finally {
    db.close();
  }
}
