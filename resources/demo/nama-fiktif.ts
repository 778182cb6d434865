/**
 * Fictional candidate names for the demo, drawn from common Indonesian (mostly Javanese) given names and family
 * names, with the religious and academic titles KPU's candidate lists print. Any likeness to a real candidate is
 * accidental. Pure: the caller passes the random draw.
 */
import type { JenisKelamin } from '../../shared/domain/ballot';

const DEPAN_L = [
  'AGUS', 'AHMAD', 'ARIF', 'BAMBANG', 'BUDI', 'DIDIK', 'DWI', 'EKO', 'FAJAR', 'HADI', 'HARYANTO', 'HERU', 'IMAM',
  'ISMAIL', 'JOKO', 'KUSNADI', 'MUHAMMAD', 'NUR', 'PRASETYO', 'RAHMAT', 'RIYANTO', 'SLAMET', 'SUGENG', 'SUPARMAN',
  'SUTRISNO', 'TEGUH', 'TRI', 'WAHYU', 'YUSUF', 'ABDUL', 'ANDI', 'BAYU', 'DANANG', 'GUNAWAN', 'HENDRA', 'IWAN',
  'KHOIRUL', 'LUKMAN', 'MOCHAMAD', 'RUDI', 'SAIFUL', 'TAUFIK', 'WAWAN', 'YUDI', 'ZAINAL',
] as const;

const DEPAN_P = [
  'SITI', 'SRI', 'DEWI', 'ENDANG', 'LESTARI', 'NINGSIH', 'RATNA', 'RINI', 'SUSANTI', 'TITIK', 'WULAN', 'YULI',
  'ANIS', 'DIAH', 'FITRI', 'INDAH', 'KARTIKA', 'MARYAM', 'NURUL', 'PUJI', 'RETNO', 'UMI', 'WINARSIH', 'AYU',
  'ERNA', 'HENI', 'IKA', 'LILIK', 'MUSLIKAH', 'NOVI', 'RIKA', 'TUTIK', 'YANTI',
] as const;

const BELAKANG_L = [
  'SANTOSO', 'WIBOWO', 'SETIAWAN', 'HIDAYAT', 'PURNOMO', 'NUGROHO', 'SAPUTRA', 'KURNIAWAN', 'SUSILO', 'HARTONO',
  'SUBAGYO', 'WIJAYA', 'PRAMONO', 'SULISTYO', 'MAULANA', 'FIRMANSYAH', 'ROHMAN', 'FAUZI', 'ARIFIN', 'SAIFUDIN',
  'MUSTOFA', 'PRABOWO', 'SUNARYO', 'WALUYO', 'HARIYADI', 'SUPRIYADI', 'MUNAWAR', 'ZUHRI', 'SYAHRONI', 'BASUKI',
] as const;

const BELAKANG_P = [
  'RAHAYU', 'ASTUTI', 'WULANDARI', 'HANDAYANI', 'LESTARI', 'HASANAH', 'KHASANAH', 'PURWANTI', 'MULYANI',
  'SETYOWATI', 'NURHAYATI', 'KUSUMAWATI', 'SAFITRI', 'UTAMI', 'WAHYUNINGSIH', 'ANGGRAENI', 'MARLINA', 'FATIMAH',
] as const;

const GELAR_BELAKANG_1 = ['S.H.', 'S.E.', 'S.Pd.', 'S.Ag.', 'S.T.', 'S.Sos.', 'S.IP.', 'S.Kom.', 'S.Pd.I.'] as const;
const GELAR_BELAKANG_2 = ['M.M.', 'M.Si.', 'M.H.', 'M.Pd.', 'M.Kes.'] as const;

function pilih<T>(list: readonly T[], u: number): T {
  const x = list[Math.floor(u * list.length)];
  if (x === undefined) throw new Error('empty name list');
  return x;
}

/** A name as KPU's lists print it: titles, the name in capitals, degrees after a comma. `u` draws in [0, 1). */
export function namaFiktif(jk: JenisKelamin, u: () => number): string {
  const depan = pilih(jk === 'L' ? DEPAN_L : DEPAN_P, u());
  const belakang = pilih(jk === 'L' ? BELAKANG_L : BELAKANG_P, u());
  const tengah = u() < 0.25 ? `${pilih(jk === 'L' ? DEPAN_L : DEPAN_P, u())} ` : '';
  const t = u();
  const depanGelar = t < 0.1 ? (jk === 'L' ? 'H. ' : 'Hj. ') : t < 0.13 ? 'Dr. ' : t < 0.16 ? 'Ir. ' : '';
  const g = u();
  const gelar = g < 0.4 ? `, ${pilih(GELAR_BELAKANG_1, u())}` : g < 0.5 ? `, ${pilih(GELAR_BELAKANG_1, u())}, ${pilih(GELAR_BELAKANG_2, u())}` : '';
  const inti = tengah !== '' && tengah.trim() === depan ? `${depan} ${belakang}` : `${depan} ${tengah}${belakang}`;
  return `${depanGelar}${inti}${gelar}`;
}
