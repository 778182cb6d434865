import type Database from 'better-sqlite3';
import { urutkanSuratSuara, type JenisSuratSuara } from '../../shared/domain/ballot';
import { sidikPendek } from '../../shared/exchange/rekap-hasil';
import type { KecamatanKabupaten, RekapKabupatenLayar, RingkasanKabupaten } from '../../shared/ipc/hasil-contract';
import type { PaketKabupaten } from '../../shared/paket/paket-kabupaten';
import type { Temuan } from '../../shared/validation/finding';
import { validasiAntarSuratSuara, validasiLembar } from '../../shared/validation/rules';
import type { Lembar } from '../../shared/forms/c-hasil';
import { sidikRekapKabupaten } from './sidik-kabupaten';
import { recapKabupaten, riwayatHasil } from './kabupaten-service';

/**
 * What the kabupaten console reads, over the kabupaten service's exported functions: every kecamatan with its
 * import status and history, and each ballot's recap with its fingerprint and findings.
 */

/** Every kecamatan of the package (in plenary order) with its imports, oldest first. */
export function kecamatanKabupaten(db: Database.Database, paket: PaketKabupaten): KecamatanKabupaten[] {
  return paket.kecamatan.map((k) => {
    const riwayat = riwayatHasil(db, k.kode).map((r) => ({ sha256: r.sha256, sidik: sidikPendek(r.sha256), namaBerkas: r.nama_berkas, diimporPada: r.diimpor_pada, oleh: r.oleh }));
    return { kode: k.kode, nama: k.nama, status: riwayat.length === 0 ? 'belum' : riwayat.length === 1 ? 'diimpor' : 'diganti', riwayat };
  });
}

export function ringkasanKabupaten(db: Database.Database, paket: PaketKabupaten, berkasDb: string): RingkasanKabupaten {
  return { tingkat: 'kabupaten', paket, berkasDb, kecamatan: kecamatanKabupaten(db, paket) };
}

/**
 * Validation at kabupaten level: the unit rules (R1-R9, R12-R14 as for a summed sheet) on the total of every
 * kecamatan whose export is imported, and R15 across the ballots of each such kecamatan (the same DPT on every
 * ballot, no ballot with more voters than PPWP); of one ballot or all. R16 (a kecamatan's totals are the sum of its
 * desa and TPS) is checked at import, which refuses an export that does not add up. The PPK's TPS findings travel
 * inside each export.
 */
export function temuanKabupaten(db: Database.Database, paket: PaketKabupaten, jenis?: JenisSuratSuara): Temuan[] {
  const temuan: Temuan[] = [];
  const perKecamatan = new Map<string, Map<JenisSuratSuara, Lembar>>();
  for (const s of urutkanSuratSuara(paket.surat_suara)) {
    const r = recapKabupaten(db, paket, s.jenis);
    for (const k of r.kecamatan) {
      if (k.sha256 === null) continue;
      if (jenis === undefined || s.jenis === jenis) temuan.push(...validasiLembar(k.lembar, { jenisPemilihan: paket.pemilihan.jenis, suratSuara: s, tingkat: 'unit', kode: k.kode }));
      const sheets = perKecamatan.get(k.kode) ?? new Map<JenisSuratSuara, Lembar>();
      sheets.set(s.jenis, k.lembar);
      perKecamatan.set(k.kode, sheets);
    }
  }
  for (const [kode, sheets] of perKecamatan) temuan.push(...validasiAntarSuratSuara(sheets, kode).filter((t) => jenis === undefined || t.surat_suara === jenis));
  return temuan;
}

/** One ballot's recap for the screen: columns per kecamatan, the recap's fingerprint, the findings. */
export function rekapKabupatenLayar(db: Database.Database, paket: PaketKabupaten, jenis: JenisSuratSuara): RekapKabupatenLayar {
  const rekap = recapKabupaten(db, paket, jenis);
  return { rekap, sha256: sidikRekapKabupaten(rekap), temuan: temuanKabupaten(db, paket, jenis) };
}
