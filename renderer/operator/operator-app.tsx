import { useEffect } from 'react';
import { on } from '../api';
import { useOperatorStore } from './store';
import { RecapTable } from '../components/recap-table';
import { FindingList } from '../components/finding-list';
import { formatTanggal } from '../../shared/format/date';

/** The operator's first screen: what is open, the recap of the kecamatan by desa, and every finding. */
export function OperatorApp(): React.JSX.Element {
  const { ringkasan, rekap, temuan, pesanGalat, muat } = useOperatorStore();

  useEffect(() => {
    void muat();
    return on('nilai.berubah', () => void muat());
  }, [muat]);

  if (pesanGalat) return <main className="galat" role="alert">{pesanGalat}</main>;
  if (!ringkasan) return <main className="memuat">Memuat data rekapitulasi…</main>;
  const { paket } = ringkasan;
  return (
    <main className="operator">
      <header className="kepala">
        <h1>Rekapitulasi Kecamatan {paket.wilayah.kecamatan.nama}</h1>
        <p>
          {paket.pemilihan.nama} · {formatTanggal(paket.pemilihan.tanggal)} · {paket.wilayah.kabupaten.nama}, {paket.wilayah.provinsi.nama} ·{' '}
          {ringkasan.jumlahDesa} desa/kelurahan, {ringkasan.jumlahTps} TPS
        </p>
      </header>
      {rekap && <RecapTable rekap={rekap} />}
      <FindingList temuan={temuan} />
    </main>
  );
}
