/**
 * How the screens look, at the sizes of the hall: the console at 1024x768 (many PPK laptops) and 1920x1080,
 * the projector at 1024x768 and 1920x1080. Each screenshot is kept in tests/artifacts/screenshots and compared
 * with its committed baseline (tests/e2e/__screenshots__) with a small tolerance. Deterministic: the page
 * clock is fixed (the projector's header shows the time), the fonts are the app's own (resources/fonts).
 */
import path from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './support/fixtures';
import { PLANO, ROOT } from './support/demo-db';
import { kodeTps } from './support/keys';

const JAM = new Date('2024-02-20T07:05:00.000Z'); // 14.05 WIB on the PPK's third day
const KECIL = { width: 1024, height: 768 };
const BESAR = { width: 1920, height: 1080 };

async function siap(page: Page): Promise<void> {
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

async function potret(page: Page, nama: string): Promise<void> {
  await siap(page);
  await page.screenshot({ path: path.join(ROOT, 'tests', 'artifacts', 'screenshots', nama) });
  await expect(page).toHaveScreenshot(nama);
}

async function halaman(context: import('@playwright/test').BrowserContext, ukuran: { width: number; height: number }, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize(ukuran);
  await page.clock.setFixedTime(JAM);
  await page.goto(url);
  return page;
}

test.describe('tampilan', () => {
  test.use({ dataAwal: 'pleno' });

  test('konsol 1024x768: TPS dengan galat, daftar temuan desa', async ({ context }) => {
    const page = await halaman(context, KECIL, 'index.html');
    const kode = kodeTps('WANAJAYA', 6);
    await page.locator(`button.tps[data-kode="${kode}"]`).click();
    await expect(page.getByTestId('judul-lembar')).toHaveText('TPS 006 · Kelurahan WANAJAYA');
    await expect(page.locator('input[data-key="pemilih_dpt_l"]')).toBeFocused();
    await potret(page, 'konsol-1024x768.png');
  });

  test('konsol 1920x1080: selisih dengan Sirekap', async ({ context }) => {
    const page = await halaman(context, BESAR, 'index.html');
    await page.getByRole('button', { name: /KARANGTENGAH/ }).click();
    const kode = kodeTps('KARANGTENGAH', 3);
    await page.locator(`button.tps[data-kode="${kode}"]`).click();
    await expect(page.locator('td.kotak.selisih')).toHaveCount(1);
    await expect(page.locator('input[data-key="pemilih_dpt_l"]')).toBeFocused();
    await potret(page, 'konsol-1920x1080.png');
  });

  for (const [ukuran, nama] of [
    [KECIL, '1024x768'],
    [BESAR, '1920x1080'],
  ] as const) {
    test(`proyektor ${nama}: TPS satu desa berdampingan`, async ({ context, rekap }) => {
      await rekap.registry.handlers['proyektor.atur']({ tampilan: 'desa', kodeDesa: '3369012002', sorotTps: kodeTps('KARANGTENGAH', 3) });
      const page = await halaman(context, ukuran, 'projector.html');
      await expect(page.locator('.kop h1')).toHaveText('PPWP · DESA KARANGTENGAH');
      await expect(page.getByTestId('jam')).toHaveText('14.05 WIB');
      await potret(page, `proyektor-desa-${nama}.png`);
    });

    test(`proyektor ${nama}: desa sekecamatan berdampingan`, async ({ context }) => {
      const page = await halaman(context, ukuran, 'projector.html');
      await expect(page.locator('.kop h1')).toHaveText('PPWP · KECAMATAN WANAJAYA');
      await potret(page, `proyektor-kecamatan-${nama}.png`);
    });
  }

  test('proyektor 1024x768: angka Sirekap di atas angka sel tidak menambah tinggi baris', async ({ context, rekap }) => {
    // DPT (L) and pengguna (L) read from the C.Hasil differ from Sirekap: those cells show "S n" above the number,
    // on the voters' page, whose rows the layout packs at their planned height (a full page is not stretched).
    const kode = kodeTps('KARANGTENGAH', 3);
    const nilai = { ...PLANO[kode]! };
    for (const key of ['pemilih_dpt_l', 'pengguna_dpt_l']) nilai[key] = Number(nilai[key]) + 7;
    expect((await rekap.registry.handlers['tps.simpan']({ kodeTps: kode, jenis: 'PPWP', nilai })).ok).toBe(true);
    await rekap.registry.handlers['proyektor.atur']({ tampilan: 'desa', kodeDesa: '3369012002', bagian: 'pemilih' });
    const page = await halaman(context, KECIL, 'projector.html');
    await siap(page);
    const baris = page.locator('tbody tr', { has: page.locator('.nilai-sirekap') });
    await expect(baris.first()).toBeVisible();
    const tinggi = await baris.evaluateAll((rows) =>
      rows.map((r) => ({ rencana: parseFloat((r as HTMLElement).style.height), nyata: r.getBoundingClientRect().height })),
    );
    await page.screenshot({ path: path.join(ROOT, 'tests', 'artifacts', 'screenshots', 'proyektor-sirekap-pemilih-1024x768.png') });
    expect(tinggi.length).toBeGreaterThanOrEqual(2);
    for (const t of tinggi) expect(t.nyata).toBeLessThanOrEqual(t.rencana + 1);
  });

  test('proyektor 1024x768: data pemilih dengan galat, halaman kedua dengan jumlah pindahan', async ({ context, rekap }) => {
    await rekap.registry.handlers['proyektor.atur']({ tampilan: 'desa', kodeDesa: '3369011001', bagian: 'pemilih' });
    const page = await halaman(context, KECIL, 'projector.html');
    await expect(page.getByTestId('bagian')).toHaveText('DATA PEMILIH');
    await expect(page.getByTestId('halaman')).toHaveText(/^Halaman 1\/[2-9]$/);
    await page.keyboard.press('ArrowRight');
    await expect(page.getByTestId('halaman')).toHaveText(/^Halaman 2\//);
    await expect(page.locator('td.galat').first()).toBeVisible();
    await potret(page, 'proyektor-pemilih-1024x768.png');
  });
});
