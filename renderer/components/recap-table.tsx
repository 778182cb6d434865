import type { RekapKecamatan } from '../../shared/forms/recap';
import { barisCHasil } from '../../shared/forms/c-hasil';
import { formatAngka } from '../../shared/format/number';

/** The kecamatan recap of one ballot: one column per desa plus the total, every row of the form. */
export function RecapTable({ rekap }: { rekap: RekapKecamatan }): React.JSX.Element {
  const rows = barisCHasil(rekap.suratSuara);
  return (
    <section className="rekap" aria-label="Rekapitulasi per desa">
      <table>
        <thead>
          <tr>
            <th scope="col">No.</th>
            <th scope="col">Uraian</th>
            {rekap.desa.map((d) => (
              <th scope="col" key={d.kode}>
                {d.nama}
              </th>
            ))}
            <th scope="col">Jumlah</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key} className={r.bagian === 'IV' || r.bagian === 'V' ? 'suara' : undefined}>
              <td>{r.ref}</td>
              <td>
                {r.label}
                {r.kolom ? ` (${r.kolom === 'j' ? 'JML' : r.kolom.toUpperCase()})` : ''}
              </td>
              {rekap.desa.map((d) => (
                <td className="angka" key={d.kode}>
                  {formatAngka(d.lembar[r.key])}
                </td>
              ))}
              <td className="angka jumlah">{formatAngka(rekap.jumlah[r.key])}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
