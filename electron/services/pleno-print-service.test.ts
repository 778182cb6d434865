import { execFileSync } from 'node:child_process';
import type Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { deflateSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { databaseUji, folderUji, jamUji } from '../testing/election-fixture';
import { jalankanPleno } from '../testing/pleno-scenario';
import { verifyAuditChain } from './audit-service';
import { catatTandaTangan } from './tanda-tangan-service';
import { ajukanKeberatan } from './keberatan-service';
import { daftarkanHadirin } from './kehadiran-service';
import { penandatanganDHasil, printDHasilPleno, printPlenoDocuments } from './pleno-print-service';

let db: Database.Database;
let dir: string;
let out: string;

beforeEach(() => {
  ({ db, dir } = databaseUji());
  out = folderUji('pleno-cetak-');
});
afterEach(() => {
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
  fs.rmSync(out, { recursive: true, force: true });
});

/** A real PNG: a white 120x40 image with a dark wavy stroke, as the signature canvas would give. */
function pngTandaTangan(): Uint8Array {
  const w = 120;
  const h = 40;
  const crc = (buf: Buffer): number => {
    let c = ~0;
    for (const b of buf) {
      c ^= b;
      for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
    }
    return ~c >>> 0;
  };
  const chunk = (type: string, data: Buffer): Buffer => {
    const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const c = Buffer.alloc(4);
    c.writeUInt32BE(crc(td));
    return Buffer.concat([len, td, c]);
  };
  const raw = Buffer.alloc((w + 1) * h, 255);
  for (let y = 0; y < h; y++) raw[y * (w + 1)] = 0;
  for (let x = 4; x < w - 4; x++) {
    const y = Math.round(20 + 12 * Math.sin(x / 9));
    for (const dy of [-1, 0, 1]) raw[(y + dy) * (w + 1) + 1 + x] = 20;
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr[8] = 8;
  ihdr[9] = 0;
  return new Uint8Array(Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]));
}

const teks = (f: string): string => execFileSync('pdftotext', ['-layout', f, '-'], { encoding: 'utf8' });

describe('printPlenoDocuments', () => {
  it('prints the Berita Acara, daftar hadir, D.Kejadian Khusus and correction annex of a whole plenary, read back with pdftotext', async () => {
    const jam = jamUji('2024-02-20T02:00:00.000Z');
    jalankanPleno(db, jam);
    // The chair's signature drawn on the signature screen goes into the Berita Acara.
    expect(catatTandaTangan(db, { dokumen: 'BA-PLENO', hadirinId: 1, status: 'ditandatangani', gambar: pngTandaTangan() }, 'o', jam).ok).toBe(true);
    expect(verifyAuditChain(db)).toBeNull();
    const files = await printPlenoDocuments(db, out, () => new Date('2024-02-20T12:00:00.000Z'));
    expect(files.map((f) => path.basename(f))).toEqual(['BA-PLENO-110101.pdf', 'DAFTAR-HADIR-110101.pdf', 'D.KEJADIAN-KHUSUS-110101.pdf', 'LAMPIRAN-PEMBETULAN-110101.pdf']);
    if (process.env.PLENO_PNG) {
      for (const f of files) execFileSync('pdftoppm', ['-png', '-r', '70', f, path.join(process.env.PLENO_PNG, path.basename(f, '.pdf'))]);
    }
    expect(execFileSync('pdfimages', ['-list', files[0]!], { encoding: 'utf8' })).toMatch(/\s120\s+40\s+gray/);
    const ba = teks(files[0]!).replace(/\s+/g, ' ');
    expect(ba).toContain('Pada hari ini Selasa, tanggal dua puluh, bulan Februari, tahun dua ribu dua puluh empat, pukul 09.00, bertempat di Aula Kantor Camat Bakongan');
    expect(ba).toContain('Skors 20 Februari 2024');
    expect(ba).toContain('alasan: Mengambil kotak suara TPS 002 untuk hitung ulang');
    expect(ba).toContain('KEUDE BAKONGAN — Pemilihan Umum Presiden dan Wakil Presiden: disahkan');
    expect(ba).toContain('Pembetulan PPWP TPS 001 suara_1: 25 menjadi 28');
    expect(ba).toContain('Tidak diterima');
    expect(ba).toContain('MENOLAK MENANDATANGANI');
    expect(ba).toMatch(/Alasan: Keberatan atas TPS 002 hanya/);
    expect(ba).toContain('TIDAK HADIR');
    expect(ba).toContain('huruf h');
    // The ground is printed in the words of UU 7/2017 Pasal 374 ayat (2) huruf h.
    expect(ba).toContain('ketidaksesuaian jumlah hasil penghitungan surat suara yang sah dan surat suara yang tidak sah dengan jumlah pemilih yang menggunakan hak pilih');
    const hadir = teks(files[1]!).replace(/\s+/g, ' ');
    expect(hadir).toContain('012/SM/AMIN/II/2024');
    expect(hadir).toContain('Eka Putri');
    const kk = teks(files[2]!).replace(/\s+/g, ' ');
    expect(kk).toContain('MODEL D.KEJADIAN KHUSUS DAN/ATAU KEBERATAN');
    expect(kk).toMatch(/Kejadian khusus \(prosedur\): Dedi/);
    expect(kk).toContain('menolak menandatangani');
    const lamp = teks(files[3]!).replace(/\s+/g, ' ');
    expect(lamp).toMatch(/\(1101012001001\) PPWP 25 28 pembetulan/);
    expect(lamp).toMatch(/\(1101012001002\) PPWP 61 62 Nomor 2/);
    expect(lamp).toContain('Rapat pleno PPK; paraf ketua');
  });

  it('feeds the real signatories into the D.Hasil: PPK members and the saksi of each participant, with refused and absent', async () => {
    const clock = jamUji('2024-02-20T02:00:00.000Z');
    jalankanPleno(db, clock);
    expect(catatTandaTangan(db, { dokumen: 'D.HASIL-PPWP', hadirinId: 8, status: 'menolak', alasan: 'Selisih TPS 002 belum tuntas' }, 'o', clock).ok).toBe(true);
    expect(catatTandaTangan(db, { dokumen: 'D.HASIL-PPWP', hadirinId: 3, status: 'tidak_hadir' }, 'o', clock).ok).toBe(true);
    expect(penandatanganDHasil(db, 'PPWP')).toEqual({
      ppk: { ketua: { nama: 'Ahmad Fauzi', status: 'hadir' }, anggota: [{ nama: 'Nurul Hidayah', status: 'hadir' }, { nama: 'Teuku Rizal', status: 'tidak-hadir' }] },
      saksi: [
        { nomor: 1, nama: 'Budi Santoso', status: 'hadir' },
        { nomor: 2, nama: 'Dedi Kurniawan', status: 'menolak', alasan: 'Selisih TPS 002 belum tuntas' },
        { nomor: 3, nama: '' },
      ],
      tanggalPleno: '2024-02-20',
    });
    const files = await printDHasilPleno(db, out, () => new Date('2024-02-20T12:00:00.000Z'), { jenis: 'PPWP' });
    const t = teks(files[0]!).replace(/\s+/g, ' ');
    expect(t).toContain('Ahmad Fauzi');
    expect(t).toContain('Dedi Kurniawan');
    expect(t).toMatch(/Selisih TPS 002 belum/);
    if (process.env.PLENO_PNG) execFileSync('pdftoppm', ['-png', '-r', '70', files[0]!, path.join(process.env.PLENO_PNG, 'DHASIL')]);
  });

  it('prints a signature drawn on the signature screen in its D.Hasil slot, refused and absent as such', async () => {
    const clock = jamUji('2024-02-20T02:00:00.000Z');
    jalankanPleno(db, clock);
    const png = pngTandaTangan();
    for (const id of [1, 6]) expect(catatTandaTangan(db, { dokumen: 'D.HASIL-PPWP', hadirinId: id, status: 'ditandatangani', gambar: png }, 'o', clock).ok).toBe(true);
    expect(catatTandaTangan(db, { dokumen: 'D.HASIL-PPWP', hadirinId: 8, status: 'menolak', alasan: 'Selisih TPS 002 belum tuntas' }, 'o', clock).ok).toBe(true);
    expect(catatTandaTangan(db, { dokumen: 'D.HASIL-PPWP', hadirinId: 3, status: 'tidak_hadir' }, 'o', clock).ok).toBe(true);
    // A drawing on another document does not go into this one.
    expect(catatTandaTangan(db, { dokumen: 'BA-PLENO', hadirinId: 2, status: 'ditandatangani', gambar: png }, 'o', clock).ok).toBe(true);
    const p = penandatanganDHasil(db, 'PPWP')!;
    expect(p.ppk.ketua.gambar).toEqual(png);
    expect(p.ppk.anggota.map((a) => a.gambar)).toEqual([undefined, undefined]);
    expect(p.saksi[0]).toMatchObject({ nama: 'Budi Santoso', gambar: png });
    const files = await printDHasilPleno(db, out, () => new Date('2024-02-20T12:00:00.000Z'), { jenis: 'PPWP' });
    if (process.env.PLENO_PNG) execFileSync('pdftoppm', ['-png', '-r', '60', files[0]!, path.join(process.env.PLENO_PNG, 'DHASIL-TTD')]);
    // Two drawn signatures (the chair, the saksi of 01), each placed once in the berita acara's signature block.
    const gambar = execFileSync('pdfimages', ['-list', files[0]!], { encoding: 'utf8' }).split('\n').filter((l) => /\s120\s+40\s+gray/.test(l));
    expect(gambar).toHaveLength(2);
    const t = teks(files[0]!).replace(/\s+/g, ' ');
    expect(t).toContain('Menolak menandatangani');
    expect(t).toContain('Alasan: Selisih TPS 002 belum tuntas');
    expect(t).toContain('Teuku Rizal Anggota Tidak hadir');
  });

  it('prints the signatures recorded for the daftar hadir and the D.Kejadian Khusus: drawn, refused with the reason, absent', async () => {
    const clock = jamUji('2024-02-20T02:00:00.000Z');
    jalankanPleno(db, clock);
    const png = pngTandaTangan();
    for (const id of [1, 4, 6]) expect(catatTandaTangan(db, { dokumen: 'DAFTAR-HADIR', hadirinId: id, status: 'ditandatangani', gambar: png }, 'o', clock).ok).toBe(true);
    expect(catatTandaTangan(db, { dokumen: 'DAFTAR-HADIR', hadirinId: 9, status: 'menolak', alasan: 'Pewarta hanya meliput' }, 'o', clock).ok).toBe(true);
    expect(catatTandaTangan(db, { dokumen: 'DAFTAR-HADIR', hadirinId: 3, status: 'tidak_hadir' }, 'o', clock).ok).toBe(true);
    expect(catatTandaTangan(db, { dokumen: 'D.KEJADIAN-KHUSUS', hadirinId: 1, status: 'ditandatangani', gambar: png }, 'o', clock).ok).toBe(true);
    expect(catatTandaTangan(db, { dokumen: 'D.KEJADIAN-KHUSUS', hadirinId: 8, status: 'menolak', alasan: 'Hitung ulang hanya satu baris' }, 'o', clock).ok).toBe(true);
    const files = await printPlenoDocuments(db, out, () => new Date('2024-02-20T12:00:00.000Z'));
    if (process.env.PLENO_PNG) for (const f of files.slice(1, 3)) execFileSync('pdftoppm', ['-png', '-r', '60', f, path.join(process.env.PLENO_PNG, `ttd-${path.basename(f, '.pdf')}`)]);
    const gambar = (f: string): number => execFileSync('pdfimages', ['-list', f], { encoding: 'utf8' }).split('\n').filter((l) => /\s120\s+40\s+gray/.test(l)).length;
    // BA-PLENO keeps only its own signatures: none drawn there in this plenary.
    expect(gambar(files[0]!)).toBe(0);
    expect(gambar(files[1]!)).toBe(3);
    expect(gambar(files[2]!)).toBe(1);
    const hadir = teks(files[1]!).replace(/\s+/g, ' ');
    // Everyone came in this plenary: the refusal and the absence are the ones recorded on the signature screen.
    expect(hadir).toContain('MENANDATANGANI');
    expect(hadir).toContain('Alasan: Pewarta hanya meliput');
    expect(hadir).toMatch(/3 Teuku Rizal PPK — Anggota - - TIDAK HADIR/);
    const kk = teks(files[2]!).replace(/\s+/g, ' ');
    expect(kk).toMatch(/Yang menandatangani NO NAMA JABATAN \/ UNSUR TANDA TANGAN 1 Ahmad Fauzi Ketua PPK/);
    expect(kk).toContain('Alasan: Hitung ulang hanya satu baris');
    expect(kk).toMatch(/Budi Santoso Saksi PPWP nomor urut 1/);
  });

  it('splits long tables across pages with their heading repeated, every page with its footer', async () => {
    const clock = jamUji('2024-02-20T02:00:00.000Z');
    jalankanPleno(db, clock);
    for (let i = 0; i < 40; i++) daftarkanHadirin(db, { nama: `Pemantau Nomor ${i + 1}`, unsur: 'pemantau', nomorSurat: `ST-${i + 1}/2024` }, 'o', clock);
    for (let i = 0; i < 25; i++) ajukanKeberatan(db, { jenis: 'kejadian_khusus', pokok: 'prosedur', pengajuUnsur: 'panwaslu', uraian: `Kejadian khusus ke-${i + 1}: antrean saksi di pintu masuk aula memanjang dan pemeriksaan surat mandat berlangsung lama` }, 'o', clock);
    const files = await printPlenoDocuments(db, out, () => new Date('2024-02-20T12:00:00.000Z'));
    if (process.env.PLENO_PNG) for (const f of files.slice(0, 3)) execFileSync('pdftoppm', ['-png', '-r', '70', f, path.join(process.env.PLENO_PNG, `panjang-${path.basename(f, '.pdf')}`)]);
    const halaman = (f: string): number => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [f], { encoding: 'utf8' }))![1]);
    expect(halaman(files[1]!)).toBeGreaterThan(1);
    expect(halaman(files[2]!)).toBeGreaterThan(1);
    const hadir = teks(files[1]!);
    expect(hadir).toContain('Peserta rapat (lanjutan)');
    expect(hadir).toContain('Pemantau Nomor 40');
    expect(hadir).toContain(`Halaman ${halaman(files[1]!)}`);
    const kk = teks(files[2]!);
    expect(kk).toContain('Kejadian khusus dan/atau keberatan (lanjutan)');
    expect(kk).toContain('ke-25:');
  });
});
