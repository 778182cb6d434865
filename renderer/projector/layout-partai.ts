import { isSuratSuaraPartai, type Peserta, type SuratSuara } from '../../shared/domain/ballot';
import { uraikanKunciPartai } from '../../shared/forms/c-hasil';
import type { ModePartai } from '../../shared/ipc/contract';
import type { BagianTampil, GarisForm } from '../lib/sheet-lines';

/**
 * What the projector shows of a party ballot's votes (DPR, DPRD). A DPRD desa of 30 TPS has ~250 lines per TPS:
 * all of them at a size readable from the back of the hall is a hundred pages or more. So the hall sees either
 * the summary, one line per party with its A.1 and B for every unit (then section V), or one party's block
 * (A.1, candidates, B) in detail, the one the operator is reading. Other ballots and sections are unchanged.
 */

/** The party shown in detail: the chosen one when the ballot has it, else the first. */
export function partaiRinci(suratSuara: SuratSuara, partai: number | null): Peserta | null {
  return suratSuara.peserta.find((p) => p.nomor === partai) ?? suratSuara.peserta[0] ?? null;
}

/** A summary line: a party's A.1 and B as the two sub-rows of one line. */
export function garisRingkasPartai(g: GarisForm): boolean {
  return g.rows.length === 2 && g.rows[0]?.blokPartai === 'a1' && g.rows[1]?.blokPartai === 'b';
}

/** True when a line has sub-rows with their own label in the narrow column (L / P / JML, or A.1 / B). */
export function adaSubBaris(g: GarisForm): boolean {
  return g.keys.length > 1;
}

/** The narrow column's label of sub-row `i`: L, P, JML, or A.1 and B on a party's summary line. */
export function labelSubBaris(g: GarisForm, i: number): string {
  const blok = g.rows[i]?.blokPartai;
  if (blok) return blok === 'a1' ? 'A.1' : 'B';
  const k = g.kolom[i];
  return k === 'j' ? 'JML' : (k ?? '').toUpperCase();
}

/** The sections of the form as the projector shows them in the given mode. */
export function bagianProyektor(sections: readonly BagianTampil[], suratSuara: SuratSuara, mode: ModePartai, partai: number | null): readonly BagianTampil[] {
  if (!isSuratSuaraPartai(suratSuara.jenis)) return sections;
  if (mode === 'ringkas') {
    return sections.map((s) => {
      if (s.bagian !== 'IV') return s;
      const garis: GarisForm[] = [];
      for (const g of s.garis) {
        const r = g.rows[0];
        if (r?.blokPartai === 'a1') garis.push({ ...g, ref: g.ref.replace(/\.A\.1$/, ''), label: r.partai?.nama ?? g.label, keys: [...g.keys], kolom: [null, null], rows: [r] });
        else if (r?.blokPartai === 'b') {
          const last = garis.at(-1);
          if (last) garis[garis.length - 1] = { ...last, keys: [...last.keys, ...g.keys], rows: [...last.rows, r] };
        }
      }
      return { ...s, garis };
    });
  }
  const p = partaiRinci(suratSuara, partai);
  return sections
    .filter((s) => s.bagian !== 'V')
    .map((s) => (s.bagian === 'IV' ? { ...s, garis: s.garis.filter((g) => g.rows[0]?.partai?.nomor === p?.nomor) } : s));
}

/**
 * Summary lines: a corrected candidate cell marks its party's B cell (the line the hall sees) with the
 * objection number; `tandai` makes that mark from the candidate cell's. Keys are `tps:row`.
 */
export function koreksiKeBlok<K>(koreksi: ReadonlyMap<string, K>, tandai: (k: K) => K): Map<string, K> {
  const out = new Map(koreksi);
  for (const [key, k] of koreksi) {
    const i = key.lastIndexOf(':');
    const p = uraikanKunciPartai(key.slice(i + 1));
    const b = `${key.slice(0, i)}:partai_${p?.partai}_b`;
    if (p?.blok === 'a2' && !out.has(b)) out.set(b, tandai(k));
  }
  return out;
}
