import { test, expect, bukaKonsol } from './support/fixtures';
import { PLANO } from './support/demo-db';
import { kodeTps } from './support/keys';

test.describe('konsol operator: pemeriksaan langsung', () => {
  test.use({ dataAwal: 'pleno' });

  test('temuan muncul saat angka tidak cocok dan hilang saat dibetulkan', async ({ context }) => {
    const page = await bukaKonsol(context);
    const lembarIni = page.getByTestId('temuan-lembar');
    await expect(lembarIni).toContainText('Tidak ada temuan');

    // Paslon 02 of TPS 001 WANAJAYA read one too many: the votes no longer add up to suara sah (R4).
    const kode = kodeTps('WANAJAYA', 1);
    const asli = PLANO[kode]!['suara_2']!;
    const kotak = page.locator('input[data-key="suara_2"]');
    await kotak.focus();
    await page.keyboard.type(String(asli + 1));
    await expect(lembarIni).toContainText('R4');
    await expect(lembarIni).toContainText(`tidak sama dengan suara sah`);
    for (const key of ['suara_1', 'suara_2', 'suara_3', 'suara_sah']) await expect(page.locator(`td.kotak[data-key="${key}"]`)).toHaveClass(/galat/);
    await expect(kotak).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByTestId('temuan-desa')).toContainText('isian belum disimpan');
    await expect(page.locator(`button.tps[data-kode="${kode}"]`)).toHaveAttribute('data-status', 'galat');

    // Typed back as on the paper: the finding and the marks are gone.
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.type(String(asli));
    await expect(lembarIni).toContainText('Tidak ada temuan');
    await expect(page.locator('td.kotak.galat')).toHaveCount(0);
    await expect(page.locator(`button.tps[data-kode="${kode}"]`)).toHaveAttribute('data-status', 'bersih');
  });

  test('daftar temuan desa melompat ke kotak yang bermasalah', async ({ context }) => {
    const page = await bukaKonsol(context);
    // TPS 006 of WANAJAYA has the planted DPT slip (R1: 251 written, 123 + 118 = 241).
    const desa = page.getByTestId('temuan-desa');
    const item = desa.getByRole('button', { name: /TPS 006.*R1/ });
    await expect(item).toContainText('(251)');
    await item.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('judul-lembar')).toHaveText('TPS 006 · Kelurahan WANAJAYA');
    await expect(page.locator('input[data-key="pemilih_dpt_l"]')).toBeFocused();
    await expect(page.locator('td.kotak[data-key="pemilih_dpt_j"]')).toHaveClass(/galat/);
    // The operator corrects it as agreed in the plenary (pembetulan) and saves: the finding leaves the desa list.
    await page.locator('input[data-key="pemilih_dpt_j"]').focus();
    await page.keyboard.type('241');
    await page.keyboard.press('Control+s');
    await expect(page.getByTestId('pesan')).toContainText('Tersimpan');
    await expect(desa).toContainText('Tidak ada temuan');
  });
});
