/**
 * The plenary at KPU kabupaten/kota level (DOMAIN.md section 6.2): the same roles as at a PPK one level up.
 * The stored `unsur` keeps its place in the plenary (the organiser, the supervisor, the unit below), and the
 * names change: the organiser is the KPU kabupaten/kota, the supervisor Bawaslu, the unit below the PPK.
 */
import { LABEL_STATUS_KEBERATAN, LABEL_UNSUR, type Keberatan, type StatusKeberatan, type UnsurHadirin } from './pleno';

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

/** The steps of an objection at a KPU kabupaten/kota: matched against the D.Hasil Kecamatan; accepted = the PPK corrects. */
export const LABEL_STATUS_KEBERATAN_KABUPATEN: Readonly<Record<StatusKeberatan, string>> = {
  ...LABEL_STATUS_KEBERATAN,
  dicocokkan: 'Dicocokkan dengan D.Hasil Kecamatan',
  diterima: 'Diterima (PPK diminta membetulkan)',
  rekomendasi: 'Rekomendasi Bawaslu',
};

export function labelStatusKeberatan(tingkat: TingkatPleno): Readonly<Record<StatusKeberatan, string>> {
  return tingkat === 'kabupaten' ? LABEL_STATUS_KEBERATAN_KABUPATEN : LABEL_STATUS_KEBERATAN;
}

/**
 * What an objection is about, as printed: at a KPU kabupaten/kota a number objection names a kecamatan's row
 * (stored without a TPS, since the KPU corrects nothing itself: migration 6), else its `pokok`.
 */
export function pokokKeberatan(k: Pick<Keberatan, 'pokok' | 'tpsKode'>, tingkat: TingkatPleno): string {
  return tingkat === 'kabupaten' && k.pokok === 'angka' && k.tpsKode === null ? 'angka kecamatan' : k.pokok;
}
