import type Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { urutkanSuratSuara, type JenisSuratSuara } from '../../shared/domain/ballot';
import type { Clock } from '../../shared/domain/result';
import type { Penandatangan, SaksiPenandatangan } from '../../shared/documents/d-hasil';
import { buildDHasilBertahap } from '../../shared/documents/d-hasil';
import type { Kertas } from '../../shared/documents/layout';
import { defaultFontsDir } from '../pdf/fonts';
import { renderDocumentKeBerkas } from '../pdf/render-document';
import { loadPaket } from './election-service';
import { dasarEkspor, eksporRekapHasil, SidikSemuaBertahap, simpanSha256SemuaSuratSuara } from './exchange-service';


export interface PrintOptions {
  /** Paper: F4 (default, what PPK offices print on) or A4. */
  readonly kertas?: Kertas;
  /** Folder with the DejaVu fonts; default resources/fonts found by defaultFontsDir(). */
  readonly fontsDir?: string;
  /** Plenary date (YYYY-MM-DD) for the berita acara; default the local date of the clock. */
  readonly tanggalPleno?: string;
  readonly ppk?: { readonly ketua: Penandatangan; readonly anggota: readonly Penandatangan[] };
  readonly saksi?: readonly SaksiPenandatangan[];
  /** Print only this ballot; default every ballot of the package. */
  readonly jenis?: JenisSuratSuara;
}

/** "D.HASIL-KECAMATAN-320444-PPWP.pdf". */
export function namaBerkasDHasil(kodeKecamatan: string, jenis: JenisSuratSuara): string {
  return `D.HASIL-KECAMATAN-${kodeKecamatan}-${jenis}.pdf`;
}

/**
 * Writes one PDF per ballot of the package into `outDir` (created if missing), in the official order (PPWP,
 * DPR, DPD, DPRD Prov, DPRD Kab/Kota, then Pilkada), or only the ballot `opts.jenis`: the Model D.Hasil
 * Kecamatan with its berita acara and the lampiran of every desa, all in one file. Each file is written beside
 * its target as it is drawn, page by page (renderDocumentKeBerkas), and renamed into place, so a reader never
 * sees half a PDF. Returns the paths written.
 */
export async function printRecapDocuments(db: Database.Database, outDir: string, clock: Clock, opts: PrintOptions = {}): Promise<string[]> {
  const paket = loadPaket(db);
  const fontsDir = opts.fontsDir ?? defaultFontsDir();
  const dicetakPada = clock();
  fs.mkdirSync(outDir, { recursive: true });
  const written: string[] = [];
  // The findings and plenary tables every ballot's export shares: read once (and kept while nothing changes).
  const dasar = dasarEkspor(db);
  // Every ballot printed: the fingerprint of the export of all ballots (the plenary documents') is assembled from
  // the single ballots' exports made here, instead of exporting everything once more (sha256SemuaSuratSuara).
  const semua = opts.jenis === undefined ? new SidikSemuaBertahap(db, dasar) : null;
  for (const suratSuara of urutkanSuratSuara(paket.surat_suara)) {
    if (opts.jenis !== undefined && suratSuara.jenis !== opts.jenis) continue;
    // Only the recap and the hash are kept: the export itself is garbage before the (memory-hungry) rendering.
    const { rekap, sha256, suratSuaraKanonik } = eksporRekapHasil(db, suratSuara.jenis, dasar);
    semua?.tambah(suratSuara.jenis, suratSuaraKanonik);
    // Laid out desa by desa as the pages are drawn, and written to the file page by page: a ballot's pages are
    // never all held, nor the bytes of its PDF.
    const model = buildDHasilBertahap({
      rekap,
      wilayah: paket.wilayah,
      pemilihan: paket.pemilihan,
      dicetakPada,
      kertas: opts.kertas ?? 'F4',
      ...(opts.tanggalPleno === undefined ? {} : { tanggalPleno: opts.tanggalPleno }),
      ...(opts.ppk === undefined ? {} : { ppk: opts.ppk }),
      ...(opts.saksi === undefined ? {} : { saksi: opts.saksi }),
      // Every page carries the fingerprint of this ballot's export (`export --surat-suara J`) and its QR code.
      sidik: { sha256, kodeWilayah: paket.wilayah.kecamatan.kode, jenis: suratSuara.jenis },
    });
    const file = path.join(outDir, namaBerkasDHasil(paket.wilayah.kecamatan.kode, suratSuara.jenis));
    await renderDocumentKeBerkas(model, file, fontsDir);
    written.push(file);
  }
  const sha256Semua = semua?.selesai() ?? null;
  if (sha256Semua !== null) simpanSha256SemuaSuratSuara(db, sha256Semua);
  return written;
}
