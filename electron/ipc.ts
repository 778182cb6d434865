import { ipcMain, type BrowserWindow } from 'electron';
import { channelOf, EVENT_NAMES, METHOD_NAMES, type EventName, type EventPayloads, type Handlers } from '../shared/ipc/contract';
import { dispatch, type Logger } from './dispatch';

/**
 * Registers every contract method with ipcMain.handle. Calls are accepted only from our own windows
 * (the sender frame must belong to one of them) and are validated by dispatch().
 */
export function registerIpc(handlers: Handlers, isOwnWindow: (webContentsId: number) => boolean, log: Logger): () => void {
  for (const method of METHOD_NAMES) {
    ipcMain.handle(channelOf(method), async (event, input: unknown) => {
      if (!isOwnWindow(event.sender.id)) {
        log(`refused ${method} from a foreign sender`);
        return { ok: false, error: { kode: 'pengirim-tidak-dikenal', pesan: 'Permintaan ditolak.' } };
      }
      return dispatch(handlers, method, input, log);
    });
  }
  return () => {
    for (const method of METHOD_NAMES) ipcMain.removeHandler(channelOf(method));
  };
}

/** Sends a main-process event to every open window. */
export function broadcast<E extends EventName>(windows: readonly BrowserWindow[], event: E, payload: EventPayloads[E]): void {
  if (!(EVENT_NAMES as readonly string[]).includes(event)) return;
  for (const w of windows) if (!w.isDestroyed()) w.webContents.send(channelOf(event), payload);
}
