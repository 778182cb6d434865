/**
 * Edit -> projector latency in Chromium, as the browser tests run the app: the renderer built by Vite and
 * served over http, `window.api` bound through the e2e bridge to the real handler registry on the bench
 * database (tests/e2e/support). The operator types a TPS's suara_1 in the console and presses Ctrl+S; the
 * latency is from that key press (stamped in the console) to the moment the projector's desa total shows the
 * new sum (a MutationObserver in the projector), both on the machine's clock.
 */
import { chromium } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { pasangJembatan } from '../e2e/support/bridge';
import { buatRegistry, type Registry } from '../e2e/support/registry';
import { tungguSel } from '../e2e/support/tunggu-sel';
import type { Paket } from '../../shared/domain/election';

const ROOT = path.resolve(import.meta.dirname, '../..');
const CHROMIUM = '/usr/bin/chromium';

const JENIS_BERKAS: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

/** Builds the renderer into `outDir` (the same build the browser tests serve). */
export function bangunRenderer(outDir: string): void {
  execFileSync('npx', ['--no-install', 'vite', 'build', '-c', 'vite.renderer.config.ts', '--logLevel', 'warn', '--outDir', outDir, '--emptyOutDir'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
}

/** A static file server of the built renderer on a free local port. */
async function layani(dir: string): Promise<{ url: string; tutup: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    const rel = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname).replace(/^\/+/, '') || 'index.html';
    const file = path.resolve(dir, rel);
    if (!file.startsWith(path.resolve(dir)) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': JENIS_BERKAS[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, tutup: () => new Promise((resolve) => server.close(() => resolve())) };
}

async function tunggu(kondisi: () => Promise<boolean>, apa: string, ms = 30_000): Promise<void> {
  const akhir = Date.now() + ms;
  while (!(await kondisi())) {
    if (Date.now() > akhir) throw new Error(`timed out waiting for ${apa}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * `n` saves of the first TPS of the first desa, alternating its suara_1 between v+1 and v, each waited for on
 * the projector's total of that desa. Returns the latencies in ms.
 */
export async function ukurLatensi(dbFile: string, paket: Paket, kerja: string, n: number): Promise<number[]> {
  const rendererDir = path.join(kerja, 'renderer');
  bangunRenderer(rendererDir);
  const server = await layani(rendererDir);
  const browser = await chromium.launch({
    ...(fs.existsSync(CHROMIUM) ? { executablePath: CHROMIUM } : {}),
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--no-first-run'],
  });
  let registry: Registry | null = null;
  try {
    const context = await browser.newContext({ baseURL: server.url, locale: 'id-ID', timezoneId: 'Asia/Jakarta', viewport: { width: 1280, height: 800 } });
    const galat: string[] = [];
    context.on('weberror', (e) => galat.push(e.error().message));
    // tsx (esbuild, keepNames) wraps named functions in __name(); functions sent into the page need it too.
    await context.addInitScript('globalThis.__name = (f) => f;');
    const jembatan = await pasangJembatan(context, () => {
      if (!registry) throw new Error('registry not ready');
      return registry.handlers;
    });
    registry = buatRegistry({ file: dbFile, userDataDir: path.join(kerja, 'userdata'), emit: jembatan.emit, pilihBerkas: async () => [] });

    const konsol = await context.newPage();
    await konsol.goto('index.html');
    await tunggu(async () => (await konsol.locator('.grid-entri input:focus').count()) === 1, 'the console').catch(async (err: unknown) => {
      await konsol.screenshot({ path: path.join(kerja, 'konsol.png') });
      throw new Error(`${String(err)}; errors in the page: ${galat.join('; ')}`);
    });
    const proyektor = await context.newPage();
    await proyektor.setViewportSize({ width: 1024, height: 768 });
    await proyektor.goto('projector.html');
    await tunggu(async () => (await proyektor.locator('.tabel-proyektor').count()) === 1, 'the projector');

    // The console opens on the first desa's first TPS; the operator puts that desa on the projector.
    const desa = paket.desa[0]!;
    const kode = desa.tps[0]!.kode;
    await konsol.getByRole('button', { name: desa.nama, exact: true }).click();
    // The desa's running total: JUMLAH PINDAHAN of the first page, or JUMLAH AKHIR when the desa fits one page.
    const kolom = ['pindahan-keluar', 'akhir'].map((k) => `td[data-kolom="${k}"][data-key="suara_1"] .nilai`);
    await tunggu(async () => (await proyektor.locator(kolom.join(', ')).count()) > 0, 'the desa total on the projector');
    const selJumlah = (await proyektor.locator(kolom[0]!).count()) > 0 ? kolom[0]! : kolom[1]!;
    const angka = (t: string | null): number => Number((t ?? '').replace(/\./g, ''));
    const jumlahAsli = angka(await proyektor.locator(selJumlah).textContent());
    const kotak = konsol.locator('input[data-key="suara_1"]');
    const asli = angka(await proyektor.locator(`td[data-kode="${kode}"][data-key="suara_1"] .nilai`).textContent());

    await konsol.evaluate(() => {
      window.addEventListener(
        'keydown',
        (e) => {
          if (e.ctrlKey && e.key === 's') (window as unknown as { __t0: number }).__t0 = performance.timeOrigin + performance.now();
        },
        { capture: true },
      );
    });
    const format = new Intl.NumberFormat('id-ID');
    const latensi: number[] = [];
    for (let i = 1; i <= n; i++) {
      const naik = i % 2 === 1;
      await kotak.focus();
      await konsol.keyboard.press('Control+a');
      await konsol.keyboard.type(String(naik ? asli + 1 : asli));
      const berubah = tungguSel(proyektor, selJumlah, format.format(naik ? jumlahAsli + 1 : jumlahAsli));
      await konsol.keyboard.press('Control+s');
      const t1 = await berubah;
      const t0 = await konsol.evaluate(() => (window as unknown as { __t0: number }).__t0);
      latensi.push(t1 - t0);
    }
    if (galat.length > 0) throw new Error(`errors in the pages: ${galat.join('; ')}`);
    if (jembatan.log.length > 0) throw new Error(`refused calls: ${jembatan.log.join('; ')}`);
    return latensi;
  } finally {
    registry?.tutup();
    await browser.close();
    await server.tutup();
  }
}
