import { LABEL_SURAT_SUARA, SINGKATAN_SURAT_SUARA, urutkanSuratSuara, type JenisSuratSuara, type SuratSuara } from '../../shared/domain/ballot';
import { T } from './text';

/** The ballot tabs of the top bar in the recapitulation order (Ctrl+1..5), for both consoles. */
export function TabSuratSuara({ suratSuara, jenis, onPilih }: { suratSuara: readonly SuratSuara[]; jenis: JenisSuratSuara; onPilih: (j: JenisSuratSuara) => void }): React.JSX.Element {
  return (
    <nav className="tab-surat-suara" role="tablist" aria-label={T.pilihSuratSuara}>
      {urutkanSuratSuara(suratSuara).map((x, i) => (
        <button
          key={x.jenis}
          type="button"
          role="tab"
          aria-selected={x.jenis === jenis}
          title={`${LABEL_SURAT_SUARA[x.jenis]} (${T.pintasanSuratSuara(i + 1)})`}
          data-jenis={x.jenis}
          onClick={() => onPilih(x.jenis)}
        >
          {SINGKATAN_SURAT_SUARA[x.jenis]}
        </button>
      ))}
    </nav>
  );
}
