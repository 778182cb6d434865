import type { JenisSuratSuara } from '../domain/ballot';

/** `galat` blocks approval until corrected or covered by an objection; `peringatan` must be looked at. */
export type Keparahan = 'galat' | 'peringatan';

/** Rule ids follow DOMAIN.md section 5. */
export type AturanId = 'R1' | 'R2' | 'R3' | 'R4' | 'R5' | 'R6' | 'R7' | 'R8' | 'R9' | 'R12' | 'R13' | 'R14' | 'R15';

/** One failed rule on one sheet, in the shape of `check --json`. */
export interface Temuan {
  readonly aturan: AturanId;
  readonly keparahan: Keparahan;
  readonly surat_suara: JenisSuratSuara;
  /** TPS code, or the unit's code for an aggregated sheet. */
  readonly kode: string;
  /** Indonesian sentence that names the numbers. */
  readonly pesan: string;
  /** The row keys involved, so screens can mark the cells. */
  readonly baris: readonly string[];
}
