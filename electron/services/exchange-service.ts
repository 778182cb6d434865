import type Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { urutkanSuratSuara, type JenisSuratSuara } from '../../shared/domain/ballot';
import { gagal, ok, type Result } from '../../shared/domain/result';
import {
  buatIsiDariSuratSuara,
  buatSuratSuaraHasil,
  kelompokkanTulis,
  kodeSumber,
  FORMAT_REKAP_HASIL,
  isiTanpaHash,
  sidikPendek,
  type BahanRekapHasil,
  type BahanSuratSuara,
  type CatatanPleno,
  type RekapHasil,
  type SumberVersi,
  type TulisVersi,
  type VersiSel,
} from '../../shared/exchange/rekap-hasil';
import type { RekapKecamatan } from '../../shared/forms/recap';
import { PlenoError } from '../errors';
import { periksaBentukRekapHasil } from '../../shared/exchange/rekap-hasil-skema';
import { canonicalJson } from './canonical-json';
import { loadPaket, paketSha256 } from './election-service';
import { check, recap } from './recap-service';

/** Tables of the plenary (migration 2) carried into the export as they are, when the database has them. */
const TABEL_KEBERATAN = ['keberatan'] as const;
const TABEL_KEBERATAN_LANGKAH = ['keberatan_langkah'] as const;
const TABEL_TANDA_TANGAN = ['tanda_tangan'] as const;
const TABEL_HADIRIN = ['hadirin'] as const;

export function sha256Hex(teks: string): string {
  return createHash('sha256').update(teks, 'utf8').digest('hex');
}

/** SHA-256 of a document's canonical JSON without its `sha256` field. */
export function hashIsi(doc: Readonly<Record<string, unknown>>): string {
  return sha256Hex(canonicalJson(isiTanpaHash(doc)));
}

function adaTabel(db: Database.Database, nama: string): boolean {
  return db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(nama) !== undefined;
}

function bacaCatatan(db: Database.Database, calon: readonly string[]): CatatanPleno[] {
  const tabel = calon.find((t) => adaTabel(db, t));
  if (tabel === undefined) return [];
  const rows = db.prepare(`SELECT * FROM "${tabel}" ORDER BY rowid`).all() as Record<string, unknown>[];
  return rows.map((r) => {
    const out: Record<string, string | number | null> = {};
    for (const [k, v] of Object.entries(r)) {
      if (v === null || typeof v === 'string' || typeof v === 'number') out[k] = v;
      else if (typeof v === 'bigint') out[k] = Number(v);
      // A signature image is large and personal: the export carries its SHA-256, not the picture.
      else if (v instanceof Uint8Array) out[`${k}_sha256`] = createHash('sha256').update(v).digest('hex');
      else out[k] = String(v);
    }
    return out;
  });
}

/**
 * One ballot of the export read from the database, TPS by TPS (rows in key order): only one TPS's versions are
 * held as rows at a time, the rest already as writes; one string per distinct time and operator (a big
 * kecamatan has ~650k versions, mostly of a few imports and saves).
 */
function bahanSuratSuara(db: Database.Database, jenis: JenisSuratSuara, temuan: BahanSuratSuara['temuan']): BahanSuratSuara {
  const rekap = recap(db, jenis);
  const keys = rekap.rowKeys;
  const indeks = new Map(keys.map((k, i) => [k, i]));
  const satu = new Map<string, string>();
  const intern = (x: string): string => satu.get(x) ?? (satu.set(x, x), x);

  const tulis = new Map<string, TulisVersi[]>();
  let list: VersiSel[] = [];
  let tps = '';
  const tutup = (): void => {
    if (list.length > 0) tulis.set(tps, kelompokkanTulis(keys, indeks, list, tps));
    list = [];
  };
  const versi = db.prepare('SELECT tps_kode, baris, nilai, sumber, dicatat_pada, oleh FROM nilai WHERE jenis = ? ORDER BY tps_kode, id').raw();
  for (const [kode, baris, nilai, sumber, dicatatPada, oleh] of versi.iterate(jenis) as IterableIterator<[string, string, number | null, SumberVersi, string, string]>) {
    if (kode !== tps) {
      tutup();
      tps = kode;
    }
    list.push({ baris, nilai, sumber, dicatat_pada: intern(dicatatPada), oleh: intern(oleh) });
  }
  tutup();

  const sumber = new Map<string, string>();
  let sel: [string, SumberVersi][] = [];
  const tutupSumber = (): void => {
    if (sel.length > 0) sumber.set(tps, kodeSumber(indeks, keys.length, sel));
    sel = [];
  };
  tps = '';
  for (const [kode, baris, s] of db.prepare('SELECT tps_kode, baris, sumber FROM nilai_kini WHERE jenis = ? ORDER BY tps_kode').raw().iterate(jenis) as IterableIterator<[string, string, SumberVersi]>) {
    if (kode !== tps) {
      tutupSumber();
      tps = kode;
    }
    sel.push([baris, s]);
  }
  tutupSumber();
  return { rekap, tulis, sumber, temuan };
}

export interface EksporHasil {
  readonly dokumen: RekapHasil;
  /** The recap the export was built from (first ballot exported), for a document printed with its fingerprint. */
  readonly rekap: RekapKecamatan;
  /** The file's text: canonical JSON of the document and a newline. */
  readonly teks: string;
  readonly sha256: string;
  readonly sidik: string;
  /** The canonical JSON of each ballot of `surat_suara`, in order (SidikSemuaBertahap). */
  readonly suratSuaraKanonik: readonly string[];
}

/** What every export of a database shares: read once when several ballots are exported (printing). */
export interface DasarEkspor {
  readonly temuan: BahanSuratSuara['temuan'];
  readonly catatan: Pick<BahanRekapHasil, 'keberatan' | 'keberatanLangkah' | 'tandaTangan' | 'hadirin'>;
}

const dasarTersimpan = new WeakMap<Database.Database, { readonly versi: string; readonly dasar: DasarEkspor }>();

/**
 * The findings of every ballot and the plenary's tables, for any number of exports. Kept per connection while
 * the database is unchanged (no write through this connection: total_changes; none through another:
 * data_version), so printing every ballot, or ballot by ballot, checks the whole recap once.
 */
export function dasarEkspor(db: Database.Database): DasarEkspor {
  const versi = versiData(db);
  const ada = dasarTersimpan.get(db);
  if (ada && ada.versi === versi) return ada.dasar;
  const dasar = bacaDasarEkspor(db);
  dasarTersimpan.set(db, { versi, dasar });
  return dasar;
}

function bacaDasarEkspor(db: Database.Database): DasarEkspor {
  return {
    temuan: check(db),
    catatan: {
      keberatan: bacaCatatan(db, TABEL_KEBERATAN),
      keberatanLangkah: bacaCatatan(db, TABEL_KEBERATAN_LANGKAH),
      tandaTangan: bacaCatatan(db, TABEL_TANDA_TANGAN),
      hadirin: bacaCatatan(db, TABEL_HADIRIN),
    },
  };
}

/** The members of a document's canonical JSON without `sha256`, sorted: `"key":value`, each given text in `pra` taken as it is. */
function bagianKanonik(isi: Readonly<Record<string, unknown>>, pra: Readonly<Record<string, string>> = {}): (readonly [string, string])[] {
  return Object.keys(isi)
    .filter((k) => k !== 'sha256' && isi[k] !== undefined)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((k) => [k, `${JSON.stringify(k)}:${pra[k] ?? canonicalJson(isi[k])}`] as const);
}

/**
 * The canonical JSON of a document and the SHA-256 of its content without `sha256`, serialising each member
 * once (the file is the content with the hash added among its sorted keys). `pra`: members already serialised.
 */
export function kanonikDenganHash(isi: Readonly<Record<string, unknown>>, pra: Readonly<Record<string, string>> = {}): { readonly teks: string; readonly sha256: string } {
  const bagian = bagianKanonik(isi, pra);
  const sha256 = sha256Hex(`{${bagian.map(([, b]) => b).join(',')}}`);
  const semua = [...bagian, ['sha256', `"sha256":${JSON.stringify(sha256)}`] as const].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return { teks: `{${semua.map(([, b]) => b).join(',')}}`, sha256 };
}

/**
 * The `rekap-hasil/2` export of a PPK recap database: every ballot, or only `jenis`. No export time or
 * other state of the exporting machine is included, so the same data always gives the same bytes. `dasar`
 * (dasarEkspor) may be given when several ballots are exported in a row.
 */
export function eksporRekapHasil(db: Database.Database, jenis?: JenisSuratSuara, dasar: DasarEkspor = dasarEkspor(db)): EksporHasil {
  const paket = loadPaket(db);
  const ballots = urutkanSuratSuara(paket.surat_suara).filter((s) => jenis === undefined || s.jenis === jenis);
  if (ballots.length === 0) {
    const ada = paket.surat_suara.map((s) => s.jenis).join(', ');
    throw new PlenoError('surat-suara-tidak-dikenal', `Surat suara ${jenis ?? ''} tidak ada dalam paket pemilihan (yang ada: ${ada}).`, `unknown ballot ${jenis ?? ''}`);
  }
  // Ballot by ballot: each one's rows are garbage before the next is read.
  let rekap: RekapKecamatan | undefined;
  const suratSuara = ballots.map((s) => {
    const b = bahanSuratSuara(db, s.jenis, dasar.temuan);
    rekap ??= b.rekap;
    return buatSuratSuaraHasil(b);
  });
  const isi = buatIsiDariSuratSuara({ pemilihan: paket.pemilihan, wilayah: paket.wilayah, paketSha256: paketSha256(db), ...dasar.catatan }, suratSuara);
  // The array's canonical text is its elements' joined (canonicalJson), each kept for the fingerprint of all ballots.
  const suratSuaraKanonik = suratSuara.map((x) => canonicalJson(x));
  const k = kanonikDenganHash(isi as unknown as Record<string, unknown>, { surat_suara: `[${suratSuaraKanonik.join(',')}]` });
  const dokumen: RekapHasil = { ...isi, sha256: k.sha256 };
  return { dokumen, rekap: rekap!, teks: `${k.teks}\n`, sha256: k.sha256, sidik: sidikPendek(k.sha256), suratSuaraKanonik };
}

/**
 * The SHA-256 of the export of every ballot (`eksporRekapHasil(db)`), assembled from the exports of the single
 * ballots as they are made (printing every ballot's D.Hasil makes each one): its canonical text is the same
 * members around `surat_suara`, whose elements are the single exports' own. Feed every ballot in the official
 * order (`tambah`) with the suratSuaraKanonik of its export; `selesai` gives the hash, or null when not every
 * ballot was fed in that order. Nothing but the running hash is kept.
 */
export class SidikSemuaBertahap {
  private readonly hash = createHash('sha256');
  private readonly urutan: readonly JenisSuratSuara[];
  private readonly akhir: string;
  private diberi = 0;
  private rusak = false;

  constructor(db: Database.Database, dasar: DasarEkspor = dasarEkspor(db)) {
    const paket = loadPaket(db);
    this.urutan = urutkanSuratSuara(paket.surat_suara).map((s) => s.jenis);
    const isi = buatIsiDariSuratSuara({ pemilihan: paket.pemilihan, wilayah: paket.wilayah, paketSha256: paketSha256(db), ...dasar.catatan }, []);
    const TANDA = '\u0000surat_suara\u0000';
    const teks = `{${bagianKanonik(isi as unknown as Record<string, unknown>, { surat_suara: TANDA }).map(([, b]) => b).join(',')}}`;
    const i = teks.indexOf(TANDA);
    this.hash.update(`${teks.slice(0, i)}[`, 'utf8');
    this.akhir = `]${teks.slice(i + TANDA.length)}`;
  }

  tambah(jenis: JenisSuratSuara, suratSuaraKanonik: readonly string[]): void {
    if (this.rusak || this.urutan[this.diberi] !== jenis || suratSuaraKanonik.length !== 1) {
      this.rusak = true;
      return;
    }
    if (this.diberi > 0) this.hash.update(',', 'utf8');
    this.hash.update(suratSuaraKanonik[0]!, 'utf8');
    this.diberi++;
  }

  selesai(): string | null {
    if (this.rusak || this.diberi !== this.urutan.length) return null;
    this.rusak = true;
    this.hash.update(this.akhir, 'utf8');
    return this.hash.digest('hex');
  }
}

const sidikSemuaTersimpan = new WeakMap<Database.Database, { readonly versi: string; readonly sha256: string }>();

function versiData(db: Database.Database): string {
  return `${String(db.prepare('SELECT total_changes() AS n').pluck().get())}:${String(db.pragma('data_version', { simple: true }))}`;
}

/** Keeps the hash of the export of all ballots for this connection while the database is unchanged (sha256SemuaSuratSuara). */
export function simpanSha256SemuaSuratSuara(db: Database.Database, sha256: string): void {
  sidikSemuaTersimpan.set(db, { versi: versiData(db), sha256 });
}

/**
 * The SHA-256 of `eksporRekapHasil(db)` (every ballot): the one printing assembled (SidikSemuaBertahap) while
 * nothing has changed since, else made afresh.
 */
export function sha256SemuaSuratSuara(db: Database.Database): string {
  const ada = sidikSemuaTersimpan.get(db);
  if (ada && ada.versi === versiData(db)) return ada.sha256;
  return eksporRekapHasil(db).sha256;
}

export interface HasilVerifikasi {
  /** The hash written in the file. */
  readonly sha256Tertulis: string;
  /** The hash of the content as it is now. */
  readonly sha256: string;
  readonly sidik: string;
  readonly utuh: boolean;
  readonly dokumen: RekapHasil;
}

/**
 * Reads an export's text and recomputes its hash. A file that is not JSON or not `rekap-hasil/2` is an
 * error value; a file whose content no longer matches its hash is returned with `utuh: false`.
 */
export function verifikasiRekapHasil(teks: string, nama = 'berkas'): Result<HasilVerifikasi> {
  let doc: unknown;
  try {
    doc = JSON.parse(teks);
  } catch (err) {
    return gagal('hasil-tidak-valid', `${nama}: bukan JSON yang sah.`, String(err));
  }
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) return gagal('hasil-tidak-valid', `${nama}: bukan berkas rekap-hasil.`, 'not an object');
  const o = doc as Record<string, unknown>;
  if (o.format === 'rekap-hasil/1') {
    // Never released: the first format, one object per cell, too large for a big kecamatan (rekap-hasil.md).
    return gagal('hasil-tidak-valid', `${nama}: format lama "rekap-hasil/1" tidak dibaca lagi; ekspor ulang dari basis data PPK (format "${FORMAT_REKAP_HASIL}").`, 'format rekap-hasil/1 dropped');
  }
  if (o.format !== FORMAT_REKAP_HASIL) {
    return gagal('hasil-tidak-valid', `${nama}: format harus "${FORMAT_REKAP_HASIL}", tertulis ${JSON.stringify(o.format) ?? 'tidak ada'}.`, 'wrong format');
  }
  if (typeof o.sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(o.sha256)) {
    return gagal('hasil-tidak-valid', `${nama}: sha256 harus 64 digit heksadesimal.`, 'bad sha256 field');
  }
  for (const k of ['wilayah', 'pemilihan', 'surat_suara', 'paket_sha256'] as const) {
    if (o[k] === undefined) return gagal('hasil-tidak-valid', `${nama}: ${k} tidak ada.`, `missing ${k}`);
  }
  let sha256: string;
  try {
    sha256 = hashIsi(o);
  } catch (err) {
    return gagal('hasil-tidak-valid', `${nama}: isi tidak dapat di-hash.`, String(err));
  }
  const bentuk = periksaBentukRekapHasil(o);
  if (!bentuk.ok) return gagal('hasil-tidak-valid', `${nama}: bentuk berkas rekap-hasil tidak sah (${bentuk.masalah}).`, `shape: ${bentuk.masalah}`);
  return ok({ sha256Tertulis: o.sha256, sha256, sidik: sidikPendek(o.sha256), utuh: sha256 === o.sha256, dokumen: bentuk.dokumen });
}
