/**
 * The real app in Electron (Playwright's _electron): starts on the demo, the operator window has the
 * security basics, the projector window opens and follows a save. Runs where the Electron binary is
 * installed; here (no binary, and it cannot be downloaded) it reports itself skipped with the reason.
 */
import { _electron as electron, test, expect } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** The Electron executable as `require('electron')` would name it, without triggering its download. */
function electronBinary(): string | null {
  const dir = path.join(ROOT, 'node_modules', 'electron');
  const pathTxt = path.join(dir, 'path.txt');
  if (!fs.existsSync(pathTxt)) return null;
  const exe = path.join(dir, 'dist', fs.readFileSync(pathTxt, 'utf8').trim());
  return fs.existsSync(exe) ? exe : null;
}

const exe = electronBinary();

test.describe('Electron', () => {
  test.skip(exe === null, 'Electron binary not installed (node_modules/electron/path.txt or dist/ missing; it downloads on first launch, which needs the internet): the browser tests cover the renderer and the handlers');

  test('membuka demo dengan jendela yang aman dan jendela proyektor', async () => {
    test.setTimeout(180_000);
    execFileSync(path.join(ROOT, 'node_modules', '.bin', 'electron-vite'), ['build'], { cwd: ROOT, stdio: 'inherit' });
    const userData = fs.mkdtempSync(path.join(os.tmpdir(), 'pleno-electron-'));
    const app = await electron.launch({ executablePath: exe!, args: [ROOT, '--demo', `--user-data-dir=${userData}`], cwd: ROOT });
    try {
      const win = await app.firstWindow();
      await expect(win.getByTestId('judul-lembar')).toBeVisible({ timeout: 30_000 });
      // Only the contract in the page: no Node, no require, window.api with call and on.
      expect(await win.evaluate(() => [typeof (window as unknown as { require?: unknown }).require, typeof (window as unknown as { process?: unknown }).process])).toEqual(['undefined', 'undefined']);
      expect(await win.evaluate(() => Object.keys(window.api).sort())).toEqual(['call', 'on']);
      // A page may not navigate away or open windows.
      await win.evaluate(() => window.open('https://example.org'));
      expect(app.windows()).toHaveLength(1);

      const projectorWindow = app.waitForEvent('window');
      await win.getByRole('button', { name: 'Buka jendela' }).click();
      const proyektor = await projectorWindow;
      await expect(proyektor.locator('.tabel-proyektor')).toBeVisible({ timeout: 30_000 });
      expect(await proyektor.evaluate(() => [typeof (window as unknown as { require?: unknown }).require, Object.keys(window.api).sort().join()])).toEqual(['undefined', 'call,on']);
      // A save in the console reaches the projector window through the main process.
      const sel = proyektor.locator('td[data-kolom="akhir"][data-key="suara_1"] .nilai, td[data-kolom="pindahan-keluar"][data-key="suara_1"] .nilai').first();
      const sebelum = await sel.textContent();
      await win.locator('input[data-key="suara_1"]').focus();
      await win.keyboard.type('999');
      await win.keyboard.press('Control+s');
      await expect(sel).not.toHaveText(sebelum ?? '');
    } finally {
      await app.close();
      fs.rmSync(userData, { recursive: true, force: true });
    }
  });
});
