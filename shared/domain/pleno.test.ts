import { describe, expect, it } from 'vitest';
import { DASAR_HITUNG_ULANG } from './pleno';

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
