// App lifecycle: one instance, the recap database opened in the main process, IPC registered,
// the operator window created with the security basics. Data flows one way: window -> contract call ->
// main writes in one transaction with its audit row -> main broadcasts an event -> windows re-read.
import { app, BrowserWindow, dialog, session } from 'electron';
import path from 'node:path';
import { openRecapSession, type RecapSession } from './app-session';
import { registerIpc, broadcast } from './ipc';
import { hardenWebContents, CONTENT_SECURITY_POLICY } from './security';

const log = (line: string): void => console.error(`[pleno-rekap] ${line}`);
const windows: BrowserWindow[] = [];

/** resources/ in development, process.resourcesPath/resources when packaged (electron-builder extraResources). */
function resourcesDir(): string {
  return app.isPackaged ? path.join(process.resourcesPath, 'resources') : path.join(app.getAppPath(), 'resources');
}

/** `--db FILE` opens that recap database; otherwise (or with `--demo`) the embedded demo election. */
function requestedDb(argv: readonly string[]): string | null {
  const i = argv.indexOf('--db');
  return i >= 0 && argv[i + 1] ? path.resolve(argv[i + 1]!) : null;
}

function createOperatorWindow(): BrowserWindow {
  const win = new BrowserWindow({
    width: 1280,
    height: 800,
    minWidth: 1024,
    minHeight: 700,
    title: 'Pleno Rekap',
    backgroundColor: '#ffffff',
    show: false,
    webPreferences: {
      preload: path.join(import.meta.dirname, '../preload/preload.cjs'),
      contextIsolation: true,
      nodeIntegration: false,
      sandbox: true,
      webSecurity: true,
      spellcheck: false,
    },
  });
  win.once('ready-to-show', () => win.show());
  const devUrl = process.env['ELECTRON_RENDERER_URL'];
  if (!app.isPackaged && devUrl) void win.loadURL(devUrl);
  else void win.loadFile(path.join(import.meta.dirname, '../renderer/index.html'));
  windows.push(win);
  win.on('closed', () => windows.splice(windows.indexOf(win), 1));
  return win;
}

async function start(): Promise<void> {
  session.defaultSession.setPermissionRequestHandler((_wc, _perm, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });

  let recap: RecapSession;
  try {
    recap = openRecapSession({
      dbFile: requestedDb(process.argv),
      userDataDir: app.getPath('userData'),
      resourcesDir: resourcesDir(),
      clock: () => new Date(),
      emit: (event, payload) => broadcast(windows, event, payload),
      log,
    });
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    log(`cannot open the recap database: ${message}`);
    dialog.showErrorBox('Pleno Rekap', `Basis data rekap tidak dapat dibuka.\n\n${message}`);
    app.quit();
    return;
  }

  const ownIds = (): Set<number> => new Set(windows.map((w) => w.webContents.id));
  registerIpc(recap.handlers, (id) => ownIds().has(id), log);
  createOperatorWindow();
  app.on('before-quit', () => recap.close());
}

if (!app.requestSingleInstanceLock()) {
  // A second instance must not open the same database: hand over to the first one.
  app.quit();
} else {
  app.on('second-instance', () => {
    const w = windows[0];
    if (w) {
      if (w.isMinimized()) w.restore();
      w.focus();
    }
  });
  app.on('web-contents-created', (_e, contents) => hardenWebContents(contents, log));
  app.on('window-all-closed', () => app.quit());
  void app.whenReady().then(start);
}
