import type { JenisSuratSuara, SuratSuara } from '../../shared/domain/ballot';
import type { JenisPemilihan } from '../../shared/domain/election';
import { jumlahkanLembar } from '../../shared/forms/aggregate';
import type { Lembar } from '../../shared/forms/c-hasil';
import { kemajuanLembar, type KemajuanTps } from '../../shared/forms/progress';
import type { RekapKecamatan } from '../../shared/forms/recap';
import type { LembarTps } from '../../shared/ipc/contract';
import type { Temuan } from '../../shared/validation/finding';
import { validasiLembar } from '../../shared/validation/rules';

/**
 * A window's copy of the recap, brought up to date with one TPS sheet read back from the main process after
 * a `nilai.berubah` event: the same functions the main process uses (sums row by row, validation of the
 * effective sheet, the C.Hasil/Sirekap comparison), applied to that TPS only. Keeps the path from a save to
 * the projector short; a full re-read follows a moment later and gives the same result.
 */
export interface DataRekap {
  readonly rekap: RekapKecamatan;
  readonly temuan: readonly Temuan[];
  readonly kemajuan: ReadonlyMap<string, KemajuanTps>;
}

/** Findings of one TPS sheet, as check() of the main process gives them for it. */
export function temuanTps(jenisPemilihan: JenisPemilihan, suratSuara: SuratSuara, kodeTps: string, efektif: Lembar): Temuan[] {
  if (!Object.values(efektif).some((v) => v !== null)) return [];
  return validasiLembar(efektif, { jenisPemilihan, suratSuara, tingkat: 'tps', kode: kodeTps });
}

/** The findings list with those of one TPS (and its ballot) replaced, in check()'s order (by TPS code). */
export function gantiTemuan(semua: readonly Temuan[], kodeTps: string, jenis: JenisSuratSuara, baru: readonly Temuan[]): Temuan[] {
  const lain = semua.filter((t) => !(t.kode === kodeTps && t.surat_suara === jenis));
  return [...lain, ...baru].sort((a, b) => (a.surat_suara === b.surat_suara ? (a.kode < b.kode ? -1 : a.kode > b.kode ? 1 : 0) : 0));
}

export function terapkanLembar(d: DataRekap, jenisPemilihan: JenisPemilihan, lembar: LembarTps): DataRekap {
  const { rekap } = d;
  if (lembar.jenis !== rekap.suratSuara.jenis) return d;
  const keys = rekap.rowKeys;
  let found = false;
  const desa = rekap.desa.map((ds) => {
    if (!ds.tps.some((t) => t.kode === lembar.kodeTps)) return ds;
    found = true;
    const tps = ds.tps.map((t) => (t.kode === lembar.kodeTps ? { ...t, lembar: lembar.efektif, terisi: Object.values(lembar.efektif).some((v) => v !== null) } : t));
    return { ...ds, tps, lembar: jumlahkanLembar(keys, tps.map((t) => t.lembar)) };
  });
  if (!found) return d;
  const nextRekap: RekapKecamatan = { ...rekap, desa, jumlah: jumlahkanLembar(keys, desa.map((x) => x.lembar)) };

  const temuan = gantiTemuan(d.temuan, lembar.kodeTps, lembar.jenis, temuanTps(jenisPemilihan, rekap.suratSuara, lembar.kodeTps, lembar.efektif));

  const kemajuan = new Map(d.kemajuan);
  kemajuan.set(lembar.kodeTps, kemajuanLembar(lembar.kodeTps, keys, lembar.c_hasil, lembar.sirekap));
  return { rekap: nextRekap, temuan, kemajuan };
}
