// Test support (not shipped code): one desa of PAKET_CONTOH walked through a plenary with the real services.
import type Database from 'better-sqlite3';
import type { Clock } from '../../shared/domain/result';
import { ajukanKeberatan, catatHitungUlang, langkahKeberatan } from '../services/keberatan-service';
import { catatKehadiran, daftarkanHadirin } from '../services/kehadiran-service';
import { saveTpsSheet } from '../services/results-service';
import { ubahPleno } from '../services/sidang-service';
import { catatTandaTangan } from '../services/tanda-tangan-service';
import { majukanTinjauan } from '../services/tinjauan-service';

function pasti<T>(r: { ok: true; value: T } | { ok: false; error: { pesan: string } }): T {
  if (!r.ok) throw new Error(r.error.pesan);
  return r.value;
}

/** Opens, records attendance, one accepted and one rejected objection, a recount, a skors, approval, signatures with one refusal. */
export function jalankanPleno(db: Database.Database, clock: Clock): void {
  const o = 'Sekretariat PPK';
  pasti(ubahPleno(db, { aksi: 'buka', tempat: 'Aula Kantor Camat Bakongan', ketua: 'Ahmad Fauzi' }, o, clock));
  const orang = [
    { nama: 'Ahmad Fauzi', unsur: 'ppk', jabatan: 'Ketua' },
    { nama: 'Nurul Hidayah', unsur: 'ppk', jabatan: 'Anggota' },
    { nama: 'Teuku Rizal', unsur: 'ppk', jabatan: 'Anggota' },
    { nama: 'Siti Aminah', unsur: 'panwaslu', jabatan: 'Ketua Panwaslu Kecamatan' },
    { nama: 'Rudi Hartono', unsur: 'pps', desaKode: '1101012001' },
    { nama: 'Budi Santoso', unsur: 'saksi', peserta: { jenis: 'PPWP', nomor: 1 }, nomorSurat: '012/SM/AMIN/II/2024' },
    { nama: 'Cut Meutia', unsur: 'saksi', peserta: { jenis: 'PPWP', nomor: 1 }, nomorSurat: '013/SM/AMIN/II/2024' },
    { nama: 'Dedi Kurniawan', unsur: 'saksi', peserta: { jenis: 'PPWP', nomor: 2 }, nomorSurat: '07/TKN/ACEH/2024' },
    { nama: 'Eka Putri', unsur: 'pewarta', nomorSurat: 'ST-21/Serambi/2024' },
  ] as const;
  for (const b of orang) pasti(daftarkanHadirin(db, b, o, clock));
  for (const id of [1, 2, 3, 4, 5, 6, 7, 8, 9]) pasti(catatKehadiran(db, id, 'datang', o, clock));
  pasti(catatKehadiran(db, 6, 'duduk', o, clock));
  pasti(catatKehadiran(db, 8, 'duduk', o, clock));
  pasti(saveTpsSheet(db, { kodeTps: '1101012001001', jenis: 'PPWP', nilai: { suara_1: 25, suara_2: 80, suara_3: 10, suara_sah: 115 }, sumber: 'c_hasil', oleh: o }, clock));
  pasti(saveTpsSheet(db, { kodeTps: '1101012001002', jenis: 'PPWP', nilai: { suara_1: 40, suara_2: 61, suara_3: 12, suara_sah: 113 }, sumber: 'c_hasil', oleh: o }, clock));
  pasti(majukanTinjauan(db, { desaKode: '1101012001', jenis: 'PPWP', status: 'dibaca' }, o, clock));
  pasti(ajukanKeberatan(db, { jenis: 'keberatan', pokok: 'angka', pengajuId: 6, tpsKode: '1101012001001', suratSuara: 'PPWP', baris: 'suara_1', uraian: 'Perolehan paslon 01 di TPS 001 tertulis 25, pada salinan saksi 28' }, o, clock));
  pasti(langkahKeberatan(db, { keberatanId: 1, langkah: 'dicocokkan', catatan: 'C.Hasil plano dari kotak: 28' }, o, clock));
  pasti(langkahKeberatan(db, { keberatanId: 1, langkah: 'diterima', koreksi: { nilaiBaru: 28, pemutus: 'Rapat pleno PPK', parafKetua: 'Ahmad Fauzi', parafSaksi: 'Budi Santoso' } }, o, clock));
  pasti(ajukanKeberatan(db, { jenis: 'keberatan', pokok: 'angka', pengajuId: 8, tpsKode: '1101012001002', suratSuara: 'PPWP', baris: 'suara_2', uraian: 'Suara paslon 02 di TPS 002 seharusnya 66' }, o, clock));
  pasti(langkahKeberatan(db, { keberatanId: 2, langkah: 'dicocokkan', catatan: 'C.Hasil plano: 61, sama dengan yang dibacakan' }, o, clock));
  pasti(langkahKeberatan(db, { keberatanId: 2, langkah: 'ditolak', catatan: 'Angka sesuai C.Hasil plano dari kotak suara tersegel' }, o, clock));
  pasti(langkahKeberatan(db, { keberatanId: 2, langkah: 'rekomendasi', catatan: 'Panwaslu menyarankan hitung ulang surat suara TPS 002' }, o, clock));
  pasti(ubahPleno(db, { aksi: 'skors', alasan: 'Mengambil kotak suara TPS 002 untuk hitung ulang' }, o, clock));
  pasti(ubahPleno(db, { aksi: 'lanjut' }, o, clock));
  pasti(catatHitungUlang(db, { keberatanId: 2, tpsKode: '1101012001002', jenis: 'PPWP', dasar: 'h', kotakDibukaPada: '2024-02-20T04:10:00Z', kotakDisegelPada: '2024-02-20T04:55:00Z', nilai: { suara_2: 62, suara_sah: 114 } }, o, clock));
  pasti(langkahKeberatan(db, { keberatanId: 2, langkah: 'tindak_lanjut', catatan: 'Hitung ulang dilaksanakan; hasil menggantikan angka TPS 002' }, o, clock));
  pasti(majukanTinjauan(db, { desaKode: '1101012001', jenis: 'PPWP', status: 'dicocokkan' }, o, clock));
  pasti(majukanTinjauan(db, { desaKode: '1101012001', jenis: 'PPWP', status: 'disahkan' }, o, clock));
  for (const id of [1, 2, 6]) pasti(catatTandaTangan(db, { dokumen: 'BA-PLENO', hadirinId: id, status: 'ditandatangani' }, o, clock));
  pasti(catatTandaTangan(db, { dokumen: 'BA-PLENO', hadirinId: 8, status: 'menolak', alasan: 'Keberatan atas TPS 002 hanya sebagian diterima' }, o, clock));
  pasti(catatTandaTangan(db, { dokumen: 'BA-PLENO', hadirinId: 3, status: 'tidak_hadir' }, o, clock));
  pasti(ubahPleno(db, { aksi: 'tutup' }, o, clock));
}
