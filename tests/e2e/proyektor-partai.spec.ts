/**
 * The projector on a party ballot (DPRD Kab/Kota). By default the summary: one line per party with its A.1 and
 * B for every unit, then section V, columns paged with JUMLAH PINDAHAN; a mark on a candidate's cell marks its
 * party's line. The detail: one party's block (A.1, candidates, B), following the party the operator's cursor
 * is in; F6 switches, F7 / Shift+F7 and the control's list pick the party. The kecamatan (desa side by side) has
 * the same modes. Baselines at 1024x768.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, bukaKonsol } from './support/fixtures';
import { DEMO, jamUji, PAKET, ROOT } from './support/demo-db';
import { createElectionDatabase } from '../../electron/services/election-service';
import type { RekapUji } from './support/fixtures';
import { loadDemoPlano } from '../../resources/demo/demo-files';

const PLANO_DPRD = loadDemoPlano(fs.readFileSync(DEMO.planoLegislatif.DPRD_KABKO, 'utf8'));
const DESA = PAKET.desa.find((d) => d.nama === 'KARANGTENGAH')!;
const DPRD = PAKET.surat_suara.find((s) => s.jenis === 'DPRD_KABKO')!;

/** Saves the demo's C.Hasil DPRD Kab/Kota of every TPS of the desa given (or of every desa). */
async function bacaDprd(rekap: RekapUji, desa = PAKET.desa): Promise<void> {
  for (const t of desa.flatMap((d) => d.tps)) {
    const nilai = PLANO_DPRD[t.kode];
    if (!nilai) continue;
    const r = await rekap.registry.handlers['tps.simpan']({ kodeTps: t.kode, jenis: 'DPRD_KABKO', nilai: { ...nilai } });
    expect(r.ok).toBe(true);
  }
}

async function bukaLayar(page: Page): Promise<void> {
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.clock.setFixedTime(new Date('2024-02-20T07:05:00.000Z'));
  await page.goto('projector.html');
  await expect(page.locator('.tabel-proyektor')).toBeVisible();
}

async function foto(page: Page, nama: string): Promise<void> {
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.screenshot({ path: path.join(ROOT, 'tests', 'artifacts', 'screenshots', nama) });
  await expect(page).toHaveScreenshot(nama);
}

const labelBaris = (page: Page): Promise<string[]> => page.locator('.tabel-proyektor tbody th.label').allInnerTexts();

test.describe('proyektor surat suara partai', () => {
  test.use({ dataAwal: 'sirekap' });

  test('desa: ringkasan satu baris per partai (A.1 dan B), tanda calon pada baris partai, jumlah pindahan', async ({ context, rekap }) => {
    await bacaDprd(rekap, [DESA]);
    // TPS 002: one candidate of party 5 read wrong (R5 on the block), the party's summary line shows it.
    const tps2 = DESA.tps[1]!.kode;
    const p5 = DPRD.peserta.find((p) => p.nomor === 5)!;
    const salah = { ...PLANO_DPRD[tps2]!, partai_5_calon_2: (PLANO_DPRD[tps2]!['partai_5_calon_2'] ?? 0) + 7 };
    expect((await rekap.registry.handlers['tps.simpan']({ kodeTps: tps2, jenis: 'DPRD_KABKO', nilai: salah })).ok).toBe(true);
    await rekap.registry.handlers['proyektor.atur']({ jenis: 'DPRD_KABKO', tampilan: 'desa', kodeDesa: DESA.kode });
    const page = await context.newPage();
    await bukaLayar(page);
    await expect(page.locator('.kop h1')).toHaveText('DPRD Kab/Kota · DESA KARANGTENGAH');
    await expect(page.getByTestId('bagian')).toHaveText('RINGKASAN PARTAI');
    // Every party once, by its name, with A.1 and B sub-rows; no candidate line.
    const k = await rekap.registry.handlers['proyektor.ambil']({});
    const jumlah = k.ok ? k.value.jumlahHalaman.suara : 0;
    // Pages go row page by row page, each through its column pages: the labels of the first column pages.
    const semua: string[] = [];
    const awalBaris: number[] = [];
    for (let h = 0; h < jumlah; h++) {
      await rekap.registry.handlers['proyektor.atur']({ halaman: h });
      await expect(page.getByTestId('halaman')).toHaveText(`Halaman ${h + 1}/${jumlah}`);
      await expect(page.locator('tr.baris-calon')).toHaveCount(0);
      if ((await page.locator('thead th.unit').first().getAttribute('data-kode')) !== DESA.tps[0]!.kode) continue;
      awalBaris.push(h);
      semua.push(...(await labelBaris(page)));
    }
    expect(semua.filter((l) => DPRD.peserta.some((p) => p.nama === l))).toEqual(DPRD.peserta.map((p) => p.nama));
    expect(semua.at(-1)).toMatch(/^Jumlah seluruh suara sah dan suara tidak sah/);
    // 36 party rows + section V fit a few row pages, not the ~90 of every candidate line.
    expect(awalBaris.length).toBeLessThanOrEqual(4);
    console.log(`ringkasan DPRD Kab/Kota desa ${DESA.tps.length} TPS 1024x768: ${awalBaris.length} halaman baris x ${jumlah / awalBaris.length} halaman kolom`);

    // The page with party 5 and TPS 002: its B cell carries the R5 mark of the candidate's block.
    for (const h of awalBaris) {
      await rekap.registry.handlers['proyektor.atur']({ halaman: h });
      await expect(page.getByTestId('halaman')).toHaveText(`Halaman ${h + 1}/${jumlah}`);
      if ((await labelBaris(page)).includes(p5.nama)) break;
    }
    await expect(page.locator(`td[data-kode="${tps2}"][data-key="partai_5_b"]`)).toHaveClass(/galat/);
    await expect(page.locator(`td[data-kode="${DESA.tps[0]!.kode}"][data-key="partai_5_b"]`)).not.toHaveClass(/galat/);
    await expect(page.locator('tr', { has: page.locator('td[data-key="partai_5_a1"]') }).locator('td.kol')).toHaveText('A.1');
    await expect(page.locator('tr', { has: page.locator('td[data-key="partai_5_b"]') }).locator('td.kol')).toHaveText('B');
    await expect(page.locator('th.jumlah.pindahan-keluar')).toHaveText('JUMLAH PINDAHAN');
    await foto(page, 'proyektor-dprd-ringkas-1024x768.png');
  });

  test('pembetulan suara calon: baris partai di ringkasan dan sel calon di rincian menandainya dengan nomor keberatan', async ({ context, rekap }) => {
    await bacaDprd(rekap, [DESA]);
    const h = rekap.registry.handlers;
    const pasti = async <T,>(r: Promise<{ ok: true; value: T } | { ok: false; error: { pesan: string } }>): Promise<T> => {
      const x = await r;
      if (!x.ok) throw new Error(x.error.pesan);
      return x.value;
    };
    await pasti(h['pleno.ubah']({ aksi: 'buka', tempat: 'Aula Kantor Camat Wanajaya', ketua: 'Ahmad Fauzi' }));
    const saksi = await pasti(h['hadirin.daftarkan']({ nama: 'Budi Santoso', unsur: 'saksi', peserta: { jenis: 'DPRD_KABKO', nomor: 5 }, nomorSurat: '021/SM/2024' }));
    const tps3 = DESA.tps[2]!.kode;
    const lama = PLANO_DPRD[tps3]!['partai_5_calon_1'] ?? 0;
    const k = await pasti(h['keberatan.ajukan']({ jenis: 'keberatan', pokok: 'angka', pengajuId: saksi.id, tpsKode: tps3, suratSuara: 'DPRD_KABKO', baris: 'partai_5_calon_1', uraian: 'Tidak sesuai salinan saksi' }));
    await pasti(h['keberatan.langkah']({ keberatanId: k.id, langkah: 'diterima', koreksi: { nilaiBaru: lama + 1, pemutus: 'Rapat pleno PPK', parafKetua: 'Ahmad Fauzi', parafSaksi: 'Budi Santoso' } }));
    await h['proyektor.atur']({ jenis: 'DPRD_KABKO', tampilan: 'desa', kodeDesa: DESA.kode });
    const page = await context.newPage();
    await bukaLayar(page);
    await expect(page.getByTestId('bagian')).toHaveText('RINGKASAN PARTAI');
    // Summary: party 5's B cell at TPS 003 carries the objection number (the candidate's line is not shown).
    const b = page.locator(`td[data-kode="${tps3}"][data-key="partai_5_b"] [data-testid="koreksi-sel"]`);
    await expect(b).toContainText(`#${k.id}`);
    await expect(b.locator('s')).toHaveCount(0);
    await expect(page.locator(`td[data-kode="${tps3}"][data-key="partai_5_a1"] [data-testid="koreksi-sel"]`)).toHaveCount(0);
    // Detail of party 5: the candidate's own cell, the old value struck through.
    await h['proyektor.atur']({ modePartai: 'rinci', partai: 5 });
    await expect(page.getByTestId('bagian')).toHaveText('RINCIAN PARTAI 05');
    const c = page.locator(`td[data-kode="${tps3}"][data-key="partai_5_calon_1"] [data-testid="koreksi-sel"]`);
    await expect(c.locator('s')).toHaveText(String(lama));
    await expect(c).toContainText(`#${k.id}`);
  });

  test('desa: rincian satu partai mengikuti kursor operator; F6, F7 dan daftar partai', async ({ context, rekap }) => {
    await bacaDprd(rekap, [DESA]);
    const konsol = await bukaKonsol(context);
    await konsol.getByRole('button', { name: /KARANGTENGAH/ }).click();
    await konsol.locator(`button.tps[data-kode="${DESA.tps[0]!.kode}"]`).click();
    await konsol.getByRole('button', { name: 'KARANGTENGAH', exact: true }).click();
    await konsol.keyboard.press('Control+5');
    await expect(konsol.getByRole('tab', { name: 'DPRD Kab/Kota' })).toHaveAttribute('aria-selected', 'true');
    await expect(konsol.locator('input[data-key="pemilih_dpt_l"]')).toBeFocused();
    const page = await context.newPage();
    await bukaLayar(page);
    await expect(page.getByTestId('bagian')).toHaveText('RINGKASAN PARTAI');

    // F6 from the grid: detail of the party the cursor is in (none yet: the first party).
    await konsol.keyboard.press('F6');
    await expect(page.getByTestId('bagian')).toHaveText('RINCIAN PARTAI 01');
    await expect(konsol.getByRole('button', { name: 'Rincian' })).toHaveAttribute('aria-pressed', 'true');
    // "/" 7 Enter: the cursor goes to party 7's A.1; the projector shows party 7's block.
    await konsol.keyboard.press('/');
    await konsol.keyboard.type('7');
    await konsol.keyboard.press('Enter');
    await expect(page.getByTestId('bagian')).toHaveText('RINCIAN PARTAI 07');
    const p7 = DPRD.peserta.find((p) => p.nomor === 7)!;
    const label = await labelBaris(page);
    await expect(page.locator('th.uraian-kepala')).toHaveText(`07 ${p7.nama}`);
    expect(label[0]).toBe('suara partai (A.1)');
    expect(label.at(-1)).toBe('JUMLAH (A.1 + A.2)');

    expect(label).toHaveLength((p7.calon?.length ?? 0) + 2);
    await expect(page.locator('tr.baris-calon')).toHaveCount(p7.calon?.length ?? 0);
    // Tab through the block into party 8: the projector follows.
    for (let i = 0; i < (p7.calon?.length ?? 0) + 2; i++) await konsol.keyboard.press('Tab');
    await expect.poll(() => konsol.evaluate(() => document.activeElement?.getAttribute('data-key'))).toBe('partai_8_a1');
    await expect(page.getByTestId('bagian')).toHaveText('RINCIAN PARTAI 08');
    // F7 / Shift+F7: next / previous party on the projector only; the control's list the same.
    await konsol.keyboard.press('F7');
    await expect(page.getByTestId('bagian')).toHaveText('RINCIAN PARTAI 09');
    await konsol.keyboard.press('Shift+F7');
    await konsol.keyboard.press('Shift+F7');
    await expect(page.getByTestId('bagian')).toHaveText('RINCIAN PARTAI 07');
    await konsol.getByTestId('partai-proyektor').selectOption('24');
    await expect(page.getByTestId('bagian')).toHaveText('RINCIAN PARTAI 24');
    // Columns page in detail too, with the carried total; the TPS being read brings its column page.
    await expect(page.locator('th.jumlah.pindahan-keluar')).toHaveText('JUMLAH PINDAHAN');
    const tps12 = DESA.tps[11]!.kode;
    await expect(page.locator(`thead th[data-kode="${tps12}"]`)).toHaveCount(0);
    await konsol.locator(`button.tps[data-kode="${tps12}"]`).click();
    await expect(page.locator(`thead th[data-kode="${tps12}"]`)).toHaveClass(/sorot/);
    await expect(page.getByTestId('bagian')).toHaveText('RINCIAN PARTAI 24');
    await konsol.locator(`button.tps[data-kode="${DESA.tps[0]!.kode}"]`).click();
    await expect(page.locator(`thead th[data-kode="${DESA.tps[0]!.kode}"]`)).toHaveClass(/sorot/);
    await rekap.registry.handlers['proyektor.atur']({ partai: 3 });
    await expect(page.getByTestId('bagian')).toHaveText('RINCIAN PARTAI 03');
    // A block of 12 candidates whole on one page at 1024x768 (its candidate lines set closer), not split in two.
    const p3 = DPRD.peserta.find((p) => p.nomor === 3)!;
    expect(p3.calon).toHaveLength(12);
    await expect(page.locator('tr.baris-calon')).toHaveCount(12);
    expect((await labelBaris(page)).at(-1)).toBe('JUMLAH (A.1 + A.2)');
    const tabel = (await page.locator('.tabel-proyektor').boundingBox())!;
    const legenda = (await page.locator('.legenda').boundingBox())!;
    expect(tabel.y + tabel.height).toBeLessThanOrEqual(legenda.y + 1);
    await foto(page, 'proyektor-dprd-rinci-1024x768.png');
    // F6 again: back to the summary.
    await konsol.locator('input[data-key="partai_8_a1"]').focus();
    await konsol.keyboard.press('F6');
    await expect(page.getByTestId('bagian')).toHaveText('RINGKASAN PARTAI');
    // In the summary too, the TPS being read brings its column page, on the same row page.
    await rekap.registry.handlers['proyektor.atur']({ halaman: 1 });
    await expect(page.getByTestId('halaman')).toContainText('Halaman 2/');
    const baris = await labelBaris(page);
    await konsol.locator(`button.tps[data-kode="${tps12}"]`).click();
    await expect(page.locator(`thead th[data-kode="${tps12}"]`)).toHaveClass(/sorot/);
    expect(await labelBaris(page)).toEqual(baris);
  });

  test('kecamatan: desa berdampingan, ringkasan dan rincian terbaca', async ({ context, rekap }) => {
    await bacaDprd(rekap);
    await rekap.registry.handlers['proyektor.atur']({ jenis: 'DPRD_KABKO', tampilan: 'kecamatan' });
    const page = await context.newPage();
    await bukaLayar(page);
    await expect(page.locator('.kop h1')).toHaveText(`DPRD Kab/Kota · KECAMATAN ${PAKET.wilayah.kecamatan.nama}`);
    await expect(page.getByTestId('bagian')).toHaveText('RINGKASAN PARTAI');
    // Desa names as column headings, every number at the hall's size (30 px at 1024x768).
    const judul = await page.locator('thead th.unit').count();
    expect(judul).toBeGreaterThan(1);
    const ukuran = await page.locator('td.angka .nilai').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(ukuran).toBeGreaterThanOrEqual(30);
    const k = await rekap.registry.handlers['proyektor.ambil']({});
    const jumlah = k.ok ? k.value.jumlahHalaman.suara : 0;
    console.log(`ringkasan DPRD Kab/Kota kecamatan ${PAKET.desa.length} desa 1024x768: ${jumlah} halaman suara (${judul} desa per halaman)`);
    await foto(page, 'proyektor-dprd-kecamatan-1024x768.png');
    await rekap.registry.handlers['proyektor.atur']({ modePartai: 'rinci', partai: 2 });
    await expect(page.getByTestId('bagian')).toHaveText('RINCIAN PARTAI 02');
    await expect(page.locator('tr.baris-calon').first()).toBeVisible();
  });

  test.describe('nama desa panjang', () => {
    test.use({ dataAwal: 'tanpa' });

    test('kepala proyektor 1024x768: nama desa panjang utuh (dikecilkan atau dua baris), tidak terpotong', async ({ context, rekap }) => {
      const nama = 'KARANGTENGAH LOR SUMBERAGUNG WETAN KIDUL';
      const file = path.join(rekap.dir, 'nama-panjang.rekap');
      const paket = { ...PAKET, desa: PAKET.desa.map((d) => (d.kode === DESA.kode ? { ...d, nama } : d)) };
      const made = createElectionDatabase(file, paket, jamUji(), { oleh: 'Operator Uji' });
      expect(made.ok).toBe(true);
      expect((await rekap.registry.handlers['sesi.buka']({ berkas: file })).ok).toBe(true);
      await rekap.registry.handlers['proyektor.atur']({ jenis: 'DPRD_KABKO', tampilan: 'desa', kodeDesa: DESA.kode });
      const page = await context.newPage();
      await bukaLayar(page);
      const h1 = page.locator('.kop h1');
      await expect(h1).toHaveText(`DPRD Kab/Kota · DESA ${nama}`);
      await expect(h1).toHaveAttribute('data-baris', '2');
      // Nothing cut: the text fits its box, at a size still read from the back of the hall.
      const ukuran = await h1.evaluate((el) => ({ w: el.scrollWidth - el.clientWidth, h: el.scrollHeight - el.clientHeight, px: parseFloat(getComputedStyle(el).fontSize) }));
      expect(ukuran.w).toBeLessThanOrEqual(0);
      expect(ukuran.h).toBeLessThanOrEqual(1);
      expect(ukuran.px).toBeGreaterThanOrEqual(16);
      const sub = await page.locator('.kop p').evaluate((el) => el.scrollWidth - el.clientWidth);
      expect(sub).toBeLessThanOrEqual(0);
      // Title and subtitle within the black header band.
      const kop = (await page.locator('.kop').boundingBox())!;
      const atas = (await h1.boundingBox())!;
      const bawah = (await page.locator('.kop p').boundingBox())!;
      expect(atas.y).toBeGreaterThanOrEqual(kop.y);
      expect(bawah.y + bawah.height).toBeLessThanOrEqual(kop.y + kop.height);
      await foto(page, 'proyektor-nama-panjang-1024x768.png');
      // The demo's own longest desa name on one line, a little smaller, whole.
      await rekap.registry.handlers['proyektor.atur']({ kodeDesa: PAKET.desa.find((d) => d.nama === 'SIDOMULYO')!.kode });
      await expect(h1).toHaveText('DPRD Kab/Kota · DESA SIDOMULYO');
      await expect(h1).toHaveAttribute('data-baris', '1');
      expect(await h1.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
    });
  });
});
