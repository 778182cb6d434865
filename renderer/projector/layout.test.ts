import { describe, expect, it } from 'vitest';
import type { SuratSuara } from '../../shared/domain/ballot';
import { susunForm } from '../lib/sheet-lines';
import { ANGKA_MIN_PX, hitungMetrik, jumlahHalamanPerBagian, tataLetak, type KolomUnit, type UkurTeks } from './layout';

// A crude but monotone measure: 0.62 em per character at the font's pixel size.
const ukur: UkurTeks = (text, font) => text.length * 0.62 * Number(/(\d+)px/.exec(font)?.[1] ?? 16);

const ppwp: SuratSuara = {
  jenis: 'PPWP',
  peserta: [
    { nomor: 1, nama: 'H. ANIES RASYID BASWEDAN, Ph.D. - Dr. (H.C.) H. A. MUHAIMIN ISKANDAR' },
    { nomor: 2, nama: 'H. PRABOWO SUBIANTO - GIBRAN RAKABUMING RAKA' },
    { nomor: 3, nama: 'H. GANJAR PRANOWO, S.H., M.IP. - Prof. Dr. H. M. MAHFUD MD' },
  ],
};

const units = (n: number): KolomUnit[] => Array.from({ length: n }, (_, i) => ({ kode: String(i), judul: `TPS ${String(i + 1).padStart(3, '0')}` }));

function layout(lebar: number, tinggi: number, n: number) {
  return tataLetak({ lebar, tinggi, bagian: susunForm(ppwp), unit: units(n), angkaTerlebarUnit: '999', angkaTerlebarJumlah: '99.999', ukur });
}

describe('projector layout', () => {
  it('gives a long heading word its own room without widening the other columns', () => {
    const t = tataLetak({
      lebar: 1024,
      tinggi: 768,
      bagian: susunForm(ppwp),
      unit: [{ kode: 'a', judul: 'KAUMAN' }, { kode: 'b', judul: 'KARANGTENGAH' }],
      angkaTerlebarUnit: '1.716',
      angkaTerlebarJumlah: '21.345',
      ukur,
    });
    expect(t.lebarKolom[1]!).toBeGreaterThan(t.lebarKolom[0]!);
  });

  it('never goes below the legible number size, and grows on a bigger screen', () => {
    expect(hitungMetrik(1024, 768).angkaPx).toBeGreaterThanOrEqual(28);
    expect(hitungMetrik(800, 600).angkaPx).toBe(ANGKA_MIN_PX);
    expect(hitungMetrik(1920, 1080).angkaPx).toBeGreaterThan(hitungMetrik(1024, 768).angkaPx);
  });

  it('shows few units on one page with the final total', () => {
    const t = layout(1920, 1080, 3);
    const suara = t.halaman.filter((h) => h.bagian === 'suara');
    expect(suara).toHaveLength(1);
    expect(suara[0]!.kolom.map((k) => k.jenis)).toEqual(['unit', 'unit', 'unit', 'akhir']);
  });

  it('pages wide tables by columns with the carried total in and out, covering every unit once', () => {
    const t = layout(1024, 768, 23);
    const suara = t.halaman.filter((h) => h.bagian === 'suara');
    expect(suara.length).toBeGreaterThan(1);
    expect(suara[0]!.kolom[0]!.jenis).toBe('unit');
    expect(suara[0]!.kolom.at(-1)!.jenis).toBe('pindahan-keluar');
    expect(suara[1]!.kolom[0]!.jenis).toBe('pindahan-masuk');
    expect(suara.at(-1)!.kolom.at(-1)!.jenis).toBe('akhir');
    const shown = suara.flatMap((h) => h.kolom.flatMap((k) => (k.jenis === 'unit' ? [k.indeks] : [])));
    expect(shown).toEqual(Array.from({ length: 23 }, (_, i) => i));
    // Everything fits the width.
    for (const h of suara) {
      const width = t.metrik.labelLebar + h.kolom.reduce((w, k) => w + (k.jenis === 'unit' ? t.lebarKolom[k.indeks]! : t.lebarJumlah), 0);
      expect(width).toBeLessThanOrEqual(1024);
    }
  });

  it('pages rows that do not fit the height, keeping L/P/JML lines whole', () => {
    const t = layout(1024, 768, 4);
    const pemilih = t.halaman.filter((h) => h.bagian === 'pemilih');
    const lines = pemilih.flatMap((h) => h.garis.map((g) => g.garis.ref));
    expect(lines).toEqual(['I.A', 'I.B.1', 'I.B.2', 'I.B.3', 'I.B.4']);
    const m = t.metrik;
    for (const h of pemilih) {
      expect(h.garis.reduce((s, g) => s + g.tinggi, 0)).toBeLessThanOrEqual(768 - m.kopPx - m.kepalaKolomPx - m.legendaPx);
    }
    expect(jumlahHalamanPerBagian(t).pemilih).toBe(pemilih.length);
  });
});
