/**
 * The exchange file between levels, format `rekap-hasil/2`: what a PPK hands to the KPU kabupaten/kota.
 * Pure model (no Node): building the document from a recap, reading its cells back, the effective-value rule
 * over its versions, and the short fingerprint. Hashing (SHA-256 over canonical JSON) is done by
 * electron/services/exchange-service.ts. Documented in resources/schema/rekap-hasil.md with
 * resources/schema/rekap-hasil-2.schema.json.
 *
 * Compact by design (a big kecamatan has ~650k cells): per ballot the row keys once; per TPS the effective
 * values as an array aligned to them, their sources as one character per row, and the history as the writes
 * that made it (one entry per write: source, time, who, which rows, the values).
 */
import type { JenisSuratSuara, Peserta } from '../domain/ballot';
import type { Pemilihan } from '../domain/election';
import type { WilayahKecamatan } from '../domain/region';
import type { Lembar } from '../forms/c-hasil';
import type { RekapKecamatan } from '../forms/recap';
import type { Temuan } from '../validation/finding';

export const FORMAT_REKAP_HASIL = 'rekap-hasil/2';

/** Where a version of a cell came from (the `nilai.sumber` of the recap database). */
export type SumberVersi = 'sirekap' | 'c_hasil' | 'koreksi' | 'hitung_ulang';

/** One character per row in `TpsHasil.sumber`: the source of the effective value, `-` when not read. */
export const KODE_SUMBER: Readonly<Record<SumberVersi, string>> = { sirekap: 's', c_hasil: 'c', koreksi: 'k', hitung_ulang: 'h' };
export const KODE_TIDAK_TERBACA = '-';

/** The effective-value rule's groups: corrections and recounts outrank the C.Hasil, which outranks Sirekap. */
export const PRIORITAS_SUMBER: Readonly<Record<SumberVersi, number>> = { sirekap: 1, c_hasil: 2, koreksi: 3, hitung_ulang: 3 };

/**
 * One write at a TPS: versions recorded with the same source, time and operator (a Sirekap import, one C.Hasil
 * save, one accepted correction), each row at most once. Writes are oldest first, so a cell's versions are the
 * values it has in the writes that touch it, in order.
 */
export interface TulisVersi {
  readonly sumber: SumberVersi;
  /** ISO 8601 UTC time it was recorded. */
  readonly dicatat_pada: string;
  readonly oleh: string;
  /** Which rows were written: character i is `1` when row `baris[i]` was; absent when every row was. */
  readonly pola?: string;
  /** The values written, in row order (null: recorded as not read). */
  readonly nilai: readonly (number | null)[];
}

export interface TpsHasil {
  readonly kode: string;
  readonly nomor: number;
  /** Effective value of each row of the ballot's `baris` (null: no source has read it). */
  readonly nilai: readonly (number | null)[];
  /** Source of each effective value, one character per row (KODE_SUMBER, `-` when not read). */
  readonly sumber: string;
  /** Every recorded version, as the writes that made them, oldest first. */
  readonly versi: readonly TulisVersi[];
}

export interface DesaHasil {
  readonly kode: string;
  readonly nama: string;
  readonly tps: readonly TpsHasil[];
  /** Sum over the TPS of each row (null: no TPS has the row read), aligned to `baris`. */
  readonly jumlah: readonly (number | null)[];
}

export interface TemuanHasil {
  readonly aturan: string;
  readonly keparahan: 'galat' | 'peringatan';
  readonly kode: string;
  readonly pesan: string;
  readonly baris: readonly string[];
}

/** One ballot of the export. */
export interface SuratSuaraHasil {
  readonly jenis: JenisSuratSuara;
  readonly peserta: readonly Peserta[];
  /** Row keys of the form in printed order: every array of values of this ballot is aligned to them. */
  readonly baris: readonly string[];
  readonly desa: readonly DesaHasil[];
  /** Kecamatan total, the sum over the desa of each row. */
  readonly jumlah: readonly (number | null)[];
  readonly temuan: readonly TemuanHasil[];
}

/**
 * A row of a table of the plenary (keberatan, tanda tangan): kept as the database row, keys as in the table,
 * in row order. Empty when the database has no such table.
 */
export type CatatanPleno = Readonly<Record<string, string | number | null>>;

/** The content that the hash covers: everything of the file but `sha256`. */
export interface IsiRekapHasil {
  readonly format: typeof FORMAT_REKAP_HASIL;
  readonly tingkat: 'kecamatan';
  readonly pemilihan: Pemilihan;
  readonly wilayah: WilayahKecamatan;
  /** SHA-256 of the election package text the recap database was created from. */
  readonly paket_sha256: string;
  readonly surat_suara: readonly SuratSuaraHasil[];
  readonly keberatan: readonly CatatanPleno[];
  /** The steps of each keberatan (dicocokkan, diterima, ditolak, ...): its outcome is the last step. */
  readonly keberatan_langkah: readonly CatatanPleno[];
  /** Signature statuses (ditandatangani, menolak, tidak_hadir); the latest row per (dokumen, hadirin) counts. */
  readonly tanda_tangan: readonly CatatanPleno[];
  /** The people present (PPK, saksi with their mandates, Panwaslu) whom keberatan and signatures name by id. */
  readonly hadirin: readonly CatatanPleno[];
}

/** The file: the content plus the SHA-256 (hex, lower case) of the content's canonical JSON. */
export interface RekapHasil extends IsiRekapHasil {
  readonly sha256: string;
}

/** One recorded version of a TPS cell as the database holds it. */
export interface VersiSel {
  readonly baris: string;
  readonly nilai: number | null;
  readonly sumber: SumberVersi;
  readonly dicatat_pada: string;
  readonly oleh: string;
}

/** Everything of one ballot the builder needs, read from a recap database. */
export interface BahanSuratSuara {
  readonly rekap: RekapKecamatan;
  /** TPS code -> its writes, oldest first (kelompokkanTulis; only TPS with at least one version). */
  readonly tulis: ReadonlyMap<string, readonly TulisVersi[]>;
  /** TPS code -> the source of each effective value, one KODE_SUMBER character per row (absent: none read). */
  readonly sumber: ReadonlyMap<string, string>;
  readonly temuan: readonly Temuan[];
}

export interface BahanRekapHasil {
  readonly pemilihan: Pemilihan;
  readonly wilayah: WilayahKecamatan;
  readonly paketSha256: string;
  readonly suratSuara: readonly BahanSuratSuara[];
  readonly keberatan: readonly CatatanPleno[];
  readonly keberatanLangkah: readonly CatatanPleno[];
  readonly tandaTangan: readonly CatatanPleno[];
  readonly hadirin: readonly CatatanPleno[];
}

/** A Lembar as an array aligned to the row keys. */
export function lembarKeArray(keys: readonly string[], l: Lembar): (number | null)[] {
  return keys.map((k) => l[k] ?? null);
}

/** An array aligned to the row keys as a Lembar. */
export function arrayKeLembar(keys: readonly string[], nilai: readonly (number | null)[]): Record<string, number | null> {
  const out: Record<string, number | null> = {};
  keys.forEach((k, i) => (out[k] = nilai[i] ?? null));
  return out;
}

/** The `sumber` string of a TPS from (row key, source) pairs of its effective values. */
export function kodeSumber(indeks: ReadonlyMap<string, number>, n: number, sel: Iterable<readonly [string, SumberVersi]>): string {
  const out = new Array<string>(n).fill(KODE_TIDAK_TERBACA);
  for (const [baris, s] of sel) {
    const i = indeks.get(baris);
    if (i !== undefined) out[i] = KODE_SUMBER[s];
  }
  return out.join('');
}

/** Groups a TPS's versions (in recorded order) into writes: same source, time and operator, each row once. */
export function kelompokkanTulis(keys: readonly string[], indeks: ReadonlyMap<string, number>, versi: readonly VersiSel[], kodeTps: string): TulisVersi[] {
  const out: TulisVersi[] = [];
  let cur: { v: VersiSel; sel: Map<number, number | null> } | null = null;
  const tutup = (): void => {
    if (!cur) return;
    const urut = [...cur.sel.keys()].sort((a, b) => a - b);
    const penuh = urut.length === keys.length;
    const pola = penuh ? undefined : Array.from(keys, (_, i) => (cur!.sel.has(i) ? '1' : '0')).join('');
    // Keys in sorted order, as everywhere in the builder: the canonical serialiser's fast path (canonical-json.ts).
    out.push({ dicatat_pada: cur.v.dicatat_pada, nilai: urut.map((i) => cur!.sel.get(i)!), oleh: cur.v.oleh, ...(pola === undefined ? {} : { pola }), sumber: cur.v.sumber });
  };
  for (const v of versi) {
    const i = indeks.get(v.baris);
    if (i === undefined) throw new Error(`TPS ${kodeTps}: version of row ${v.baris}, which is not a row of the form`);
    if (!cur || cur.v.sumber !== v.sumber || cur.v.dicatat_pada !== v.dicatat_pada || cur.v.oleh !== v.oleh || cur.sel.has(i)) {
      tutup();
      cur = { v, sel: new Map() };
    }
    cur.sel.set(i, v.nilai);
  }
  tutup();
  return out;
}

/** One ballot of an export from what was read of it (a big export builds them one by one, freeing each ballot's rows). */
export function buatSuratSuaraHasil(b: BahanSuratSuara): SuratSuaraHasil {
  const r = b.rekap;
  const keys = r.rowKeys;
  const kosong = KODE_TIDAK_TERBACA.repeat(keys.length);
  return {
    baris: keys,
    desa: r.desa.map((d) => ({
      jumlah: lembarKeArray(keys, d.lembar),
      kode: d.kode,
      nama: d.nama,
      tps: d.tps.map((t) => {
        return { kode: t.kode, nilai: lembarKeArray(keys, t.lembar), nomor: t.nomor, sumber: b.sumber.get(t.kode) ?? kosong, versi: b.tulis.get(t.kode) ?? [] };
      }),
    })),
    jenis: r.suratSuara.jenis,
    jumlah: lembarKeArray(keys, r.jumlah),
    peserta: r.suratSuara.peserta,
    temuan: b.temuan
      .filter((t) => t.surat_suara === r.suratSuara.jenis)
      .map((t) => ({ aturan: t.aturan, baris: t.baris, keparahan: t.keparahan, kode: t.kode, pesan: t.pesan })),
  };
}

/** Builds the hashed content of an export; the same input always gives the same content. */
export function buatIsiRekapHasil(b: BahanRekapHasil): IsiRekapHasil {
  return buatIsiDariSuratSuara(b, b.suratSuara.map(buatSuratSuaraHasil));
}

/** The hashed content of an export from its ballots already built (buatSuratSuaraHasil). */
export function buatIsiDariSuratSuara(b: Omit<BahanRekapHasil, 'suratSuara'>, suratSuara: readonly SuratSuaraHasil[]): IsiRekapHasil {
  return {
    format: FORMAT_REKAP_HASIL,
    tingkat: 'kecamatan',
    pemilihan: b.pemilihan,
    wilayah: b.wilayah,
    paket_sha256: b.paketSha256,
    surat_suara: suratSuara,
    keberatan: b.keberatan,
    keberatan_langkah: b.keberatanLangkah,
    tanda_tangan: b.tandaTangan,
    hadirin: b.hadirin,
  };
}

/** A cell's versions from the writes of its TPS, oldest first: what `rekap-hasil/1` listed per cell. */
export function versiSel(tps: TpsHasil, indeksBaris: number): { readonly nilai: number | null; readonly sumber: SumberVersi; readonly dicatat_pada: string; readonly oleh: string }[] {
  const out = [];
  for (const w of tps.versi) {
    let j: number;
    if (w.pola === undefined) j = indeksBaris;
    else {
      if (w.pola[indeksBaris] !== '1') continue;
      j = 0;
      for (let i = 0; i < indeksBaris; i++) if (w.pola[i] === '1') j++;
    }
    out.push({ nilai: w.nilai[j] ?? null, sumber: w.sumber, dicatat_pada: w.dicatat_pada, oleh: w.oleh });
  }
  return out;
}

const TANPA = -1; // no version in the group
const KOSONG = -2; // latest version of the group is null

/**
 * Scratch space of the effective-value rule for a form of `n` rows, reused across the TPS of a ballot: a big
 * kecamatan's import checks 4000 sheets, and allocating per sheet made most of its garbage.
 */
export class RuangEfektif {
  readonly grup: readonly [Float64Array, Float64Array, Float64Array];
  /** The source of group 3's latest version (koreksi or hitung_ulang), as its KODE_SUMBER character code. */
  readonly sumber3: Uint8Array;
  constructor(readonly n: number) {
    this.grup = [new Float64Array(n), new Float64Array(n), new Float64Array(n)];
    this.sumber3 = new Uint8Array(n);
  }

  /** Fills the latest version of every row and group from a TPS's writes; false when they are malformed. */
  isi(versi: readonly TulisVersi[]): boolean {
    const n = this.n;
    for (const g of this.grup) g.fill(TANPA);
    for (const w of versi) {
      const p = PRIORITAS_SUMBER[w.sumber];
      const arr = this.grup[p - 1]!;
      const kode = KODE_SUMBER[w.sumber].charCodeAt(0);
      const tulis = (i: number, v: number | null | undefined): void => {
        arr[i] = v === null || v === undefined ? KOSONG : v;
        if (p === 3) this.sumber3[i] = kode;
      };
      if (w.pola === undefined) {
        if (w.nilai.length !== n) return false;
        for (let i = 0; i < n; i++) tulis(i, w.nilai[i]);
      } else {
        if (w.pola.length !== n) return false;
        let j = 0;
        for (let i = 0; i < n; i++) {
          const c = w.pola.charCodeAt(i);
          if (c === 49) {
            if (j >= w.nilai.length) return false;
            tulis(i, w.nilai[j++]);
          } else if (c !== 48) return false;
        }
        if (j !== w.nilai.length) return false;
      }
    }
    return true;
  }

  /** Row i's effective value (null: not read) and its source's character code (KODE_TIDAK_TERBACA when not read). */
  nilai(i: number): number | null {
    for (let g = 2; g >= 0; g--) {
      const x = this.grup[g]![i]!;
      if (x >= 0) return x;
    }
    return null;
  }

  sumber(i: number): number {
    for (let g = 2; g >= 0; g--) {
      if (this.grup[g]![i]! >= 0) return g === 2 ? this.sumber3[i]! : g === 1 ? KODE_C : KODE_S;
    }
    return KODE_STRIP;
  }

  /**
   * The first row whose effective value or source differs from the given ones (what a file says), -1 when
   * every row agrees, after isi().
   */
  bedaPertama(nilai: readonly (number | null)[], sumber: string): number {
    for (let i = 0; i < this.n; i++) if (this.nilai(i) !== (nilai[i] ?? null) || this.sumber(i) !== sumber.charCodeAt(i)) return i;
    return -1;
  }
}

const KODE_S = KODE_SUMBER.sirekap.charCodeAt(0);
const KODE_C = KODE_SUMBER.c_hasil.charCodeAt(0);
const KODE_STRIP = KODE_TIDAK_TERBACA.charCodeAt(0);

/**
 * The effective value and source of every row from a TPS's writes, by the database's rule (the nilai_efektif
 * view): the latest version of the highest group (koreksi/hitung_ulang, then c_hasil, then sirekap) whose
 * latest version is not null. Null when the writes are malformed (a pattern or value count that does not fit).
 */
export function efektifDariTulis(n: number, versi: readonly TulisVersi[]): { readonly nilai: (number | null)[]; readonly sumber: string } | null {
  const r = new RuangEfektif(n);
  if (!r.isi(versi)) return null;
  return { nilai: Array.from({ length: n }, (_, i) => r.nilai(i)), sumber: String.fromCharCode(...Array.from({ length: n }, (_, i) => r.sumber(i))) };
}

/** The short fingerprint read aloud and typed back: the first 16 hex digits, upper case, in 4 groups. */
export function sidikPendek(sha256: string): string {
  const h = sha256.slice(0, 16).toUpperCase();
  return [h.slice(0, 4), h.slice(4, 8), h.slice(8, 12), h.slice(12, 16)].join('-');
}

/** Normalises a typed short fingerprint ("3f2a 91c0-77be0d14") to XXXX-XXXX-XXXX-XXXX, or null if malformed. */
export function normalisasiSidik(teks: string): string | null {
  const hex = teks.replace(/[\s-]/g, '').toUpperCase();
  if (!/^[0-9A-F]{16}$/.test(hex)) return null;
  return sidikPendek(hex);
}

/** Removes the hash field: what the hash is computed over. */
export function isiTanpaHash(doc: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const rest: Record<string, unknown> = { ...doc };
  delete rest.sha256;
  return rest;
}
