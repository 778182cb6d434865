import type { JenisSuratSuara } from '../shared/domain/ballot';
import { ok, type Result } from '../shared/domain/result';
import type { Handlers } from '../shared/ipc/contract';
import type { PlenoMethodName } from '../shared/ipc/pleno-names';
import type { HandlerContext } from './handlers';
import { ajukanKeberatan, catatHitungUlang, daftarHitungUlang, daftarKeberatan, langkahKeberatan } from './services/keberatan-service';
import { catatKehadiran, daftarHadirin, daftarkanHadirin } from './services/kehadiran-service';
import { printPlenoDocuments } from './services/pleno-print-service';
import { keadaanPleno, ubahPleno } from './services/sidang-service';
import { catatTandaTangan, daftarTandaTangan } from './services/tanda-tangan-service';
import { daftarTinjauan, majukanTinjauan } from './services/tinjauan-service';

export type PlenoHandlers = Pick<Handlers, PlenoMethodName>;

/**
 * The plenary methods of one open recap database. Each write goes through its service (one transaction with
 * its audit row); on success every window hears `pleno.berubah`, and `nilai.berubah` when a value changed.
 */
export function createPlenoHandlers(ctx: HandlerContext): PlenoHandlers {
  const { db, clock } = ctx;
  const berubah = <T>(sebab: PlenoMethodName, r: Result<T>, nilai?: { kodeTps: string; jenis: JenisSuratSuara } | null): Result<T> => {
    if (r.ok) {
      ctx.emit('pleno.berubah', { sebab });
      if (nilai) ctx.emit('nilai.berubah', { kodeTps: [nilai.kodeTps], jenis: [nilai.jenis] });
    }
    return r;
  };
  return {
    'pleno.ambil': async () =>
      ok({ keadaan: keadaanPleno(db), hadirin: daftarHadirin(db), tinjauan: daftarTinjauan(db), keberatan: daftarKeberatan(db), hitungUlang: daftarHitungUlang(db) }),
    'pleno.ubah': async (u) => {
      const r = berubah('pleno.ubah', ubahPleno(db, u, ctx.operator(), clock));
      if (r.ok && u.aksi === 'buka') ctx.cadangan?.saatBukaSidang();
      return r;
    },
    'hadirin.daftarkan': async (b) => berubah('hadirin.daftarkan', daftarkanHadirin(db, b, ctx.operator(), clock)),
    'hadirin.catat': async ({ hadirinId, jenis }) => berubah('hadirin.catat', catatKehadiran(db, hadirinId, jenis, ctx.operator(), clock)),
    'tinjauan.majukan': async (u) => {
      const r = berubah('tinjauan.majukan', majukanTinjauan(db, u, ctx.operator(), clock));
      if (r.ok && u.status === 'disahkan') ctx.cadangan?.saatPersetujuan();
      return r;
    },
    'keberatan.ajukan': async (b) => berubah('keberatan.ajukan', ajukanKeberatan(db, b, ctx.operator(), clock)),
    'keberatan.langkah': async (l) => {
      const r = langkahKeberatan(db, l, ctx.operator(), clock);
      const k = r.ok && l.langkah === 'diterima' && r.value.tpsKode && r.value.suratSuara ? { kodeTps: r.value.tpsKode, jenis: r.value.suratSuara } : null;
      return berubah('keberatan.langkah', r, k);
    },
    'hitung-ulang.catat': async (h) => berubah('hitung-ulang.catat', catatHitungUlang(db, h, ctx.operator(), clock), { kodeTps: h.tpsKode, jenis: h.jenis }),
    'tanda-tangan.catat': async (t) => berubah('tanda-tangan.catat', catatTandaTangan(db, t, ctx.operator(), clock)),
    'tanda-tangan.daftar': async ({ dokumen }) => ok(daftarTandaTangan(db, dokumen)),
    'pleno.cetak': async ({ outDir }) => ok(await printPlenoDocuments(db, outDir, clock, ctx.fontsDir === undefined ? {} : { fontsDir: ctx.fontsDir })),
  };
}
