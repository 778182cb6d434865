import path from 'node:path';
import { test, expect, bukaProyektor } from './support/fixtures';
import { DEMO } from './support/demo-db';

test.describe('membuka dan membuat basis data rekap', () => {
  test.use({ dataAwal: 'tanpa' });

  test('dari layar awal: buat dari paket, buka data demo, buka lagi basis data yang sudah ada', async ({ context, rekap }) => {
    const page = await context.newPage();
    await page.goto('index.html');
    await expect(page.getByText('Belum ada basis data rekap yang terbuka.')).toBeVisible();

    // "Buat dari paket pemilihan…": the main process asks for the package, then where to save the database.
    const baru = path.join(rekap.dir, 'wanajaya.rekap');
    rekap.jawabanDialog.push([DEMO.paket], [baru]);
    await page.getByRole('button', { name: 'Buat dari paket pemilihan…' }).click();
    await expect(page.getByTestId('judul-lembar')).toHaveText('TPS 001 · Kelurahan WANAJAYA');
    await expect(page.getByTestId('pesan')).toContainText(`Basis data dibuka: ${baru}`);
    await expect(page.locator('button.desa').first()).toContainText('0/9');
    const proyektor = await bukaProyektor(context);
    await expect(proyektor.locator('td[data-kolom="pindahan-keluar"][data-key="suara_sah"] .nilai')).toHaveText('—');

    // The same path again: refused (a recap database is never overwritten), the open one stays.
    rekap.jawabanDialog.push([DEMO.paket], [baru]);
    await page.locator('.menu-berkas summary').click();
    await page.getByRole('button', { name: 'Buat dari paket pemilihan…' }).click();
    await expect(page.getByTestId('pesan')).toContainText('sudah ada');

    // "Buka data demo": created with the Sirekap files imported; the projector follows (sesi.berubah).
    await page.locator('.menu-berkas summary').click();
    await page.getByRole('button', { name: 'Buka data demo' }).click();
    await expect(page.getByTestId('pesan')).toContainText('demo-wanajaya.rekap');
    await expect(page.locator('button.desa').first()).toHaveClass(/status-sirekap/);
    await expect(proyektor.locator('td[data-kolom="pindahan-keluar"][data-key="suara_sah"] .nilai')).not.toHaveText('—');

    // "Buka basis data rekap…": back to the database made from the package.
    rekap.jawabanDialog.push([baru]);
    await page.locator('.menu-berkas summary').click();
    await page.getByRole('button', { name: 'Buka basis data rekap…' }).click();
    await expect(page.getByTestId('pesan')).toContainText(`Basis data dibuka: ${baru}`);
    await expect(proyektor.locator('td[data-kolom="pindahan-keluar"][data-key="suara_sah"] .nilai')).toHaveText('—');
    // A cancelled dialog changes nothing.
    await page.getByRole('button', { name: 'Impor Sirekap…' }).click();
    await expect(page.getByTestId('pesan')).toContainText(`Basis data dibuka: ${baru}`);
  });
});
