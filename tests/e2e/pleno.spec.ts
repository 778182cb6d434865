import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Result } from '../../shared/domain/result';
import { test, expect, bukaKonsol, bukaProyektor } from './support/fixtures';
import { kodeTps } from './support/keys';

test.describe('rapat pleno: satu desa dari pembukaan sampai berita acara', () => {
  test('buka, daftar hadir, keberatan diterima dengan pembetulan di proyektor, satu ditolak, skors, pengesahan, tanda tangan dengan penolakan, cetak', async ({ context, rekap }) => {
    test.setTimeout(180_000); // a whole plenary; generous on a busy 2-core machine
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
    await expect(proyektor.getByTestId('pembetulan')).toContainText(/#1 \d+ → 123 \(WANAJAYA TPS 001 baris 01\)/);
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
    const coret = async (): Promise<void> => {
      await kanvas.scrollIntoViewIfNeeded();
      const kotak = (await kanvas.boundingBox())!;
      await konsol.mouse.move(kotak.x + 20, kotak.y + 60);
      await konsol.mouse.down();
      for (let i = 1; i <= 12; i++) await konsol.mouse.move(kotak.x + 20 + i * 20, kotak.y + 60 + (i % 2 === 0 ? -25 : 25));
      await konsol.mouse.up();
    };
    await coret();
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
    await coret();
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

test.describe('pembetulan di proyektor', () => {
  const JAM = new Date('2024-02-20T07:05:00.000Z'); // 14.05 WIB, the registry's plenary opened at 10.00 WIB

  async function pasti<T>(r: Promise<Result<T>>): Promise<T> {
    const h = await r;
    if (!h.ok) throw new Error(h.error.pesan);
    return h.value;
  }

  test('kolom desa dan kolom JUMLAH menandai sel yang dibetulkan dengan nomor keberatan, rinciannya di kop; 1024x768', async ({ context, rekap }) => {
    const h = rekap.registry.handlers;
    await pasti(h['pleno.ubah']({ aksi: 'buka', tempat: 'Aula Kantor Camat Wanajaya', ketua: 'Ahmad Fauzi' }));
    const saksi = await pasti(h['hadirin.daftarkan']({ nama: 'Budi Santoso', unsur: 'saksi', peserta: { jenis: 'PPWP', nomor: 1 }, nomorSurat: '012/SM/2024' }));
    const betulkan = async (tps: string, baris: string, nilaiBaru: number): Promise<void> => {
      const k = await pasti(h['keberatan.ajukan']({ jenis: 'keberatan', pokok: 'angka', pengajuId: saksi.id, tpsKode: tps, suratSuara: 'PPWP', baris, uraian: 'Tidak sesuai salinan saksi' }));
      await pasti(h['keberatan.langkah']({ keberatanId: k.id, langkah: 'diterima', koreksi: { nilaiBaru, pemutus: 'Rapat pleno PPK', parafKetua: 'Ahmad Fauzi', parafSaksi: 'Budi Santoso' } }));
    };
    await betulkan(kodeTps('WANAJAYA', 1), 'suara_1', 123);
    await betulkan(kodeTps('WANAJAYA', 2), 'suara_1', 90);
    await betulkan(kodeTps('KARANGTENGAH', 1), 'suara_2', 77);

    const proyektor = await context.newPage();
    await proyektor.setViewportSize({ width: 1024, height: 768 });
    await proyektor.clock.setFixedTime(JAM);
    await proyektor.goto('projector.html');
    await expect(proyektor.locator('.tabel-proyektor')).toBeVisible();
    const potret = async (nama: string): Promise<void> => {
      await proyektor.evaluate(() => document.fonts.ready.then(() => undefined));
      await proyektor.screenshot({ path: path.join('tests', 'artifacts', 'screenshots', nama) });
      await expect(proyektor).toHaveScreenshot(nama);
    };

    // Kecamatan view: the desa column carries the objections of its TPS, the JUMLAH column those of the kecamatan.
    const desa = (kode: string, baris: string) => proyektor.locator(`td[data-kode="${kode}"][data-key="${baris}"]`).getByTestId('koreksi-sel');
    const jumlah = (baris: string) => proyektor.locator(`td[data-kolom="akhir"][data-key="${baris}"]`).getByTestId('koreksi-sel');
    await expect(desa('3369011001', 'suara_1')).toHaveText('→#1,2');
    await expect(desa('3369012002', 'suara_2')).toHaveText('→#3');
    await expect(desa('3369011001', 'suara_2')).toHaveCount(0);
    // The strip names the latest first, with the desa, TPS, row as the table shows it, old and new.
    await expect(proyektor.getByTestId('pembetulan')).toHaveText(/^Pembetulan: #3 [\d.]+ → 77 \(KARANGTENGAH TPS 001 baris 02\); #2 [\d.]+ → 90 \(WANAJAYA TPS 002 baris 01\); #1 [\d.]+ → 123 \(WANAJAYA TPS 001 baris 01\)$/);
    await potret('proyektor-pembetulan-kecamatan-1024x768.png');
    // The kecamatan's JUMLAH on the last page: the objections of every desa (the JUMLAH PINDAHAN is not marked).
    await expect(proyektor.locator('td[data-kolom="pindahan-keluar"] [data-testid="koreksi-sel"]')).toHaveCount(0);
    await h['proyektor.atur']({ halaman: 99 });
    await expect(proyektor.getByTestId('halaman')).toHaveText(/^Halaman (\d+)\/\1$/);
    await expect(jumlah('suara_1')).toHaveText('→#1,2');
    await expect(jumlah('suara_2')).toHaveText('→#3');

    // Desa view: the TPS cells show old -> new, the desa's JUMLAH only its own objections.
    await h['proyektor.atur']({ tampilan: 'desa', kodeDesa: '3369011001', halaman: 0 });
    await expect(proyektor.locator('.kop h1')).toContainText('WANAJAYA');
    await expect(proyektor.locator(`td[data-kode="${kodeTps('WANAJAYA', 2)}"][data-key="suara_1"]`).getByTestId('koreksi-sel')).toHaveText(/^\d+→#2$/);
    await expect(proyektor.getByTestId('pembetulan')).toHaveText(/^Pembetulan: #2 48 → 90 \(TPS 002 baris 01\); #1 59 → 123 \(TPS 001 baris 01\)$/);
    await potret('proyektor-pembetulan-desa-1024x768.png');
    await h['proyektor.atur']({ halaman: 99 });
    await expect(proyektor.getByTestId('halaman')).toHaveText(/^Halaman (\d+)\/\1$/);
    await expect(jumlah('suara_1')).toHaveText('→#1,2');
    await expect(jumlah('suara_2')).toHaveCount(0);
  });
});
