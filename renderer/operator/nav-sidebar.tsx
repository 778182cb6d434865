import { useState } from 'react';
import type { Desa } from '../../shared/domain/region';
import { desaOfTps, jenisDesa } from '../../shared/domain/region';
import { statusDesa, type StatusTps } from './progress';
import { T } from './text';

export const SIMBOL_STATUS: Readonly<Record<StatusTps, string>> = {
  kosong: '○',
  sirekap: 'S',
  sebagian: '◐',
  galat: '✖',
  peringatan: '⚠',
  bersih: '✔',
};

export interface NavSidebarProps {
  readonly desa: readonly Desa[];
  readonly kodeTps: string | null;
  readonly status: Readonly<Record<string, StatusTps>>;
  readonly draf: ReadonlySet<string>;
  readonly onPilih: (kodeTps: string) => void;
}

/** Desa -> TPS navigation with the progress of each: one symbol and one colour per status. */
export function NavSidebar(p: NavSidebarProps): React.JSX.Element {
  const aktif = p.kodeTps ? desaOfTps(p.kodeTps) : null;
  const [terbuka, setTerbuka] = useState<string | null>(null);
  const buka = terbuka ?? aktif;
  return (
    <nav className="navigasi" aria-label={T.daftarDesa}>
      <h2>{T.daftarDesa}</h2>
      <ul className="daftar-desa">
        {p.desa.map((d) => {
          const ringkas = statusDesa(d.tps.map((t) => p.status[t.kode] ?? 'kosong'));
          const adaDraf = d.tps.some((t) => p.draf.has(t.kode));
          const isOpen = buka === d.kode;
          return (
            <li key={d.kode} className={d.kode === aktif ? 'aktif' : undefined}>
              <button
                type="button"
                className={`desa status-${ringkas.status}`}
                aria-expanded={isOpen}
                onClick={() => setTerbuka(isOpen ? '' : d.kode)}
                title={T.status[ringkas.status]}
              >
                <span className="simbol" aria-hidden="true">
                  {SIMBOL_STATUS[ringkas.status]}
                </span>
                <span className="nama">
                  {jenisDesa(d.kode) === 'kelurahan' ? 'KEL. ' : ''}
                  {d.nama}
                </span>
                <span className="hitung">
                  {adaDraf && <span aria-label={T.draf}>✎ </span>}
                  {ringkas.terisi}/{ringkas.total}
                </span>
              </button>
              {isOpen && (
                <ul className="daftar-tps">
                  {d.tps.map((t) => {
                    const st = p.status[t.kode] ?? 'kosong';
                    const draf = p.draf.has(t.kode);
                    return (
                      <li key={t.kode}>
                        <button
                          type="button"
                          className={`tps status-${st}${t.kode === p.kodeTps ? ' terpilih' : ''}`}
                          aria-current={t.kode === p.kodeTps ? 'true' : undefined}
                          title={`${T.tps} ${String(t.nomor).padStart(3, '0')}: ${T.status[st]}${draf ? ` · ${T.draf}` : ''}`}
                          data-kode={t.kode}
                          data-status={st}
                          onClick={() => p.onPilih(t.kode)}
                        >
                          <span className="nomor">{String(t.nomor).padStart(3, '0')}</span>
                          <span className="simbol" aria-hidden="true">
                            {draf ? '✎' : SIMBOL_STATUS[st]}
                          </span>
                        </button>
                      </li>
                    );
                  })}
                </ul>
              )}
            </li>
          );
        })}
      </ul>
      <ul className="legenda-status" aria-hidden="true">
        {(['bersih', 'peringatan', 'galat', 'sebagian', 'sirekap', 'kosong'] as const).map((s) => (
          <li key={s} className={`status-${s}`}>
            <span className="simbol">{SIMBOL_STATUS[s]}</span> {T.status[s]}
          </li>
        ))}
        <li className="draf">
          <span className="simbol">✎</span> {T.draf}
        </li>
      </ul>
    </nav>
  );
}
