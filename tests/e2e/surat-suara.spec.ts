/**
 * The five ballots of a Pemilu TPS: the console's ballot tabs (recapitulation order, Ctrl+1..5), drafts kept
 * per TPS and ballot, and the projector following the chosen ballot through the main process's state.
 */
import path from 'node:path';
import { test, expect, bukaKonsol, bukaProyektor } from './support/fixtures';
import { DEMO } from './support/demo-db';
import { kodeTps } from './support/keys';

test.describe('surat suara', () => {
  test.use({ dataAwal: 'sirekap' });

  test('tab surat suara dalam urutan rekapitulasi; Ctrl+2 memilih DPR; proyektor mengikuti', async ({ context, rekap }) => {
    const page = await bukaKonsol(context);
    const tabs = page.getByRole('tab');
    await expect(tabs).toHaveText(['PPWP', 'DPR', 'DPD', 'DPRD Provinsi', 'DPRD Kab/Kota']);
    await expect(page.getByRole('tab', { name: 'PPWP', exact: true })).toHaveAttribute('aria-selected', 'true');
    const proyektor = await bukaProyektor(context);
    await expect(proyektor.locator('.kop h1')).toContainText('PPWP');

    // A draft in PPWP stays with PPWP.
    await expect(page.locator('input[data-key="pemilih_dpt_l"]')).toBeFocused();
    await page.keyboard.type('121');
    await page.keyboard.press('Control+2');
    await expect(page.getByRole('tab', { name: 'DPR', exact: true })).toHaveAttribute('aria-selected', 'true');
    await expect(page.locator('.bilah-atas .judul p')).toContainText('Dewan Perwakilan Rakyat');
    await expect(page.locator('input[data-key="partai_1_a1"]')).toHaveCount(1);
    await expect(page.locator('input[data-key="pemilih_dpt_l"]')).toHaveValue('');
    const k = await rekap.registry.handlers['proyektor.ambil']({});
    expect(k.ok && k.value.jenis).toBe('DPR');
    await expect(proyektor.locator('.kop h1')).toContainText('DPR');

    await page.getByRole('tab', { name: 'PPWP', exact: true }).click();
    await expect(page.locator('input[data-key="pemilih_dpt_l"]')).toHaveValue('121');
    await expect(page.locator(`button.tps[data-kode="${kodeTps("WANAJAYA", 1)}"]`)).toHaveAttribute("title", /belum disimpan/);
  });

  test('impor Sirekap dari konsol untuk surat suara yang dipilih; berkas surat suara lain ditolak utuh', async ({ context, rekap }) => {
    const page = await bukaKonsol(context);
    await page.keyboard.press('Control+2');
    await expect(page.getByRole('tab', { name: 'DPR', exact: true })).toHaveAttribute('aria-selected', 'true');
    await expect(page.locator('td.kotak[data-key="partai_1_a1"] .sirekap')).toHaveCount(0);
    // The DPRD Kab/Kota folder while DPR is chosen: refused, naming the file; nothing written.
    rekap.jawabanDialog.push([path.join(DEMO.sirekapLegislatifDir, 'pdprdk')]);
    await page.getByRole('button', { name: 'Impor Sirekap…' }).click();
    await expect(page.getByTestId('pesan')).toContainText('.json');
    const k = await rekap.registry.handlers['kemajuan.ambil']({ jenis: 'DPRD_KABKO' });
    expect(k.ok && k.value.filter((x) => x.sirekap)).toHaveLength(0);
    // The DPR folder: imported as DPR; the sheet shows Sirekap's party votes.
    rekap.jawabanDialog.push([path.join(DEMO.sirekapLegislatifDir, 'pdpr')]);
    await page.getByRole('button', { name: 'Impor Sirekap…' }).click();
    await expect(page.getByTestId('pesan')).toContainText(/berkas/i);
    const dpr = await rekap.registry.handlers['kemajuan.ambil']({ jenis: 'DPR' });
    expect(dpr.ok && dpr.value.filter((x) => x.sirekap).length).toBeGreaterThan(0);
    await expect(page.locator('td.kotak[data-key="partai_1_b"] .sirekap')).toHaveText(/^S \d+$/);
  });
});
