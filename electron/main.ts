// App lifecycle: one instance, the recap database opened in the main process, IPC registered, the operator
// window and (on a second display, or when the operator asks) the projector window, both with the security
// basics. Data flows one way: window -> contract call -> main writes in one transaction with its audit row
// -> main broadcasts an event -> every window re-reads.
import { app, BrowserWindow, dialog, screen, session, type OpenDialogOptions } from 'electron';
import path from 'node:path';
import type { UntukBerkas } from '../shared/ipc/contract';
import { createRecapApp, type RecapSession } from './app-session';
import type { PengelolaSesi } from './handlers';
import { registerIpc, broadcast } from './ipc';
import { hardenWebContents, CONTENT_SECURITY_POLICY } from './security';
import { buatJendelaOperator, buatJendelaProyektor, type OpsiJendela } from './windows';

const log = (line: string): void => console.error(`[pleno-rekap] ${line}`);
const windows: BrowserWindow[] = [];
let operatorWindow: BrowserWindow | null = null;
let projectorWindow: BrowserWindow | null = null;

/** resources/ in development, process.resourcesPath/resources when packaged (electron-builder extraResources). */
function resourcesDir(): string {
  return app.isPackaged ? path.join(process.resourcesPath, 'resources') : path.join(app.getAppPath(), 'resources');
}

/**
 * `--db FILE` opens that recap database; `--demo-kabupaten` the embedded KPU kabupaten demo; otherwise (or with
 * `--demo`) the embedded kecamatan demo election.
 */
function requestedDb(argv: readonly string[]): string | null {
  const i = argv.indexOf('--db');
  return i >= 0 && argv[i + 1] ? path.resolve(argv[i + 1]!) : null;
}

function opsiJendela(): OpsiJendela {
  return {
    preload: path.join(import.meta.dirname, '../preload/preload.cjs'),
    rendererDir: path.join(import.meta.dirname, '../renderer'),
    devUrl: !app.isPackaged ? process.env['ELECTRON_RENDERER_URL'] : undefined,
  };
}

function lacak(win: BrowserWindow): BrowserWindow {
  windows.push(win);
  win.on('closed', () => {
    windows.splice(windows.indexOf(win), 1);
    if (win === projectorWindow) projectorWindow = null;
    if (win === operatorWindow) operatorWindow = null;
  });
  return win;
}

/** Opens the projector window, or brings it forward when it is open already. */
function bukaProyektor(): void {
  if (projectorWindow && !projectorWindow.isDestroyed()) {
    projectorWindow.show();
    projectorWindow.moveTop();
    return;
  }
  projectorWindow = lacak(buatJendelaProyektor(opsiJendela()));
}

const DIALOG: Readonly<Record<UntukBerkas, OpenDialogOptions>> = {
  paket: { title: 'Pilih paket pemilihan', filters: [{ name: 'Paket pemilihan (JSON)', extensions: ['json'] }], properties: ['openFile'] },
  'basis-data': { title: 'Buka basis data rekap', filters: [{ name: 'Basis data rekap', extensions: ['rekap', 'db', 'sqlite'] }], properties: ['openFile'] },
  sirekap: { title: 'Pilih folder berkas Sirekap (dicari sampai ke subfolder)', properties: ['openDirectory', 'multiSelections'] },
  'folder-cadangan': { title: 'Pilih folder cadangan (misalnya flashdisk)', properties: ['openDirectory', 'createDirectory'] },
  'berkas-cadangan': { title: 'Pilih berkas cadangan untuk dipulihkan', filters: [{ name: 'Cadangan Pleno Rekap', extensions: ['cadangan'] }], properties: ['openFile'] },
  'berkas-ekspor': { title: 'Pilih berkas ekspor hasil (rekap-hasil)', filters: [{ name: 'Ekspor hasil (JSON)', extensions: ['json'] }], properties: ['openFile'] },
  'folder-paket-saksi': { title: 'Pilih folder untuk paket saksi', properties: ['openDirectory', 'createDirectory'] },
  'folder-cetak': { title: 'Pilih folder untuk dokumen cetak', properties: ['openDirectory', 'createDirectory'] },
  'basis-data-baru': { title: 'Simpan basis data rekap baru' },
  'simpan-ekspor': { title: 'Simpan ekspor hasil untuk KPU' },
  'simpan-xlsx': { title: 'Simpan rekap sebagai XLSX' },
  'simpan-csv': { title: 'Simpan rekap sebagai CSV' },
};

/** Dialogs that name a new file: its suggested name and type. */
const SIMPAN: Partial<Record<UntukBerkas, { readonly nama: string; readonly jenis: string; readonly ext: string }>> = {
  'basis-data-baru': { nama: 'rekap-kecamatan.rekap', jenis: 'Basis data rekap', ext: 'rekap' },
  'simpan-ekspor': { nama: 'rekap-hasil.json', jenis: 'Ekspor hasil (JSON)', ext: 'json' },
  'simpan-xlsx': { nama: 'rekap.xlsx', jenis: 'Buku kerja Excel', ext: 'xlsx' },
  'simpan-csv': { nama: 'rekap.csv', jenis: 'CSV', ext: 'csv' },
};

/** The native file dialogs behind `berkas.pilih`. */
async function pilihBerkas(untuk: UntukBerkas, nama?: string): Promise<readonly string[]> {
  const parent = operatorWindow ?? BrowserWindow.getFocusedWindow();
  const simpan = SIMPAN[untuk];
  if (simpan) {
    const opts = { title: DIALOG[untuk].title ?? '', defaultPath: nama ?? simpan.nama, filters: [{ name: simpan.jenis, extensions: [simpan.ext] }] };
    const r = parent ? await dialog.showSaveDialog(parent, opts) : await dialog.showSaveDialog(opts);
    return r.canceled || !r.filePath ? [] : [r.filePath];
  }
  const r = parent ? await dialog.showOpenDialog(parent, DIALOG[untuk]) : await dialog.showOpenDialog(DIALOG[untuk]);
  return r.canceled ? [] : r.filePaths;
}

async function start(): Promise<void> {
  session.defaultSession.setPermissionRequestHandler((_wc, _perm, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });

  const recap: RecapSession & { readonly sesi: PengelolaSesi } = createRecapApp({
    userDataDir: app.getPath('userData'),
    resourcesDir: resourcesDir(),
    clock: () => new Date(),
    emit: (event, payload) => broadcast(windows, event, payload),
    log,
    pilihBerkas,
    bukaProyektor,
  });
  const requested = requestedDb(process.argv);
  const opened = requested !== null ? recap.sesi.buka(requested) : process.argv.includes('--demo-kabupaten') ? recap.sesi.demoKabupaten() : recap.sesi.demo();
  if (!opened.ok) {
    // The console then starts on its open/create screen; the operator chooses another file.
    log(`cannot open the recap database: ${opened.error.detail ?? opened.error.pesan}`);
    dialog.showErrorBox('Pleno Rekap', `Basis data rekap tidak dapat dibuka.\n\n${opened.error.pesan}`);
  }

  const ownIds = (): Set<number> => new Set(windows.map((w) => w.webContents.id));
  registerIpc(recap.handlers, (id) => ownIds().has(id), log);
  operatorWindow = lacak(buatJendelaOperator(opsiJendela()));
  // A second display is the hall's projector: show the recap there from the start.
  if (screen.getAllDisplays().length > 1) bukaProyektor();
  // The operator window is the app: closing it ends the plenary session (and the projector with it).
  operatorWindow.on('closed', () => app.quit());
  app.on('before-quit', () => recap.close());
}

if (!app.requestSingleInstanceLock()) {
  // A second instance must not open the same database: hand over to the first one.
  app.quit();
} else {
  app.on('second-instance', () => {
    const w = operatorWindow;
    if (w) {
      if (w.isMinimized()) w.restore();
      w.focus();
      // Tell the operator why no second window opened (one app per database, see resources/docs/keandalan-dan-keamanan.md).
      void dialog.showMessageBox(w, {
        type: 'info',
        title: 'Pleno Rekap',
        message: 'Pleno Rekap sudah terbuka.',
        detail: 'Aplikasi ini sudah berjalan di jendela ini; satu basis data hanya dapat dibuka oleh satu aplikasi. Lanjutkan pekerjaan di jendela ini.',
      });
    }
  });
  app.on('web-contents-created', (_e, contents) => hardenWebContents(contents, log));
  app.on('window-all-closed', () => app.quit());
  void app.whenReady().then(start);
}
