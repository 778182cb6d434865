import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PAKET_KABUPATEN_CONTOH } from '../../shared/testing/paket-contoh';
import { openDatabase } from '../db/open-database';
import { folderUji, jamUji } from '../testing/election-fixture';
import { verifyAuditChain } from './audit-service';
import { createKabupatenDatabase } from './kabupaten-service';
import { ajukanKeberatan, daftarKeberatan, langkahKeberatan } from './keberatan-service';
import { catatKehadiran, daftarHadirin, daftarkanHadirin } from './kehadiran-service';
import { keadaanPleno, ubahPleno } from './sidang-service';
import { catatTandaTangan } from './tanda-tangan-service';
import { majukanTinjauan, tinjauanUnit } from './tinjauan-service';
import { printPlenoDocuments } from './pleno-print-service';
import { printKabupatenDocuments } from './kabupaten-print-service';
import { paketKabupatenDari } from './kabupaten-service';

/**
 * The plenary services on a KPU kabupaten/kota database: the unit is the kecamatan where they assumed a desa
 * (review, the PPK of a kecamatan on the daftar hadir, objections tied to kecamatan + ballot + row).
 */
const dir = folderUji('pleno-kab-');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('rapat pleno tingkat kabupaten/kota', () => {
  it('opens, registers KPU, Bawaslu, the PPK of a kecamatan and a saksi, reviews a kecamatan, records an objection on its row, signs, prints the minutes in KPU wording', async () => {
    const file = path.join(dir, 'kab.rekap');
    const clock = jamUji();
    expect(createKabupatenDatabase(file, JSON.stringify(PAKET_KABUPATEN_CONTOH), clock).ok).toBe(true);
    const db = openDatabase(file, { create: false });
    try {
      const [kec1, kec2] = PAKET_KABUPATEN_CONTOH.kecamatan;
      expect(ubahPleno(db, { aksi: 'buka', tempat: 'Aula KPU Kabupaten', ketua: 'Siti Aminah' }, 'op', clock).ok).toBe(true);
      expect(keadaanPleno(db).status).toBe('berlangsung');
      const ketua = daftarkanHadirin(db, { nama: 'Siti Aminah', unsur: 'ppk', jabatan: 'Ketua KPU Kabupaten' }, 'op', clock);
      const bawaslu = daftarkanHadirin(db, { nama: 'Rudi Hartono', unsur: 'panwaslu', jabatan: 'Anggota Bawaslu Kabupaten' }, 'op', clock);
      // The PPK reading its D.Hasil Kecamatan stands for its kecamatan (a kecamatan code, not a desa's).
      const ppk = daftarkanHadirin(db, { nama: 'Joko Susilo', unsur: 'pps', jabatan: 'Ketua PPK', desaKode: kec1.kode }, 'op', clock);
      const saksi = daftarkanHadirin(db, { nama: 'Budi Santoso', unsur: 'saksi', peserta: { jenis: 'PPWP', nomor: 1 }, nomorSurat: '01/SM/2024' }, 'op', clock);
      for (const h of [ketua, bawaslu, ppk, saksi]) expect(h.ok, h.ok ? '' : h.error.pesan).toBe(true);
      if (!ppk.ok || !saksi.ok || !ketua.ok) return;
      expect(ppk.value.desaKode).toBe(kec1.kode);
      expect(daftarkanHadirin(db, { nama: 'Salah', unsur: 'pps', desaKode: '1101012001' }, 'op', clock)).toMatchObject({ ok: false, error: { pesan: 'Kecamatan 1101012001 tidak ada dalam paket pemilihan.' } });
      expect(catatKehadiran(db, saksi.value.id, 'datang', 'op', clock).ok).toBe(true);

      // Review per kecamatan: read -> matched -> approved; reopening needs the decision.
      for (const status of ['dibaca', 'dicocokkan', 'disahkan'] as const) expect(majukanTinjauan(db, { desaKode: kec1.kode, jenis: 'PPWP', status }, 'op', clock).ok).toBe(true);
      expect(tinjauanUnit(db, kec1.kode, 'PPWP').status).toBe('disahkan');
      expect(majukanTinjauan(db, { desaKode: kec1.kode, jenis: 'PPWP', status: 'dibuka_kembali' }, 'op', clock).ok).toBe(false);
      expect(majukanTinjauan(db, { desaKode: kec1.kode, jenis: 'PPWP', status: 'dibuka_kembali', keputusan: 'PPK diminta membetulkan suara_1 TPS 002' }, 'op', clock).ok).toBe(true);
      expect(tinjauanUnit(db, kec1.kode, 'PPWP').status).toBe('dibaca');
      expect(majukanTinjauan(db, { desaKode: '1101012001', jenis: 'PPWP', status: 'dibaca' }, 'op', clock)).toMatchObject({ ok: false, error: { kode: 'desa-tidak-dikenal' } });

      // An objection on a kecamatan's row: the KPU does not change PPK numbers, it records and asks the PPK.
      const kb = ajukanKeberatan(db, { jenis: 'keberatan', pokok: 'angka', pengajuId: saksi.value.id, desaKode: kec2.kode, suratSuara: 'PPWP', baris: 'suara_1', uraian: 'Suara paslon 01 di D.Hasil Kecamatan TRUMON tidak sama dengan C.Salinan saksi' }, 'op', clock);
      expect(kb.ok, kb.ok ? '' : kb.error.pesan).toBe(true);
      if (!kb.ok) return;
      expect(kb.value).toMatchObject({ pokok: 'angka', desaKode: kec2.kode, suratSuara: 'PPWP', baris: 'suara_1', tpsKode: null });
      expect(langkahKeberatan(db, { keberatanId: kb.value.id, langkah: 'dicocokkan', catatan: 'D.Hasil Kecamatan dicocokkan dengan C.Salinan saksi' }, 'op', clock).ok).toBe(true);
      // Accepting it corrects nothing here: a value offered is refused, nothing written.
      const nilaiSebelum = db.prepare('SELECT count(*) AS n FROM nilai').get();
      expect(langkahKeberatan(db, { keberatanId: kb.value.id, langkah: 'diterima', koreksi: { nilaiBaru: 5, pemutus: 'Rapat', parafKetua: 'SA', parafSaksi: 'BS' } }, 'op', clock)).toMatchObject({ ok: false, error: { kode: 'koreksi-tidak-di-sini' } });
      for (const [langkah, catatan] of [
        ['diterima', 'Diterima: PPK TRUMON diminta membetulkan'],
        ['tindak_lanjut', 'PPK TRUMON mengirim ekspor baru'],
      ] as const) {
        const r = langkahKeberatan(db, { keberatanId: kb.value.id, langkah, catatan }, 'op', clock);
        expect(r.ok, r.ok ? '' : r.error.pesan).toBe(true);
      }
      expect(db.prepare('SELECT count(*) AS n FROM nilai').get()).toEqual(nilaiSebelum);
      expect(daftarKeberatan(db)[0]).toMatchObject({ pokok: 'angka', status: 'tindak_lanjut', koreksi: [] });
      const audit = db.prepare("SELECT rincian FROM audit WHERE aksi = 'keberatan-diterima'").get() as { rincian: string };
      expect(JSON.parse(audit.rincian)).toMatchObject({ koreksi: null, ppk_diminta_membetulkan: { kecamatan: kec2.kode, jenis: 'PPWP', baris: 'suara_1' } });
      // A number names the kecamatan and its row; a procedure objection on a kecamatan stays one.
      expect(ajukanKeberatan(db, { jenis: 'keberatan', pokok: 'angka', pengajuId: saksi.value.id, suratSuara: 'PPWP', baris: 'suara_1', uraian: 'x' }, 'op', clock)).toMatchObject({ ok: false, error: { kode: 'sel-kurang' } });
      expect(ajukanKeberatan(db, { jenis: 'keberatan', pokok: 'angka', pengajuId: saksi.value.id, desaKode: kec2.kode, suratSuara: 'PPWP', uraian: 'x' }, 'op', clock)).toMatchObject({ ok: false, error: { kode: 'sel-kurang' } });
      expect(ajukanKeberatan(db, { jenis: 'keberatan', pokok: 'angka', pengajuId: saksi.value.id, desaKode: kec2.kode, suratSuara: 'PPWP', baris: 'tidak_ada', uraian: 'x' }, 'op', clock).ok).toBe(false);
      expect(ajukanKeberatan(db, { jenis: 'keberatan', pokok: 'prosedur', pengajuId: saksi.value.id, desaKode: kec1.kode, uraian: 'PPK membacakan tanpa membagikan salinan' }, 'op', clock).ok).toBe(true);
      expect(daftarKeberatan(db)).toHaveLength(2);

      // Signatures: signed, refused with a reason (also a kejadian khusus).
      expect(catatTandaTangan(db, { dokumen: 'BA-PLENO', hadirinId: ketua.value.id, status: 'ditandatangani' }, 'op', clock).ok).toBe(true);
      expect(catatTandaTangan(db, { dokumen: 'BA-PLENO', hadirinId: saksi.value.id, status: 'menolak', alasan: 'Keberatan TRUMON belum selesai' }, 'op', clock).ok).toBe(true);
      expect(daftarKeberatan(db).some((k) => k.jenis === 'kejadian_khusus')).toBe(true);
      expect(daftarHadirin(db)).toHaveLength(4);
      expect(ubahPleno(db, { aksi: 'tutup' }, 'op', clock).ok).toBe(true);
      expect(verifyAuditChain(db)).toBeNull();

      // The minutes in the words of the KPU kabupaten/kota, the units being kecamatan.
      const files = await printPlenoDocuments(db, path.join(dir, 'cetak'), clock);
      expect(files.map((f) => path.basename(f))).toEqual(['BA-PLENO-1101.pdf', 'DAFTAR-HADIR-1101.pdf', 'D.KEJADIAN-KHUSUS-1101.pdf', 'LAMPIRAN-PEMBETULAN-1101.pdf']);
      const ba = execFileSync('pdftotext', ['-layout', files[0]!, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
      expect(ba).toContain('TINGKAT KABUPATEN/KOTA');
      expect(ba).toContain('Komisi Pemilihan Umum Kabupaten/Kota ACEH SELATAN membuka rapat pleno terbuka');
      expect(ba).toContain('III. Kecamatan yang direkapitulasi');
      expect(ba).toContain(`${kec1.nama} — Pemilihan Umum Presiden dan Wakil Presiden: dibaca`);
      expect(ba).toContain(`Kecamatan ${kec2.nama}, PPWP, baris suara_1`);
      // An objection on a kecamatan's number reads as such; accepting it asks the PPK, it corrects nothing here.
      expect(ba).toContain('Nomor 1 (keberatan, angka kecamatan)');
      expect(ba).toContain('Nomor 2 (keberatan, prosedur)');
      expect(ba).toContain('Dicocokkan dengan D.Hasil Kecamatan');
      expect(ba).toContain('Diterima (PPK diminta membetulkan)');
      expect(ba).toContain('KPU Kabupaten/Kota — Ketua KPU Kabupaten');
      const dh = execFileSync('pdftotext', ['-layout', files[1]!, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
      expect(dh).toContain('Bawaslu Kabupaten/Kota');
      expect(dh).toContain('PPK — Ketua PPK');
      expect(ba).not.toContain('Panitia Pemilihan Kecamatan');
      const kk = execFileSync('pdftotext', ['-layout', files[2]!, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
      expect(kk).toContain('DI TINGKAT KABUPATEN/KOTA');
      expect(kk).toContain('Ketua KPU Kabupaten/Kota');
      expect(kk).toContain('Keberatan (angka kecamatan): Suara');
      expect(kk).toContain('Keberatan (prosedur): PPK');

      // The D.Hasil Kabupaten/Kota: its sertifikat, then its berita acara with the KPU's and the saksi's signatures.
      const paket = paketKabupatenDari(db)!;
      const [dHasil] = await printKabupatenDocuments(db, paket, path.join(dir, 'cetak'), clock);
      const halaman = execFileSync('pdftotext', ['-layout', dHasil!, '-'], { encoding: 'utf8' }).split('\f').filter((x) => x.trim() !== '');
      expect(halaman).toHaveLength(2);
      expect(halaman[0]).toContain('Halaman 1 dari 2');
      const baDHasil = halaman[1]!.replace(/\s+/g, ' ');
      expect(baDHasil).toContain('Halaman 2 dari 2');
      expect(baDHasil).toContain('REKAPITULASI HASIL PENGHITUNGAN PEROLEHAN SUARA DARI SETIAP KECAMATAN DI TINGKAT KABUPATEN/KOTA');
      expect(baDHasil).toContain(`${kec1.nama} (${kec1.kode}): ekspor PPK belum diterima`);
      expect(baDHasil).toContain('Keberatan dan kejadian khusus: 3, di antaranya 1 atas angka kecamatan, tercantum');
      expect(baDHasil).toContain('Ketua KPU Kabupaten/Kota');
      expect(baDHasil).toContain('Saksi PPWP nomor urut 1');
    } finally {
      db.close();
    }
  });
});
