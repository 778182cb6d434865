import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { test, expect, bukaKonsol, bukaProyektor } from './support/fixtures';

test.describe('rapat pleno: satu desa dari pembukaan sampai berita acara', () => {
  test('buka, daftar hadir, keberatan diterima dengan pembetulan di proyektor, satu ditolak, skors, pengesahan, tanda tangan dengan penolakan, cetak', async ({ context, rekap }) => {
    test.setTimeout(90_000);
    const konsol = await bukaKonsol(context);
    const proyektor = await bukaProyektor(context);
    await expect(proyektor.getByTestId('pleno-proyektor')).toHaveCount(0);

    await konsol.getByRole('button', { name: 'Rapat pleno…' }).click();
    const d = konsol.getByRole('dialog', { name: 'Rapat pleno' });
    await expect(d.getByTestId('status-pleno')).toHaveText('Belum dibuka');
    await d.getByLabel('Tempat').fill('Aula Kantor Camat Wanajaya');
    await d.getByLabel('Ketua rapat').fill('Ahmad Fauzi');
    await d.getByRole('button', { name: 'Buka rapat' }).click();
    await expect(d.getByTestId('status-pleno')).toContainText('Berlangsung sejak');
    // The registry runs on the tests' fixed clock, so the elapsed time is only checked for its form here.
    await expect(proyektor.getByTestId('status-rapat')).toHaveText(/^Rapat berlangsung · (\d+ jam )?\d+ menit$/);

    // Daftar hadir: the chair and two saksi with their mandates; each arrives.
    const daftar = async (nama: string, unsur: string, lain: { jabatan?: string; peserta?: string; surat?: string }): Promise<void> => {
      await d.getByLabel('Nama', { exact: true }).fill(nama);
      await d.getByLabel('Unsur').selectOption(unsur);
      if (lain.jabatan) await d.getByLabel('Jabatan').fill(lain.jabatan);
      if (lain.peserta) await d.getByLabel('Peserta (nomor urut)').selectOption(lain.peserta);
      if (lain.surat) await d.getByLabel('Nomor surat mandat/tugas').fill(lain.surat);
      await d.getByRole('button', { name: 'Daftarkan' }).click();
      await expect(d.getByTestId('daftar-hadir')).toContainText(nama);
    };
    await daftar('Ahmad Fauzi', 'ppk', { jabatan: 'Ketua' });
    await daftar('Budi Santoso', 'saksi', { peserta: 'PPWP:1', surat: '012/SM/2024' });
    await daftar('Dedi Kurniawan', 'saksi', { peserta: 'PPWP:2', surat: '07/TKN/2024' });
    for (let i = 0; i < 3; i++) await d.getByTestId('daftar-hadir').getByRole('button', { name: 'Datang' }).first().click();
    await expect(d.getByTestId('daftar-hadir').getByRole('button', { name: 'Datang' })).toHaveCount(0);

    // An objection on a number of this TPS, accepted with a correction.
    await d.getByTestId('pengaju').selectOption({ label: 'Budi Santoso' });
    await d.getByTestId('baris-keberatan').selectOption('suara_1');
    await d.getByTestId('uraian-keberatan').fill('Salinan saksi menulis 123 untuk paslon 01');
    await d.getByRole('button', { name: 'Catat keberatan', exact: true }).click();
    const k1 = d.getByTestId('keberatan-1');
    await expect(k1).toContainText('No. 1 · Diajukan');
    await k1.getByLabel('Nilai benar').fill('123');
    await k1.getByRole('button', { name: 'Terima dan betulkan' }).click();
    await expect(k1).toContainText('Diterima (dibetulkan)');
    await expect(k1).toContainText('→ 123');
    await expect(proyektor.getByTestId('pembetulan')).toContainText(/TPS 001 suara_1 \d+ → 123 \(keberatan no\. 1\)/);
    // On the desa's TPS view the corrected cell shows the new value, the old one struck through and the objection.
    await konsol.keyboard.press('Escape');
    await konsol.locator('.bilah-bawah').getByRole('button', { name: 'WANAJAYA' }).click();
    const sel = proyektor.locator('td[data-kode="3369011001001"][data-key="suara_1"]');
    await expect(sel.locator('.nilai')).toHaveText('123');
    await expect(sel.getByTestId('koreksi-sel')).toHaveText(/^\d+→#1$/);
    await expect(proyektor.getByTestId('tinjauan-desa')).toHaveText('belum dibaca');
    await konsol.getByRole('button', { name: 'Rapat pleno…' }).click();

    // A second one, rejected with its reason.
    await d.getByTestId('pengaju').selectOption({ label: 'Dedi Kurniawan' });
    await d.getByTestId('baris-keberatan').selectOption('suara_2');
    await d.getByTestId('uraian-keberatan').fill('Suara paslon 02 seharusnya lebih');
    await d.getByRole('button', { name: 'Catat keberatan', exact: true }).click();
    const k2 = d.getByTestId('keberatan-2');
    await k2.getByLabel('Alasan / rekomendasi / tindak lanjut').fill('Sesuai C.Hasil plano dari kotak tersegel');
    await k2.getByRole('button', { name: 'Tolak' }).click();
    await expect(k2).toContainText('Tidak diterima');

    // Skors and resume.
    await d.getByLabel('Alasan skors').fill('Istirahat salat');
    await d.getByRole('button', { name: 'Skors' }).click();
    await expect(d.getByTestId('status-pleno')).toContainText('Diskors');
    await expect(proyektor.getByTestId('status-rapat')).toContainText('Rapat diskors');
    await d.getByRole('button', { name: 'Cabut skors (lanjut)' }).click();
    await expect(d.getByTestId('status-pleno')).toContainText('Berlangsung');

    // Review of the desa: read, matched, approved.
    for (const tombol of ['Tandai dibaca', 'Tandai dicocokkan', 'Sahkan']) await d.getByRole('button', { name: tombol }).click();
    await expect(d.getByTestId('status-tinjauan')).toHaveText('disahkan');
    await expect(proyektor.getByTestId('tinjauan-desa')).toHaveText('DISAHKAN');

    // Signatures of the berita acara: the chair signs, a saksi refuses with a reason.
    await d.getByTestId('ttd-1').getByRole('button', { name: 'Tanda tangan' }).click();
    await expect(d.getByTestId('ttd-1')).toContainText('menandatangani');
    // A saksi signs with a pen on the canvas: the drawing is stored as PNG bytes.
    const kanvas = d.getByTestId('kanvas-ttd');
    const kotak = (await kanvas.boundingBox())!;
    await konsol.mouse.move(kotak.x + 20, kotak.y + 60);
    await konsol.mouse.down();
    for (let i = 1; i <= 12; i++) await konsol.mouse.move(kotak.x + 20 + i * 20, kotak.y + 60 + (i % 2 === 0 ? -25 : 25));
    await konsol.mouse.up();
    await d.getByTestId('ttd-2').getByRole('button', { name: 'Tanda tangan' }).click();
    await expect(d.getByTestId('ttd-2')).toContainText('menandatangani');
    const ttd = await rekap.registry.handlers['tanda-tangan.daftar']({ dokumen: 'BA-PLENO' });
    const gambar = ttd.ok ? ttd.value.find((t) => t.hadirinId === 2)?.gambar : null;
    expect(gambar && Array.from(gambar.slice(0, 4))).toEqual([0x89, 0x50, 0x4e, 0x47]);
    await d.getByTestId('alasan-menolak').fill('Keberatan nomor 2 tidak diterima');
    await d.getByTestId('ttd-3').getByRole('button', { name: 'Menolak' }).click();
    await expect(d.getByTestId('ttd-3')).toContainText('menolak: Keberatan nomor 2 tidak diterima');
    // The daftar hadir and the D.Kejadian Khusus are signed on the same screen: everyone present signs the daftar
    // hadir (the chair draws), the chair and the objecting saksi the D.Kejadian Khusus (one refuses).
    await d.getByTestId('dokumen-ttd').selectOption('DAFTAR-HADIR');
    await expect(d.getByTestId('daftar-ttd').locator('tr')).toHaveCount(3);
    await expect(d.getByTestId('ttd-1')).not.toContainText('menandatangani');
    await kanvas.scrollIntoViewIfNeeded();
    const kotak2 = (await kanvas.boundingBox())!;
    await konsol.mouse.move(kotak2.x + 30, kotak2.y + 40);
    await konsol.mouse.down();
    for (let i = 1; i <= 10; i++) await konsol.mouse.move(kotak2.x + 30 + i * 22, kotak2.y + 55 + (i % 2 === 0 ? -20 : 20));
    await konsol.mouse.up();
    await d.getByTestId('ttd-1').getByRole('button', { name: 'Tanda tangan' }).click();
    await expect(d.getByTestId('ttd-1')).toContainText('menandatangani');
    await d.getByTestId('ttd-3').getByRole('button', { name: 'Tidak hadir' }).click();
    await expect(d.getByTestId('ttd-3')).toContainText('tidak hadir');
    await d.getByTestId('dokumen-ttd').selectOption('D.KEJADIAN-KHUSUS');
    await expect(d.getByTestId('ttd-1')).not.toContainText('menandatangani');
    await d.getByTestId('alasan-menolak').fill('Keberatan saya ditolak');
    await d.getByTestId('ttd-3').getByRole('button', { name: 'Menolak' }).click();
    await expect(d.getByTestId('ttd-3')).toContainText('menolak: Keberatan saya ditolak');
    await konsol.screenshot({ path: path.join('tests', 'artifacts', 'screenshots', 'konsol-pleno.png'), fullPage: true });
    await proyektor.screenshot({ path: path.join('tests', 'artifacts', 'screenshots', 'proyektor-pleno.png') });

    // The minutes, printed and read back.
    const cetak = path.join(rekap.dir, 'cetak');
    await d.getByTestId('folder-cetak').fill(cetak);
    await d.getByRole('button', { name: 'Cetak berita acara' }).click();
    await expect(d.getByTestId('pesan-pleno')).toHaveText('4 dokumen dicetak.');
    const ba = fs.readdirSync(cetak).find((f) => f.startsWith('BA-PLENO-'))!;
    const teks = execFileSync('pdftotext', [path.join(cetak, ba), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(teks).toContain('bertempat di Aula Kantor Camat Wanajaya');
    expect(teks).toContain('alasan: Istirahat salat');
    expect(teks).toContain('menjadi 123');
    expect(teks).toContain('Tidak diterima');
    expect(teks).toContain('disahkan');
    expect(teks).toContain('MENOLAK MENANDATANGANI');
    expect(teks).toContain('Keberatan nomor 2 tidak diterima');
    // The saksi's drawn signature is in its cell of the Berita Acara.
    expect(execFileSync('pdfimages', ['-list', path.join(cetak, ba)], { encoding: 'utf8' })).toMatch(/\n\s+1\s+\d+\s+image\s+320\s+110\s/);
    // The daftar hadir carries the chair's drawing and the absence; the D.Kejadian Khusus the refusal.
    const berkas = (awal: string): string => path.join(cetak, fs.readdirSync(cetak).find((f) => f.startsWith(awal))!);
    expect(execFileSync('pdfimages', ['-list', berkas('DAFTAR-HADIR-')], { encoding: 'utf8' })).toMatch(/\n\s+1\s+\d+\s+image\s+320\s+110\s/);
    expect(execFileSync('pdftotext', [berkas('DAFTAR-HADIR-'), '-'], { encoding: 'utf8' })).toContain('TIDAK HADIR');
    const kk = execFileSync('pdftotext', [berkas('D.KEJADIAN-KHUSUS-'), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(kk).toContain('MENOLAK MENANDATANGANI');
    expect(kk).toContain('Alasan: Keberatan saya ditolak');
  });
});
