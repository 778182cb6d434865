import type { SuratSuara } from '../../shared/domain/ballot';
import { barisCHasil, JUDUL_BAGIAN, type BagianForm, type BarisForm, type Kolom } from '../../shared/forms/c-hasil';

/**
 * The C.Hasil as the paper shows it: a line is one printed row; the administrative lines carry three boxes
 * (L, P, JML), the others one. Both screens lay the form out from this, so the order is the form's order.
 */
export interface GarisForm {
  readonly ref: string;
  readonly bagian: BagianForm;
  readonly label: string;
  /** The row keys of the line in reading order: L, P, JML or the single key. */
  readonly keys: readonly string[];
  /** The L/P/JML column of each key, or null for single-number lines. */
  readonly kolom: readonly (Kolom | null)[];
  readonly rows: readonly BarisForm[];
}

export interface BagianTampil {
  readonly bagian: BagianForm;
  readonly judul: string;
  readonly garis: readonly GarisForm[];
}

/** Groups the rows of barisCHasil into printed lines and the lines into the form's sections. */
export function susunForm(suratSuara: SuratSuara): readonly BagianTampil[] {
  const sections: { bagian: BagianForm; judul: string; garis: GarisForm[] }[] = [];
  for (const row of barisCHasil(suratSuara)) {
    let section = sections.at(-1);
    if (!section || section.bagian !== row.bagian) {
      section = { bagian: row.bagian, judul: JUDUL_BAGIAN[row.bagian], garis: [] };
      sections.push(section);
    }
    const last = section.garis.at(-1);
    if (last && row.kolom !== undefined && last.ref === row.ref && last.kolom[0] !== null) {
      section.garis[section.garis.length - 1] = { ...last, keys: [...last.keys, row.key], kolom: [...last.kolom, row.kolom], rows: [...last.rows, row] };
    } else {
      section.garis.push({ ref: row.ref, bagian: row.bagian, label: row.label, keys: [row.key], kolom: [row.kolom ?? null], rows: [row] });
    }
  }
  return sections;
}

/** Every row key in the order of the paper form (the order of entry). */
export function urutanKunci(sections: readonly BagianTampil[]): readonly string[] {
  return sections.flatMap((s) => s.garis.flatMap((g) => g.keys));
}

/** The lines a label is shown in: a pair of candidates (PRESIDEN - WAKIL) one above the other. */
export function barisLabel(g: GarisForm): readonly string[] {
  return g.rows[0]?.peserta ? g.label.split(/\s+-\s+/) : [g.label];
}
