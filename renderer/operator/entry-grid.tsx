import { useEffect, useMemo, useRef } from 'react';
import { nomorPeserta, type SuratSuara } from '../../shared/domain/ballot';
import type { Kolom, Lembar } from '../../shared/forms/c-hasil';
import { formatAngka } from '../../shared/format/number';
import type { Temuan } from '../../shared/validation/finding';
import { susunForm, urutanKunci, type GarisForm } from '../lib/sheet-lines';
import { POLA_KOTAK, teksKotak, angkaDariTeks, type Draf } from './draft';
import type { PermintaanFokus } from './store';
import { T } from './text';

export interface EntryGridProps {
  readonly kodeTps: string;
  readonly suratSuara: SuratSuara;
  readonly tersimpan: Lembar;
  readonly sirekap: Lembar;
  readonly draf: Draf | undefined;
  readonly temuan: readonly Temuan[];
  readonly fokus: PermintaanFokus | null;
  readonly onKetik: (key: string, teks: string) => void;
  /** Called when Tab/Enter leaves the last box: the save button takes the focus. */
  readonly onSelesai: () => void;
}

const LABEL_KOLOM: Readonly<Record<Kolom, string>> = { l: T.kolomL, p: T.kolomP, j: T.kolomJml };

interface TandaKotak {
  readonly galat: boolean;
  readonly peringatan: boolean;
}

/**
 * The C.Hasil entry grid in the order of the paper: one line per printed row, L/P/JML boxes side by side.
 * Keyboard first: Tab/Enter move on, Shift+Tab/Shift+Enter back, arrows up/down within a column; digits
 * only, three at most. The boxes a finding names are marked (colour and symbol); the Sirekap value sits
 * beside each box and a difference is marked.
 */
export function EntryGrid(props: EntryGridProps): React.JSX.Element {
  const { kodeTps, suratSuara, tersimpan, sirekap, draf, temuan, fokus, onKetik, onSelesai } = props;
  const sections = useMemo(() => susunForm(suratSuara), [suratSuara]);
  const order = useMemo(() => urutanKunci(sections), [sections]);
  const inputs = useRef(new Map<string, HTMLInputElement>());

  const tanda = useMemo(() => {
    const m = new Map<string, TandaKotak>();
    for (const t of temuan) {
      for (const key of t.baris) {
        const prev = m.get(key) ?? { galat: false, peringatan: false };
        m.set(key, { galat: prev.galat || t.keparahan === 'galat', peringatan: prev.peringatan || t.keparahan === 'peringatan' });
      }
    }
    return m;
  }, [temuan]);

  // Column of each key (to move up/down within L, P or JML).
  const posisi = useMemo(() => {
    const lines = sections.flatMap((s) => s.garis);
    const m = new Map<string, { line: number; col: Kolom | null }>();
    lines.forEach((g, line) => g.keys.forEach((k, i) => m.set(k, { line, col: g.kolom[i] ?? null })));
    return { lines, m };
  }, [sections]);

  const focusKey = (key: string | undefined): boolean => {
    const el = key ? inputs.current.get(key) : undefined;
    if (!el) return false;
    el.focus();
    el.select();
    return true;
  };

  // A new TPS starts at its first box; a jump from a finding goes to the box it names.
  useEffect(() => {
    if (fokus && fokus.kodeTps === kodeTps) {
      const el = inputs.current.get(fokus.key);
      el?.scrollIntoView({ block: 'center' });
      focusKey(fokus.key);
    } else focusKey(order[0]);
  }, [kodeTps, fokus?.seq]);

  const move = (key: string, step: 1 | -1): void => {
    const i = order.indexOf(key);
    const next = order[i + step];
    if (next) focusKey(next);
    else if (step === 1) onSelesai();
  };

  const moveVertical = (key: string, step: 1 | -1): void => {
    const p = posisi.m.get(key);
    if (!p) return;
    for (let line = p.line + step; line >= 0 && line < posisi.lines.length; line += step) {
      const g = posisi.lines[line]!;
      const idx = p.col === null ? g.keys.length - 1 : g.kolom.indexOf(p.col);
      const target = idx >= 0 ? g.keys[idx] : g.keys[g.keys.length - 1];
      if (target) return void focusKey(target);
    }
  };

  const onKeyDown = (key: string) => (e: React.KeyboardEvent<HTMLInputElement>): void => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.key === 'Tab' || e.key === 'Enter') {
      e.preventDefault();
      move(key, e.shiftKey ? -1 : 1);
    } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      moveVertical(key, e.key === 'ArrowDown' ? 1 : -1);
    } else if (e.key.length === 1 && !/\d/.test(e.key)) {
      e.preventDefault();
    }
  };

  const cell = (g: GarisForm, key: string, kolom: Kolom | null): React.JSX.Element => {
    const teks = teksKotak(tersimpan, draf, key);
    const v = angkaDariTeks(teks);
    const s = sirekap[key];
    const adaSirekap = s !== undefined && s !== null;
    const selisih = adaSirekap && v !== null && v !== s;
    const belumTerbaca = key in sirekap && s === null;
    const t = tanda.get(key);
    const diubah = draf?.[key] !== undefined;
    const cls = ['kotak', t?.galat ? 'galat' : t?.peringatan ? 'peringatan' : '', selisih ? 'selisih' : '', diubah ? 'diubah' : ''].filter(Boolean).join(' ');
    const label = T.labelKotak(g.ref, g.label, kolom ? LABEL_KOLOM[kolom] : null);
    return (
      <td className={cls} key={key} data-key={key}>
        <div className="isi">
          <input
            ref={(el) => {
              if (el) inputs.current.set(key, el);
              else inputs.current.delete(key);
            }}
            type="text"
            inputMode="numeric"
            autoComplete="off"
            spellCheck={false}
            maxLength={3}
            value={teks}
            aria-label={label}
            aria-invalid={t?.galat ? true : undefined}
            data-key={key}
            onKeyDown={onKeyDown(key)}
            onFocus={(e) => e.currentTarget.select()}
            onChange={(e) => {
              const text = e.currentTarget.value;
              if (POLA_KOTAK.test(text)) onKetik(key, text);
            }}
          />
          <span className="tanda" aria-hidden="true">
            {t?.galat ? '!' : t?.peringatan ? '⚠' : ''}
          </span>
          {adaSirekap ? (
            <span className={selisih ? 'sirekap beda' : 'sirekap'} title={selisih ? T.berbedaSirekap(formatAngka(s)) : T.sirekapTitle(formatAngka(s))} data-sirekap={s}>
              {selisih ? '≠' : T.sirekapPendek} {formatAngka(s)}
            </span>
          ) : belumTerbaca ? (
            <span className="sirekap kosong" title={T.belumTerbacaSirekap}>
              {T.sirekapPendek} ?
            </span>
          ) : null}
        </div>
      </td>
    );
  };

  return (
    <table className="grid-entri">
      <colgroup>
        <col className="c-no" />
        <col className="c-uraian" />
        <col className="c-angka" />
        <col className="c-angka" />
        <col className="c-angka" />
      </colgroup>
      <thead>
        <tr>
          <th scope="col">{T.kolomNo}</th>
          <th scope="col">{T.kolomUraian}</th>
          <th scope="col">{T.kolomL}</th>
          <th scope="col">{T.kolomP}</th>
          <th scope="col">{T.kolomJml}</th>
        </tr>
      </thead>
      {sections.map((s) => (
        <tbody key={s.bagian}>
          <tr className="judul-bagian">
            <th colSpan={5} scope="colgroup">
              {s.judul}
            </th>
          </tr>
          {s.garis.map((g) => (
            <tr key={g.ref} className={g.rows[0]?.peserta ? 'peserta' : undefined}>
              <td className="ref">{g.ref}</td>
              <th scope="row" className="uraian">
                {g.rows[0]?.peserta ? (
                  <>
                    <span className="nomor-peserta">{nomorPeserta(g.rows[0].peserta.nomor)}</span> {g.label}
                  </>
                ) : (
                  g.label
                )}
              </th>
              {g.kolom[0] === null ? (
                <>
                  <td className="tanpa" colSpan={2} />
                  {cell(g, g.keys[0]!, null)}
                </>
              ) : (
                g.keys.map((k, i) => cell(g, k, g.kolom[i] ?? null))
              )}
            </tr>
          ))}
        </tbody>
      ))}
    </table>
  );
}
