import { useEffect } from 'react';
import { isSuratSuaraPartai, nomorPeserta } from '../../shared/domain/ballot';
import type { Desa } from '../../shared/domain/region';
import type { BagianProyektor, KeadaanProyektor } from '../../shared/ipc/contract';
import { T_KAB } from './kabupaten-text';
import { suratSuaraAktif, useOperatorStore } from './store';
import { T } from './text';

const BAGIAN: readonly BagianProyektor[] = ['suara', 'pemilih', 'surat'];

/** Texts of the projector's party controls. */
export const T_KENDALI = {
  partai: 'Suara partai di proyektor',
  ringkas: 'Ringkasan',
  ringkasTitle: 'Satu baris per partai: A.1 dan B setiap TPS/desa (F6)',
  rinci: 'Rincian',
  rinciTitle: 'Satu blok partai: A.1, setiap calon, B; mengikuti partai tempat kursor berada (F6)',
  pilihPartai: 'Partai yang dirinci (F7 / Shift+F7)',
} as const;

/**
 * The party the operator's cursor is in (the entry grid calls this when the keyboard enters another party's
 * block): the projector's detail mode follows it, so the hall sees the block being read.
 */
export function ikutiPartaiKursor(nomor: number): void {
  const st = useOperatorStore.getState();
  if (st.proyektor && st.proyektor.partai !== nomor) void st.aturProyektor({ partai: nomor });
}

/** F6: summary / detail of the party ballots; F7 / Shift+F7: the next / previous party in detail. */
function useTombolPartai(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (e.key !== 'F6' && e.key !== 'F7') return;
      const st = useOperatorStore.getState();
      const ss = suratSuaraAktif(st.ringkasan, st.jenis);
      const k = st.proyektor;
      if (!ss || !k || !isSuratSuaraPartai(ss.jenis)) return;
      e.preventDefault();
      if (e.key === 'F6') return void st.aturProyektor({ modePartai: k.modePartai === 'rinci' ? 'ringkas' : 'rinci' });
      const nomor = ss.peserta.map((p) => p.nomor);
      const i = Math.max(0, nomor.indexOf(k.partai ?? nomor[0]!));
      const next = nomor[Math.min(nomor.length - 1, Math.max(0, i + (e.shiftKey ? -1 : 1)))];
      if (next !== undefined) void st.aturProyektor({ modePartai: 'rinci', partai: next });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}

/**
 * What the projector shows, chosen here: the kecamatan (desa side by side) or the current desa (its TPS side
 * by side), which rows, and which page; on party ballots the summary or one party in detail. The state lives
 * in the main process, so the projector window follows.
 */
export function ProjectorControl({ proyektor, desa, kabupaten }: { proyektor: KeadaanProyektor | null; desa: Desa | null; kabupaten?: { readonly kecamatan: string | null } }): React.JSX.Element {
  const atur = useOperatorStore((s) => s.aturProyektor);
  const buka = useOperatorStore((s) => s.bukaProyektor);
  const ss = useOperatorStore((s) => suratSuaraAktif(s.ringkasan, s.jenis));
  useTombolPartai();
  const k = proyektor;
  const total = k ? Math.max(1, k.jumlahHalaman[k.bagian]) : 1;
  const desaDitampilkan = k?.tampilan === 'desa' && k.kodeDesa === desa?.kode;
  const partaiSS = ss && isSuratSuaraPartai(ss.jenis) ? ss : null;
  return (
    <section className="kendali-proyektor" aria-label={T.proyektor}>
      <h2>{T.proyektor}</h2>
      <button type="button" onClick={() => void buka()}>
        {T.bukaProyektor}
      </button>
      {kabupaten ? (
        // KPU kabupaten/kota: the projector always shows the kecamatan side by side, the one chosen on the left
        // highlighted on its page; there is no desa to choose here, so no view buttons, only what it shows.
        <span className="tampilan-kabupaten" data-testid="tampilan-kabupaten">
          {T_KAB.tampilanProyektor}
          {kabupaten.kecamatan ? ` · ${T_KAB.disorot(kabupaten.kecamatan)}` : ''}
        </span>
      ) : (
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
      )}
      <div className="pilihan" role="group" aria-label="Bagian">
        {BAGIAN.map((b) => (
          <button type="button" key={b} aria-pressed={k?.bagian === b} onClick={() => void atur({ bagian: b, halaman: 0 })}>
            {T.bagian[b]}
          </button>
        ))}
      </div>
      {partaiSS && (
        <div className="pilihan partai" role="group" aria-label={T_KENDALI.partai}>
          <button type="button" aria-pressed={k?.modePartai !== 'rinci'} title={T_KENDALI.ringkasTitle} onClick={() => void atur({ modePartai: 'ringkas' })}>
            {T_KENDALI.ringkas}
          </button>
          <button type="button" aria-pressed={k?.modePartai === 'rinci'} title={T_KENDALI.rinciTitle} onClick={() => void atur({ modePartai: 'rinci' })}>
            {T_KENDALI.rinci}
          </button>
          <select
            aria-label={T_KENDALI.pilihPartai}
            title={T_KENDALI.pilihPartai}
            data-testid="partai-proyektor"
            value={k?.partai ?? partaiSS.peserta[0]?.nomor ?? ''}
            onChange={(e) => void atur({ modePartai: 'rinci', partai: Number(e.currentTarget.value) })}
          >
            {partaiSS.peserta.map((p) => (
              <option key={p.nomor} value={p.nomor}>
                {nomorPeserta(p.nomor)} {p.nama}
              </option>
            ))}
          </select>
        </div>
      )}
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
