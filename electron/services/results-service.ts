import type Database from 'better-sqlite3';
import type { JenisSuratSuara, SuratSuara } from '../../shared/domain/ballot';
import { gagal, ok, type Clock, type Result } from '../../shared/domain/result';
import { barisCHasil, type Lembar } from '../../shared/forms/c-hasil';
import type { LembarTps } from '../../shared/ipc/contract';
import { tampilkanNilai } from '../../shared/paket/parse-paket';
import { ANGKA_MAKS_TPS } from '../../shared/validation/rules';
import { appendAudit } from './audit-service';
import { loadPaket } from './election-service';
import { periksaBelumDisahkan } from './tinjauan-service';

/** Where a version of a cell came from. */
export type SumberNilai = 'sirekap' | 'c_hasil' | 'koreksi' | 'hitung_ulang';

/** Which values a sheet shows: the recap's effective value, or one source's latest version. */
export type ModeLembar = 'efektif' | 'sirekap' | 'c_hasil';

/** One recorded version of a cell. */
export interface VersiNilai {
  readonly id: number;
  readonly nilai: number | null;
  readonly sumber: SumberNilai;
  readonly dicatat_pada: string;
  readonly oleh: string;
  readonly impor_id: number | null;
}

export interface SimpanLembar {
  readonly kodeTps: string;
  readonly jenis: JenisSuratSuara;
  /** Row key -> value as read from the C.Hasil; rows not given are left as they are. */
  readonly nilai: Readonly<Record<string, number | null>>;
  readonly sumber: 'c_hasil';
  readonly oleh: string;
}

interface BarisSel {
  readonly tps_kode: string;
  readonly baris: string;
  readonly nilai: number | null;
}

function keLembar(rows: readonly BarisSel[]): Map<string, Lembar> {
  const out = new Map<string, Record<string, number | null>>();
  for (const r of rows) {
    let l = out.get(r.tps_kode);
    if (!l) out.set(r.tps_kode, (l = {}));
    l[r.baris] = r.nilai;
  }
  return out;
}

/** The largest id of `nilai` (it only grows once committed: the table is append-only), or null inside a transaction. */
export function idNilaiTerakhir(db: Database.Database): number | null {
  if (db.inTransaction) return null;
  return (db.prepare('SELECT MAX(id) FROM nilai').pluck().get() as number | null) ?? 0;
}

/** The TPS with a version written after id `dulu`, or null when the table went back (another file: start over). */
export function tpsBerubahSejak(db: Database.Database, dulu: number, kini: number): string[] | null {
  if (kini < dulu) return null;
  // A range of the rowid; DISTINCT in SQL would make SQLite scan a whole index instead (650k rows).
  return [...new Set(db.prepare('SELECT tps_kode FROM nilai WHERE id > ?').pluck().all(dulu) as string[])];
}

function bacaSemuaLembar(db: Database.Database, jenis: JenisSuratSuara, mode: ModeLembar): Map<string, Lembar> {
  if (mode !== 'efektif') return keLembar(db.prepare('SELECT tps_kode, baris, nilai FROM nilai_terakhir WHERE jenis = ? AND sumber = ?').all(jenis, mode) as BarisSel[]);
  // Rows as arrays, in key order (nilai_kini's primary key is jenis, tps_kode, baris): each TPS's sheet in one run.
  const out = new Map<string, Record<string, number | null>>();
  let kode = '';
  let l: Record<string, number | null> = {};
  for (const r of db.prepare('SELECT tps_kode, baris, nilai FROM nilai_kini WHERE jenis = ? ORDER BY tps_kode').raw().all(jenis) as [string, string, number][]) {
    if (r[0] !== kode) {
      kode = r[0];
      l = out.get(kode) ?? {};
      out.set(kode, l);
    }
    l[r[1]] = r[2];
  }
  return out;
}

const lembarTersimpan = new WeakMap<Database.Database, Map<string, { id: number; readonly sheets: Map<string, Lembar> }>>();

/**
 * Every TPS sheet of a ballot that has at least one value, keyed by TPS code. `efektif` gives the value
 * the recap uses (see the nilai_efektif view); `sirekap` and `c_hasil` give that source's latest version.
 * Read after every save (recap, findings, progress; a big kecamatan has ~200k cells per party ballot): kept
 * per connection and brought up to date from the TPS whose values changed since (idNilaiTerakhir); nothing is
 * kept inside a transaction. Returns a Map of its own (the sheets themselves are shared: never change them).
 */
export function readSheets(db: Database.Database, jenis: JenisSuratSuara, mode: ModeLembar): Map<string, Lembar> {
  const id = idNilaiTerakhir(db);
  if (id === null) return bacaSemuaLembar(db, jenis, mode);
  const perKunci = lembarTersimpan.get(db) ?? new Map<string, { id: number; readonly sheets: Map<string, Lembar> }>();
  lembarTersimpan.set(db, perKunci);
  const kunci = `${jenis}|${mode}`;
  const c = perKunci.get(kunci);
  const berubah = c ? tpsBerubahSejak(db, c.id, id) : null;
  if (c && berubah !== null) {
    for (const kode of berubah) {
      const l = lembarSatu(db, kode, jenis, mode);
      if (Object.keys(l).length === 0) c.sheets.delete(kode);
      else c.sheets.set(kode, l);
    }
    c.id = id;
    return new Map(c.sheets);
  }
  const sheets = bacaSemuaLembar(db, jenis, mode);
  perKunci.set(kunci, { id, sheets });
  return new Map(sheets);
}

function lembarSatu(db: Database.Database, kodeTps: string, jenis: JenisSuratSuara, mode: ModeLembar): Lembar {
  const rows =
    mode === 'efektif'
      ? db.prepare('SELECT tps_kode, baris, nilai FROM nilai_efektif WHERE tps_kode = ? AND jenis = ?').all(kodeTps, jenis)
      : db.prepare('SELECT tps_kode, baris, nilai FROM nilai_terakhir WHERE tps_kode = ? AND jenis = ? AND sumber = ?').all(kodeTps, jenis, mode);
  return keLembar(rows as BarisSel[]).get(kodeTps) ?? {};
}

function cariSuratSuara(db: Database.Database, jenis: string): SuratSuara | undefined {
  return loadPaket(db).surat_suara.find((s) => s.jenis === jenis);
}

function adaTps(db: Database.Database, kodeTps: string): boolean {
  return db.prepare('SELECT 1 FROM tps WHERE kode = ?').get(kodeTps) !== undefined;
}

function periksaSel(db: Database.Database, kodeTps: string, jenis: string): Result<SuratSuara> {
  if (!adaTps(db, kodeTps)) return gagal('tps-tidak-dikenal', `TPS ${kodeTps} tidak ada dalam paket pemilihan.`, `unknown TPS ${kodeTps}`);
  const ss = cariSuratSuara(db, jenis);
  if (!ss) return gagal('surat-suara-tidak-dikenal', `Surat suara ${jenis} tidak ada dalam paket pemilihan.`, `unknown ballot ${jenis}`);
  return ok(ss);
}

/** One TPS sheet of one ballot: effective values and each source's latest values. */
export function readTpsSheet(db: Database.Database, kodeTps: string, jenis: JenisSuratSuara): Result<LembarTps> {
  const cek = periksaSel(db, kodeTps, jenis);
  if (!cek.ok) return cek;
  return ok({
    kodeTps,
    jenis,
    efektif: lembarSatu(db, kodeTps, jenis, 'efektif'),
    sirekap: lembarSatu(db, kodeTps, jenis, 'sirekap'),
    c_hasil: lembarSatu(db, kodeTps, jenis, 'c_hasil'),
  });
}

/**
 * Saves a C.Hasil sheet as read in the plenary. Every row key must be a row of the ballot's form and
 * every value an integer 0-999 (three digit boxes) or null. Only cells whose value differs from their
 * latest C.Hasil version are written, as new versions, with one audit row, in one transaction; nothing
 * is written when nothing changed. Returns the sheet as it now is.
 */
export function saveTpsSheet(db: Database.Database, input: SimpanLembar, clock: Clock): Result<LembarTps> {
  const { kodeTps, jenis, nilai, oleh } = input;
  const cek = periksaSel(db, kodeTps, jenis);
  if (!cek.ok) return cek;
  if (typeof oleh !== 'string' || oleh.trim() === '') return gagal('oleh-kosong', 'Nama petugas yang menyimpan wajib diisi.', 'empty oleh');
  // An approved desa is changed only after the plenary reopens it by a recorded decision (tinjauan-service).
  const disahkan = periksaBelumDisahkan(db, kodeTps, jenis);
  if (!disahkan.ok) return disahkan;
  const keys = new Set(barisCHasil(cek.value).map((r) => r.key));
  for (const [baris, v] of Object.entries(nilai)) {
    if (!keys.has(baris)) {
      return gagal('baris-tidak-dikenal', `TPS ${kodeTps} ${jenis}: baris "${baris}" tidak ada pada formulir C.Hasil ${jenis}.`, `unknown row ${baris}`);
    }
    if (v !== null && !(typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= ANGKA_MAKS_TPS)) {
      return gagal(
        'nilai-tidak-valid',
        `TPS ${kodeTps} ${jenis}, baris ${baris}: harus bilangan bulat 0–${ANGKA_MAKS_TPS} (tiga kotak angka) atau kosong, tertulis ${tampilkanNilai(v)}.`,
        `value out of range at ${baris}`,
      );
    }
  }

  const insert = db.prepare("INSERT INTO nilai (tps_kode, jenis, baris, nilai, sumber, dicatat_pada, oleh) VALUES (?, ?, ?, ?, 'c_hasil', ?, ?)");
  db.transaction(() => {
    // Compared inside the write lock, so a concurrent save cannot slip between reading and writing.
    const sebelum = lembarSatu(db, kodeTps, jenis, 'c_hasil');
    const berubah = Object.entries(nilai).filter(([baris, v]) => (sebelum[baris] ?? null) !== v);
    if (berubah.length === 0) return;
    const now = clock().toISOString();
    for (const [baris, v] of berubah) insert.run(kodeTps, jenis, baris, v, now, oleh);
    appendAudit(
      db,
      {
        aktor: oleh,
        aksi: 'simpan-c-hasil',
        entitas: `tps:${kodeTps}:${jenis}`,
        rincian: { tps: kodeTps, jenis, perubahan: berubah.map(([baris, v]) => ({ baris, dari: sebelum[baris] ?? null, ke: v })) },
      },
      clock,
    );
  }).immediate();
  return readTpsSheet(db, kodeTps, jenis);
}

/** Every recorded version of one cell, oldest first, from every source. */
export function cellHistory(db: Database.Database, kodeTps: string, jenis: JenisSuratSuara, baris: string): VersiNilai[] {
  return db
    .prepare('SELECT id, nilai, sumber, dicatat_pada, oleh, impor_id FROM nilai WHERE tps_kode = ? AND jenis = ? AND baris = ? ORDER BY id')
    .all(kodeTps, jenis, baris) as VersiNilai[];
}
