import type { Lembar } from '../../shared/forms/c-hasil';

/**
 * What the operator has typed into a TPS sheet and not yet saved: row key -> the text of the box.
 * Only the boxes that differ from the saved C.Hasil values are kept, so an empty draft means "no changes".
 */
export type Draf = Readonly<Record<string, string>>;

/** A TPS box holds at most three digits (the three digit boxes of the C.Hasil). */
export const POLA_KOTAK = /^\d{0,3}$/;

export function angkaDariTeks(teks: string): number | null {
  return teks === '' ? null : Number(teks);
}

export function teksDariAngka(v: number | null | undefined): string {
  return v === null || v === undefined ? '' : String(v);
}

/** The text a box shows: the draft's text, else the saved value. */
export function teksKotak(tersimpan: Lembar, draf: Draf | undefined, key: string): string {
  const d = draf?.[key];
  return d !== undefined ? d : teksDariAngka(tersimpan[key]);
}

/** The draft after typing `teks` into a box; a box typed back to its saved value leaves the draft. */
export function ubahDraf(tersimpan: Lembar, draf: Draf | undefined, key: string, teks: string): Draf {
  const next: Record<string, string> = { ...draf };
  if (angkaDariTeks(teks) === (tersimpan[key] ?? null)) delete next[key];
  else next[key] = teks;
  return next;
}

/** The sheet as it would be saved: every key, draft over saved, empty boxes as null (not read). */
export function lembarDraf(tersimpan: Lembar, draf: Draf | undefined, keys: readonly string[]): Record<string, number | null> {
  const out: Record<string, number | null> = {};
  for (const key of keys) {
    const d = draf?.[key];
    out[key] = d !== undefined ? angkaDariTeks(d) : (tersimpan[key] ?? null);
  }
  return out;
}

export function adaPerubahan(draf: Draf | undefined): boolean {
  return draf !== undefined && Object.keys(draf).length > 0;
}
