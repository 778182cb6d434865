/**
 * The projector on a party ballot: a DPRD Kab/Kota desa with its TPS side by side, party blocks kept whole
 * on a page when they fit (else continued with the party's name), column pages with JUMLAH PINDAHAN, and
 * how long a page takes to draw. Screenshot baseline at 1024x768.
 */
import fs from 'node:fs';
import path from 'node:path';
import { test, expect } from './support/fixtures';
import { DEMO, ROOT } from './support/demo-db';
import { loadDemoPlano } from '../../resources/demo/demo-files';
import { PAKET } from './support/demo-db';

const PLANO_DPRD = loadDemoPlano(fs.readFileSync(DEMO.planoLegislatif.DPRD_KABKO, 'utf8'));

test.describe('proyektor surat suara partai', () => {
  test.use({ dataAwal: 'sirekap' });

  test('DPRD Kab/Kota: TPS satu desa berdampingan, blok partai utuh, jumlah pindahan', async ({ context, rekap }, info) => {
    const desa = PAKET.desa.find((d) => d.nama === 'KARANGTENGAH')!;
    for (const t of desa.tps) {
      const nilai = PLANO_DPRD[t.kode];
      if (!nilai) continue;
      const r = await rekap.registry.handlers['tps.simpan']({ kodeTps: t.kode, jenis: 'DPRD_KABKO', nilai: { ...nilai } });
      expect(r.ok).toBe(true);
    }
    await rekap.registry.handlers['proyektor.atur']({ jenis: 'DPRD_KABKO', tampilan: 'desa', kodeDesa: desa.kode });
    const page = await context.newPage();
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.clock.setFixedTime(new Date('2024-02-20T07:05:00.000Z'));
    const t0 = Date.now();
    await page.goto('projector.html');
    await expect(page.locator('.kop h1')).toHaveText('DPRD Kab/Kota · DESA KARANGTENGAH');
    await expect(page.locator('.tabel-proyektor')).toBeVisible();
    const tBuka = Date.now() - t0;
    await expect(page.locator('th.jumlah.pindahan-keluar')).toHaveText('JUMLAH PINDAHAN');
    // Page on to the first page of the votes: party blocks.
    await rekap.registry.handlers['proyektor.atur']({ bagian: 'suara', halaman: 0 });
    await expect(page.getByTestId('bagian')).toHaveText('PEROLEHAN SUARA');
    await expect(page.locator('tr.awal-blok').first()).toBeVisible();
    // A block that fits a page is never split: every page's party lines start at A.1 or say "lanjutan".
    const k = await rekap.registry.handlers['proyektor.ambil']({});
    const jumlah = k.ok ? k.value.jumlahHalaman.suara : 0;
    expect(jumlah).toBeGreaterThan(2);
    const waktu: number[] = [];
    for (let h = 0; h < Math.min(jumlah, 8); h++) {
      const s = Date.now();
      await rekap.registry.handlers['proyektor.atur']({ halaman: h });
      await expect(page.getByTestId('halaman')).toHaveText(`Halaman ${h + 1}/${jumlah}`);
      waktu.push(Date.now() - s);
      const pertama = await page.locator('.tabel-proyektor tbody tr').first().getAttribute('class');
      const label = await page.locator('.tabel-proyektor tbody th.label').first().innerText();
      expect(/awal-blok/.test(pertama ?? '') || /lanjutan/.test(label) || !/baris-calon|baris-jumlah/.test(pertama ?? '')).toBe(true);
    }
    const laporan = `proyektor DPRD Kab/Kota, desa ${desa.tps.length} TPS, 1024x768: buka ${tBuka} ms; ganti halaman (handler -> halaman tergambar) ${waktu.join(', ')} ms`;
    console.log(laporan);
    info.annotations.push({ type: 'kinerja', description: laporan });

    await rekap.registry.handlers['proyektor.atur']({ halaman: 1 });
    await expect(page.getByTestId('halaman')).toHaveText(`Halaman 2/${jumlah}`);
    await expect(page.locator('th.jumlah.pindahan-masuk')).toHaveText('JUMLAH PINDAHAN');
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    await page.screenshot({ path: path.join(ROOT, 'tests', 'artifacts', 'screenshots', 'proyektor-dprd-1024x768.png') });
    await expect(page).toHaveScreenshot('proyektor-dprd-1024x768.png');
  });
});
