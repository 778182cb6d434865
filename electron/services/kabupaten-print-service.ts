import type Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { urutkanSuratSuara } from '../../shared/domain/ballot';
import type { Clock } from '../../shared/domain/result';
import { buildDHasilKabupaten } from '../../shared/documents/d-hasil-kabupaten';
import type { Kertas } from '../../shared/documents/layout';
import type { RekapKabupaten } from '../../shared/exchange/rekap-kabupaten';
import type { PaketKabupaten } from '../../shared/paket/paket-kabupaten';
import { defaultFontsDir } from '../pdf/fonts';
import { renderDocument } from '../pdf/render-document';
import { canonicalJson } from './canonical-json';
import { sha256Hex } from './exchange-service';
import { hasilTerkini, recapKabupaten } from './kabupaten-service';

/**
 * The fingerprint of a kabupaten recap: SHA-256 of the canonical JSON of which export each kecamatan column
 * comes from (`{"format":"rekap-kabupaten-sumber/1","jenis":..,"kabupaten":..,"kecamatan":[{"kode","sha256"}]}`):
 * the same sources always give the same fingerprint, and each source is itself hashed.
 */
export function sidikRekapKabupaten(r: RekapKabupaten): string {
  return sidikSumber(r.suratSuara.jenis, r.kode, r.kecamatan);
}

function sidikSumber(jenis: string, kabupaten: string, kecamatan: readonly { readonly kode: string; readonly sha256: string | null }[]): string {
  return sha256Hex(canonicalJson({ format: 'rekap-kabupaten-sumber/1', jenis, kabupaten, kecamatan: kecamatan.map((k) => ({ kode: k.kode, sha256: k.sha256 })) }));
}

/**
 * The fingerprint printed on the kabupaten plenary's documents (all ballots, `SEMUA`): the same rule over the
 * current export of every kecamatan of the package (null where none is imported yet).
 */
export function sidikSemuaKabupaten(db: Database.Database, paket: PaketKabupaten): string {
  const kini = hasilTerkini(db);
  return sidikSumber('SEMUA', paket.wilayah.kabupaten.kode, paket.kecamatan.map((k) => ({ kode: k.kode, sha256: kini.get(k.kode)?.sha256 ?? null })));
}

/** Writes D.HASIL-KABUPATEN-<kode>-<jenis>.pdf for every ballot of the package into outDir. */
export async function printKabupatenDocuments(
  db: Database.Database,
  paket: PaketKabupaten,
  outDir: string,
  clock: Clock,
  opts: { readonly kertas?: Kertas; readonly fontsDir?: string } = {},
): Promise<string[]> {
  fs.mkdirSync(outDir, { recursive: true });
  const dicetakPada = clock();
  const written: string[] = [];
  for (const s of urutkanSuratSuara(paket.surat_suara)) {
    const rekap = recapKabupaten(db, paket, s.jenis);
    const model = buildDHasilKabupaten({
      rekap,
      provinsi: paket.wilayah.provinsi,
      pemilihan: paket.pemilihan,
      dicetakPada,
      kertas: opts.kertas ?? 'F4',
      sidik: { sha256: sidikRekapKabupaten(rekap), kodeWilayah: rekap.kode, jenis: s.jenis },
    });
    const pdf = await renderDocument(model, opts.fontsDir ?? defaultFontsDir());
    const file = path.join(outDir, `D.HASIL-KABUPATEN-${rekap.kode}-${s.jenis}.pdf`);
    const tmp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, pdf);
    fs.renameSync(tmp, file);
    written.push(file);
  }
  return written;
}
