/** Expected failures are values, never exceptions across a boundary. */
export type Result<T, E = Galat> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: E };

/** An operator-facing error: Indonesian message, English detail for the log. */
export interface Galat {
  /** Stable machine code, e.g. `paket-tidak-valid`, `berkas-sirekap-tidak-valid`. */
  readonly kode: string;
  /** Indonesian, for the operator; names the file and field at fault. */
  readonly pesan: string;
  /** English detail for the log. */
  readonly detail?: string;
}

export function ok<T>(value: T): Result<T, never> {
  return { ok: true, value };
}

export function gagal(kode: string, pesan: string, detail?: string): Result<never> {
  return { ok: false, error: detail === undefined ? { kode, pesan } : { kode, pesan, detail } };
}

/** Injected time source, so tests and PDFs are deterministic. */
export type Clock = () => Date;
