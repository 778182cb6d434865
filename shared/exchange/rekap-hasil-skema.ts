import { z } from 'zod';
import { JENIS_SURAT_SUARA } from '../domain/ballot';
import { FORMAT_REKAP_HASIL, type RekapHasil } from './rekap-hasil';

/**
 * The shape of a `rekap-hasil/2` document, checked before anything reads it. The file's hash is no secret:
 * whoever changes the content can recompute it, so an intact hash says nothing about the shape, and the
 * importer must never trust a cast. Unknown keys are allowed (formats extend by adding). That arrays fit their
 * ballot's rows is checked by the kabupaten import (shared/exchange/rekap-kabupaten.ts).
 */
const angka = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
const kunciBaris = z.string().min(1).max(100);
const kode = (digit: number) => z.string().regex(new RegExp(`^\\d{${digit}}$`));
const wilayah = (digit: number) => z.looseObject({ kode: kode(digit), nama: z.string().max(500) });

/** A value array (hundreds of thousands of entries in a big export): one plain loop instead of a schema per entry. */
function adalahDeret(v: unknown): boolean {
  if (!Array.isArray(v)) return false;
  for (let i = 0; i < v.length; i++) {
    const x: unknown = v[i];
    if (x !== null && !(typeof x === 'number' && Number.isSafeInteger(x) && x >= 0)) return false;
  }
  return true;
}

const deret = z.custom<(number | null)[]>(adalahDeret, { message: 'harus larik bilangan bulat >= 0 atau null' });

const SUMBER: ReadonlySet<unknown> = new Set(['sirekap', 'c_hasil', 'koreksi', 'hitung_ulang']);

function teks(v: unknown, maks: number, pola?: RegExp): boolean {
  return typeof v === 'string' && v.length <= maks && (pola === undefined || pola.test(v));
}

/** The first fault of one write of a TPS (`versi[]`), or null. */
function salahTulis(w: unknown): string | null {
  if (w === null || typeof w !== 'object' || Array.isArray(w)) return 'harus objek';
  const o = w as Record<string, unknown>;
  if (!SUMBER.has(o['sumber'])) return 'sumber: harus sirekap, c_hasil, koreksi atau hitung_ulang';
  if (!teks(o['dicatat_pada'], 64)) return 'dicatat_pada: harus teks';
  if (!teks(o['oleh'], 500)) return 'oleh: harus teks';
  if (o['pola'] !== undefined && !teks(o['pola'], 100_000, /^[01]*$/)) return 'pola: harus teks 0 dan 1';
  if (!adalahDeret(o['nilai'])) return 'nilai: harus larik bilangan bulat >= 0 atau null';
  return null;
}

/**
 * One TPS (800 per big kecamatan and ballot), checked by a plain function rather than a schema object per TPS
 * and per write: the same rules, a fraction of the time and garbage of a big import.
 */
function salahTps(t: unknown): string | null {
  if (t === null || typeof t !== 'object' || Array.isArray(t)) return 'harus objek';
  const o = t as Record<string, unknown>;
  if (!teks(o['kode'], 13, /^\d{13}$/)) return 'kode: harus 13 digit';
  if (!(typeof o['nomor'] === 'number' && Number.isSafeInteger(o['nomor']) && o['nomor'] >= 0)) return 'nomor: harus bilangan bulat';
  if (!adalahDeret(o['nilai'])) return 'nilai: harus larik bilangan bulat >= 0 atau null';
  if (!teks(o['sumber'], 100_000, /^[sckh-]*$/)) return 'sumber: harus teks s, c, k, h atau -';
  if (!Array.isArray(o['versi'])) return 'versi: harus larik';
  for (const [i, w] of o['versi'].entries()) {
    const m = salahTulis(w);
    if (m !== null) return `versi[${i}].${m}`;
  }
  return null;
}

const tpsHasil = z.unknown().superRefine((t, ctx) => {
  const m = salahTps(t);
  if (m !== null) ctx.addIssue({ code: 'custom', message: m });
});

const suratSuara = z.looseObject({
  jenis: z.enum(JENIS_SURAT_SUARA),
  peserta: z.array(z.looseObject({ nomor: angka, nama: z.string().max(1000) })),
  baris: z.array(kunciBaris),
  desa: z.array(
    z.looseObject({
      kode: kode(10),
      nama: z.string().max(500),
      tps: z.array(tpsHasil),
      jumlah: deret,
    }),
  ),
  jumlah: deret,
  temuan: z.array(z.looseObject({ aturan: z.string().max(20), keparahan: z.enum(['galat', 'peringatan']), kode: z.string().max(20), pesan: z.string().max(2000) })),
});

const catatan = z.array(z.record(z.string().max(100), z.union([z.string(), z.number(), z.null()])));

export const SKEMA_REKAP_HASIL = z.looseObject({
  format: z.literal(FORMAT_REKAP_HASIL),
  tingkat: z.literal('kecamatan'),
  pemilihan: z.looseObject({ nama: z.string().max(500), jenis: z.enum(['pemilu', 'pilkada']), tanggal: z.string().max(10) }),
  wilayah: z.looseObject({ provinsi: wilayah(2), kabupaten: wilayah(4), kecamatan: wilayah(6) }),
  paket_sha256: z.string().regex(/^[0-9a-f]{64}$/),
  surat_suara: z.array(suratSuara),
  keberatan: catatan,
  keberatan_langkah: catatan,
  tanda_tangan: catatan,
  hadirin: catatan,
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});

/** The first fault of a document's shape as `path: problem` (paths as in package messages), or null. */
export function periksaBentukRekapHasil(doc: unknown): { readonly ok: true; readonly dokumen: RekapHasil } | { readonly ok: false; readonly masalah: string } {
  const r = SKEMA_REKAP_HASIL.safeParse(doc);
  if (r.success) return { ok: true, dokumen: doc as RekapHasil };
  const issue = r.error.issues[0]!;
  const jalur = issue.path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`)).join('');
  return { ok: false, masalah: `${jalur || '(dokumen)'}: ${issue.message}` };
}
