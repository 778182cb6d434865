import { METHOD_NAMES, METHOD_SCHEMAS, type Handlers, type MethodName } from '../shared/ipc/contract';
import type { Result } from '../shared/domain/result';

/** Where the English detail of a refused or failed call goes. */
export type Logger = (line: string) => void;

function isMethod(name: string): name is MethodName {
  return (METHOD_NAMES as readonly string[]).includes(name);
}

/**
 * Validates one call from a window against the contract and runs its handler. Unknown methods and
 * malformed input are refused as values; an unexpected exception becomes a value too, never a crash.
 * Used by electron/ipc.ts and by the e2e bridge, so both behave the same.
 */
export async function dispatch(handlers: Handlers, method: string, input: unknown, log: Logger): Promise<Result<unknown>> {
  if (!isMethod(method)) {
    log(`refused unknown IPC method ${JSON.stringify(method).slice(0, 100)}`);
    return { ok: false, error: { kode: 'metode-tidak-dikenal', pesan: 'Permintaan tidak dikenal oleh aplikasi.' } };
  }
  const parsed = METHOD_SCHEMAS[method].safeParse(input);
  if (!parsed.success) {
    const detail = parsed.error.issues.map((i) => `${i.path.join('.') || '(input)'}: ${i.message}`).join('; ');
    log(`refused malformed input for ${method}: ${detail}`);
    return { ok: false, error: { kode: 'masukan-tidak-valid', pesan: 'Data yang dikirim tidak sesuai format.', detail } };
  }
  try {
    const handler = handlers[method] as (i: unknown) => Promise<Result<unknown>>;
    return await handler(parsed.data);
  } catch (err) {
    const detail = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
    log(`handler ${method} failed: ${detail}`);
    return { ok: false, error: { kode: 'galat-internal', pesan: 'Terjadi kesalahan di aplikasi; data tidak diubah.', detail } };
  }
}
