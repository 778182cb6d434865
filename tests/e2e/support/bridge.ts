/**
 * The e2e bridge: what the preload and electron/ipc.ts do in the app, done through Playwright. Every page of
 * a browser context gets `window.api` whose `call` goes through `page.exposeBinding` to dispatch() (the same
 * validation and the same handler registry as ipcMain), and whose `on` receives the events the handlers emit:
 * the main-process side pushes them into every open page, as Electron's broadcast does to every window.
 */
import type { BrowserContext } from '@playwright/test';
import { dispatch } from '../../../electron/dispatch';
import type { Handlers } from '../../../shared/ipc/contract';

/** Installed before any page script: window.api with the shape the preload exposes, and the event inlet. */
function initScript(): void {
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const w = window as unknown as {
    __plenoPanggil: (method: string, input: unknown) => Promise<unknown>;
  };
  const api = Object.freeze({
    call: (method: string, input: unknown): Promise<unknown> => w.__plenoPanggil(method, input),
    on: (event: string, listener: (payload: unknown) => void): (() => void) => {
      let set = listeners.get(event);
      if (!set) listeners.set(event, (set = new Set()));
      set.add(listener);
      return () => set.delete(listener);
    },
  });
  Object.defineProperty(window, 'api', { value: api, writable: false, configurable: false });
  Object.defineProperty(window, '__plenoKirim', {
    value: (event: string, payload: unknown): void => {
      for (const l of [...(listeners.get(event) ?? [])]) l(payload);
    },
    writable: false,
    configurable: false,
  });
}

export interface Jembatan {
  /** Main -> windows: delivers an event to every open page of the context (what ipc.ts broadcast() does). */
  readonly emit: (event: string, payload: unknown) => void;
  /** Log lines of refused or failed calls (dispatch's English detail). */
  readonly log: readonly string[];
}

/**
 * Binds window.api of every page of `context` to `handlers()` (a function, so the registry may be created
 * after the bridge: the handlers need the bridge's emit).
 */
export async function pasangJembatan(context: BrowserContext, handlers: () => Handlers): Promise<Jembatan> {
  const log: string[] = [];
  await context.exposeBinding('__plenoPanggil', async (_source, method: string, input: unknown) => dispatch(handlers(), method, input, (l) => log.push(l)));
  await context.addInitScript(initScript);
  const emit = (event: string, payload: unknown): void => {
    for (const page of context.pages()) {
      if (page.isClosed()) continue;
      page
        .evaluate(([e, p]) => (window as unknown as { __plenoKirim?: (e: string, p: unknown) => void }).__plenoKirim?.(e, p), [event, payload] as const)
        .catch(() => undefined); // a page that is navigating or closing misses it, like a closed window
    }
  };
  return { emit, log };
}
