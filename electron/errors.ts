import type { Galat, Result } from '../shared/domain/result';

/**
 * An expected failure thrown inside the main process (opening a database, a file that cannot be read):
 * it carries the operator's Indonesian message and an English detail, so a caller at a boundary (the CLI,
 * an IPC handler) turns it into a `Galat` value instead of a crash.
 */
export class PlenoError extends Error {
  constructor(
    readonly kode: string,
    readonly pesan: string,
    readonly detail: string,
  ) {
    super(`${pesan} (${detail})`);
    this.name = 'PlenoError';
  }

  toGalat(): Galat {
    return { kode: this.kode, pesan: this.pesan, detail: this.detail };
  }
}

/** The Galat of an error if it is an expected one, or null for a bug that should surface as such. */
export function galatDari(err: unknown): Galat | null {
  return err instanceof PlenoError ? err.toGalat() : null;
}

/** Runs `f`, turning an expected failure it throws into a `Galat` result; a bug still throws. */
export function tangkapGalat<T>(f: () => Result<T>): Result<T> {
  try {
    return f();
  } catch (err) {
    const galat = galatDari(err);
    if (galat) return { ok: false, error: galat };
    throw err;
  }
}
