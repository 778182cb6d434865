// The app's two windows, with the same security basics: context isolation, sandbox, no Node in the page,
// only the contract preload. Navigation, new windows and webviews are denied for every web contents
// (security.ts, from main.ts's web-contents-created).
import { BrowserWindow, screen, type WebPreferences } from 'electron';
import path from 'node:path';
import { pilihLayarProyektor } from './display-choice';

export interface OpsiJendela {
  /** The contract preload (out/preload/preload.cjs). */
  readonly preload: string;
  /** Folder of the built renderer (out/renderer). */
  readonly rendererDir: string;
  /** electron-vite's dev server, in development only. */
  readonly devUrl: string | undefined;
}

/** The webPreferences of every window of the app. */
export function webPreferencesAman(preload: string): WebPreferences {
  return { preload, contextIsolation: true, nodeIntegration: false, sandbox: true, webSecurity: true, spellcheck: false };
}

function muat(win: BrowserWindow, o: OpsiJendela, page: 'index.html' | 'projector.html'): void {
  if (o.devUrl) void win.loadURL(new URL(page, o.devUrl.endsWith('/') ? o.devUrl : `${o.devUrl}/`).toString());
  else void win.loadFile(path.join(o.rendererDir, page));
}

export function buatJendelaOperator(o: OpsiJendela): BrowserWindow {
  const win = new BrowserWindow({
    width: 1280,
    height: 800,
    minWidth: 1024,
    minHeight: 700,
    title: 'Pleno Rekap',
    backgroundColor: '#ffffff',
    show: false,
    webPreferences: webPreferencesAman(o.preload),
  });
  win.once('ready-to-show', () => win.show());
  muat(win, o, 'index.html');
  return win;
}

/**
 * The projector window: fullscreen on the second display when there is one (Electron `screen` API), else a
 * normal window the operator can move to wherever the projector is. Read-only: it only shows and pages.
 */
export function buatJendelaProyektor(o: OpsiJendela): BrowserWindow {
  const pilihan = pilihLayarProyektor(screen.getAllDisplays(), screen.getPrimaryDisplay().id);
  const bounds = pilihan?.bounds ?? { x: 0, y: 0, width: 1024, height: 768 };
  const win = new BrowserWindow({
    ...bounds,
    title: 'Pleno Rekap · Proyektor',
    backgroundColor: '#ffffff',
    show: false,
    autoHideMenuBar: true,
    fullscreen: pilihan?.layarPenuh ?? false,
    webPreferences: webPreferencesAman(o.preload),
  });
  win.setMenuBarVisibility(false);
  win.once('ready-to-show', () => win.show());
  muat(win, o, 'projector.html');
  return win;
}
