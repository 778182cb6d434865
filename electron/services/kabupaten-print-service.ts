import type Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { urutkanSuratSuara } from '../../shared/domain/ballot';
import type { Clock } from '../../shared/domain/result';
import { buildDHasilKabupaten } from '../../shared/documents/d-hasil-kabupaten';
import { buildBeritaAcaraDHasilKabupaten } from '../../shared/documents/dokumen-pleno';
import type { Kertas } from '../../shared/documents/layout';
import type { DocumentModel } from '../../shared/documents/model';
import { isiQrHalaman, type SidikCetak } from '../../shared/documents/sidik-halaman';
import type { PaketKabupaten } from '../../shared/paket/paket-kabupaten';
import { arrayKeLembar, type RekapHasil } from '../../shared/exchange/rekap-hasil';
import type { RekapKabupaten } from '../../shared/exchange/rekap-kabupaten';
import { defaultFontsDir } from '../pdf/fonts';
import { renderDocument } from '../pdf/render-document';
import { hasilTerkini, recapKabupaten } from './kabupaten-service';
import { bahanDokumenPleno } from './pleno-print-service';
import { sidikRekapKabupaten } from './sidik-kabupaten';

/**
 * One document of several parts (the sertifikat in landscape, then the berita acara in portrait): the pages in
 * order, each footer numbered in the whole and its QR code saying which page of how many.
 */
function gabung(bagian: readonly DocumentModel[], sidik: SidikCetak): DocumentModel {
  const pages = bagian.flatMap((d) => d.pages);
  const n = pages.length;
  return {
    ...bagian[0]!,
    pages: pages.map((p, i) => ({
      ...p,
      footer: { ...p.footer, kanan: p.footer.kanan.replace(/Halaman \d+( dari \d+)?/, `Halaman ${i + 1} dari ${n}`), qr: { isi: isiQrHalaman(sidik, i + 1, n), ukuran: p.footer.qr?.ukuran ?? 0 } },
    })),
  };
}

/** The lampiran table of one kecamatan: its desa as the columns (their totals in its export) and its total. */
function rekapLampiran(rekap: RekapKabupaten, doc: RekapHasil): RekapKabupaten | null {
  const s = doc.surat_suara.find((x) => x.jenis === rekap.suratSuara.jenis);
  if (!s) return null;
  const kolom = rekap.kecamatan.find((k) => k.kode === doc.wilayah.kecamatan.kode);
  return {
    ...rekap,
    kode: doc.wilayah.kecamatan.kode,
    nama: doc.wilayah.kecamatan.nama,
    kecamatan: s.desa.map((d) => ({ kode: d.kode, nama: d.nama, sha256: null, lembar: arrayKeLembar(s.baris, d.jumlah) })),
    jumlah: kolom?.lembar ?? arrayKeLembar(s.baris, s.jumlah),
  };
}

/**
 * Writes D.HASIL-KABUPATEN-<kode>-<jenis>.pdf for every ballot of the package into outDir: the sertifikat (one
 * column per kecamatan), its berita acara with the signatures of the KPU kabupaten/kota and the saksi, and a
 * lampiran per kecamatan whose export is imported (one column per desa, from that export).
 */
export async function printKabupatenDocuments(
  db: Database.Database,
  paket: PaketKabupaten,
  outDir: string,
  clock: Clock,
  opts: { readonly kertas?: Kertas; readonly fontsDir?: string } = {},
): Promise<string[]> {
  fs.mkdirSync(outDir, { recursive: true });
  const dicetakPada = clock();
  const kertas = opts.kertas ?? 'F4';
  const pleno = bahanDokumenPleno(db, dicetakPada, kertas);
  const ekspor = hasilTerkini(db);
  const written: string[] = [];
  for (const s of urutkanSuratSuara(paket.surat_suara)) {
    const rekap = recapKabupaten(db, paket, s.jenis);
    const sidik: SidikCetak = { sha256: sidikRekapKabupaten(rekap), kodeWilayah: rekap.kode, jenis: s.jenis };
    const sertifikat = buildDHasilKabupaten({ rekap, provinsi: paket.wilayah.provinsi, pemilihan: paket.pemilihan, dicetakPada, kertas, sidik });
    const lampiran = rekap.kecamatan.flatMap((k) => {
      const doc = ekspor.get(k.kode);
      const r = doc ? rekapLampiran(rekap, doc) : null;
      return r ? [buildDHasilKabupaten({ rekap: r, provinsi: paket.wilayah.provinsi, pemilihan: paket.pemilihan, dicetakPada, kertas, sidik, lampiran: { kode: k.kode, nama: k.nama, kabupaten: paket.wilayah.kabupaten } })] : [];
    });
    const model = gabung([sertifikat, buildBeritaAcaraDHasilKabupaten({ ...pleno, sidik }, rekap), ...lampiran], sidik);
    const pdf = await renderDocument(model, opts.fontsDir ?? defaultFontsDir());
    const file = path.join(outDir, `D.HASIL-KABUPATEN-${rekap.kode}-${s.jenis}.pdf`);
    const tmp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, pdf);
    fs.renameSync(tmp, file);
    written.push(file);
  }
  return written;
}
