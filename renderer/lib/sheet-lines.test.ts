import { describe, expect, it } from 'vitest';
import { barisCHasil } from '../../shared/forms/c-hasil';
import type { SuratSuara } from '../../shared/domain/ballot';
import { susunForm, urutanKunci } from './sheet-lines';

const ppwp: SuratSuara = {
  jenis: 'PPWP',
  peserta: [
    { nomor: 1, nama: 'SATU' },
    { nomor: 2, nama: 'DUA' },
    { nomor: 3, nama: 'TIGA' },
  ],
};

describe('susunForm', () => {
  it('keeps the paper order and groups L, P, JML on one line', () => {
    const sections = susunForm(ppwp);
    expect(sections.map((s) => s.bagian)).toEqual(['I.A', 'I.B', 'II', 'III', 'IV', 'V']);
    expect(urutanKunci(sections)).toEqual(barisCHasil(ppwp).map((r) => r.key));
    const dpt = sections[0]!.garis[0]!;
    expect(dpt.keys).toEqual(['pemilih_dpt_l', 'pemilih_dpt_p', 'pemilih_dpt_j']);
    expect(dpt.kolom).toEqual(['l', 'p', 'j']);
    expect(sections[1]!.garis).toHaveLength(4);
    expect(sections[4]!.garis.map((g) => g.ref)).toEqual(['IV.01', 'IV.02', 'IV.03']);
    expect(sections[4]!.garis[1]!.kolom).toEqual([null]);
  });
});
