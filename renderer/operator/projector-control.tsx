import type { Desa } from '../../shared/domain/region';
import type { BagianProyektor, KeadaanProyektor } from '../../shared/ipc/contract';
import { useOperatorStore } from './store';
import { T } from './text';

const BAGIAN: readonly BagianProyektor[] = ['suara', 'pemilih', 'surat'];

/**
 * What the projector shows, chosen here: the kecamatan (desa side by side) or the current desa (its TPS side
 * by side), which rows, and which page. The state lives in the main process, so the projector window follows.
 */
export function ProjectorControl({ proyektor, desa }: { proyektor: KeadaanProyektor | null; desa: Desa | null }): React.JSX.Element {
  const atur = useOperatorStore((s) => s.aturProyektor);
  const buka = useOperatorStore((s) => s.bukaProyektor);
  const k = proyektor;
  const total = k ? Math.max(1, k.jumlahHalaman[k.bagian]) : 1;
  const desaDitampilkan = k?.tampilan === 'desa' && k.kodeDesa === desa?.kode;
  return (
    <section className="kendali-proyektor" aria-label={T.proyektor}>
      <h2>{T.proyektor}</h2>
      <button type="button" onClick={() => void buka()}>
        {T.bukaProyektor}
      </button>
      <div className="pilihan" role="group" aria-label={T.tampilkan}>
        <button type="button" aria-pressed={k?.tampilan === 'kecamatan'} title={T.tampilanKecamatanTitle} onClick={() => void atur({ tampilan: 'kecamatan', halaman: 0 })}>
          {T.tampilanKecamatan}
        </button>
        <button
          type="button"
          aria-pressed={desaDitampilkan}
          disabled={!desa}
          title={desa ? T.tampilanDesaTitle(desa.nama) : undefined}
          onClick={() => desa && void atur({ tampilan: 'desa', kodeDesa: desa.kode, halaman: 0 })}
        >
          {desa ? desa.nama : T.tampilanDesa}
        </button>
      </div>
      <div className="pilihan" role="group" aria-label="Bagian">
        {BAGIAN.map((b) => (
          <button type="button" key={b} aria-pressed={k?.bagian === b} onClick={() => void atur({ bagian: b, halaman: 0 })}>
            {T.bagian[b]}
          </button>
        ))}
      </div>
      <div className="halaman">
        <button type="button" onClick={() => void atur({ geser: -1 })} aria-label={T.halamanSebelumnya} title={T.halamanSebelumnya}>
          ◀
        </button>
        <span data-testid="halaman-proyektor">{k ? T.halaman(k.halaman + 1, total) : '—'}</span>
        <button type="button" onClick={() => void atur({ geser: 1 })} aria-label={T.halamanBerikutnya} title={T.halamanBerikutnya}>
          ▶
        </button>
      </div>
    </section>
  );
}
