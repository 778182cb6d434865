/**
 * The export's fingerprint on paper: every page of a printed document carries the short fingerprint and the
 * full SHA-256 of the `rekap-hasil/2` export of its ballot, and a QR code with the region, the ballot, the page
 * n/m and the fingerprint, so a saksi can check the paper against the file with any phone. Pure: the model
 * holds the QR's text; the renderer draws its modules.
 */
import type { JenisSuratSuara } from '../domain/ballot';
import { sidikPendek } from '../exchange/rekap-hasil';

/** Side of the printed QR code, in points (14 mm: about 0.4 mm per module for the usual 33 modules). */
export const UKURAN_QR = 40;

/** Gap between the QR code and the footer text. */
export const JARAK_QR = 6;

/** What a document needs to print the fingerprint of its export on every page. */
export interface SidikCetak {
  /** SHA-256 (hex) of the ballot's `rekap-hasil/2` export (`export --surat-suara J`). */
  readonly sha256: string;
  /** Code of the region the document is of (kecamatan, or kabupaten at kabupaten level). */
  readonly kodeWilayah: string;
  /** The ballot of the document, or SEMUA for a document of the whole plenary (its export holds every ballot). */
  readonly jenis: JenisSuratSuara | 'SEMUA';
}

/** The footer line: "Sidik jari 3F2A-91C0-77BE-0D14 · SHA-256 3f2a91c0...". */
export function barisSidik(s: SidikCetak): string {
  return `Sidik jari ekspor ${sidikPendek(s.sha256)} · SHA-256 ${s.sha256}`;
}

/**
 * The QR code's text, upper case so it encodes in QR alphanumeric mode:
 * `REKAP-HASIL:336901:PPWP:3/12:3F2A-91C0-77BE-0D14:<SHA-256>`.
 */
export function isiQrHalaman(s: SidikCetak, halaman: number, jumlahHalaman: number): string {
  return ['REKAP-HASIL', s.kodeWilayah, s.jenis, `${halaman}/${jumlahHalaman}`, sidikPendek(s.sha256), s.sha256.toUpperCase()].join(':');
}

/** The parts of a QR code's text, or null when it is not one of ours. */
export function bacaIsiQr(teks: string): { kodeWilayah: string; jenis: string; halaman: number; jumlahHalaman: number; sidik: string; sha256: string } | null {
  const m = /^REKAP-HASIL:(\d+):([A-Z_]+):(\d+)\/(\d+):([0-9A-F]{4}(?:-[0-9A-F]{4}){3}):([0-9A-F]{64})$/.exec(teks);
  if (!m) return null;
  return { kodeWilayah: m[1]!, jenis: m[2]!, halaman: Number(m[3]), jumlahHalaman: Number(m[4]), sidik: m[5]!, sha256: m[6]!.toLowerCase() };
}
