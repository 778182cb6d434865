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
const sumber = z.enum(['sirekap', 'c_hasil', 'koreksi', 'hitung_ulang']);
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

const tulis = z.looseObject({
  sumber,
  dicatat_pada: z.string().max(64),
  oleh: z.string().max(500),
  pola: z.string().max(100_000).regex(/^[01]*$/).optional(),
  nilai: deret,
});

const suratSuara = z.looseObject({
  jenis: z.enum(JENIS_SURAT_SUARA),
  peserta: z.array(z.looseObject({ nomor: angka, nama: z.string().max(1000) })),
  baris: z.array(kunciBaris),
  desa: z.array(
    z.looseObject({
      kode: kode(10),
      nama: z.string().max(500),
      tps: z.array(z.looseObject({ kode: kode(13), nomor: angka, nilai: deret, sumber: z.string().max(100_000).regex(/^[sckh-]*$/), versi: z.array(tulis) })),
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
