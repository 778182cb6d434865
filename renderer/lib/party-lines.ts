import type { Peserta } from '../../shared/domain/ballot';
import type { BagianTampil, GarisForm } from './sheet-lines';

/**
 * Section IV of a party ballot (DPR, DPRD) as the paper shows it: one block per party, A.1, the candidates'
 * A.2 lines and B. Other ballots and other sections are one group of lines without a party.
 */
export interface KelompokGaris {
  readonly partai: Peserta | null;
  readonly garis: readonly GarisForm[];
}

/** Groups the lines of a section by party (consecutive lines of the same party block). */
export function kelompokPartai(garis: readonly GarisForm[]): readonly KelompokGaris[] {
  const out: { partai: Peserta | null; garis: GarisForm[] }[] = [];
  for (const g of garis) {
    const partai = g.rows[0]?.partai ?? null;
    const last = out.at(-1);
    if (last && (last.partai?.nomor ?? null) === (partai?.nomor ?? null)) last.garis.push(g);
    else out.push({ partai, garis: [g] });
  }
  return out;
}

/** The keys of the form in entry order, without the candidate lines of the collapsed parties. */
export function urutanTerbuka(sections: readonly BagianTampil[], diciutkan: ReadonlySet<number>): readonly string[] {
  return sections.flatMap((s) =>
    s.garis.flatMap((g) => {
      const r = g.rows[0];
      return r?.partai && r.blokPartai === 'a2' && diciutkan.has(r.partai.nomor) ? [] : g.keys;
    }),
  );
}

/** One target of the search/jump box: a party (its A.1 box) or a candidate (its box). */
export interface TujuanCari {
  readonly key: string;
  readonly partai: number;
  readonly label: string;
}

function normal(s: string): string {
  return s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9 ]+/g, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * What the search box finds, best first: `7` party 7; `7.3` or `7 3` candidate 3 of party 7; text: parties
 * whose name (or short name) holds it, then candidates whose name holds it. At most `maks` results.
 */
export function cariTujuan(sections: readonly BagianTampil[], teks: string, maks = 8): readonly TujuanCari[] {
  const q = teks.trim();
  if (q === '') return [];
  const rows = sections.flatMap((s) => s.garis.flatMap((g) => g.rows));
  const partaiRows = rows.filter((r) => r.partai && r.blokPartai === 'a1');
  const calonRows = rows.filter((r) => r.partai && r.blokPartai === 'a2' && r.calon);
  const pesertaLabel = (p: Peserta): string => `${String(p.nomor).padStart(2, '0')} ${p.nama}`;
  const m = /^(\d{1,2})(?:\s*[.\s]\s*(\d{1,2}))?$/.exec(q);
  if (m) {
    const np = Number(m[1]);
    if (m[2] !== undefined) {
      const nc = Number(m[2]);
      const r = calonRows.find((x) => x.partai?.nomor === np && x.calon?.nomor === nc);
      return r?.partai && r.calon ? [{ key: r.key, partai: np, label: `${pesertaLabel(r.partai)} · ${r.calon.nomor}. ${r.calon.nama}` }] : [];
    }
    const r = partaiRows.find((x) => x.partai?.nomor === np);
    return r?.partai ? [{ key: r.key, partai: np, label: pesertaLabel(r.partai) }] : [];
  }
  const n = normal(q);
  const out: TujuanCari[] = [];
  for (const r of partaiRows) if (r.partai && normal(r.partai.nama).includes(n)) out.push({ key: r.key, partai: r.partai.nomor, label: pesertaLabel(r.partai) });
  for (const r of calonRows) {
    if (out.length >= maks) break;
    if (r.partai && r.calon && normal(r.calon.nama).includes(n)) out.push({ key: r.key, partai: r.partai.nomor, label: `${pesertaLabel(r.partai)} · ${r.calon.nomor}. ${r.calon.nama}` });
  }
  return out.slice(0, maks);
}
