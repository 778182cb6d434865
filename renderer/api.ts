import type { Result } from '../shared/domain/result';
import type { AllEvent, AllInputs, AllMethod, AllOutputs, AllPayloads } from './contract-next';

interface WindowApi {
  call(method: string, input: unknown): Promise<unknown>;
  on(event: string, listener: (payload: unknown) => void): () => void;
}

declare global {
  interface Window {
    /** Exposed by electron/preload.ts (or by the e2e bridge in browser tests). */
    readonly api: WindowApi;
  }
}

/** Calls a contract method of the main process. */
export function call<M extends AllMethod>(method: M, input: AllInputs[M]): Promise<Result<AllOutputs[M]>> {
  return window.api.call(method, input) as Promise<Result<AllOutputs[M]>>;
}

/** Subscribes to a main-process event; returns the unsubscribe function. */
export function on<E extends AllEvent>(event: E, listener: (payload: AllPayloads[E]) => void): () => void {
  return window.api.on(event, listener as (payload: unknown) => void);
}
