/**
 * The kabupaten's 40 kecamatan exports for the benchmark. Kecamatan 1 is exported from its real database; the
 * others are built in memory from the same generator (another seed each) through the export's own builder and
 * hash (buatIsiRekapHasil, kanonikDenganHash), holding what the database holds after a Sirekap import of their
 * files: one Sirekap write per TPS and ballot of the rows Sirekap publishes. Building 39 more databases by import
 * would take the bench many minutes and measure nothing more; tests/unit/bench.test.ts checks that this in-memory
 * export equals the real one, byte for byte, on the small kecamatan.
 */
import { createHash } from 'node:crypto';
import { urutkanSuratSuara } from '../../shared/domain/ballot';
import { buatIsiRekapHasil, kelompokkanTulis, kodeSumber, type BahanSuratSuara, type TulisVersi } from '../../shared/exchange/rekap-hasil';
import { barisCHasil, type Lembar } from '../../shared/forms/c-hasil';
import { rekapKecamatan } from '../../shared/forms/recap';
import { kanonikDenganHash } from '../../electron/services/exchange-service';
import { lembarBench, paketBench, type UkuranBench } from './kecamatan-besar';

/** The fixed clock of the bench's imports and who imports: part of every version written. */
export const WAKTU_IMPOR = '2024-02-20T08:00:00.000Z';
export const OLEH_BENCH = 'bench';

/** Rows a Sirekap file carries: not section II (surat suara) nor III (disabilitas). */
export function dibacaSirekap(baris: string): boolean {
  return !baris.startsWith('surat_suara_') && !baris.startsWith('disabilitas_');
}

/** The package text a bench database is created from (its SHA-256 is in every export). */
export function teksPaket(seed: number, ukuran: UkuranBench, k: number): string {
  return `${JSON.stringify(paketBench(seed, ukuran, k), null, 2)}\n`;
}

/** Seed of the numbers of kecamatan k. */
export function seedLembar(seed: number, k: number): number {
  return seed + 7919 * k;
}

/** The `rekap-hasil/2` export kecamatan k would have right after the Sirekap import of its files. */
export function eksporBench(seed: number, ukuran: UkuranBench, k: number): { readonly teks: string; readonly sha256: string } {
  const paket = paketBench(seed, ukuran, k);
  const lembar = lembarBench(paket, seedLembar(seed, k));
  const suratSuara: BahanSuratSuara[] = urutkanSuratSuara(paket.surat_suara).map((ss) => {
    const sheets = new Map<string, Lembar>();
    const tulis = new Map<string, TulisVersi[]>();
    const sumber = new Map<string, string>();
    const keys = barisCHasil(ss).map((b) => b.key);
    const indeks = new Map(keys.map((k, i) => [k, i]));
    for (const [kode, v] of lembar.get(ss.jenis)!) {
      const dibaca = Object.entries(v).filter(([baris]) => dibacaSirekap(baris));
      sheets.set(kode, Object.fromEntries(dibaca));
      tulis.set(kode, kelompokkanTulis(keys, indeks, dibaca.map(([baris, nilai]) => ({ baris, nilai, sumber: 'sirekap', dicatat_pada: WAKTU_IMPOR, oleh: OLEH_BENCH })), kode));
      sumber.set(kode, kodeSumber(indeks, keys.length, dibaca.map(([baris]) => [baris, 'sirekap'] as const)));
    }
    return { rekap: rekapKecamatan(paket, ss, sheets), tulis, sumber, temuan: [] };
  });
  const isi = buatIsiRekapHasil({
    pemilihan: paket.pemilihan,
    wilayah: paket.wilayah,
    paketSha256: createHash('sha256').update(teksPaket(seed, ukuran, k), 'utf8').digest('hex'),
    suratSuara,
    keberatan: [],
    keberatanLangkah: [],
    tandaTangan: [],
    hadirin: [],
  });
  const h = kanonikDenganHash(isi as unknown as Record<string, unknown>);
  return { teks: `${h.teks}\n`, sha256: h.sha256 };
}
