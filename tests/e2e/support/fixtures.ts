/**
 * Test fixtures: every test gets its own recap database (a copy of a demo template, see demo-db.ts) in a
 * temp folder, the handler registry on it, and a browser context whose pages have window.api bound to that
 * registry (bridge.ts). Dialogs of the main process (file choosers) answer from a queue the test fills.
 */
import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pasangJembatan, type Jembatan } from './bridge';
import { salinDbDemo, type DataAwal } from './demo-db';
import { buatRegistry, type Registry } from './registry';

export interface RekapUji {
  readonly dir: string;
  /** The database the test starts on (null with dataAwal 'tanpa'). */
  readonly file: string | null;
  readonly jembatan: Jembatan;
  readonly registry: Registry;
  /** Paths the next file dialogs answer with, in order (an empty list = cancelled). */
  readonly jawabanDialog: string[][];
}

interface Fixtures {
  /** What the database holds when the test starts; 'tanpa': no database is open. */
  dataAwal: DataAwal | 'tanpa';
  rekap: RekapUji;
}

interface WorkerFixtures {
  folderTemplate: string;
}

export const test = base.extend<Fixtures, WorkerFixtures>({
  dataAwal: ['sirekap', { option: true }],
  folderTemplate: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pleno-e2e-template-'));
      await use(dir);
      fs.rmSync(dir, { recursive: true, force: true });
    },
    { scope: 'worker' },
  ],
  rekap: [async ({ context, dataAwal, folderTemplate }, use) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pleno-e2e-'));
    const file = dataAwal === 'tanpa' ? null : salinDbDemo(dir, dataAwal, folderTemplate);
    const jawabanDialog: string[][] = [];
    let registry: Registry | null = null;
    // A script error in a page fails the test that caused it.
    const galatHalaman: string[] = [];
    context.on('weberror', (e) => galatHalaman.push(e.error().message));
    context.on('console', (m) => {
      if (m.type() === 'error') galatHalaman.push(m.text());
    });
    const jembatan = await pasangJembatan(context, () => {
      if (!registry) throw new Error('registry not ready');
      return registry.handlers;
    });
    registry = buatRegistry({ file, userDataDir: path.join(dir, 'userdata'), emit: jembatan.emit, pilihBerkas: async () => jawabanDialog.shift() ?? [] });
    await use({ dir, file, jembatan, registry, jawabanDialog });
    registry.tutup();
    expect(galatHalaman, 'errors in the pages').toEqual([]);
    fs.rmSync(dir, { recursive: true, force: true });
  }, { auto: true }],
});

export { expect };

/** The operator console in a new page of the context. */
export async function bukaKonsol(context: BrowserContext, ukuran = { width: 1280, height: 800 }): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize(ukuran);
  await page.goto('index.html');
  await expect(page.getByTestId('judul-lembar')).toBeVisible();
  // Ready for typing: the sheet is loaded and the keyboard is in a box.
  await expect(page.locator('.grid-entri input:focus')).toHaveCount(1);
  return page;
}

/** The projector view in a new page of the context. */
export async function bukaProyektor(context: BrowserContext, ukuran = { width: 1024, height: 768 }): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize(ukuran);
  await page.goto('projector.html');
  await expect(page.locator('.tabel-proyektor')).toBeVisible();
  return page;
}
