import type { MasukanTataLetak } from './layout';

/**
 * Whether two layout inputs lay out the same: the same screen, rows (the same `bagian` object), measuring
 * function, widest numbers, and units with the same codes, titles and widest cells. A saved value usually
 * changes none of these (a column is as wide as its widest cell, not as its values): the projector then keeps
 * its previous layout object, and the table redraws only the cells whose value changed.
 */
export function masukanSama(a: MasukanTataLetak, b: MasukanTataLetak): boolean {
  if (a.lebar !== b.lebar || a.tinggi !== b.tinggi || a.bagian !== b.bagian || a.ukur !== b.ukur) return false;
  if (a.angkaTerlebarUnit !== b.angkaTerlebarUnit || a.angkaTerlebarJumlah !== b.angkaTerlebarJumlah) return false;
  if (a.unit.length !== b.unit.length) return false;
  return a.unit.every((u, i) => {
    const v = b.unit[i]!;
    return u.kode === v.kode && u.judul === v.judul && u.lebarIsi === v.lebarIsi;
  });
}
