/**
 * The KPU kabupaten/kota level over `rekap-hasil/2` exports: checks that an export belongs to the
 * kabupaten package and is coherent (arrays fit the rows, effective values follow from the versions, totals
 * add up), the recap with one column per kecamatan (from the stored kecamatan totals), and the cell-by-cell
 * differences between two exports of the same kecamatan. Pure: hashing is checked before these run
 * (exchange-service).
 */
import type { JenisSuratSuara, SuratSuara } from '../domain/ballot';
import { gagal, ok, type Result } from '../domain/result';
import { jumlahkanLembar } from '../forms/aggregate';
import { barisCHasil, type Lembar } from '../forms/c-hasil';
import type { PaketKabupaten } from '../paket/paket-kabupaten';
import { arrayKeLembar, RuangEfektif, type RekapHasil, type SuratSuaraHasil } from './rekap-hasil';

function sama(a: readonly (number | null)[], b: readonly (number | null)[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return i;
  return a.length === b.length ? -1 : a.length;
}

/** Sums aligned arrays row by row (null when no array has the row). */
export function jumlahkanDeret(n: number, deret: readonly (readonly (number | null)[])[]): (number | null)[] {
  const out: (number | null)[] = new Array<number | null>(n).fill(null);
  for (const d of deret) {
    for (let i = 0; i < n; i++) {
      const v = d[i];
      if (v !== null && v !== undefined) out[i] = (out[i] ?? 0) + v;
    }
  }
  return out;
}

/**
 * The first incoherence of one ballot of an export, or null: its rows are the package's form, every array has
 * one entry per row, each TPS's effective values and sources follow from its versions, and the desa and
 * kecamatan totals add up.
 */
function periksaSuratSuara(s: SuratSuaraHasil, keys: readonly string[]): { kode: string; pesan: string; detail: string } | null {
  const n = keys.length;
  if (s.baris.length !== n || s.baris.some((k, i) => k !== keys[i])) return { kode: 'hasil-tidak-runtut', pesan: 'baris formulir berbeda dengan paket kabupaten.', detail: 'row keys differ' };
  const desaJumlah: (readonly (number | null)[])[] = [];
  const ruang = new RuangEfektif(n);
  for (const desa of s.desa) {
    for (const t of desa.tps) {
      if (t.nilai.length !== n || t.sumber.length !== n) return { kode: 'hasil-tidak-runtut', pesan: `TPS ${t.kode}: ${n} baris diharapkan, tertulis ${t.nilai.length} nilai dan ${t.sumber.length} sumber.`, detail: 'TPS arrays do not fit the rows' };
      if (!ruang.isi(t.versi)) return { kode: 'hasil-tidak-runtut', pesan: `TPS ${t.kode}: riwayat versi tidak sesuai dengan baris formulir.`, detail: 'malformed versions' };
      const j = ruang.bedaPertama(t.nilai, t.sumber);
      if (j >= 0) {
        const seharusnya = `${String(ruang.nilai(j))}, ${String.fromCharCode(ruang.sumber(j))}`;
        return { kode: 'hasil-tidak-runtut', pesan: `TPS ${t.kode}, baris ${keys[j] ?? '?'}: nilai ${String(t.nilai[j] ?? null)} (${t.sumber[j] ?? '?'}) tidak sesuai dengan riwayat versinya (${seharusnya}).`, detail: 'effective value does not follow from the versions' };
      }
    }
    const hitung = jumlahkanDeret(n, desa.tps.map((t) => t.nilai));
    const i = desa.jumlah.length === n ? sama(desa.jumlah, hitung) : 0;
    if (i >= 0) return { kode: 'hasil-jumlah-salah', pesan: `desa ${desa.kode}, baris ${keys[i] ?? '?'}: jumlah tertulis ${String(desa.jumlah[i] ?? null)}, jumlah TPS ${String(hitung[i])}.`, detail: 'desa total differs' };
    desaJumlah.push(desa.jumlah);
  }
  const hitungKec = jumlahkanDeret(n, desaJumlah);
  const k = s.jumlah.length === n ? sama(s.jumlah, hitungKec) : 0;
  if (k >= 0) return { kode: 'hasil-jumlah-salah', pesan: `kecamatan, baris ${keys[k] ?? '?'}: jumlah tertulis ${String(s.jumlah[k] ?? null)}, jumlah desa ${String(hitungKec[k])}.`, detail: 'kecamatan total differs' };
  return null;
}

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
    const salah = periksaSuratSuara(s, keys);
    if (salah !== null) return gagal(salah.kode, `${nama}: ${s.jenis} ${salah.pesan}`, salah.detail);
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

/** The total of one ballot of a kecamatan's current export, as the kabupaten stores it. */
export interface JumlahKecamatan {
  /** The export the total comes from. */
  readonly sha256: string;
  readonly lembar: Lembar;
}

/** Sums the kecamatan totals of the current exports (keyed by kecamatan code), every row independently. */
export function rekapKabupaten(paket: PaketKabupaten, jenis: JenisSuratSuara, hasil: ReadonlyMap<string, JumlahKecamatan>): RekapKabupaten | null {
  const suratSuara = paket.surat_suara.find((s) => s.jenis === jenis);
  if (!suratSuara) return null;
  const rowKeys = barisCHasil(suratSuara).map((r) => r.key);
  const kecamatan = paket.kecamatan.map((k) => {
    const h = hasil.get(k.kode);
    const lembar: Lembar = Object.fromEntries(rowKeys.map((key) => [key, h?.lembar[key] ?? null]));
    return { kode: k.kode, nama: k.nama, sha256: h ? h.sha256 : null, lembar };
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
  for (const d of s?.desa ?? []) for (const t of d.tps) s!.baris.forEach((k, i) => out.set(`${t.kode}|${k}`, t.nilai[i] ?? null));
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
    const ja = a ? arrayKeLembar(a.baris, a.jumlah) : {};
    const jb = b ? arrayKeLembar(b.baris, b.jumlah) : {};
    const keys = [...new Set([...Object.keys(ja), ...Object.keys(jb)])].sort();
    for (const baris of keys) {
      const dari = ja[baris] ?? null;
      const ke = jb[baris] ?? null;
      if (dari !== ke) out.push({ surat_suara: jenis, kode: baru.wilayah.kecamatan.kode, baris, dari, ke });
    }
  }
  return out;
}

/** "PPWP TPS 3369012001003 suara_1: 120 -> 121" lines for the operator. */
export function formatBeda(beda: readonly BedaSel[]): string {
  return beda.map((b) => `${b.surat_suara} ${b.kode.length === 13 ? 'TPS' : 'jumlah kecamatan'} ${b.kode} ${b.baris}: ${b.dari ?? 'kosong'} -> ${b.ke ?? 'kosong'}`).join('\n');
}
