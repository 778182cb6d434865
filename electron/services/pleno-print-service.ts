import type Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import type { Clock } from '../../shared/domain/result';
import { buildBeritaAcaraPleno, buildDaftarHadir, buildDKejadianKhusus, buildLampiranKoreksi, type DokumenPlenoInput } from '../../shared/documents/dokumen-pleno';
import type { Kertas } from '../../shared/documents/layout';
import { defaultFontsDir } from '../pdf/fonts';
import { renderDocument } from '../pdf/render-document';
import { loadPaket } from './election-service';
import { daftarHitungUlang, daftarKeberatan, daftarKoreksi } from './keberatan-service';
import { daftarHadirin } from './kehadiran-service';
import { keadaanPleno } from './sidang-service';
import { daftarTandaTangan } from './tanda-tangan-service';
import { daftarTinjauan } from './tinjauan-service';

/** The signature document key of the plenary's Berita Acara. */
export const DOKUMEN_BA_PLENO = 'BA-PLENO';

/** Everything the plenary documents show, read from the database. */
export function bahanDokumenPleno(db: Database.Database, dicetakPada: Date, kertas: Kertas): DokumenPlenoInput {
  const paket = loadPaket(db);
  return {
    wilayah: paket.wilayah,
    pemilihan: paket.pemilihan,
    namaDesa: Object.fromEntries(paket.desa.map((d) => [d.kode, d.nama])),
    keadaan: keadaanPleno(db),
    hadirin: daftarHadirin(db),
    tinjauan: daftarTinjauan(db),
    keberatan: daftarKeberatan(db),
    koreksi: daftarKoreksi(db),
    hitungUlang: daftarHitungUlang(db),
    tandaTangan: daftarTandaTangan(db, DOKUMEN_BA_PLENO),
    dicetakPada,
    kertas,
  };
}

/**
 * Writes the plenary documents into `outDir`: BA-PLENO (Berita Acara), DAFTAR-HADIR, D.KEJADIAN-KHUSUS and
 * LAMPIRAN-PEMBETULAN, each `<name>-<kode kecamatan>.pdf`, written beside and renamed into place.
 */
export async function printPlenoDocuments(db: Database.Database, outDir: string, clock: Clock, opts: { readonly kertas?: Kertas; readonly fontsDir?: string } = {}): Promise<string[]> {
  const input = bahanDokumenPleno(db, clock(), opts.kertas ?? 'F4');
  const kode = input.wilayah.kecamatan.kode;
  fs.mkdirSync(outDir, { recursive: true });
  const out: string[] = [];
  const dokumen = [
    ['BA-PLENO', buildBeritaAcaraPleno],
    ['DAFTAR-HADIR', buildDaftarHadir],
    ['D.KEJADIAN-KHUSUS', buildDKejadianKhusus],
    ['LAMPIRAN-PEMBETULAN', buildLampiranKoreksi],
  ] as const;
  for (const [nama, build] of dokumen) {
    const pdf = await renderDocument(build(input), opts.fontsDir ?? defaultFontsDir());
    const file = path.join(outDir, `${nama}-${kode}.pdf`);
    const tmp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, pdf);
    fs.renameSync(tmp, file);
    out.push(file);
  }
  return out;
}
