/**
 * The KPU kabupaten/kota level over `rekap-hasil/1` exports: checks that an export belongs to the
 * kabupaten package, the recap with one column per kecamatan, and the cell-by-cell differences between two
 * exports of the same kecamatan. Pure: hashing is checked before these run (exchange-service).
 */
import type { JenisSuratSuara, SuratSuara } from '../domain/ballot';
import { gagal, ok, type Result } from '../domain/result';
import { jumlahkanLembar } from '../forms/aggregate';
import { barisCHasil, type Lembar } from '../forms/c-hasil';
import type { PaketKabupaten } from '../paket/paket-kabupaten';
import type { RekapHasil, SuratSuaraHasil } from './rekap-hasil';

/** Checks that an (intact) export is of this kabupaten's election, of one of its kecamatan, and adds up. */
export function periksaHasilUntukKabupaten(paket: PaketKabupaten, doc: RekapHasil, nama = 'berkas'): Result<void> {
  const p = paket.pemilihan;
  const d = doc.pemilihan;
  if (d.nama !== p.nama || d.jenis !== p.jenis || d.tanggal !== p.tanggal) {
    return gagal(
      'hasil-pemilihan-lain',
      `${nama}: pemilihan berbeda — berkas "${d.nama}" (${d.jenis}, ${d.tanggal}), paket kabupaten "${p.nama}" (${p.jenis}, ${p.tanggal}).`,
      'export of another election',
    );
  }
  const kab = doc.wilayah.kabupaten;
  if (kab.kode !== paket.wilayah.kabupaten.kode) {
    return gagal('hasil-kabupaten-lain', `${nama}: kabupaten berbeda — berkas ${kab.kode} ${kab.nama}, basis data ${paket.wilayah.kabupaten.kode} ${paket.wilayah.kabupaten.nama}.`, 'export of another kabupaten');
  }
  const kec = doc.wilayah.kecamatan;
  if (!paket.kecamatan.some((k) => k.kode === kec.kode)) {
    return gagal('hasil-kecamatan-lain', `${nama}: kecamatan ${kec.kode} ${kec.nama} bukan kecamatan dari paket kabupaten ${paket.wilayah.kabupaten.kode}.`, 'unknown kecamatan');
  }
  for (const s of doc.surat_suara) {
    const ss = paket.surat_suara.find((x) => x.jenis === s.jenis);
    if (!ss) return gagal('hasil-surat-suara-lain', `${nama}: surat suara ${s.jenis} tidak ada dalam paket kabupaten.`, `unknown ballot ${s.jenis}`);
    const harap = ss.peserta.map((x) => `${x.nomor}:${x.nama}`).join('|');
    const ada = s.peserta.map((x) => `${x.nomor}:${x.nama}`).join('|');
    if (harap !== ada) return gagal('hasil-peserta-lain', `${nama}: peserta surat suara ${s.jenis} berbeda dengan paket kabupaten.`, 'participants differ');
    const keys = barisCHasil(ss).map((r) => r.key);
    for (const desa of s.desa) {
      const hitung = jumlahkanLembar(keys, desa.tps.map((t) => Object.fromEntries(keys.map((k) => [k, t.baris[k]?.nilai ?? null]))));
      const beda = keys.find((k) => (desa.jumlah[k] ?? null) !== hitung[k]);
      if (beda !== undefined) {
        return gagal('hasil-jumlah-salah', `${nama}: ${s.jenis} desa ${desa.kode}, baris ${beda}: jumlah tertulis ${String(desa.jumlah[beda] ?? null)}, jumlah TPS ${String(hitung[beda])}.`, 'desa total differs');
      }
    }
    const hitungKec = jumlahkanLembar(keys, s.desa.map((x) => x.jumlah));
    const bedaKec = keys.find((k) => (s.jumlah[k] ?? null) !== hitungKec[k]);
    if (bedaKec !== undefined) {
      return gagal('hasil-jumlah-salah', `${nama}: ${s.jenis} kecamatan, baris ${bedaKec}: jumlah tertulis ${String(s.jumlah[bedaKec] ?? null)}, jumlah desa ${String(hitungKec[bedaKec])}.`, 'kecamatan total differs');
    }
  }
  return ok(undefined);
}

/** One kecamatan column of the kabupaten recap. */
export interface KolomKecamatan {
  readonly kode: string;
  readonly nama: string;
  /** The export the column comes from (null: no export of this kecamatan imported yet). */
  readonly sha256: string | null;
  readonly lembar: Lembar;
}

/** The recap of one ballot over a kabupaten: one column per kecamatan (in package order) and the total. */
export interface RekapKabupaten {
  readonly suratSuara: SuratSuara;
  readonly kode: string;
  readonly nama: string;
  readonly rowKeys: readonly string[];
  readonly kecamatan: readonly KolomKecamatan[];
  readonly jumlah: Lembar;
}

/** Sums the kecamatan totals of the current exports (keyed by kecamatan code), every row independently. */
export function rekapKabupaten(paket: PaketKabupaten, jenis: JenisSuratSuara, hasil: ReadonlyMap<string, RekapHasil>): RekapKabupaten | null {
  const suratSuara = paket.surat_suara.find((s) => s.jenis === jenis);
  if (!suratSuara) return null;
  const rowKeys = barisCHasil(suratSuara).map((r) => r.key);
  const kecamatan = paket.kecamatan.map((k) => {
    const doc = hasil.get(k.kode);
    const s = doc?.surat_suara.find((x) => x.jenis === jenis);
    const lembar: Lembar = s ? Object.fromEntries(rowKeys.map((key) => [key, s.jumlah[key] ?? null])) : Object.fromEntries(rowKeys.map((key) => [key, null]));
    return { kode: k.kode, nama: k.nama, sha256: s && doc ? doc.sha256 : null, lembar };
  });
  return {
    suratSuara,
    kode: paket.wilayah.kabupaten.kode,
    nama: paket.wilayah.kabupaten.nama,
    rowKeys,
    kecamatan,
    jumlah: jumlahkanLembar(rowKeys, kecamatan.map((k) => k.lembar)),
  };
}

/** One changed cell between two exports of the same kecamatan. */
export interface BedaSel {
  readonly surat_suara: JenisSuratSuara;
  /** TPS code, or the kecamatan code for its total. */
  readonly kode: string;
  readonly baris: string;
  readonly dari: number | null;
  readonly ke: number | null;
}

function selTps(s: SuratSuaraHasil | undefined): Map<string, number | null> {
  const out = new Map<string, number | null>();
  for (const d of s?.desa ?? []) for (const t of d.tps) for (const [k, sel] of Object.entries(t.baris)) out.set(`${t.kode}|${k}`, sel.nilai);
  return out;
}

/** Every TPS cell and kecamatan total that differs between an old and a new export, by ballot, TPS and row. */
export function bedaHasil(lama: RekapHasil, baru: RekapHasil): BedaSel[] {
  const out: BedaSel[] = [];
  const jenisSemua = [...new Set([...lama.surat_suara, ...baru.surat_suara].map((s) => s.jenis))];
  for (const jenis of jenisSemua) {
    const a = lama.surat_suara.find((s) => s.jenis === jenis);
    const b = baru.surat_suara.find((s) => s.jenis === jenis);
    const ma = selTps(a);
    const mb = selTps(b);
    const kunci = [...new Set([...ma.keys(), ...mb.keys()])].sort();
    for (const k of kunci) {
      const dari = ma.get(k) ?? null;
      const ke = mb.get(k) ?? null;
      if (dari !== ke) {
        const [kode, baris] = k.split('|') as [string, string];
        out.push({ surat_suara: jenis, kode, baris, dari, ke });
      }
    }
    const keys = [...new Set([...Object.keys(a?.jumlah ?? {}), ...Object.keys(b?.jumlah ?? {})])].sort();
    for (const baris of keys) {
      const dari = a?.jumlah[baris] ?? null;
      const ke = b?.jumlah[baris] ?? null;
      if (dari !== ke) out.push({ surat_suara: jenis, kode: baru.wilayah.kecamatan.kode, baris, dari, ke });
    }
  }
  return out;
}

/** "PPWP TPS 3369012001003 suara_1: 120 -> 121" lines for the operator. */
export function formatBeda(beda: readonly BedaSel[]): string {
  return beda.map((b) => `${b.surat_suara} ${b.kode.length === 13 ? 'TPS' : 'jumlah kecamatan'} ${b.kode} ${b.baris}: ${b.dari ?? 'kosong'} -> ${b.ke ?? 'kosong'}`).join('\n');
}
