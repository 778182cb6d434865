import type { Lembar } from './c-hasil';

/**
 * Where one TPS sheet stands between its two sources: how many rows the plenary has read from the C.Hasil,
 * whether Sirekap has numbers, where the two differ, and which rows still take their value from Sirekap.
 * Pure, so the main process (for every TPS) and a window (for the TPS an event names) agree.
 */
export interface KemajuanTps {
  readonly kodeTps: string;
  /** Rows with a C.Hasil value. */
  readonly terisi: number;
  /** Rows of the form. */
  readonly jumlahBaris: number;
  /** True when Sirekap has at least one number for the sheet. */
  readonly sirekap: boolean;
  /** Rows where the C.Hasil read differs from Sirekap: row key -> Sirekap's value. */
  readonly selisih: Readonly<Record<string, number>>;
  /** Rows whose recap value is Sirekap's, because the C.Hasil row is not read yet. */
  readonly dariSirekap: readonly string[];
}

function ada(v: number | null | undefined): v is number {
  return v !== null && v !== undefined;
}

export function kemajuanLembar(kodeTps: string, keys: readonly string[], cHasil: Lembar, sirekap: Lembar): KemajuanTps {
  const selisih: Record<string, number> = {};
  for (const k of keys) {
    const c = cHasil[k];
    const s = sirekap[k];
    if (ada(c) && ada(s) && c !== s) selisih[k] = s;
  }
  return {
    kodeTps,
    terisi: keys.filter((k) => ada(cHasil[k])).length,
    jumlahBaris: keys.length,
    sirekap: keys.some((k) => ada(sirekap[k])),
    selisih,
    dariSirekap: keys.filter((k) => !ada(cHasil[k]) && ada(sirekap[k])),
  };
}
