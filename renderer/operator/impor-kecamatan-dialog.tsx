import { useState } from 'react';
import type { SuratSuara } from '../../shared/domain/ballot';
import { barisCHasil } from '../../shared/forms/c-hasil';
import type { HasilImporKabupaten, KecamatanKabupaten } from '../../shared/ipc/contract';
import { formatAngka } from '../../shared/format/number';
import { call } from '../api';
import { Dialog } from './dialog';
import { T_KAB } from './kabupaten-text';

/** Differences shown at most (a whole re-read kecamatan may change thousands of cells). */
const BEDA_TAMPIL = 200;

type Keadaan =
  | { readonly apa: 'siap' }
  | { readonly apa: 'bekerja' }
  | { readonly apa: 'selesai'; readonly jenis: 'ok' | 'gagal'; readonly teks: string }
  | { readonly apa: 'konfirmasi'; readonly berkas: string; readonly hasil: Extract<HasilImporKabupaten, { status: 'perlu-ganti' }> };

/**
 * Import of a kecamatan export at the kabupaten: the file from a dialog, the fingerprint typed from the signed
 * paper (optional, checked), a refusal that names what differs, and a newer export of a kecamatan that already
 * has one shown cell by cell before it replaces anything.
 */
export function ImporKecamatanDialog({
  kecamatan,
  suratSuara,
  onTutup,
  onSelesai,
}: {
  kecamatan: readonly KecamatanKabupaten[];
  suratSuara: readonly SuratSuara[];
  onTutup: () => void;
  onSelesai: (kode: string) => void;
}): React.JSX.Element {
  const [sidik, setSidik] = useState('');
  const [k, setK] = useState<Keadaan>({ apa: 'siap' });
  const nama = (kode: string): string => kecamatan.find((x) => x.kode === kode)?.nama ?? kode;
  // A row as the paper names it (`IV.01 ANIES - MUHAIMIN`, `I.A Jumlah pemilih dalam DPT (L)`), not its key.
  const labelBaris = (jenis: string, key: string): string => {
    const b = barisCHasil(suratSuara.find((x) => x.jenis === jenis) ?? { jenis: 'PPWP', peserta: [] }).find((x) => x.key === key);
    return b ? `${b.ref} ${b.label}${b.kolom ? ` (${b.kolom.toUpperCase()})` : ''}` : key;
  };

  const impor = async (berkas: string, ganti?: { sha256: string }): Promise<void> => {
    setK({ apa: 'bekerja' });
    const r = await call('kabupaten.impor', { berkas, ...(sidik.trim() ? { sidik: sidik.trim() } : {}), ...(ganti ? { ganti: true, sha256: ganti.sha256 } : {}) });
    if (!r.ok) return setK({ apa: 'selesai', jenis: 'gagal', teks: `${T_KAB.ditolak} ${r.error.pesan}` });
    const v = r.value;
    switch (v.status) {
      case 'diimpor':
        onSelesai(v.kecamatan);
        return setK({ apa: 'selesai', jenis: 'ok', teks: T_KAB.diimpor(nama(v.kecamatan), v.sidik) });
      case 'diganti':
        onSelesai(v.kecamatan);
        return setK({ apa: 'selesai', jenis: 'ok', teks: T_KAB.digantiPesan(nama(v.kecamatan), v.sidik, v.beda.length) });
      case 'sama':
        onSelesai(v.kecamatan);
        return setK({ apa: 'selesai', jenis: 'ok', teks: T_KAB.sama(nama(v.kecamatan)) });
      case 'perlu-ganti':
        return setK({ apa: 'konfirmasi', berkas, hasil: v });
    }
  };

  const pilih = async (): Promise<void> => {
    const p = await call('berkas.pilih', { untuk: 'berkas-ekspor' });
    const berkas = p.ok ? p.value.paths[0] : undefined;
    if (berkas) await impor(berkas);
  };

  return (
    <Dialog id="judul-impor-kab" judul={T_KAB.judulImpor} className="dialog-cadangan dialog-impor-kab" onTutup={onTutup}>
      <p className="penjelasan">{T_KAB.penjelasanImpor}</p>
      <label className="baris-sidik">
        {T_KAB.sidikKertas}
        <input value={sidik} onChange={(e) => setSidik(e.target.value.slice(0, 40))} placeholder={T_KAB.sidikContoh} spellCheck={false} data-testid="sidik-kertas" />
      </label>
      <div className="baris-aksi">
        <button type="button" className="utama" disabled={k.apa === 'bekerja'} onClick={() => void pilih()}>
          {T_KAB.pilihBerkas}
        </button>
      </div>
      <div role="status" data-testid="hasil-impor">
        {k.apa === 'bekerja' && <p className="pesan-impor">{T_KAB.bekerja}</p>}
        {k.apa === 'selesai' && <p className={`pesan-impor ${k.jenis}`}>{k.teks}</p>}
        {k.apa === 'konfirmasi' && (
          <div className="konfirmasi" role="alertdialog" aria-label={T_KAB.ganti}>
            <p>{T_KAB.perluGanti(nama(k.hasil.kecamatan), k.hasil.beda.length)}</p>
            <div className="gulir-beda">
              <table className="tabel-beda" data-testid="tabel-beda">
                <thead>
                  <tr>
                    <th>{T_KAB.kolomSurat}</th>
                    <th>{T_KAB.kolomLetak}</th>
                    <th>{T_KAB.kolomBaris}</th>
                    <th>{T_KAB.kolomLama}</th>
                    <th>{T_KAB.kolomBaru}</th>
                  </tr>
                </thead>
                <tbody>
                  {k.hasil.beda.slice(0, BEDA_TAMPIL).map((b) => (
                    <tr key={`${b.surat_suara}|${b.kode}|${b.baris}`}>
                      <td>{b.surat_suara}</td>
                      <td>{b.kode.length === 13 ? `TPS ${b.kode}` : T_KAB.jumlahKecamatanBaris}</td>
                      <td>{labelBaris(b.surat_suara, b.baris)}</td>
                      <td className="angka lama">{formatAngka(b.dari)}</td>
                      <td className="angka baru">{formatAngka(b.ke)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {k.hasil.beda.length > BEDA_TAMPIL && <p>{T_KAB.dipotong(k.hasil.beda.length - BEDA_TAMPIL)}</p>}
            </div>
            <button type="button" className="bahaya" onClick={() => void impor(k.berkas, { sha256: k.hasil.sha256 })}>
              {T_KAB.ganti}
            </button>{' '}
            <button type="button" onClick={() => setK({ apa: 'siap' })}>
              {T_KAB.batal}
            </button>
          </div>
        )}
      </div>
      <div className="kaki-dialog">
        <span />
        <button type="button" onClick={onTutup}>
          {T_KAB.tutup}
        </button>
      </div>
    </Dialog>
  );
}
