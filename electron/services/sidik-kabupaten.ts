import type Database from 'better-sqlite3';
import type { RekapKabupaten } from '../../shared/exchange/rekap-kabupaten';
import type { PaketKabupaten } from '../../shared/paket/paket-kabupaten';
import { canonicalJson } from './canonical-json';
import { sha256Hex } from './exchange-service';
import { hasilTerkini } from './kabupaten-service';

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
