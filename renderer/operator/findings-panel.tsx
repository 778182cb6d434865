import type { Temuan } from '../../shared/validation/finding';
import { nomorOfTps } from '../../shared/domain/region';
import { T } from './text';

export interface TemuanDesa {
  readonly temuan: Temuan;
  /** Where the numbers come from: typing not yet saved, the saved C.Hasil, or Sirekap only (not yet read). */
  readonly sumber: 'draf' | 'tersimpan' | 'sirekap';
}

export interface FindingsPanelProps {
  readonly namaDesa: string;
  readonly kodeTps: string;
  /** Findings of the sheet being entered, live from what is typed. */
  readonly lembarIni: readonly Temuan[];
  /** Every finding of the desa (the current TPS live), TPS by TPS. */
  readonly desa: readonly TemuanDesa[];
  readonly onLompat: (kode: string, key: string | undefined) => void;
}

function nomor3(kode: string): string {
  return String(nomorOfTps(kode)).padStart(3, '0');
}

function Item({ t, sumber, denganTps, onLompat }: { t: Temuan; sumber: TemuanDesa['sumber']; denganTps: boolean; onLompat: FindingsPanelProps['onLompat'] }): React.JSX.Element {
  const isTps = t.kode.length === 13;
  return (
    <li className={t.keparahan}>
      <button type="button" onClick={() => onLompat(t.kode, t.baris[0])} title={T.lompat} disabled={!isTps}>
        <span className="simbol" aria-hidden="true">
          {t.keparahan === 'galat' ? '!' : '⚠'}
        </span>
        <span className="teks">
          <span className="kepala">
            {denganTps && <strong>{isTps ? T.temuanDari(nomor3(t.kode)) : T.temuanUnit}</strong>} <span className="aturan">{t.aturan}</span>{' '}
            <span className="sr-only">{t.keparahan === 'galat' ? T.galat : T.peringatan}</span>
            {sumber === 'draf' && <em className="tag">{T.dariDraf}</em>}
            {sumber === 'sirekap' && <em className="tag">{T.dariSirekap}</em>}
          </span>
          <span className="pesan">{t.pesan}</span>
        </span>
      </button>
    </li>
  );
}

/** The findings of the sheet being typed (live) and of the whole desa, each a jump to its boxes. */
export function FindingsPanel(p: FindingsPanelProps): React.JSX.Element {
  const galatDesa = p.desa.filter((d) => d.temuan.keparahan === 'galat').length;
  return (
    <aside className="panel-temuan" aria-label={T.temuanLembar}>
      <section aria-live="polite" data-testid="temuan-lembar">
        <h2>{T.temuanLembar}</h2>
        {p.lembarIni.length === 0 ? (
          <p className="bersih">
            <span aria-hidden="true">✔</span> {T.tidakAdaTemuan}
          </p>
        ) : (
          <ul className="daftar-temuan">
            {p.lembarIni.map((t, i) => (
              <Item key={`${t.aturan}-${i}`} t={t} sumber="tersimpan" denganTps={false} onLompat={p.onLompat} />
            ))}
          </ul>
        )}
      </section>
      <section data-testid="temuan-desa">
        <h2>
          {T.temuanDesa(p.namaDesa)} <span className="hitung">({T.jumlahTemuan(galatDesa, p.desa.length - galatDesa)})</span>
        </h2>
        {p.desa.length === 0 ? (
          <p className="bersih">{T.tidakAdaTemuanDesa}</p>
        ) : (
          <ul className="daftar-temuan">
            {p.desa.map((d, i) => (
              <Item key={`${d.temuan.kode}-${d.temuan.aturan}-${i}`} t={d.temuan} sumber={d.sumber} denganTps onLompat={p.onLompat} />
            ))}
          </ul>
        )}
      </section>
    </aside>
  );
}
