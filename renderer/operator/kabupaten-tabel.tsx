import { memo } from 'react';
import { barisCHasil } from '../../shared/forms/c-hasil';
import { formatAngka } from '../../shared/format/number';
import type { RekapKabupatenLayar } from '../../shared/ipc/contract';
import { sidikPendek } from '../../shared/exchange/rekap-hasil';
import { T_KAB } from './kabupaten-text';

/** Marks of a cell from the findings: `galat` or `peringatan`, keyed `kecamatan|row`. */
function tandaSel(r: RekapKabupatenLayar): Map<string, 'galat' | 'peringatan'> {
  const m = new Map<string, 'galat' | 'peringatan'>();
  for (const t of r.temuan) {
    for (const b of t.baris) {
      const k = `${t.kode}|${b}`;
      if (m.get(k) !== 'galat') m.set(k, t.keparahan);
    }
  }
  return m;
}

/**
 * The recap of one ballot at kabupaten level: the form's rows down, one read-only column per kecamatan (its
 * code and the short fingerprint of the export it comes from) and the total. Cells named by a finding are
 * marked with a colour and a symbol; the selected kecamatan's column is highlighted.
 */
export const KabupatenTabel = memo(function KabupatenTabel({ data, dipilih, onPilih }: { data: RekapKabupatenLayar; dipilih: string | null; onPilih: (kode: string) => void }): React.JSX.Element {
  const { rekap } = data;
  const tanda = tandaSel(data);
  return (
    <table className="tabel-kab" data-testid="tabel-kabupaten">
      <thead>
        <tr>
          <th className="ref">{T_KAB.kolomNo}</th>
          <th className="uraian">{T_KAB.kolomUraian}</th>
          {rekap.kecamatan.map((k) => (
            <th key={k.kode} className={`kec${k.kode === dipilih ? ' dipilih' : ''}`} data-kecamatan={k.kode}>
              <button type="button" onClick={() => onPilih(k.kode)}>
                <span className="nama">{k.nama}</span>
                <span className="kode">{k.kode}</span>
                <span className={`sidik${k.sha256 ? '' : ' belum'}`}>{k.sha256 ? sidikPendek(k.sha256) : T_KAB.belumAda}</span>
              </button>
            </th>
          ))}
          <th className="kec jumlah">{T_KAB.jumlah}</th>
        </tr>
      </thead>
      <tbody>
        {barisCHasil(rekap.suratSuara).map((b) => (
          <tr key={b.key} className={b.blokPartai === 'a1' || b.blokPartai === 'b' ? 'baris-partai' : undefined}>
            <td className="ref">{b.ref}</td>
            <td className="uraian">
              {b.label}
              {b.kolom ? <span className="kolom"> ({b.kolom.toUpperCase()})</span> : null}
            </td>
            {rekap.kecamatan.map((k) => {
              const t = tanda.get(`${k.kode}|${b.key}`);
              return (
                <td key={k.kode} className={`angka${t ? ` ${t}` : ''}${k.kode === dipilih ? ' dipilih' : ''}`} data-kecamatan={k.kode} data-key={b.key}>
                  {t && (
                    <span className="tanda" aria-label={t}>
                      {t === 'galat' ? '!' : '⚠'}
                    </span>
                  )}
                  {formatAngka(k.lembar[b.key])}
                </td>
              );
            })}
            <td className="angka jumlah" data-key={b.key}>
              {formatAngka(rekap.jumlah[b.key])}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
});
