import type { Api, EventName, EventPayloads, MethodInput, MethodName, MethodOutput } from '../shared/ipc/contract';
import type { Result } from '../shared/domain/result';

declare global {
  interface Window {
    /** Exposed by electron/preload.ts (or by the e2e bridge in browser tests). */
    readonly api: Api;
  }
}

/** Calls a contract method of the main process. */
export function call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<Result<MethodOutput<M>>> {
  return window.api.call(method, input);
}

/** Subscribes to a main-process event; returns the unsubscribe function. */
export function on<E extends EventName>(event: E, listener: (payload: EventPayloads[E]) => void): () => void {
  return window.api.on(event, listener);
}
