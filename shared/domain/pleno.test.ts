import { describe, expect, it } from 'vitest';
import { DASAR_HITUNG_ULANG, daftarPihak, penandatanganDokumen, type Hadirin } from './pleno';

describe('DASAR_HITUNG_ULANG', () => {
  // The letters of UU 7/2017 Pasal 374 ayat (2) as the law reads (online.flipbuilder.com/cmvf/wgnv page 271),
  // checked word for word: an earlier list carried the wording of UU 8/2012 for letters c, f, g and h.
  it('has the eight letters a-h of Pasal 374 ayat (2) in the words of the law', () => {
    expect(Object.keys(DASAR_HITUNG_ULANG)).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']);
    expect(DASAR_HITUNG_ULANG.c).toBe('penghitungan suara dilakukan di tempat yang kurang terang atau yang kurang mendapat penerangan cahaya');
    expect(DASAR_HITUNG_ULANG.f).toBe('saksi Peserta Pemilu, Pengawas TPS, dan warga masyarakat tidak dapat menyaksikan proses penghitungan suara secara jelas');
    expect(DASAR_HITUNG_ULANG.g).toBe('penghitungan suara dilakukan di tempat lain di luar tempat dan waktu yang telah ditentukan');
    expect(DASAR_HITUNG_ULANG.h).toBe('ketidaksesuaian jumlah hasil penghitungan surat suara yang sah dan surat suara yang tidak sah dengan jumlah pemilih yang menggunakan hak pilih');
  });
});

const orang = (id: number, unsur: Hadirin['unsur'], lain: Partial<Hadirin> = {}): Hadirin => ({ id, nama: `Orang ${id}`, unsur, jabatan: null, desaKode: null, peserta: null, namaPeserta: null, nomorSurat: null, datang: null, pulang: null, hadir: false, duduk: false, riwayat: [], ...lain });

describe('penandatanganDokumen', () => {
  const hadirin = [
    orang(1, 'ppk', { jabatan: 'Anggota' }),
    orang(2, 'ppk', { jabatan: 'Ketua' }),
    orang(3, 'saksi', { peserta: { jenis: 'PARTAI', nomor: 1 } }),
    orang(4, 'saksi', { peserta: { jenis: 'PPWP', nomor: 2 } }),
    orang(5, 'panwaslu'),
    orang(6, 'pewarta'),
  ];
  const ids = (dokumen: string, keberatan: { pengajuId: number | null }[] = []): number[] => penandatanganDokumen(dokumen, hadirin, keberatan).map((h) => h.id);
  it('lists who signs each document', () => {
    expect(ids('DAFTAR-HADIR')).toEqual([1, 2, 3, 4, 5, 6]);
    expect(ids('BA-PLENO')).toEqual([1, 2, 3, 4]);
    expect(ids('D.HASIL-DPRD_KABKO')).toEqual([1, 2, 3]);
    expect(ids('D.HASIL-PPWP')).toEqual([1, 2, 4]);
    // A party not on this ballot (a local party on DPR) has no saksi line there.
    expect(penandatanganDokumen('D.HASIL-DPR', hadirin, [], new Set([2, 24])).map((h) => h.id)).toEqual([1, 2]);
    // The chair and whoever raised an item (saksi or Panwaslu).
    expect(ids('D.KEJADIAN-KHUSUS', [{ pengajuId: 5 }, { pengajuId: 4 }, { pengajuId: null }, { pengajuId: 6 }])).toEqual([2, 4, 5]);
  });
});

describe('daftarPihak', () => {
  it('lists each party once across the party ballots, then paslon and DPD candidates, by number', () => {
    const p = daftarPihak([
      { jenis: 'PPWP', peserta: [{ nomor: 1, nama: 'A - B' }] },
      { jenis: 'DPR', peserta: [{ nomor: 24, nama: 'UMMAT' }, { nomor: 1, nama: 'PKB' }] },
      { jenis: 'DPRD_KABKO', peserta: [{ nomor: 1, nama: 'PKB' }, { nomor: 18, nama: 'PNA' }] },
      { jenis: 'DPD', peserta: [{ nomor: 3, nama: 'CALON' }] },
    ]);
    expect(p.map((x) => `${x.pihak.jenis}:${x.pihak.nomor} ${x.nama}`)).toEqual(['PPWP:1 A - B', 'PARTAI:1 PKB', 'PARTAI:18 PNA', 'PARTAI:24 UMMAT', 'DPD:3 CALON']);
  });
});
