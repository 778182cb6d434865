import { z } from 'zod';
import { JENIS_SURAT_SUARA } from '../domain/ballot';
import type { Hadirin, HitungUlang, KeadaanPleno, Keberatan, TandaTangan, Tinjauan } from '../domain/pleno';
import { JENIS_PIHAK_SAKSI, UNSUR_HADIRIN } from '../domain/pleno';
import type { PlenoMethodName } from './pleno-names';

/** Input schemas and outputs of the plenary methods; contract.ts merges them into the one contract. */

const jenis = z.enum(JENIS_SURAT_SUARA);
const teks = z.string().max(2000);
const nama = z.string().min(1).max(200);
/** A unit of the plenary: a desa (10 digits) at a PPK, a kecamatan (6 digits) at a KPU kabupaten/kota. */
const kodeDesa = z.string().regex(/^(\d{10}|\d{6})$/);
const kodeTps = z.string().regex(/^\d{13}$/);
const id = z.number().int().min(1);
const angka = z.number().int().min(0).max(999).nullable();
const waktu = z.string().min(1).max(40);

export const PLENO_SCHEMAS = {
  /** Sittings, daftar hadir, review states, objections with corrections, recounts. */
  'pleno.ambil': z.object({}).strict(),
  /** Opens a sitting (place, chair), suspends with a reason, resumes, closes. */
  'pleno.ubah': z.discriminatedUnion('aksi', [
    z.object({ aksi: z.literal('buka'), tempat: nama, ketua: nama }).strict(),
    z.object({ aksi: z.literal('skors'), alasan: teks }).strict(),
    z.object({ aksi: z.literal('lanjut') }).strict(),
    z.object({ aksi: z.literal('tutup') }).strict(),
  ]),
  /** Puts a person on the daftar hadir (a saksi with peserta and mandate number). */
  'hadirin.daftarkan': z
    .object({
      nama,
      unsur: z.enum(UNSUR_HADIRIN),
      jabatan: z.string().max(200).nullable().optional(),
      desaKode: kodeDesa.nullable().optional(),
      // A saksi's side: PARTAI and the party number (every party ballot), or the ballot of a paslon / DPD candidate.
      peserta: z.object({ jenis: z.enum([...JENIS_SURAT_SUARA, ...JENIS_PIHAK_SAKSI]), nomor: z.number().int().min(1).max(9999) }).strict().nullable().optional(),
      nomorSurat: z.string().max(200).nullable().optional(),
    })
    .strict(),
  /** Arrival, departure, a saksi taking or leaving the seat. */
  'hadirin.catat': z.object({ hadirinId: id, jenis: z.enum(['datang', 'pulang', 'duduk', 'berdiri']) }).strict(),
  /** Review step of a desa and ballot; reopening needs the decision. */
  'tinjauan.majukan': z.object({ desaKode: kodeDesa, jenis, status: z.enum(['dibaca', 'dicocokkan', 'disahkan', 'dibuka_kembali']), keputusan: teks.nullable().optional() }).strict(),
  /** Raises a keberatan or kejadian khusus. */
  'keberatan.ajukan': z
    .object({
      jenis: z.enum(['keberatan', 'kejadian_khusus']),
      pokok: z.enum(['prosedur', 'angka']),
      pengajuId: id.nullable().optional(),
      pengajuUnsur: z.enum(['saksi', 'panwaslu', 'ppk', 'pps']).optional(),
      desaKode: kodeDesa.nullable().optional(),
      tpsKode: kodeTps.nullable().optional(),
      suratSuara: jenis.nullable().optional(),
      baris: z.string().max(64).nullable().optional(),
      uraian: teks,
    })
    .strict(),
  /** The next step of an objection; accepting a number objection carries the correction. */
  'keberatan.langkah': z
    .object({
      keberatanId: id,
      langkah: z.enum(['dicocokkan', 'diterima', 'ditolak', 'rekomendasi', 'tindak_lanjut']),
      catatan: teks.nullable().optional(),
      koreksi: z.object({ nilaiBaru: angka, pemutus: z.string().max(200), parafKetua: z.string().max(200), parafSaksi: z.string().max(200) }).strict().nullable().optional(),
    })
    .strict(),
  /** A recount of a TPS for an objection. */
  'hitung-ulang.catat': z
    .object({
      keberatanId: id,
      tpsKode: kodeTps,
      jenis,
      dasar: z.enum(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']),
      kotakDibukaPada: waktu,
      kotakDisegelPada: waktu,
      nilai: z.record(z.string().max(64), angka),
    })
    .strict(),
  /** One person's signature on one document: signed (with optional PNG), refused (reason), absent. */
  'tanda-tangan.catat': z
    .object({
      dokumen: z.string().min(1).max(100),
      hadirinId: id,
      status: z.enum(['ditandatangani', 'menolak', 'tidak_hadir']),
      alasan: teks.nullable().optional(),
      gambar: z.instanceof(Uint8Array).nullable().optional(),
    })
    .strict(),
  /** The current signatures of one document (or all). */
  'tanda-tangan.daftar': z.object({ dokumen: z.string().min(1).max(100).optional() }).strict(),
  /** Prints the Berita Acara, daftar hadir, D.Kejadian Khusus and correction annex into a folder. */
  'pleno.cetak': z.object({ outDir: z.string().min(1).max(4096) }).strict(),
} as const satisfies Record<PlenoMethodName, z.ZodType>;

/** What the plenary panel and the projector header read. */
export interface RingkasanPleno {
  readonly keadaan: KeadaanPleno;
  readonly hadirin: readonly Hadirin[];
  readonly tinjauan: readonly Tinjauan[];
  readonly keberatan: readonly Keberatan[];
  readonly hitungUlang: readonly HitungUlang[];
}

export interface PlenoOutputs {
  'pleno.ambil': RingkasanPleno;
  'pleno.ubah': KeadaanPleno;
  'hadirin.daftarkan': Hadirin;
  'hadirin.catat': readonly Hadirin[];
  'tinjauan.majukan': Tinjauan;
  'keberatan.ajukan': Keberatan;
  'keberatan.langkah': Keberatan;
  'hitung-ulang.catat': HitungUlang;
  'tanda-tangan.catat': TandaTangan;
  'tanda-tangan.daftar': readonly TandaTangan[];
  'pleno.cetak': readonly string[];
}

export interface PlenoEventPayloads {
  /** Anything of the plenary changed (sitting, attendance, review, objection, signature). */
  'pleno.berubah': { readonly sebab: PlenoMethodName };
}
