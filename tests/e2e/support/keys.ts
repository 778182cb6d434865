import { barisCHasil } from '../../../shared/forms/c-hasil';
import { PAKET } from './demo-db';

/** Row keys of the demo's PPWP C.Hasil in paper order (the order of entry). */
export const KUNCI_PPWP: readonly string[] = barisCHasil(PAKET.surat_suara[0]!).map((r) => r.key);

/** The TPS code of a demo desa (by name) and TPS number. */
export function kodeTps(namaDesa: string, nomor: number): string {
  const d = PAKET.desa.find((x) => x.nama === namaDesa);
  const t = d?.tps.find((x) => x.nomor === nomor);
  if (!t) throw new Error(`no TPS ${nomor} in ${namaDesa}`);
  return t.kode;
}
