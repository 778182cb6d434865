import { terbilang } from './terbilang';

/** Indonesian dates. Computed by hand (not Intl) so print output never depends on the host's ICU data. */

export const NAMA_BULAN = [
  'Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni',
  'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember',
] as const;

export const NAMA_HARI = ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'] as const;

interface Ymd {
  readonly y: number;
  readonly m: number;
  readonly d: number;
}

/** Parses `YYYY-MM-DD` (a calendar date, no time zone); throws on a malformed or impossible date. */
export function parseTanggal(iso: string): Ymd {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new RangeError(`not an ISO date: ${iso}`);
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  const t = new Date(Date.UTC(y, mo - 1, d));
  if (t.getUTCFullYear() !== y || t.getUTCMonth() !== mo - 1 || t.getUTCDate() !== d) throw new RangeError(`no such date: ${iso}`);
  return { y, m: mo, d };
}

/** True for a real calendar date written `YYYY-MM-DD`. */
export function isTanggalValid(iso: string): boolean {
  try {
    parseTanggal(iso);
    return true;
  } catch {
    return false;
  }
}

function hari({ y, m, d }: Ymd): string {
  return NAMA_HARI[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]!;
}

/** "14 Februari 2024". */
export function formatTanggal(iso: string): string {
  const t = parseTanggal(iso);
  return `${t.d} ${NAMA_BULAN[t.m - 1]!} ${t.y}`;
}

/** "Rabu, 14 Februari 2024". */
export function formatHariTanggal(iso: string): string {
  const t = parseTanggal(iso);
  return `${hari(t)}, ${formatTanggal(iso)}`;
}

/** The date in words for the berita acara: "Rabu, tanggal empat belas, bulan Februari, tahun dua ribu dua puluh empat". */
export function tanggalDalamKata(iso: string): string {
  const t = parseTanggal(iso);
  return `${hari(t)}, tanggal ${terbilang(t.d)}, bulan ${NAMA_BULAN[t.m - 1]!}, tahun ${terbilang(t.y)}`;
}

/** Local calendar date and time of a Date in a fixed UTC offset (WIB = +7, WITA = +8, WIT = +9). */
export function waktuLokal(at: Date, offsetJam = 7): { tanggal: string; jam: string } {
  const t = new Date(at.getTime() + offsetJam * 3_600_000);
  const p = (n: number): string => String(n).padStart(2, '0');
  return {
    tanggal: `${t.getUTCFullYear()}-${p(t.getUTCMonth() + 1)}-${p(t.getUTCDate())}`,
    jam: `${p(t.getUTCHours())}.${p(t.getUTCMinutes())}`,
  };
}

/** "14 Februari 2024 pukul 21.05 WIB". */
export function formatWaktu(at: Date, offsetJam = 7): string {
  const { tanggal, jam } = waktuLokal(at, offsetJam);
  const zona = offsetJam === 8 ? 'WITA' : offsetJam === 9 ? 'WIT' : 'WIB';
  return `${formatTanggal(tanggal)} pukul ${jam} ${zona}`;
}
