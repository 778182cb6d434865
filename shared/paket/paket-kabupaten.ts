/**
 * The kabupaten/kota level of the election package: `tingkat: "kabupaten"`, whose subordinate units are the
 * kecamatan (no desa, no TPS: a KPU kabupaten/kota recaps the PPK exports). Same `format` versions, same
 * `pemilihan` and `surat_suara` rules as a kecamatan package (checked by parsePaket itself); documented in
 * resources/schema/rekap-hasil.md with resources/schema/rekap-paket-kabupaten.schema.json.
 */
import type { SuratSuara } from '../domain/ballot';
import type { FormatPaket, Paket, Pemilihan } from '../domain/election';
import { KODE_LENGTH, type Wilayah } from '../domain/region';
import { gagal, ok, type Result } from '../domain/result';
import { PAKET_BATAS_BYTE, parsePaket, parsePaketJson, tampilkanNilai } from './parse-paket';

export interface WilayahKabupaten {
  readonly provinsi: Wilayah;
  readonly kabupaten: Wilayah;
}

/** A package at kabupaten/kota level: the kecamatan in the order they are read in the plenary. */
export interface PaketKabupaten {
  readonly format: FormatPaket;
  readonly pemilihan: Pemilihan;
  readonly tingkat: 'kabupaten';
  readonly wilayah: WilayahKabupaten;
  readonly kecamatan: readonly Wilayah[];
  readonly surat_suara: readonly SuratSuara[];
}

function salah(jalur: string, pesan: string): Result<never> {
  return gagal('paket-tidak-valid', `${jalur}: ${pesan}`, `invalid kabupaten package at ${jalur}`);
}

function isObj(x: unknown): x is Record<string, unknown> {
  return x !== null && typeof x === 'object' && !Array.isArray(x);
}

/** True when a parsed JSON value declares `tingkat: "kabupaten"`. */
export function isPaketKabupaten(input: unknown): boolean {
  return isObj(input) && input.tingkat === 'kabupaten';
}

/** Validates a kabupaten-level package; errors name the JSON path of the first fault. */
export function parsePaketKabupaten(input: unknown): Result<PaketKabupaten> {
  if (!isObj(input)) return salah('(akar)', 'paket harus berupa objek JSON');
  if (input.tingkat !== 'kabupaten') return salah('tingkat', `harus "kabupaten", tertulis ${tampilkanNilai(input.tingkat)}`);
  const w = input.wilayah;
  if (!isObj(w)) return salah('wilayah', 'harus berupa objek');
  const kab = w.kabupaten;
  if (!isObj(kab) || typeof kab.kode !== 'string' || !new RegExp(`^\\d{${KODE_LENGTH.kabupaten}}$`).test(kab.kode)) {
    return salah('wilayah.kabupaten.kode', `harus ${KODE_LENGTH.kabupaten} digit`);
  }
  const daftar = input.kecamatan;
  if (!Array.isArray(daftar) || daftar.length === 0) return salah('kecamatan', 'harus daftar berisi paling sedikit satu kecamatan');
  const kecamatan: Wilayah[] = [];
  const dipakai = new Set<string>();
  for (const [i, k] of daftar.entries()) {
    const jalur = `kecamatan[${i}]`;
    if (!isObj(k)) return salah(jalur, 'harus berupa objek');
    if (typeof k.kode !== 'string' || !new RegExp(`^\\d{${KODE_LENGTH.kecamatan}}$`).test(k.kode)) {
      return salah(`${jalur}.kode`, `harus ${KODE_LENGTH.kecamatan} digit, tertulis ${tampilkanNilai(k.kode)}`);
    }
    if (!k.kode.startsWith(kab.kode)) return salah(`${jalur}.kode`, `${k.kode} tidak diawali kode kabupaten ${kab.kode}`);
    if (dipakai.has(k.kode)) return salah(`${jalur}.kode`, `kode ${k.kode} ganda`);
    if (typeof k.nama !== 'string' || k.nama.trim() === '') return salah(`${jalur}.nama`, 'nama wajib diisi');
    dipakai.add(k.kode);
    kecamatan.push({ kode: k.kode, nama: k.nama });
  }
  // The rest (format, pemilihan, provinsi/kabupaten, surat_suara) follows exactly the kecamatan package's rules:
  // check them with parsePaket on the same value seen as a one-kecamatan, one-TPS package.
  const pertama = kecamatan[0]!;
  const desa = `${pertama.kode}2001`;
  const r = parsePaket({
    ...input,
    tingkat: 'kecamatan',
    wilayah: { ...w, kecamatan: pertama },
    desa: [{ kode: desa, nama: 'DESA', tps: [{ kode: `${desa}001`, nomor: 1 }] }],
  });
  if (!r.ok) return r;
  const v = r.value;
  return ok({
    format: v.format,
    pemilihan: v.pemilihan,
    tingkat: 'kabupaten',
    wilayah: { provinsi: v.wilayah.provinsi, kabupaten: v.wilayah.kabupaten },
    kecamatan,
    surat_suara: v.surat_suara,
  });
}

/** Parses a kabupaten package file's text. */
export function parsePaketKabupatenJson(teks: string): Result<PaketKabupaten> {
  if (teks.length > PAKET_BATAS_BYTE) return gagal('paket-tidak-valid', 'berkas paket lebih besar dari 20 MiB', `package text of ${teks.length} characters`);
  let data: unknown;
  try {
    data = JSON.parse(teks.replace(/^\uFEFF/, ''));
  } catch (err) {
    return gagal('paket-tidak-valid', `bukan JSON yang sah (${String(err)})`, 'package is not valid JSON');
  }
  return parsePaketKabupaten(data);
}

/** A package of either level, as its `tingkat` says. */
export type PaketTingkat = { readonly tingkat: 'kecamatan'; readonly paket: Paket } | { readonly tingkat: 'kabupaten'; readonly paket: PaketKabupaten };

/** Parses a package file of either level: `tingkat: "kabupaten"` here, anything else by parsePaketJson. */
export function parsePaketTingkat(teks: string): Result<PaketTingkat> {
  let data: unknown;
  try {
    data = JSON.parse(teks.replace(/^\uFEFF/, ''));
  } catch {
    data = undefined;
  }
  if (isPaketKabupaten(data)) {
    const r = parsePaketKabupatenJson(teks);
    return r.ok ? ok({ tingkat: 'kabupaten', paket: r.value }) : r;
  }
  const r = parsePaketJson(teks);
  return r.ok ? ok({ tingkat: 'kecamatan', paket: r.value }) : r;
}
