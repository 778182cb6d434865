/**
 * The handler registry the browser tests bind window.api to: the app's own (electron/app-session.ts ->
 * electron/handlers.ts createHandlers), on the test's database, with the bridge's emit in place of Electron's
 * broadcast and the test's answers in place of the native file dialogs.
 */
import path from 'node:path';
import type { Handlers } from '../../../shared/ipc/contract';
import { createRecapApp } from '../../../electron/app-session';
import { jamUji, ROOT } from './demo-db';

export interface Registry {
  readonly handlers: Handlers;
  tutup(): void;
}

export interface OpsiRegistry {
  /** The database to open, or null to start with none. */
  readonly file: string | null;
  /** Where the demo database would be created (`sesi.demo`). */
  readonly userDataDir: string;
  readonly emit: (event: string, payload: unknown) => void;
  readonly pilihBerkas: () => Promise<string[]>;
  /** What `proyektor.buka` does here (the app opens a window). */
  readonly bukaProyektor?: () => void;
}

export function buatRegistry(o: OpsiRegistry): Registry {
  const app = createRecapApp({
    userDataDir: o.userDataDir,
    resourcesDir: path.join(ROOT, 'resources'),
    clock: jamUji('2024-02-20T07:00:00.000Z'),
    emit: o.emit,
    log: () => undefined,
    pilihBerkas: o.pilihBerkas,
    ...(o.bukaProyektor ? { bukaProyektor: o.bukaProyektor } : {}),
    operator: () => 'Operator Uji',
  });
  if (o.file !== null) {
    const r = app.sesi.buka(o.file);
    if (!r.ok) throw new Error(r.error.pesan);
  }
  return { handlers: app.handlers, tutup: () => app.close() };
}
