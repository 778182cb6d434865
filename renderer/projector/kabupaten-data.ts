/**
 * The projector at KPU kabupaten/kota level: the kabupaten recap in the shape the projector lays out (a recap
 * whose units are columns side by side), so the same layout, type sizes, paging and marks serve both levels.
 * Here the units are the kecamatan, each headed by the short fingerprint of the export it stands on.
 */
import type { JenisSuratSuara } from '../../shared/domain/ballot';
import type { Paket } from '../../shared/domain/election';
import { gagal, ok, type Result } from '../../shared/domain/result';
import { sidikPendek } from '../../shared/exchange/rekap-hasil';
import type { RekapKecamatan } from '../../shared/forms/recap';
import type { RingkasanPemilihan } from '../../shared/ipc/contract';
import type { KemajuanTps } from '../../shared/forms/progress';
import type { Temuan } from '../../shared/validation/finding';
import { call } from '../api';
import type { TandaSel, UnitProyektor } from './view-model';

/** Texts of the kabupaten projector, in Bahasa Indonesia. */
export const T_PROYEKTOR_KAB = {
  judul: (nama: string): string => `KABUPATEN/KOTA ${nama}`,
  sub: (provinsi: string): string => `PROV. ${provinsi} · KECAMATAN BERDAMPINGAN`,
  belumAda: 'BELUM ADA',
  legendaSidik: 'sidik jari ekspor PPK',
} as const;

export interface DataProyektorKabupaten {
  readonly ringkasan: RingkasanPemilihan;
  readonly rekap: RekapKecamatan;
  readonly temuan: readonly Temuan[];
  readonly kemajuan: ReadonlyMap<string, KemajuanTps>;
  /** The kabupaten's own names for the header, and the export each kecamatan column comes from. */
  readonly kabupaten: { readonly nama: string; readonly provinsi: string; readonly sha256: ReadonlyMap<string, string | null> };
}

/** Reads the kabupaten recap of the ballot chosen (else the first) and shapes it for the projector. */
export async function muatDataKabupaten(jenisDipilih: JenisSuratSuara | null): Promise<Result<DataProyektorKabupaten>> {
  const ring = await call('kabupaten.ringkasan', {});
  if (!ring.ok) return ring;
  const paketKab = ring.value.paket;
  const jenis = paketKab.surat_suara.find((s) => s.jenis === jenisDipilih)?.jenis ?? paketKab.surat_suara[0]?.jenis;
  if (!jenis) return gagal('paket-rusak', 'Paket pemilihan tidak berisi surat suara.', 'no ballot');
  const r = await call('kabupaten.rekap', { jenis });
  if (!r.ok) return r;
  const { rekap } = r.value;
  // The units of the layout: one per kecamatan (no TPS below them at this level).
  const paket: Paket = {
    format: paketKab.format,
    pemilihan: paketKab.pemilihan,
    tingkat: 'kecamatan',
    wilayah: { provinsi: paketKab.wilayah.provinsi, kabupaten: paketKab.wilayah.kabupaten, kecamatan: paketKab.wilayah.kabupaten },
    desa: rekap.kecamatan.map((k) => ({ kode: k.kode, nama: k.nama, tps: [] })),
    surat_suara: paketKab.surat_suara,
  };
  return ok({
    ringkasan: { paket, berkasDb: ring.value.berkasDb, jumlahDesa: rekap.kecamatan.length, jumlahTps: 0 },
    rekap: { suratSuara: rekap.suratSuara, kode: rekap.kode, nama: rekap.nama, rowKeys: rekap.rowKeys, desa: rekap.kecamatan.map((k) => ({ kode: k.kode, nama: k.nama, tps: [], lembar: k.lembar })), jumlah: rekap.jumlah },
    temuan: r.value.temuan,
    kemajuan: new Map(),
    kabupaten: { nama: paketKab.wilayah.kabupaten.nama, provinsi: paketKab.wilayah.provinsi.nama, sha256: new Map(rekap.kecamatan.map((k) => [k.kode, k.sha256])) },
  });
}

/**
 * The kecamatan side by side: each marked by the findings on its total, headed by its export's fingerprint; the one
 * whose PPK is reading (`sorot`, chosen at the console) highlighted.
 */
export function unitKabupaten(d: DataProyektorKabupaten, sorot: string | null = null): UnitProyektor[] {
  return d.rekap.desa.map((k) => {
    const tanda = new Map<string, TandaSel>();
    for (const t of d.temuan) {
      if (t.kode !== k.kode || t.surat_suara !== d.rekap.suratSuara.jenis) continue;
      for (const key of t.baris) {
        const prev = tanda.get(key);
        tanda.set(key, { galat: (prev?.galat ?? false) || t.keparahan === 'galat', peringatan: (prev?.peringatan ?? false) || t.keparahan === 'peringatan', selisih: false, sirekap: false });
      }
    }
    const sha = d.kabupaten.sha256.get(k.kode) ?? null;
    return { kode: k.kode, judul: k.nama, sub: sha ? sidikPendek(sha) : T_PROYEKTOR_KAB.belumAda, lembar: k.lembar, tanda, sorot: k.kode === sorot, tingkat: 'desa' };
  });
}
