import { test, expect, bukaKonsol } from './support/fixtures';
import { PLANO } from './support/demo-db';
import { KUNCI_PPWP, kodeTps } from './support/keys';
import type { Page } from '@playwright/test';

const fokus = (page: Page): Promise<string | null> => page.evaluate(() => document.activeElement?.getAttribute('data-key') ?? document.activeElement?.textContent ?? null);

test.describe('konsol operator: entri C.Hasil', () => {
  test.use({ dataAwal: 'sirekap' });

  test('mengisi satu TPS penuh hanya dengan papan ketik, lalu menyimpan', async ({ context, rekap }) => {
    const page = await bukaKonsol(context);
    const kode = kodeTps('WANAJAYA', 1);
    await expect(page.getByTestId('judul-lembar')).toHaveText('TPS 001 · Kelurahan WANAJAYA');
    // The console opens on the first TPS with the keyboard in its first box (the paper's first box).
    await expect.poll(() => fokus(page)).toBe('pemilih_dpt_l');

    const plano = PLANO[kode]!;
    for (const [i, key] of KUNCI_PPWP.entries()) {
      expect(await fokus(page)).toBe(key);
      await page.keyboard.type(String(plano[key]));
      await page.keyboard.press(i % 2 === 0 ? 'Tab' : 'Enter');
    }
    // After the last box the keyboard reaches the save button; Ctrl+S saves from anywhere.
    await expect(page.getByRole('button', { name: /Simpan/ })).toBeFocused();
    await expect(page.getByTestId('status-tps')).toContainText('Ada isian yang belum disimpan');
    await page.keyboard.press('Control+s');
    await expect(page.getByTestId('pesan')).toContainText('Tersimpan pukul');
    await expect(page.getByTestId('status-tps')).toContainText('Lengkap dan bersih');

    // Saved as source c_hasil, every row as on the paper.
    const r = await rekap.registry.handlers['tps.ambil']({ kodeTps: kode, jenis: 'PPWP' });
    expect(r.ok && r.value.c_hasil).toEqual(Object.fromEntries(KUNCI_PPWP.map((k) => [k, plano[k]])));
    await expect(page.locator(`button.tps[data-kode="${kode}"]`)).toHaveAttribute('data-status', 'bersih');

    // Alt+Down goes to the next TPS, keyboard again in its first box.
    await page.keyboard.press('Alt+ArrowDown');
    await expect(page.getByTestId('judul-lembar')).toHaveText('TPS 002 · Kelurahan WANAJAYA');
    await expect.poll(() => fokus(page)).toBe('pemilih_dpt_l');
  });

  test('hanya angka, paling banyak tiga digit; Shift+Tab kembali', async ({ context }) => {
    const page = await bukaKonsol(context);
    const box = page.locator('input[data-key="pemilih_dpt_l"]');
    await expect(box).toBeFocused();
    await page.keyboard.type('a1-2.x3 4');
    await expect(box).toHaveValue('123');
    await page.keyboard.press('Tab');
    await page.keyboard.type('98');
    await page.keyboard.press('Shift+Tab');
    await expect(box).toBeFocused();
    await page.keyboard.press('ArrowDown');
    expect(await fokus(page)).toBe('pengguna_dpt_l');
  });

  test('isian yang belum disimpan tidak hilang saat pindah TPS atau memuat ulang', async ({ context, rekap }) => {
    const page = await bukaKonsol(context);
    const kode1 = kodeTps('WANAJAYA', 1);
    await page.keyboard.type('121');
    await page.keyboard.press('Tab');
    await page.keyboard.type('120');
    await page.keyboard.press('Alt+ArrowDown');
    await expect(page.getByTestId('judul-lembar')).toHaveText('TPS 002 · Kelurahan WANAJAYA');
    // TPS 001 is marked as holding unsaved typing.
    await expect(page.locator(`button.tps[data-kode="${kode1}"] .simbol`)).toHaveText('✎');
    await page.keyboard.press('Alt+ArrowUp');
    await expect(page.locator('input[data-key="pemilih_dpt_l"]')).toHaveValue('121');
    await expect(page.locator('input[data-key="pemilih_dpt_p"]')).toHaveValue('120');
    // A reload of the window keeps it too (the draft is stored in the window, not only in memory).
    await page.reload();
    await expect(page.locator('input[data-key="pemilih_dpt_p"]')).toHaveValue('120');
    // Nothing reached the database until the operator saves.
    const before = await rekap.registry.handlers['tps.ambil']({ kodeTps: kode1, jenis: 'PPWP' });
    expect(before.ok && before.value.c_hasil).toEqual({});
    await page.keyboard.press('Control+Enter');
    await expect(page.getByTestId('pesan')).toContainText('Tersimpan');
    const after = await rekap.registry.handlers['tps.ambil']({ kodeTps: kode1, jenis: 'PPWP' });
    expect(after.ok && after.value.c_hasil).toMatchObject({ pemilih_dpt_l: 121, pemilih_dpt_p: 120 });
  });
});
