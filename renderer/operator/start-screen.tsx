import { useOperatorStore } from './store';
import { T } from './text';

/** Shown when no recap database is open: open one, create one from a package, or try the demo. */
export function StartScreen(): React.JSX.Element {
  const bukaSesi = useOperatorStore((s) => s.bukaSesi);
  const pesan = useOperatorStore((s) => s.pesan);
  return (
    <main className="layar-mulai">
      <h1>{T.judulAplikasi}</h1>
      <p>{T.belumAdaBasisData}</p>
      <p>{T.pilihCaraMulai}</p>
      <div className="tombol-mulai">
        <button type="button" onClick={() => void bukaSesi('basis-data')} autoFocus>
          {T.bukaBasisData}
        </button>
        <button type="button" onClick={() => void bukaSesi('paket')}>
          {T.buatDariPaket}
        </button>
        <button type="button" onClick={() => void bukaSesi('demo')}>
          {T.bukaDemo}
        </button>
        <button type="button" onClick={() => void bukaSesi('demo-kabupaten')}>
          {T.bukaDemoKabupaten}
        </button>
      </div>
      {pesan && (
        <p role="alert" className={`pesan ${pesan.jenis}`}>
          {pesan.teks}
        </p>
      )}
    </main>
  );
}
