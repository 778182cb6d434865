// The handler registry the tests bind window.api to. TEMPORARY body until electron/handlers.ts is wired.
import type { Handlers } from '../../../shared/ipc/contract';
import { openElectionDatabase } from '../../../electron/services/election-service';
import { tempHandlers } from './temp-handlers';

export interface Registry {
  readonly handlers: Handlers & Record<'proyektor.atur', (input: object) => Promise<unknown>>;
  tutup(): void;
}

export interface OpsiRegistry {
  readonly file: string;
  readonly emit: (event: string, payload: unknown) => void;
  readonly pilihBerkas: () => Promise<string[]>;
}

export function buatRegistry(o: OpsiRegistry): Registry {
  const db = openElectionDatabase(o.file);
  let next: string[] = [];
  const h = tempHandlers(db, o.file, o.emit, () => next);
  const handlers = new Proxy(h, {
    get: (t, m: string) => async (i: unknown) => {
      if (m === 'berkas.pilih') next = await o.pilihBerkas();
      return t[m]?.(i as never);
    },
  }) as unknown as Registry['handlers'];
  return { handlers, tutup: () => db.close() };
}
