import path from 'node:path';
import { urutkanSuratSuara, type JenisSuratSuara } from '../shared/domain/ballot';
import { gagal, ok, type Result } from '../shared/domain/result';
import type { Handlers, RingkasanKabupaten } from '../shared/ipc/contract';
import type { HasilMethodData, HasilMethodTanpaDb } from '../shared/ipc/hasil-names';
import { csvTabel, tabelDariRekapKabupaten, tabelDariRekapKecamatan, type TabelRekap } from '../shared/exchange/tabel-rekap';
import type { PaketKabupaten } from '../shared/paket/paket-kabupaten';
import { bacaBerkasHasil, tulisAtomik } from './cli/exchange-commands';
import { galatDari } from './errors';
import type { HandlerContext } from './handlers';
import { loadPaket } from './services/election-service';
import { eksporRekapHasil, verifikasiRekapHasil } from './services/exchange-service';
import { printKabupatenDocuments } from './services/kabupaten-print-service';
import { imporHasil, recapKabupaten } from './services/kabupaten-service';
import { rekapKabupatenLayar, ringkasanKabupaten } from './services/kabupaten-layar-service';
import { recap } from './services/recap-service';
import { tulisXlsx } from './services/spreadsheet-service';
import { tulisPaketSaksi } from './services/witness-pack-service';

export type HasilDataHandlers = Pick<Handlers, HasilMethodData>;

/** Runs a handler body; an expected failure thrown inside (PlenoError) becomes a value, a bug stays a bug. */
async function lindungi<T>(f: () => Promise<Result<T>> | Result<T>): Promise<Result<T>> {
  try {
    return await f();
  } catch (err) {
    const galat = galatDari(err);
    if (galat) return { ok: false, error: galat };
    throw err;
  }
}

function fontsDari(ctx: HandlerContext): { readonly fontsDir?: string } {
  return ctx.fontsDir === undefined ? {} : { fontsDir: ctx.fontsDir };
}

function bukanKabupaten(): Result<never> {
  return gagal('bukan-kabupaten', 'Basis data yang terbuka adalah rekap tingkat kecamatan (PPK). Layar ini untuk basis data KPU kabupaten/kota.', 'not a kabupaten database');
}

function tingkatKabupaten(apa: string): Result<never> {
  return gagal('tingkat-kabupaten', `Basis data yang terbuka adalah rekap tingkat kabupaten/kota: ${apa} hanya ada di basis data kecamatan (PPK).`, 'kecamatan-level method on a kabupaten database');
}

function tabelDari<S extends { readonly jenis: JenisSuratSuara }>(list: readonly S[], jenis: JenisSuratSuara | undefined, buat: (s: S) => TabelRekap): Result<TabelRekap[]> {
  const ss = urutkanSuratSuara(list).filter((s) => jenis === undefined || s.jenis === jenis);
  if (ss.length === 0) return gagal('surat-suara-tidak-dikenal', `Surat suara ${jenis ?? ''} tidak ada dalam paket pemilihan.`, 'unknown ballot');
  return ok(ss.map(buat));
}

async function tulisTabel(berkas: string, format: 'xlsx' | 'csv', tabel: Result<TabelRekap[]>, ctx: HandlerContext): Promise<Result<{ berkas: string; jenis: JenisSuratSuara[] }>> {
  if (!tabel.ok) return tabel;
  const isi = format === 'csv' ? csvTabel(tabel.value) : await tulisXlsx(tabel.value, ctx.clock());
  return tulisBerkas(berkas, isi, () => ({ berkas, jenis: tabel.value.map((t) => t.suratSuara.jenis) }));
}

/** Writes a whole file (never half of one); a folder that is missing or read-only is a message. */
function tulisBerkas<T>(berkas: string, isi: string | Uint8Array, hasil: () => T): Result<T> {
  try {
    tulisAtomik(berkas, isi);
    return ok(hasil());
  } catch (err) {
    return gagal('berkas-tidak-tertulis', `Berkas ${berkas} tidak dapat ditulis (folder tidak ada, penuh, atau hanya-baca).`, String(err));
  }
}

/** The exchange methods of a kecamatan (PPK) database: export, witness pack, spreadsheets. */
export function createHasilHandlers(ctx: HandlerContext): HasilDataHandlers {
  const { db } = ctx;
  return {
    'hasil.ekspor': ({ berkas, jenis }) =>
      lindungi(() => {
        const e = eksporRekapHasil(db, jenis);
        return tulisBerkas(berkas, e.teks, () => ({ berkas, sha256: e.sha256, sidik: e.sidik, jenis: e.dokumen.surat_suara.map((s) => s.jenis) }));
      }),
    'hasil.paket-saksi': ({ outDir, jenis }) =>
      lindungi(async () => {
        try {
          return await tulisPaketSaksi(db, outDir, ctx.clock, { ...fontsDari(ctx), ...(jenis === undefined ? {} : { jenis }) });
        } catch (err) {
          if (galatDari(err) || !(err instanceof Error) || !('code' in err)) throw err;
          return gagal('berkas-tidak-tertulis', `Paket saksi tidak dapat ditulis ke ${outDir} (folder tidak ada, penuh, atau hanya-baca).`, String(err));
        }
      }),
    'hasil.tabel': ({ berkas, format, jenis }) =>
      lindungi(() => tulisTabel(berkas, format, tabelDari(loadPaket(db).surat_suara, jenis, (s) => tabelDariRekapKecamatan(recap(db, s.jenis))), ctx)),
    'kabupaten.ringkasan': async () => bukanKabupaten(),
    'kabupaten.impor': async () => bukanKabupaten(),
    'kabupaten.rekap': async () => bukanKabupaten(),
    'kabupaten.cetak': async () => bukanKabupaten(),
  };
}

/** The exchange methods of a kabupaten database: imports of kecamatan exports, the recap, printing. */
export function createKabupatenHandlers(ctx: HandlerContext, paket: PaketKabupaten): HasilDataHandlers {
  const { db } = ctx;
  return {
    'hasil.ekspor': async () => tingkatKabupaten('ekspor hasil untuk KPU'),
    'hasil.paket-saksi': async () => tingkatKabupaten('paket saksi'),
    'hasil.tabel': ({ berkas, format, jenis }) =>
      lindungi(() => tulisTabel(berkas, format, tabelDari(paket.surat_suara, jenis, (s) => tabelDariRekapKabupaten(recapKabupaten(db, paket, s.jenis))), ctx)),
    'kabupaten.ringkasan': async () => lindungi(() => ok(ringkasanKabupaten(db, paket, ctx.dbFile))),
    'kabupaten.impor': ({ berkas, sidik, ganti, sha256 }) =>
      lindungi(() => {
        const teks = bacaBerkasHasil(berkas);
        if (!teks.ok) return teks;
        // The replacement the operator confirmed is the export whose differences were shown, not a file changed since.
        if (ganti && sha256 !== undefined) {
          const v = verifikasiRekapHasil(teks.value, path.basename(berkas));
          if (v.ok && v.value.sha256Tertulis !== sha256) {
            return gagal('berkas-berubah', `${path.basename(berkas)} berubah sejak perbedaannya ditampilkan; tidak ada yang diganti. Impor lagi untuk melihat perbedaannya yang baru.`, 'file changed after the diff was shown');
          }
        }
        const r = imporHasil(db, paket, teks.value, ctx.clock, { oleh: ctx.operator(), namaBerkas: berkas, ...(sidik ? { sidik } : {}), ...(ganti ? { ganti } : {}) });
        if (r.ok && (r.value.status === 'diimpor' || r.value.status === 'diganti')) ctx.emit('kabupaten.berubah', { kecamatan: r.value.kecamatan });
        return r;
      }),
    'kabupaten.rekap': ({ jenis }) => lindungi(() => ok(rekapKabupatenLayar(db, paket, jenis))),
    'kabupaten.cetak': ({ outDir }) =>
      lindungi(async () => {
        try {
          return ok(await printKabupatenDocuments(db, paket, outDir, ctx.clock, fontsDari(ctx)));
        } catch (err) {
          if (galatDari(err) || !(err instanceof Error) || !('code' in err)) throw err;
          return gagal('berkas-tidak-tertulis', `Dokumen tidak dapat ditulis ke ${outDir} (folder tidak ada, penuh, atau hanya-baca).`, String(err));
        }
      }),
  };
}

/** Checking an export file needs no open database (a saksi's file, a file before it is imported). */
export function createHasilTanpaDbHandlers(demoKabupaten: () => Promise<Result<RingkasanKabupaten>>): Pick<Handlers, HasilMethodTanpaDb> {
  return {
    'hasil.periksa': ({ berkas }) =>
      lindungi(() => {
        const teks = bacaBerkasHasil(berkas);
        if (!teks.ok) return teks;
        const v = verifikasiRekapHasil(teks.value, path.basename(berkas));
        if (!v.ok) return v;
        const d = v.value.dokumen;
        return ok({
          berkas,
          utuh: v.value.utuh,
          sidik: v.value.sidik,
          sha256Tertulis: v.value.sha256Tertulis,
          sha256: v.value.sha256,
          pemilihan: d.pemilihan.nama,
          kabupaten: { kode: d.wilayah.kabupaten.kode, nama: d.wilayah.kabupaten.nama },
          kecamatan: { kode: d.wilayah.kecamatan.kode, nama: d.wilayah.kecamatan.nama },
          jenis: d.surat_suara.map((s) => s.jenis),
        });
      }),
    'sesi.demo-kabupaten': () => demoKabupaten(),
  };
}

/** Kecamatan-level data methods answered at kabupaten level. */
export function tolakDiKabupaten<M extends keyof Handlers>(methods: readonly M[]): Pick<Handlers, M> {
  return Object.fromEntries(methods.map((m) => [m, async () => tingkatKabupaten('layar TPS dan desa')])) as unknown as Pick<Handlers, M>;
}
