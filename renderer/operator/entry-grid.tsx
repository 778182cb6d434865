import { memo, useEffect, useMemo, useRef, useState } from 'react';
import { isSuratSuaraPartai, nomorPeserta, type SuratSuara } from '../../shared/domain/ballot';
import { judulBagian, type Kolom, type Lembar } from '../../shared/forms/c-hasil';
import { formatAngka } from '../../shared/format/number';
import type { Temuan } from '../../shared/validation/finding';
import { cariTujuan, kelompokPartai, urutanTerbuka } from '../lib/party-lines';
import { susunForm, type GarisForm } from '../lib/sheet-lines';
import { POLA_KOTAK, teksKotak, angkaDariTeks, type Draf } from './draft';
import { ikutiPartaiKursor } from './projector-control';
import { useOperatorStore, type PermintaanFokus } from './store';
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

/** Collapsed party blocks are kept per database file and ballot (across desa, TPS and restarts). */
function kunciCiut(berkasDb: string, jenis: string): string {
  return `pleno-rekap:ciut:${berkasDb}:${jenis}`;
}

function bacaCiut(berkasDb: string | undefined, jenis: string): ReadonlySet<number> {
  if (!berkasDb) return new Set();
  try {
    const v: unknown = JSON.parse(window.localStorage.getItem(kunciCiut(berkasDb, jenis)) ?? '[]');
    return new Set(Array.isArray(v) ? v.filter((x): x is number => Number.isInteger(x)) : []);
  } catch {
    return new Set();
  }
}

function tulisCiut(berkasDb: string | undefined, jenis: string, ciut: ReadonlySet<number>): void {
  if (!berkasDb) return;
  try {
    if (ciut.size === 0) window.localStorage.removeItem(kunciCiut(berkasDb, jenis));
    else window.localStorage.setItem(kunciCiut(berkasDb, jenis), JSON.stringify([...ciut]));
  } catch {
    // Storage full or unavailable: the choice stays for this session.
  }
}

/** Where "/" is typed as text, not as the search key. */
function tempatMengetik(el: EventTarget | null): boolean {
  return el instanceof HTMLElement && (el.isContentEditable || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement || (el instanceof HTMLInputElement && !el.closest('.grid-entri')));
}

interface TandaKotak {
  readonly galat: boolean;
  readonly peringatan: boolean;
}

interface SelProps {
  readonly g: GarisForm;
  readonly k: string;
  readonly kolom: Kolom | null;
  readonly teks: string;
  readonly sirekap: number | null | undefined;
  readonly adaKunciSirekap: boolean;
  readonly galat: boolean;
  readonly peringatan: boolean;
  readonly diubah: boolean;
  readonly daftar: (key: string, el: HTMLInputElement | null) => void;
  readonly onKeyDown: (key: string, e: React.KeyboardEvent<HTMLInputElement>) => void;
  readonly onKetik: (key: string, teks: string) => void;
}

/** One box; memoised so typing in one box re-renders that box (and the boxes whose marks change) only. */
const Sel = memo(function Sel(p: SelProps): React.JSX.Element {
  const { g, k, kolom, teks, sirekap: s, adaKunciSirekap, galat, peringatan, diubah } = p;
  const v = angkaDariTeks(teks);
  const adaSirekap = s !== undefined && s !== null;
  const selisih = adaSirekap && v !== null && v !== s;
  const belumTerbaca = adaKunciSirekap && s === null;
  const cls = ['kotak', galat ? 'galat' : peringatan ? 'peringatan' : '', selisih ? 'selisih' : '', diubah ? 'diubah' : ''].filter(Boolean).join(' ');
  const label = T.labelKotak(g.ref, g.rows[0]?.calon ? `${g.rows[0].calon.nomor}. ${g.label}` : g.label, kolom ? LABEL_KOLOM[kolom] : null);
  return (
    <td className={cls} data-key={k}>
      <div className="isi">
        <input
          ref={(el) => p.daftar(k, el)}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          spellCheck={false}
          maxLength={3}
          value={teks}
          aria-label={label}
          aria-invalid={galat ? true : undefined}
          data-key={k}
          onKeyDown={(e) => p.onKeyDown(k, e)}
          onFocus={(e) => e.currentTarget.select()}
          onChange={(e) => {
            const text = e.currentTarget.value;
            if (POLA_KOTAK.test(text)) p.onKetik(k, text);
          }}
        />
        <span className="tanda" aria-hidden="true">
          {galat ? '!' : peringatan ? '⚠' : ''}
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
});

/**
 * The C.Hasil entry grid in the order of the paper: one line per printed row, L/P/JML boxes side by side.
 * Keyboard first: Tab/Enter move on, Shift+Tab/Shift+Enter back, arrows up/down within a column; digits
 * only, three at most. The boxes a finding names are marked (colour and symbol); the Sirekap value sits
 * beside each box and a difference is marked.
 * Party ballots (DPR, DPRD): section IV is one block per party with a sticky header (number and name), the
 * A.1 line, the candidates (collapsible: F4, or the header's button; a collapsed block keeps A.1 and B) and
 * B. Ctrl+F or "/" opens the search box: a party number or name, `7.3` for candidate 3 of party 7, or a
 * candidate's name; Enter jumps to its first box.
 */
export function EntryGrid(props: EntryGridProps): React.JSX.Element {
  const { kodeTps, suratSuara, tersimpan, sirekap, draf, temuan, fokus, onKetik, onSelesai } = props;
  const partaiSS = isSuratSuaraPartai(suratSuara.jenis);
  const sections = useMemo(() => susunForm(suratSuara), [suratSuara]);
  const berkasDb = useOperatorStore((s) => s.ringkasan?.berkasDb);
  const kunci = `${berkasDb ?? ''}|${suratSuara.jenis}`;
  const [ciutState, setCiutState] = useState(() => ({ kunci, ciut: bacaCiut(berkasDb, suratSuara.jenis) }));
  // Another ballot or database: its own collapsed blocks (read during render, so the first frame is right).
  const diciutkan = useMemo(() => (ciutState.kunci === kunci ? ciutState.ciut : bacaCiut(berkasDb, suratSuara.jenis)), [ciutState, kunci, berkasDb, suratSuara.jenis]);
  const setDiciutkan = (f: ReadonlySet<number> | ((d: ReadonlySet<number>) => ReadonlySet<number>)): void =>
    setCiutState((st) => {
      const prev = st.kunci === kunci ? st.ciut : bacaCiut(berkasDb, suratSuara.jenis);
      const ciut = typeof f === 'function' ? f(prev) : f;
      tulisCiut(berkasDb, suratSuara.jenis, ciut);
      return { kunci, ciut };
    });
  const order = useMemo(() => urutanTerbuka(sections, diciutkan), [sections, diciutkan]);
  const inputs = useRef(new Map<string, HTMLInputElement>());
  const cariRef = useRef<HTMLInputElement>(null);
  const [cari, setCari] = useState('');
  const hasilCari = useMemo(() => (partaiSS ? cariTujuan(sections, cari) : []), [partaiSS, sections, cari]);
  const [fokusTertunda, setFokusTertunda] = useState<string | null>(null);

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

  // Line and column of each key (to move up/down within L, P or JML), over the lines shown.
  const posisi = useMemo(() => {
    const shown = new Set(order);
    const lines = sections.flatMap((s) => s.garis).filter((g) => g.keys.some((k) => shown.has(k)));
    const m = new Map<string, { line: number; col: Kolom | null }>();
    lines.forEach((g, line) => g.keys.forEach((k, i) => m.set(k, { line, col: g.kolom[i] ?? null })));
    return { lines, m };
  }, [sections, order]);

  // The party of each key (F4 collapses the block of the box being typed in).
  const partaiDari = useMemo(() => {
    const m = new Map<string, number>();
    for (const s of sections) for (const g of s.garis) for (const r of g.rows) if (r.partai) m.set(r.key, r.partai.nomor);
    return m;
  }, [sections]);

  const focusKey = (key: string | undefined): boolean => {
    const el = key ? inputs.current.get(key) : undefined;
    if (!el) return false;
    el.focus();
    el.select();
    return true;
  };

  // A new TPS starts at its first box; a jump from a finding goes to the box it names (its block opens).
  useEffect(() => {
    if (fokus && fokus.kodeTps === kodeTps) {
      const np = partaiDari.get(fokus.key);
      if (np !== undefined && diciutkan.has(np)) {
        setDiciutkan((d) => new Set([...d].filter((x) => x !== np)));
        setFokusTertunda(fokus.key);
        return;
      }
      const el = inputs.current.get(fokus.key);
      el?.scrollIntoView({ block: 'center' });
      focusKey(fokus.key);
    } else focusKey(order[0]);
  }, [kodeTps, fokus?.seq, suratSuara]);

  // A jump into a block that was collapsed: focus once its boxes are drawn.
  useEffect(() => {
    if (!fokusTertunda) return;
    const el = inputs.current.get(fokusTertunda);
    if (el) {
      el.scrollIntoView({ block: 'center' });
      focusKey(fokusTertunda);
      setFokusTertunda(null);
    }
  }, [fokusTertunda, diciutkan]);

  const ubahCiut = (nomor: number): void => {
    setDiciutkan((d) => {
      const next = new Set(d);
      if (next.has(nomor)) next.delete(nomor);
      else next.add(nomor);
      return next;
    });
  };

  const lompat = (key: string, partai: number): void => {
    setCari('');
    if (diciutkan.has(partai) && !key.endsWith('_a1') && !key.endsWith('_b')) {
      ubahCiut(partai);
      setFokusTertunda(key);
      return;
    }
    inputs.current.get(key)?.scrollIntoView({ block: 'center' });
    focusKey(key);
  };

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

  // Ctrl+F or "/" from anywhere in the console (not while typing text elsewhere, nor over a dialog).
  useEffect(() => {
    if (!partaiSS) return;
    const onKey = (e: KeyboardEvent): void => {
      const cariKey = e.key === '/' ? !e.ctrlKey && !e.metaKey && !e.altKey && !tempatMengetik(e.target) : (e.ctrlKey || e.metaKey) && !e.altKey && (e.key === 'f' || e.key === 'F');
      if (!cariKey || e.defaultPrevented || document.querySelector('[role="dialog"]')) return;
      e.preventDefault();
      cariRef.current?.focus();
      cariRef.current?.select();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [partaiSS]);

  // The keyboard entered another party's block: the projector's detail follows it.
  const masukKotak = (e: React.FocusEvent<HTMLTableElement>): void => {
    const key = e.target instanceof HTMLInputElement ? e.target.dataset['key'] : undefined;
    const np = key ? partaiDari.get(key) : undefined;
    if (np !== undefined) ikutiPartaiKursor(np);
  };

  // Handlers read the latest closures through a ref, so the memoised boxes keep stable props.
  const latest = useRef({ move, moveVertical, ubahCiut, partaiDari, partaiSS });
  latest.current = { move, moveVertical, ubahCiut, partaiDari, partaiSS };
  const stabil = useMemo(
    () => ({
      daftar: (key: string, el: HTMLInputElement | null): void => {
        if (el) inputs.current.set(key, el);
        else inputs.current.delete(key);
      },
      onKeyDown: (key: string, e: React.KeyboardEvent<HTMLInputElement>): void => {
        const l = latest.current;
        if (l.partaiSS && (e.key === '/' || ((e.ctrlKey || e.metaKey) && (e.key === 'f' || e.key === 'F')))) {
          e.preventDefault();
          cariRef.current?.focus();
          cariRef.current?.select();
          return;
        }
        if (e.key === 'F4') {
          const np = l.partaiDari.get(key);
          if (np === undefined) return;
          e.preventDefault();
          // Collapsing from a candidate's box: the keyboard stays in the block, on its A.1 box.
          if (l.partaiDari.get(key) === np && /_calon_\d+$/.test(key)) inputs.current.get(`partai_${np}_a1`)?.focus();
          l.ubahCiut(np);
          return;
        }
        if (e.ctrlKey || e.metaKey || e.altKey) return;
        if (e.key === 'Tab' || e.key === 'Enter') {
          e.preventDefault();
          l.move(key, e.shiftKey ? -1 : 1);
        } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
          e.preventDefault();
          l.moveVertical(key, e.key === 'ArrowDown' ? 1 : -1);
        } else if (e.key.length === 1 && !/\d/.test(e.key)) {
          e.preventDefault();
        }
      },
    }),
    [],
  );

  const cell = (g: GarisForm, key: string, kolom: Kolom | null): React.JSX.Element => {
    const t = tanda.get(key);
    return (
      <Sel
        key={key}
        g={g}
        k={key}
        kolom={kolom}
        teks={teksKotak(tersimpan, draf, key)}
        sirekap={sirekap[key]}
        adaKunciSirekap={key in sirekap}
        galat={t?.galat ?? false}
        peringatan={t?.peringatan ?? false}
        diubah={draf?.[key] !== undefined}
        daftar={stabil.daftar}
        onKeyDown={stabil.onKeyDown}
        onKetik={onKetik}
      />
    );
  };

  const baris = (g: GarisForm): React.JSX.Element => {
    const r = g.rows[0];
    const blok = r?.blokPartai;
    const cls = r?.peserta ? 'peserta' : blok ? `blok-${blok}` : undefined;
    return (
      <tr key={g.ref} className={cls}>
        <td className="ref">{blok ? g.ref.replace(/^IV\.\d+\./, '') : g.ref}</td>
        <th scope="row" className="uraian">
          {r?.peserta ? (
            <>
              <span className="nomor-peserta">{nomorPeserta(r.peserta.nomor)}</span> {g.label}
            </>
          ) : r?.calon ? (
            <>
              <span className="nomor-calon">{r.calon.nomor}</span> {g.label}
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
    );
  };

  const tabel = (
    <table className={partaiSS ? 'grid-entri partai' : 'grid-entri'} onFocus={partaiSS ? masukKotak : undefined}>
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
      {sections.map((s) =>
        partaiSS && s.bagian === 'IV' ? (
          kelompokPartai(s.garis).map((kel, i) => {
            const p = kel.partai;
            const ciut = p !== null && diciutkan.has(p.nomor);
            const calon = kel.garis.filter((g) => g.rows[0]?.blokPartai === 'a2').length;
            const galatBlok = kel.garis.some((g) => g.keys.some((k) => tanda.get(k)?.galat));
            return (
              <tbody key={`IV-${p?.nomor ?? i}`} className={`blok-partai${ciut ? ' ciut' : ''}`} data-partai={p?.nomor}>
                {i === 0 && (
                  <tr className="judul-bagian">
                    <th colSpan={5} scope="colgroup">
                      {judulBagian(s.bagian, suratSuara.jenis)}
                    </th>
                  </tr>
                )}
                {p && (
                  <tr className="kepala-partai">
                    <th colSpan={5} scope="rowgroup">
                      <button type="button" tabIndex={-1} className="ciutkan" aria-expanded={!ciut} onClick={() => ubahCiut(p.nomor)} title={ciut ? T.bukaCalon : T.ciutkanCalon}>
                        {ciut ? '▸' : '▾'}
                      </button>
                      <span className="nomor-peserta">{nomorPeserta(p.nomor)}</span> <span className="nama-partai">{p.nama}</span>
                      <span className="info-partai">
                        {galatBlok && <span className="tanda-galat">! </span>}
                        {T.jumlahCalon(calon)}
                        {ciut ? ` · ${T.calonDiciutkan}` : ''}
                      </span>
                    </th>
                  </tr>
                )}
                {kel.garis.filter((g) => !(ciut && g.rows[0]?.blokPartai === 'a2')).map(baris)}
              </tbody>
            );
          })
        ) : (
          <tbody key={s.bagian}>
            <tr className="judul-bagian">
              <th colSpan={5} scope="colgroup">
                {judulBagian(s.bagian, suratSuara.jenis)}
              </th>
            </tr>
            {s.garis.map(baris)}
          </tbody>
        ),
      )}
    </table>
  );

  if (!partaiSS) return tabel;
  return (
    <>
      <div className="cari-grid" role="search">
        <label>
          <span>{T.cariLabel}</span> <kbd>Ctrl+F</kbd>
          <input
            ref={cariRef}
            type="search"
            value={cari}
            placeholder={T.cariPlaceholder}
            data-testid="cari-grid"
            onChange={(e) => setCari(e.currentTarget.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                const first = hasilCari[0];
                if (first) lompat(first.key, first.partai);
              } else if (e.key === 'Escape') {
                e.preventDefault();
                setCari('');
                focusKey(order[0]);
              }
            }}
          />
        </label>
        <button type="button" tabIndex={-1} onClick={() => setDiciutkan(new Set(suratSuara.peserta.map((x) => x.nomor)))}>
          {T.ciutkanSemua}
        </button>
        <button type="button" tabIndex={-1} onClick={() => setDiciutkan(new Set())}>
          {T.bukaSemua}
        </button>
        {cari.trim() !== '' && (
          <ul className="hasil-cari" data-testid="hasil-cari">
            {hasilCari.length === 0 ? (
              <li className="kosong">{T.cariTidakAda}</li>
            ) : (
              hasilCari.map((h) => (
                <li key={h.key}>
                  <button type="button" onClick={() => lompat(h.key, h.partai)}>
                    {h.label}
                  </button>
                </li>
              ))
            )}
          </ul>
        )}
      </div>
      {tabel}
    </>
  );
}
