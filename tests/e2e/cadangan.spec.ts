import fs from 'node:fs';
import path from 'node:path';
import { test, expect, bukaKonsol } from './support/fixtures';

test.describe('konsol operator: cadangan basis data', () => {
  test('memilih folder cadangan, mencadangkan, lalu memulihkan cadangan', async ({ context, rekap }) => {
    const flashdisk = path.join(rekap.dir, 'flashdisk');
    fs.mkdirSync(flashdisk);
    const page = await bukaKonsol(context);

    await page.locator('.menu-berkas summary').click();
    await page.getByRole('button', { name: 'Cadangan…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Cadangan basis data' });
    await expect(dialog.getByTestId('folder-cadangan')).toContainText('belum dipilih');
    // Without a folder, "now" says what to do and writes nothing.
    await dialog.getByRole('button', { name: 'Cadangkan sekarang' }).click();
    await expect(dialog.getByTestId('pesan-cadangan')).toContainText('Pilih dulu folder cadangan');

    rekap.jawabanDialog.push([flashdisk]);
    await dialog.getByRole('button', { name: 'Pilih folder…' }).click();
    await expect(dialog.getByTestId('folder-cadangan')).toHaveText(flashdisk);
    await dialog.getByRole('button', { name: 'Cadangkan sekarang' }).click();
    await expect(dialog.getByTestId('daftar-cadangan').locator('li')).toHaveCount(1);
    await expect(dialog.getByTestId('daftar-cadangan')).toContainText('manual');
    expect(fs.readdirSync(flashdisk).filter((f) => f.endsWith('.cadangan'))).toHaveLength(1);
    await page.screenshot({ path: path.join('tests', 'artifacts', 'screenshots', 'konsol-cadangan.png') });
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);

    // A number read after the backup: DPT L of the first TPS.
    const box = page.locator('td.kotak[data-key="pemilih_dpt_l"] input');
    const before = await box.inputValue();
    await box.fill('7');
    await page.keyboard.press('Control+s');
    await expect(page.getByTestId('status-tps')).not.toContainText('belum disimpan');
    await expect(box).toHaveValue('7');

    // Restore: an explicit confirmation; the console re-reads and the number is as it was at the backup.
    await page.locator('.menu-berkas summary').click();
    await page.getByRole('button', { name: 'Cadangan…' }).click();
    await dialog.getByRole('button', { name: 'Pulihkan…' }).first().click();
    await expect(dialog.getByRole('alertdialog')).toContainText('disisihkan (tidak dihapus)');
    await dialog.getByRole('button', { name: 'Ya, pulihkan' }).click();
    await expect(dialog.getByTestId('pesan-cadangan')).toContainText('Cadangan dipulihkan');
    await page.keyboard.press('Escape');
    await expect(box).toHaveValue(before);
    // The file that was open is kept aside, never deleted.
    expect(fs.readdirSync(path.dirname(rekap.file!)).some((f) => f.includes('sebelum-pulih'))).toBe(true);
  });
});
