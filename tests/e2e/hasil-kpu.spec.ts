import fs from 'node:fs';
import path from 'node:path';
import { test, expect, bukaKonsol } from './support/fixtures';
import { PAKET } from './support/demo-db';
import { verifikasiRekapHasil } from '../../electron/services/exchange-service';

/** Issue 6 at the PPK: the export for the KPU with its fingerprint, the check of a file, the witness pack, the tables. */
test.describe('hasil untuk KPU dari konsol PPK', () => {
  test('ekspor dengan sidik jari, periksa berkas utuh dan rusak, paket saksi setelah semua desa disahkan, XLSX dan CSV', async ({ context, rekap }) => {
    test.setTimeout(90_000);
    const page = await bukaKonsol(context, { width: 1024, height: 768 });
    await page.locator('.menu-berkas summary').click();
    await page.getByRole('button', { name: 'Hasil untuk KPU…' }).click();
    const d = page.getByRole('dialog', { name: 'Hasil untuk KPU kabupaten/kota' });

    // Export of the PPWP ballot: the save dialog answers with a path; the fingerprint is shown big.
    const ekspor = path.join(rekap.dir, 'rekap-hasil-PPWP.json');
    rekap.jawabanDialog.push([ekspor]);
    await d.getByTestId('pilih-jenis-hasil').selectOption('PPWP');
    await d.getByRole('button', { name: 'Ekspor hasil untuk KPU…' }).click();
    await expect(d.getByTestId('sidik-besar')).toHaveText(/^[0-9A-F]{4}(-[0-9A-F]{4}){3}$/);
    const v = verifikasiRekapHasil(fs.readFileSync(ekspor, 'utf8'));
    if (!v.ok) throw new Error(v.error.pesan);
    expect(v.value.utuh).toBe(true);
    expect(v.value.dokumen.surat_suara.map((s) => s.jenis)).toEqual(['PPWP']);
    await expect(d.getByTestId('sidik-besar')).toHaveText(v.value.sidik);
    await expect(d.getByTestId('sha256-penuh')).toHaveText(v.value.sha256);
    await expect(d).toContainText(ekspor);
    // The fingerprint's value follows the export format; the screenshot checks where and how big it stands.
    const nilai = [d.getByTestId('sidik-besar'), d.getByTestId('sha256-penuh'), d.locator('.hasil-aksi > p code')];
    await expect(page).toHaveScreenshot('ekspor-sidik-1024x768.png', { mask: nilai });

    // The same file checked: intact, whose and which ballot.
    rekap.jawabanDialog.push([ekspor]);
    await d.getByRole('button', { name: 'Periksa berkas ekspor…' }).click();
    await expect(d.getByTestId('vonis-periksa')).toContainText('UTUH');
    await expect(d.locator('.rincian-berkas')).toContainText(`${PAKET.wilayah.kecamatan.kode} ${PAKET.wilayah.kecamatan.nama}`);
    await expect(d.getByTestId('sidik-besar')).toHaveText(v.value.sidik);

    // One letter changed (the kecamatan's name): RUSAK, with the content's own hash.
    const teks = fs.readFileSync(ekspor, 'utf8');
    const rusak = path.join(rekap.dir, 'rusak.json');
    fs.writeFileSync(rusak, teks.replace(`"${PAKET.wilayah.kecamatan.nama}"`, `"${PAKET.wilayah.kecamatan.nama.slice(0, -1)}O"`));
    rekap.jawabanDialog.push([rusak]);
    await d.getByRole('button', { name: 'Periksa berkas ekspor…' }).click();
    await expect(d.getByTestId('vonis-periksa')).toContainText('RUSAK');
    await expect(d.getByTestId('sidik-besar')).toHaveText(v.value.sidik);
    await expect(d.locator('.hasil-aksi > p code')).not.toHaveText(v.value.sha256);
    await expect(page).toHaveScreenshot('periksa-rusak-1024x768.png', { mask: nilai });

    // Not an export at all: a message, nothing else.
    const bukan = path.join(rekap.dir, 'bukan.json');
    fs.writeFileSync(bukan, '{"halo": 1}');
    rekap.jawabanDialog.push([bukan]);
    await d.getByRole('button', { name: 'Periksa berkas ekspor…' }).click();
    await expect(d.getByTestId('hasil-aksi')).toContainText('bukan.json: format harus');

    // Witness pack before every desa is approved: refused, naming what is missing; nothing written.
    const paketSaksi = path.join(rekap.dir, 'paket-saksi');
    rekap.jawabanDialog.push([paketSaksi]);
    await d.getByRole('button', { name: 'Buat paket saksi…' }).click();
    await expect(d.getByTestId('hasil-aksi')).toContainText(`Paket saksi PPWP belum dapat dibuat: ${PAKET.desa.length} desa belum disahkan (${PAKET.desa[0]!.nama},`);
    expect(fs.existsSync(paketSaksi)).toBe(false);

    // The plenary approves every desa of PPWP (through the same registry the console uses).
    const h = rekap.registry.handlers;
    expect((await h['pleno.ubah']({ aksi: 'buka', tempat: 'Aula Kecamatan', ketua: 'Ahmad Fauzi' })).ok).toBe(true);
    for (const desa of PAKET.desa) {
      for (const status of ['dibaca', 'dicocokkan', 'disahkan'] as const) {
        const r = await h['tinjauan.majukan']({ desaKode: desa.kode, jenis: 'PPWP', status });
        expect(r.ok, r.ok ? '' : r.error.pesan).toBe(true);
      }
    }
    rekap.jawabanDialog.push([paketSaksi]);
    await d.getByRole('button', { name: 'Buat paket saksi…' }).click();
    await expect(d.getByTestId('hasil-aksi')).toContainText(/PPWP: 3 folder saksi, sidik jari [0-9A-F]{4}(-[0-9A-F]{4}){3}/, { timeout: 30_000 });
    const folder = path.join(paketSaksi, `${PAKET.wilayah.kecamatan.kode}-PPWP`);
    const saksi = fs.readdirSync(folder).sort();
    expect(saksi).toEqual(['saksi-01', 'saksi-02', 'saksi-03']);
    const isi = fs.readdirSync(path.join(folder, 'saksi-01')).sort();
    expect(isi).toContain('SIDIK-JARI.txt');
    expect(isi.some((f) => f.endsWith('.pdf'))).toBe(true);
    expect(isi.some((f) => f.endsWith('.csv'))).toBe(true);

    // The recap as XLSX and CSV, all ballots.
    await d.getByTestId('pilih-jenis-hasil').selectOption('');
    const xlsx = path.join(rekap.dir, 'rekap.xlsx');
    rekap.jawabanDialog.push([xlsx]);
    await d.getByRole('button', { name: 'Simpan XLSX…' }).click();
    await expect(d.getByTestId('hasil-aksi')).toContainText(`Ditulis: ${xlsx}`);
    expect(fs.readFileSync(xlsx).subarray(0, 2).toString()).toBe('PK');
    const csv = path.join(rekap.dir, 'rekap.csv');
    rekap.jawabanDialog.push([csv]);
    await d.getByRole('button', { name: 'Simpan CSV…' }).click();
    await expect(d.getByTestId('hasil-aksi')).toContainText(`Ditulis: ${csv}`);
    expect(fs.readFileSync(csv, 'utf8')).toMatch(/^\uFEFFsurat_suara,tingkat,kode,nama,ref,baris,uraian,kolom,nilai\r\n/);

    // A cancelled dialog changes nothing; Escape closes the panel.
    await d.getByRole('button', { name: 'Simpan CSV…' }).click();
    await expect(d.getByTestId('hasil-aksi')).toContainText(`Ditulis: ${csv}`);
    await page.keyboard.press('Escape');
    await expect(d).toHaveCount(0);
  });
});
