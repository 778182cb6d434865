// Test support (not shipped code): a stand-in for the `electron` module, so main.ts, windows.ts, ipc.ts and
// preload.ts run in a unit test without the Electron binary (which npm test never has). It records what the
// app asks of Electron: every BrowserWindow's options and what it loads, the session's permission and header
// handlers, the ipcMain channels, the contextBridge exposure. Anything it does not model is a harmless stub,
// so new Electron calls in main.ts do not break the tests that read the records.
import { EventEmitter } from 'node:events';

/** A function that accepts any call and returns itself; any property of it is itself too. */
function stub(): unknown {
  const f: unknown = new Proxy(function () {}, {
    get: (_t, key) => (key === 'then' ? undefined : f),
    apply: () => f,
    construct: () => f as object,
  });
  return f;
}

/** Adds stubs for whatever `target` lacks, keeping what it has. */
function permisif<T extends object>(target: T): T {
  return new Proxy(target, {
    get: (t, key, r) => (key in t || typeof key === 'symbol' ? Reflect.get(t, key, r) : stub()),
  });
}

export interface WebContentsPalsu extends EventEmitter {
  readonly id: number;
  url: string;
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null;
  readonly sent: { channel: string; payload: unknown }[];
  setWindowOpenHandler(h: (details: { url: string }) => { action: string }): void;
  getURL(): string;
  send(channel: string, payload: unknown): void;
}

export function buatWebContents(id: number, url = 'file:///app/out/renderer/index.html'): WebContentsPalsu {
  const wc = new EventEmitter() as WebContentsPalsu;
  Object.assign(wc, {
    id,
    url,
    windowOpenHandler: null,
    sent: [],
    setWindowOpenHandler(h: WebContentsPalsu['windowOpenHandler']) {
      wc.windowOpenHandler = h;
    },
    getURL: () => wc.url,
    send(channel: string, payload: unknown) {
      wc.sent.push({ channel, payload });
    },
  });
  return permisif(wc);
}

type Handler = (...args: never[]) => unknown;

/** What the app asked of Electron. */
export interface CatatanElectron {
  readonly windows: { options: Record<string, unknown>; loaded: { file?: string; url?: string }[]; webContents: WebContentsPalsu }[];
  readonly ipc: Map<string, Handler>;
  readonly appEvents: Map<string, Handler[]>;
  readonly errorBoxes: string[];
  readonly messageBoxes: string[];
  readonly exposed: Map<string, unknown>;
  readonly invoked: { channel: string; input: unknown }[];
  readonly rendererListeners: Map<string, Handler[]>;
  permissionRequest: Handler | null;
  permissionCheck: Handler | null;
  headersReceived: Handler | null;
  quits: number;
}

export interface OpsiElectronPalsu {
  readonly userData: string;
  readonly appPath: string;
  readonly displays: number;
  readonly singleInstance: boolean;
}

/** Builds the fake module and its records; pass `modul` from a `vi.mock('electron', ...)` factory. */
export function buatElectronPalsu(o: OpsiElectronPalsu): { modul: Record<string, unknown>; catatan: CatatanElectron; siap: () => void } {
  const catatan: CatatanElectron = {
    windows: [],
    ipc: new Map(),
    appEvents: new Map(),
    errorBoxes: [],
    messageBoxes: [],
    exposed: new Map(),
    invoked: [],
    rendererListeners: new Map(),
    permissionRequest: null,
    permissionCheck: null,
    headersReceived: null,
    quits: 0,
  };
  let nextId = 1;
  let resolveReady: () => void = () => undefined;
  const ready = new Promise<void>((r) => (resolveReady = r));
  const emitApp = (event: string, ...args: unknown[]): void => {
    for (const h of catatan.appEvents.get(event) ?? []) (h as (...a: unknown[]) => unknown)(...args);
  };

  class BrowserWindow extends EventEmitter {
    readonly webContents: WebContentsPalsu;
    private readonly record: CatatanElectron['windows'][number];
    constructor(options: Record<string, unknown>) {
      super();
      this.webContents = buatWebContents(nextId++);
      this.record = { options, loaded: [], webContents: this.webContents };
      catatan.windows.push(this.record);
      emitApp('web-contents-created', { preventDefault: () => undefined }, this.webContents); // as Electron does
      return permisif(this);
    }
    loadFile(file: string): Promise<void> {
      this.record.loaded.push({ file });
      return Promise.resolve();
    }
    loadURL(url: string): Promise<void> {
      this.record.loaded.push({ url });
      return Promise.resolve();
    }
    isDestroyed(): boolean {
      return false;
    }
    isMinimized(): boolean {
      return false;
    }
    static getAllWindows(): unknown[] {
      return [];
    }
    static getFocusedWindow(): null {
      return null;
    }
  }

  const displays = Array.from({ length: o.displays }, (_v, i) => ({
    id: i + 1,
    bounds: { x: i * 1920, y: 0, width: 1920, height: 1080 },
    workArea: { x: i * 1920, y: 0, width: 1920, height: 1040 },
    size: { width: 1920, height: 1080 },
    internal: i === 0,
    scaleFactor: 1,
  }));

  const modul: Record<string, unknown> = {
    BrowserWindow,
    app: permisif({
      isPackaged: false,
      getAppPath: () => o.appPath,
      getPath: () => o.userData,
      requestSingleInstanceLock: () => o.singleInstance,
      quit: () => void catatan.quits++,
      whenReady: () => ready,
      on(event: string, h: Handler) {
        catatan.appEvents.set(event, [...(catatan.appEvents.get(event) ?? []), h]);
      },
    }),
    session: {
      defaultSession: permisif({
        setPermissionRequestHandler: (h: Handler) => void (catatan.permissionRequest = h),
        setPermissionCheckHandler: (h: Handler) => void (catatan.permissionCheck = h),
        webRequest: permisif({ onHeadersReceived: (h: Handler) => void (catatan.headersReceived = h) }),
      }),
    },
    ipcMain: permisif({
      handle: (channel: string, h: Handler) => {
        if (catatan.ipc.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
        catatan.ipc.set(channel, h);
      },
      removeHandler: (channel: string) => void catatan.ipc.delete(channel),
    }),
    dialog: permisif({
      showErrorBox: (_t: string, m: string) => void catatan.errorBoxes.push(m),
      showMessageBox: (...args: unknown[]) => {
        const opts = (args.length > 1 ? args[1] : args[0]) as { message?: string };
        catatan.messageBoxes.push(opts.message ?? '');
        return Promise.resolve({ response: 0, checkboxChecked: false });
      },
    }),
    screen: permisif({ getAllDisplays: () => displays, getPrimaryDisplay: () => displays[0] }),
    contextBridge: { exposeInMainWorld: (key: string, api: unknown) => void catatan.exposed.set(key, api) },
    ipcRenderer: permisif({
      invoke: (channel: string, input: unknown) => {
        catatan.invoked.push({ channel, input });
        return Promise.resolve({ ok: true, value: null });
      },
      on: (channel: string, h: Handler) => void catatan.rendererListeners.set(channel, [...(catatan.rendererListeners.get(channel) ?? []), h]),
      removeListener: (channel: string, h: Handler) =>
        void catatan.rendererListeners.set(
          channel,
          (catatan.rendererListeners.get(channel) ?? []).filter((x) => x !== h),
        ),
    }),
  };
  // The other main-process exports as stubs, so a new `import { X } from 'electron'` in main.ts resolves.
  for (const name of [
    'Menu', 'MenuItem', 'shell', 'protocol', 'net', 'nativeTheme', 'nativeImage', 'globalShortcut', 'powerSaveBlocker', 'powerMonitor',
    'Tray', 'Notification', 'clipboard', 'crashReporter', 'autoUpdater', 'webContents', 'systemPreferences', 'utilityProcess',
    'MessageChannelMain', 'desktopCapturer', 'safeStorage', 'webFrame', 'webUtils', 'BaseWindow', 'WebContentsView',
  ]) {
    modul[name] ??= stub();
  }
  return { modul: { ...modul, default: modul }, catatan, siap: resolveReady };
}
