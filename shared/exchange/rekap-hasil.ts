/**
 * The exchange file between levels, format `rekap-hasil/1`: what a PPK hands to the KPU kabupaten/kota.
 * Pure model (no Node): building the document from a recap, the short fingerprint, and the checks of a
 * parsed file. Hashing (SHA-256 over canonical JSON) is done by electron/services/exchange-service.ts.
 * The format is documented in resources/schema/README.md with resources/schema/rekap-hasil-1.schema.json.
 */
import type { JenisSuratSuara, Peserta } from '../domain/ballot';
import type { Pemilihan } from '../domain/election';
import type { WilayahKecamatan } from '../domain/region';
import type { Lembar } from '../forms/c-hasil';
import type { RekapKecamatan } from '../forms/recap';
import type { Temuan } from '../validation/finding';

export const FORMAT_REKAP_HASIL = 'rekap-hasil/1';

/** Where a version of a cell came from (the `nilai.sumber` of the recap database). */
export type SumberVersi = 'sirekap' | 'c_hasil' | 'koreksi' | 'hitung_ulang';

/** One recorded version of a TPS cell, oldest first. */
export interface VersiHasil {
  readonly nilai: number | null;
  readonly sumber: SumberVersi;
  /** ISO 8601 UTC time it was recorded. */
  readonly dicatat_pada: string;
  readonly oleh: string;
}

/** A TPS cell: the value the recap uses, the source of that value, and every recorded version. */
export interface SelHasil {
  /** Effective value (null: no source has read it). */
  readonly nilai: number | null;
  /** Source of the effective value (null when not read). */
  readonly sumber: SumberVersi | null;
  readonly versi: readonly VersiHasil[];
}

export interface TpsHasil {
  readonly kode: string;
  readonly nomor: number;
  /** Row key of the C.Hasil form -> cell; every row of the form is present. */
  readonly baris: Readonly<Record<string, SelHasil>>;
}

export interface DesaHasil {
  readonly kode: string;
  readonly nama: string;
  readonly tps: readonly TpsHasil[];
  /** Row key -> sum over the TPS (null: no TPS has the row read). */
  readonly jumlah: Lembar;
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
  /** Row keys of the form in printed order. */
  readonly baris: readonly string[];
  readonly desa: readonly DesaHasil[];
  /** Kecamatan total, row key -> sum over the desa. */
  readonly jumlah: Lembar;
  readonly temuan: readonly TemuanHasil[];
}

/**
 * A row of a table the plenary issue adds (keberatan, tanda tangan): kept as the database row, keys as in
 * the table, sorted by id. Empty when this database has no such table yet.
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

/** Everything of one ballot the builder needs, read from a recap database. */
export interface BahanSuratSuara {
  readonly rekap: RekapKecamatan;
  /** TPS code -> row key -> versions, oldest first (only cells with at least one version). */
  readonly versi: ReadonlyMap<string, ReadonlyMap<string, readonly VersiHasil[]>>;
  /** TPS code -> row key -> source of the effective value. */
  readonly sumberEfektif: ReadonlyMap<string, ReadonlyMap<string, SumberVersi>>;
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

function suratSuaraHasil(b: BahanSuratSuara): SuratSuaraHasil {
  const r = b.rekap;
  return {
    jenis: r.suratSuara.jenis,
    peserta: r.suratSuara.peserta,
    baris: r.rowKeys,
    desa: r.desa.map((d) => ({
      kode: d.kode,
      nama: d.nama,
      tps: d.tps.map((t) => {
        const baris: Record<string, SelHasil> = {};
        for (const key of r.rowKeys) {
          const nilai = t.lembar[key] ?? null;
          baris[key] = {
            nilai,
            sumber: nilai === null ? null : (b.sumberEfektif.get(t.kode)?.get(key) ?? null),
            versi: b.versi.get(t.kode)?.get(key) ?? [],
          };
        }
        return { kode: t.kode, nomor: t.nomor, baris };
      }),
      jumlah: d.lembar,
    })),
    jumlah: r.jumlah,
    temuan: b.temuan
      .filter((t) => t.surat_suara === r.suratSuara.jenis)
      .map((t) => ({ aturan: t.aturan, keparahan: t.keparahan, kode: t.kode, pesan: t.pesan, baris: t.baris })),
  };
}

/** Builds the hashed content of an export; the same input always gives the same content. */
export function buatIsiRekapHasil(b: BahanRekapHasil): IsiRekapHasil {
  return {
    format: FORMAT_REKAP_HASIL,
    tingkat: 'kecamatan',
    pemilihan: b.pemilihan,
    wilayah: b.wilayah,
    paket_sha256: b.paketSha256,
    surat_suara: b.suratSuara.map(suratSuaraHasil),
    keberatan: b.keberatan,
    keberatan_langkah: b.keberatanLangkah,
    tanda_tangan: b.tandaTangan,
    hadirin: b.hadirin,
  };
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
