// Electron security of the real main process (issue 7, part 5), without the Electron binary: main.ts boots
// against a recording stand-in of the `electron` module (testing/fake-electron.ts) on the demo election,
// with two displays so it opens both windows. What it asked of Electron is then checked: every window's
// webPreferences, what each loads, the session's permission and CSP handlers, the hardening of every web
// contents, and that IPC answers only the contract's channels, only from the app's own windows, only with
// valid input. The Playwright test tests/e2e/electron-smoke.spec.ts checks the same in real Electron where the
// binary exists.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { channelOf, METHOD_NAMES } from '../shared/ipc/contract';
import { buatElectronPalsu, buatWebContents, type CatatanElectron } from './testing/fake-electron';
import { folderUji } from './testing/election-fixture';
import { CONTENT_SECURITY_POLICY } from './security';

const ROOT = path.resolve(import.meta.dirname, '..');
const palsu = vi.hoisted(() => ({ current: null as null | { modul: Record<string, unknown> } }));
vi.mock('electron', () => {
  if (!palsu.current) throw new Error('fake electron not set up');
  return palsu.current.modul;
});

let userData: string;
let catatan: CatatanElectron;

beforeAll(async () => {
  userData = folderUji('pleno-main-');
  const fake = buatElectronPalsu({ userData, appPath: ROOT, displays: 2, singleInstance: true });
  palsu.current = fake;
  catatan = fake.catatan;
  delete process.env['ELECTRON_RENDERER_URL'];
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  await import('./main');
  fake.siap();
  // start() runs from whenReady().then(...): let it finish.
  for (let i = 0; i < 20 && catatan.windows.length < 2; i++) await new Promise((r) => setImmediate(r));
}, 60_000);

afterAll(() => {
  for (const h of catatan.appEvents.get('before-quit') ?? []) (h as () => void)();
  fs.rmSync(userData, { recursive: true, force: true });
});

/** Calls a registered IPC handler as Electron would, from the web contents with this id. */
async function invoke(channel: string, senderId: number, input: unknown): Promise<unknown> {
  const h = catatan.ipc.get(channel) as (event: { sender: { id: number } }, input: unknown) => Promise<unknown>;
  return h({ sender: { id: senderId } }, input);
}

describe('the main process, booted against a recording Electron', () => {
  it('opened the demo without an error and created the operator and the projector window', () => {
    expect(catatan.errorBoxes).toEqual([]);
    expect(catatan.windows.length).toBe(2);
  });

  it('gives every window context isolation, the sandbox, no Node, web security, and only the contract preload', () => {
    for (const w of catatan.windows) {
      const p = w.options['webPreferences'] as Record<string, unknown>;
      expect(p).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false });
      expect(p['webSecurity']).not.toBe(false);
      for (const risky of ['nodeIntegrationInWorker', 'nodeIntegrationInSubFrames', 'webviewTag', 'allowRunningInsecureContent', 'experimentalFeatures', 'enableBlinkFeatures']) {
        expect(p[risky], risky).toBeFalsy();
      }
      expect(path.basename(String(p['preload']))).toBe('preload.cjs');
    }
  });

  it('loads only the local renderer bundle, never a remote URL', () => {
    for (const w of catatan.windows) {
      expect(w.loaded.length).toBe(1);
      const l = w.loaded[0]!;
      expect(l.url).toBeUndefined();
      // The renderer folder beside the main bundle (out/renderer when built; renderer/ when run from source).
      expect(path.relative(path.join(ROOT, 'renderer'), l.file!)).toMatch(/^(index|projector)\.html$/);
    }
  });

  it('denies every permission request and check (camera, microphone, location, notifications...)', () => {
    for (const perm of ['media', 'geolocation', 'notifications', 'midi', 'clipboard-read', 'openExternal', 'fullscreen', 'pointerLock']) {
      let granted: boolean | null = null;
      (catatan.permissionRequest as (wc: unknown, p: string, cb: (g: boolean) => void) => void)({}, perm, (g) => (granted = g));
      expect(granted, perm).toBe(false);
      expect((catatan.permissionCheck as (wc: unknown, p: string) => boolean)({}, perm)).toBe(false);
    }
  });

  it('puts the Content-Security-Policy on every response', () => {
    let result: { responseHeaders: Record<string, string[]> } | null = null;
    (catatan.headersReceived as (d: unknown, cb: (r: typeof result) => void) => void)({ responseHeaders: { 'Content-Type': ['text/html'] } }, (r) => (result = r));
    expect(result).toEqual({ responseHeaders: { 'Content-Type': ['text/html'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });

  it('hardens every web contents: window.open denied, navigation away prevented, webviews refused', () => {
    for (const w of catatan.windows) {
      const wc = w.webContents;
      expect(wc.windowOpenHandler?.({ url: 'https://example.org/' })).toEqual({ action: 'deny' });
      let prevented = false;
      wc.emit('will-navigate', { preventDefault: () => (prevented = true) }, 'https://example.org/');
      expect(prevented).toBe(true);
      let webview = false;
      wc.emit('will-attach-webview', { preventDefault: () => (webview = true) }, {}, {});
      expect(webview).toBe(true);
    }
  });

  it('warns a second start of the app in the window already open, and opens no second window', () => {
    const before = catatan.windows.length;
    for (const h of catatan.appEvents.get('second-instance') ?? []) (h as (e: unknown, argv: string[]) => void)({}, ['pleno-rekap', '--db', 'lain.rekap']);
    expect(catatan.messageBoxes).toEqual(['Pleno Rekap sudah terbuka.']);
    expect(catatan.windows.length).toBe(before);
  });

  it('registers exactly the contract channels, so any other channel has no handler', () => {
    expect([...catatan.ipc.keys()].sort()).toEqual(METHOD_NAMES.map(channelOf).sort());
  });

  it('refuses calls from a web contents that is not one of its windows', async () => {
    const foreign = buatWebContents(999);
    expect(await invoke(channelOf('pemilihan.ringkasan'), foreign.id, {})).toMatchObject({ ok: false, error: { kode: 'pengirim-tidak-dikenal' } });
  });

  it('validates the input of every channel before its handler, and answers valid calls', async () => {
    const own = catatan.windows[0]!.webContents.id;
    for (const m of METHOD_NAMES) {
      expect(await invoke(channelOf(m), own, { tidakDikenal: 1 }), m).toMatchObject({ ok: false, error: { kode: 'masukan-tidak-valid' } });
      expect(await invoke(channelOf(m), own, null), m).toMatchObject({ ok: false, error: { kode: 'masukan-tidak-valid' } });
    }
    expect(await invoke(channelOf('pemilihan.ringkasan'), own, {})).toMatchObject({ ok: true, value: { jumlahTps: 145 } });
  });
});
