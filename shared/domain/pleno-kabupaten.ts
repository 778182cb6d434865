/**
 * The plenary at KPU kabupaten/kota level (DOMAIN.md section 6.2): the same roles as at a PPK one level up.
 * The stored `unsur` keeps its place in the plenary (the organiser, the supervisor, the unit below), and the
 * names change: the organiser is the KPU kabupaten/kota, the supervisor Bawaslu, the unit below the PPK.
 */
import { LABEL_UNSUR, type UnsurHadirin } from './pleno';

/** Level of a plenary: a PPK's (units: desa) or a KPU kabupaten/kota's (units: kecamatan). */
export type TingkatPleno = 'kecamatan' | 'kabupaten';

export const LABEL_UNSUR_KABUPATEN: Readonly<Record<UnsurHadirin, string>> = {
  ...LABEL_UNSUR,
  ppk: 'KPU Kabupaten/Kota',
  panwaslu: 'Bawaslu Kabupaten/Kota',
  pps: 'PPK',
  sekretariat: 'Sekretariat KPU Kabupaten/Kota',
};

export function labelUnsur(tingkat: TingkatPleno): Readonly<Record<UnsurHadirin, string>> {
  return tingkat === 'kabupaten' ? LABEL_UNSUR_KABUPATEN : LABEL_UNSUR;
}
