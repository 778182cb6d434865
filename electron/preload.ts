// contextBridge only: builds window.api from the contract's names; nothing else is exposed.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { channelOf, EVENT_NAMES, METHOD_NAMES, type EventName, type MethodName } from '../shared/ipc/names';

const api = {
  call(method: MethodName, input: unknown): Promise<unknown> {
    if (!(METHOD_NAMES as readonly string[]).includes(method)) {
      return Promise.resolve({ ok: false, error: { kode: 'metode-tidak-dikenal', pesan: 'Permintaan tidak dikenal oleh aplikasi.' } });
    }
    return ipcRenderer.invoke(channelOf(method), input);
  },
  on(event: EventName, listener: (payload: unknown) => void): () => void {
    if (!(EVENT_NAMES as readonly string[]).includes(event)) return () => undefined;
    const wrapped = (_e: IpcRendererEvent, payload: unknown): void => listener(payload);
    ipcRenderer.on(channelOf(event), wrapped);
    return () => ipcRenderer.removeListener(channelOf(event), wrapped);
  },
};

contextBridge.exposeInMainWorld('api', api);
