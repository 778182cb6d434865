import type Database from 'better-sqlite3';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { JenisSuratSuara } from '../../shared/domain/ballot';
import type { Lembar } from '../../shared/forms/c-hasil';
import { gagal, ok, type Clock, type Result } from '../../shared/domain/result';
import { arrayKeLembar, normalisasiSidik, type RekapHasil } from '../../shared/exchange/rekap-hasil';
import { bedaHasil, periksaHasilUntukKabupaten, rekapKabupaten, type BedaSel, type JumlahKecamatan, type RekapKabupaten } from '../../shared/exchange/rekap-kabupaten';
import { parsePaketKabupatenJson, type PaketKabupaten } from '../../shared/paket/paket-kabupaten';
import { DatabaseError } from '../db/database-error';
import { openDatabase } from '../db/open-database';
import { PlenoError } from '../errors';
import { appendAudit } from './audit-service';
import { buatBasisDataBaru, tulisSuratSuara } from './election-service';
import { sha256Hex, verifikasiRekapHasil } from './exchange-service';

/** Creates a kabupaten-level recap database from a `tingkat: kabupaten` package text; never overwrites. */
export function createKabupatenDatabase(file: string, teks: string, clock: Clock, oleh = 'operator'): Result<{ readonly paket: PaketKabupaten; readonly paketSha256: string }> {
  const parsed = parsePaketKabupatenJson(teks);
  if (!parsed.ok) return parsed;
  const paket = parsed.value;
  const hash = sha256Hex(teks);
  const made = buatBasisDataBaru(file, (conn) =>
    conn.transaction(() => {
      const at = clock();
      conn.prepare('INSERT INTO pemilihan (id, paket_json, paket_sha256, dibuat_pada) VALUES (1, ?, ?, ?)').run(teks, hash, at.toISOString());
      const w = conn.prepare('INSERT INTO wilayah (kode, tingkat, induk, nama, urutan) VALUES (?, ?, ?, ?, ?)');
      w.run(paket.wilayah.provinsi.kode, 'provinsi', null, paket.wilayah.provinsi.nama, 0);
      w.run(paket.wilayah.kabupaten.kode, 'kabupaten', paket.wilayah.provinsi.kode, paket.wilayah.kabupaten.nama, 0);
      paket.kecamatan.forEach((k, i) => w.run(k.kode, 'kecamatan', paket.wilayah.kabupaten.kode, k.nama, i));
      tulisSuratSuara(conn, paket.surat_suara);
      appendAudit(
        conn,
        { aktor: oleh, aksi: 'buat-basis-data', entitas: 'pemilihan', rincian: { paket_sha256: hash, tingkat: 'kabupaten', kabupaten: paket.wilayah.kabupaten.kode, kecamatan: paket.kecamatan.length } },
        () => at,
      );
    })(),
  );
  return made.ok ? ok({ paket, paketSha256: hash }) : made;
}

/** The kabupaten package of a database, or null when the database is at kecamatan level. */
export function paketKabupatenDari(db: Database.Database): PaketKabupaten | null {
  const row = db.prepare('SELECT paket_json FROM pemilihan WHERE id = 1').get() as { paket_json: string } | undefined;
  if (!row) throw new DatabaseError('paket-tidak-ada', 'Basis data ini belum berisi paket pemilihan.', 'table pemilihan has no row');
  let tingkat: unknown;
  try {
    tingkat = (JSON.parse(row.paket_json) as { tingkat?: unknown }).tingkat;
  } catch {
    return null;
  }
  if (tingkat !== 'kabupaten') return null;
  const r = parsePaketKabupatenJson(row.paket_json);
  if (!r.ok) throw new DatabaseError('paket-rusak', `Paket pemilihan di basis data rusak: ${r.error.pesan}`, 'stored kabupaten package invalid');
  return r.value;
}

/** True when the file is a kabupaten-level recap database (opens and closes it). */
export function isKabupatenDatabase(file: string): boolean {
  const db = openDatabase(file, { create: false });
  try {
    return paketKabupatenDari(db) !== null;
  } finally {
    db.close();
  }
}

/** Opens a kabupaten database; throws DatabaseError when the file is not one. */
export function openKabupatenDatabase(file: string): { readonly db: Database.Database; readonly paket: PaketKabupaten } {
  const db = openDatabase(file, { create: false });
  try {
    const paket = paketKabupatenDari(db);
    if (!paket) throw new DatabaseError('bukan-kabupaten', `${file} adalah basis data tingkat kecamatan, bukan kabupaten/kota.`, 'not a kabupaten database');
    return { db, paket };
  } catch (err) {
    db.close();
    throw err;
  }
}

const TERKINI = 'h.id = (SELECT MAX(id) FROM hasil_kecamatan x WHERE x.kecamatan = h.kecamatan)';

/** The text of a stored import (kept gzip-compressed). */
function teksBerkas(gz: Buffer): string {
  return gunzipSync(gz).toString('utf8');
}

/**
 * The current export of every kecamatan that has one (the latest import), parsed from the stored files: for
 * diffs and history views. The recap does not need it (jumlahTerkini).
 */
export function hasilTerkini(db: Database.Database): Map<string, RekapHasil> {
  const rows = db.prepare(`SELECT h.kecamatan, h.berkas_gz FROM hasil_kecamatan h WHERE ${TERKINI}`).all() as { kecamatan: string; berkas_gz: Buffer }[];
  return new Map(rows.map((r) => [r.kecamatan, JSON.parse(teksBerkas(r.berkas_gz)) as RekapHasil]));
}

/** The text of one stored import (hasil_kecamatan.id), as it was imported; null when there is no such import. */
export function teksHasil(db: Database.Database, id: number): string | null {
  const row = db.prepare('SELECT berkas_gz FROM hasil_kecamatan WHERE id = ?').get(id) as { berkas_gz: Buffer } | undefined;
  return row ? teksBerkas(row.berkas_gz) : null;
}

function baca<T>(json: string): T {
  return JSON.parse(json) as T;
}

/** The kecamatan total of one ballot of every kecamatan's current export, from the totals stored at import. */
export function jumlahTerkini(db: Database.Database, jenis: JenisSuratSuara): Map<string, JumlahKecamatan> {
  const rows = db
    .prepare(
      `SELECT h.kecamatan, h.sha256, s.baris, j.nilai FROM hasil_kecamatan h
       JOIN hasil_kecamatan_surat_suara s ON s.hasil_id = h.id AND s.jenis = ?
       JOIN hasil_kecamatan_jumlah j ON j.hasil_id = h.id AND j.jenis = s.jenis AND j.tingkat = 'kecamatan'
       WHERE ${TERKINI}`,
    )
    .all(jenis) as { kecamatan: string; sha256: string; baris: string; nilai: string }[];
  return new Map(rows.map((r) => [r.kecamatan, { sha256: r.sha256, lembar: arrayKeLembar(baca<string[]>(r.baris), baca<(number | null)[]>(r.nilai)) }]));
}

/** The desa totals of one ballot of a kecamatan's current export (in the file's order); empty when none. */
export function jumlahDesaTerkini(db: Database.Database, kodeKecamatan: string, jenis: JenisSuratSuara): { readonly kode: string; readonly nama: string; readonly lembar: Lembar }[] {
  const rows = db
    .prepare(
      `SELECT s.baris, j.kode, j.nama, j.nilai FROM hasil_kecamatan h
       JOIN hasil_kecamatan_surat_suara s ON s.hasil_id = h.id AND s.jenis = ?
       JOIN hasil_kecamatan_jumlah j ON j.hasil_id = h.id AND j.jenis = s.jenis AND j.tingkat = 'desa'
       WHERE h.kecamatan = ? AND ${TERKINI} ORDER BY j.urutan`,
    )
    .all(jenis, kodeKecamatan) as { baris: string; kode: string; nama: string; nilai: string }[];
  return rows.map((r) => ({ kode: r.kode, nama: r.nama, lembar: arrayKeLembar(baca<string[]>(r.baris), baca<(number | null)[]>(r.nilai)) }));
}

/** Every import of one kecamatan, oldest first. */
export function riwayatHasil(db: Database.Database, kodeKecamatan: string): { id: number; sha256: string; nama_berkas: string; diimpor_pada: string; oleh: string }[] {
  return db.prepare('SELECT id, sha256, nama_berkas, diimpor_pada, oleh FROM hasil_kecamatan WHERE kecamatan = ? ORDER BY id').all(kodeKecamatan) as {
    id: number;
    sha256: string;
    nama_berkas: string;
    diimpor_pada: string;
    oleh: string;
  }[];
}

/** Writes one verified import: the compressed file, and per ballot its row keys and kecamatan and desa totals. */
function simpanImpor(db: Database.Database, dok: RekapHasil, teks: string, namaBerkas: string, at: string, oleh: string): void {
  const kec = dok.wilayah.kecamatan;
  const info = db
    .prepare('INSERT INTO hasil_kecamatan (kecamatan, sha256, format, berkas_gz, ukuran, nama_berkas, diimpor_pada, oleh) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
    .run(kec.kode, dok.sha256, dok.format, gzipSync(teks, { level: 1 }), Buffer.byteLength(teks, 'utf8'), namaBerkas, at, oleh);
  const id = Number(info.lastInsertRowid);
  const ss = db.prepare('INSERT INTO hasil_kecamatan_surat_suara (hasil_id, jenis, baris) VALUES (?, ?, ?)');
  const jml = db.prepare('INSERT INTO hasil_kecamatan_jumlah (hasil_id, jenis, kode, tingkat, nama, urutan, nilai) VALUES (?, ?, ?, ?, ?, ?, ?)');
  for (const s of dok.surat_suara) {
    ss.run(id, s.jenis, JSON.stringify(s.baris));
    jml.run(id, s.jenis, kec.kode, 'kecamatan', kec.nama, 0, JSON.stringify(s.jumlah));
    s.desa.forEach((d, i) => jml.run(id, s.jenis, d.kode, 'desa', d.nama, i + 1, JSON.stringify(d.jumlah)));
  }
}

export interface OpsiImporHasil {
  /** The short fingerprint typed from the signed paper; must match the file. */
  readonly sidik?: string;
  /** Replace the current export of the kecamatan when it differs. */
  readonly ganti?: boolean;
  readonly oleh?: string;
  readonly namaBerkas?: string;
}

export type HasilImpor =
  | { readonly status: 'diimpor' | 'diganti'; readonly kecamatan: string; readonly sha256: string; readonly sidik: string; readonly beda: readonly BedaSel[] }
  | { readonly status: 'sama'; readonly kecamatan: string; readonly sha256: string; readonly sidik: string }
  | { readonly status: 'perlu-ganti'; readonly kecamatan: string; readonly sha256: string; readonly sidik: string; readonly beda: readonly BedaSel[] };

/**
 * Imports a kecamatan export into a kabupaten database: the hash must match the content, the typed short
 * fingerprint (if given) the file's, and the export must be of this election, kabupaten and one of its
 * kecamatan, with totals that add up. A kecamatan that already has a different export is replaced only with
 * `ganti` (the differences are returned either way); the old import stays in hasil_kecamatan as history.
 */
export function imporHasil(db: Database.Database, paket: PaketKabupaten, teks: string, clock: Clock, opts: OpsiImporHasil = {}): Result<HasilImpor> {
  const nama = opts.namaBerkas ?? 'berkas';
  const v = verifikasiRekapHasil(teks, nama);
  if (!v.ok) return v;
  const r = v.value;
  if (!r.utuh) {
    return gagal('hasil-diubah', `${nama}: isi berkas telah diubah — SHA-256 isinya ${r.sha256}, tidak sama dengan sidik jari tertulis ${r.sha256Tertulis} (${r.sidik}). Berkas ditolak.`, 'content hash mismatch');
  }
  if (opts.sidik !== undefined) {
    const ketik = normalisasiSidik(opts.sidik);
    if (ketik === null) return gagal('sidik-tidak-valid', `Sidik jari "${opts.sidik}" harus 16 digit heksadesimal (XXXX-XXXX-XXXX-XXXX).`, 'malformed fingerprint');
    if (ketik !== r.sidik) return gagal('sidik-beda', `${nama}: sidik jari di kertas ${ketik} tidak sama dengan sidik jari berkas ${r.sidik}; kertas dan berkas tidak cocok.`, 'fingerprint mismatch');
  }
  const cek = periksaHasilUntukKabupaten(paket, r.dokumen, nama);
  if (!cek.ok) return cek;
  const kec = r.dokumen.wilayah.kecamatan.kode;
  const sha = r.sha256;
  return db.transaction((): Result<HasilImpor> => {
    const terkini = db.prepare(`SELECT h.id, h.sha256 FROM hasil_kecamatan h WHERE h.kecamatan = ? AND ${TERKINI}`).get(kec) as { id: number; sha256: string } | undefined;
    if (terkini && terkini.sha256 === sha) return ok({ status: 'sama', kecamatan: kec, sha256: sha, sidik: r.sidik });
    // Only a different export of the same kecamatan needs the old file: to list what changed.
    const lama = terkini ? (JSON.parse(teksHasil(db, terkini.id)!) as RekapHasil) : undefined;
    const beda = lama ? bedaHasil(lama, r.dokumen) : [];
    if (lama && !opts.ganti) return ok({ status: 'perlu-ganti', kecamatan: kec, sha256: sha, sidik: r.sidik, beda });
    const at = clock();
    const oleh = opts.oleh ?? 'operator';
    simpanImpor(db, r.dokumen, teks, path.basename(nama), at.toISOString(), oleh);
    appendAudit(
      db,
      { aktor: oleh, aksi: lama ? 'ganti-hasil-kecamatan' : 'impor-hasil-kecamatan', entitas: `kecamatan:${kec}`, rincian: { sha256: sha, sha256_lama: lama?.sha256 ?? null, beda: beda.length } },
      () => at,
    );
    return ok({ status: lama ? 'diganti' : 'diimpor', kecamatan: kec, sha256: sha, sidik: r.sidik, beda });
  }).immediate();
}

/** The kabupaten recap of one ballot from the current exports. */
export function recapKabupaten(db: Database.Database, paket: PaketKabupaten, jenis: JenisSuratSuara): RekapKabupaten {
  const r = rekapKabupaten(paket, jenis, jumlahTerkini(db, jenis));
  if (!r) {
    const ada = paket.surat_suara.map((s) => s.jenis).join(', ');
    throw new PlenoError('surat-suara-tidak-dikenal', `Surat suara ${jenis} tidak ada dalam paket pemilihan (yang ada: ${ada}).`, `unknown ballot ${jenis}`);
  }
  return r;
}
