import { test, expect, bukaKonsol } from './support/fixtures';
import { DEMO, PLANO } from './support/demo-db';
import { kodeTps } from './support/keys';

test.describe('konsol operator: impor Sirekap', () => {
  test.use({ dataAwal: 'kosong' });

  test('mengimpor berkas Sirekap lalu melihat selisih dengan C.Hasil', async ({ context, rekap }) => {
    // TPS 003 of KARANGTENGAH was read out already: paslon 01 got 40 on the C.Hasil (Sirekap later reads 840).
    const kode = kodeTps('KARANGTENGAH', 3);
    const saved = await rekap.registry.handlers['tps.simpan']({ kodeTps: kode, jenis: 'PPWP', nilai: PLANO[kode]! });
    expect(saved.ok).toBe(true);

    const page = await bukaKonsol(context);
    await expect(page.locator('.sirekap')).toHaveCount(0);
    rekap.jawabanDialog.push([DEMO.sirekapDir]);
    await page.getByRole('button', { name: 'Impor Sirekap…' }).click();
    await expect(page.getByTestId('pesan')).toContainText('Impor Sirekap selesai: 145 berkas, 145 TPS');

    // Not yet read TPS now show Sirekap's numbers beside the empty boxes, and the progress says so.
    const dpt = PLANO[kodeTps('WANAJAYA', 1)]!['pemilih_dpt_j']!;
    await expect(page.locator('td.kotak[data-key="pemilih_dpt_j"] .sirekap')).toHaveText(`S ${dpt}`);
    await expect(page.locator(`button.tps[data-kode="${kodeTps('WANAJAYA', 1)}"]`)).toHaveAttribute('data-status', 'sirekap');

    // Navigate to KARANGTENGAH TPS 003 with the keyboard: the desa opens, its TPS are buttons.
    await page.getByRole('button', { name: /KARANGTENGAH/ }).click();
    await page.locator(`button.tps[data-kode="${kode}"]`).click();
    await expect(page.getByTestId('judul-lembar')).toHaveText('TPS 003 · Desa KARANGTENGAH');
    const sel = page.locator('td.kotak[data-key="suara_1"]');
    await expect(sel).toHaveClass(/selisih/);
    await expect(sel.locator('.sirekap')).toHaveText('≠ 840');
    await expect(sel.locator('input')).toHaveValue('40');
    // Only that cell differs, and the sheet's header says so.
    await expect(page.locator('td.kotak.selisih')).toHaveCount(1);
    await expect(page.getByTestId('selisih-tps')).toHaveText('≠ 1 angka beda dengan Sirekap');
    // Sirekap's misread is a finding of Sirekap's sheet only; the C.Hasil read in the plenary is clean.
    await expect(page.getByTestId('temuan-lembar')).toContainText('Tidak ada temuan');
  });
});
