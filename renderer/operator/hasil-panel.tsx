import { useState } from 'react';
import { LABEL_SURAT_SUARA, urutkanSuratSuara, type JenisSuratSuara, type SuratSuara } from '../../shared/domain/ballot';
import type { EksporDitulis, PaketSaksiDitulis, PeriksaHasil, TabelDitulis } from '../../shared/ipc/contract';
import type { Result } from '../../shared/domain/result';
import { call } from '../api';
import { Dialog } from './dialog';
import './hasil-panel.css';

/** Every text of the exchange panel, in Bahasa Indonesia. */
export const T_HASIL = {
  menu: 'Hasil untuk KPU…',
  menuKabupaten: 'Periksa berkas dan ekspor tabel…',
  judul: 'Hasil untuk KPU kabupaten/kota',
  judulKabupaten: 'Periksa berkas ekspor dan ekspor tabel',
  suratSuara: 'Surat suara',
  semua: 'Semua surat suara',
  ekspor: 'Ekspor hasil untuk KPU…',
  penjelasanEkspor:
    'Satu berkas rekap-hasil untuk KPU kabupaten/kota. Bacakan sidik jarinya dalam rapat; sidik jari yang sama tercetak di setiap halaman D.Hasil dan diketik ulang di kabupaten.',
  sidikJari: 'Sidik jari',
  sha256: 'SHA-256',
  ditulisKe: 'Ditulis ke',
  periksa: 'Periksa berkas ekspor…',
  penjelasanPeriksa: 'Buka berkas rekap-hasil (milik saksi atau yang diterima) untuk memastikan isinya tidak berubah.',
  utuh: 'UTUH — isi berkas sama dengan sidik jarinya',
  rusak: 'RUSAK — isi berkas telah diubah sesudah diekspor',
  sha256Isi: 'SHA-256 isi sekarang',
  kecamatan: 'Kecamatan',
  kabupaten: 'Kabupaten/kota',
  pemilihan: 'Pemilihan',
  paketSaksi: 'Buat paket saksi…',
  penjelasanPaketSaksi:
    'Satu folder per saksi berisi D.Hasil (PDF dengan sidik jari dan kode QR di setiap halaman), CSV, berkas ekspor dan SIDIK-JARI.txt. Hanya bila semua desa surat suara itu sudah disahkan.',
  paketSaksiDitulis: (jenis: string, n: number, sidik: string): string => `${jenis}: ${n} folder saksi, sidik jari ${sidik}`,
  tabel: 'Rekap sebagai tabel',
  penjelasanTabel: 'XLSX dalam tata letak D.Hasil (jumlah dengan rumus SUM) atau CSV (satu baris per unit dan baris formulir).',
  xlsx: 'Simpan XLSX…',
  csv: 'Simpan CSV…',
  tabelDitulis: (berkas: string, jenis: readonly string[]): string => `Ditulis: ${berkas} (${jenis.join(', ')})`,
  bekerja: 'Sedang bekerja…',
  tutup: 'Tutup',
} as const;

type Hasil =
  | { readonly apa: 'ekspor'; readonly v: EksporDitulis }
  | { readonly apa: 'periksa'; readonly v: PeriksaHasil }
  | { readonly apa: 'paket-saksi'; readonly v: readonly PaketSaksiDitulis[] }
  | { readonly apa: 'tabel'; readonly v: TabelDitulis }
  | { readonly apa: 'galat'; readonly pesan: string };

/** A fingerprint big enough to read aloud to the hall, with the full hash under it. */
export function SidikBesar({ sidik, sha256 }: { sidik: string; sha256: string }): React.JSX.Element {
  return (
    <div className="sidik-besar">
      <span className="label">{T_HASIL.sidikJari}</span>
      <strong data-testid="sidik-besar">{sidik}</strong>
      <span className="label">{T_HASIL.sha256}</span>
      <code data-testid="sha256-penuh">{sha256}</code>
    </div>
  );
}

/**
 * The exchange panel (Berkas menu). At kecamatan level: the export for the KPU with its fingerprint, the check
 * of an export file, the witness pack, the recap as XLSX or CSV. At kabupaten level: the check and the tables.
 */
export function HasilPanel({
  suratSuara,
  tingkat,
  wilayah,
  onTutup,
}: {
  suratSuara: readonly SuratSuara[];
  tingkat: 'kecamatan' | 'kabupaten';
  /** The region recapped (the kecamatan, or the kabupaten): the files it writes are named after it. */
  wilayah: { readonly kode: string; readonly nama: string };
  onTutup: () => void;
}): React.JSX.Element {
  const [jenis, setJenis] = useState<JenisSuratSuara | ''>('');
  const [hasil, setHasil] = useState<Hasil | null>(null);
  const [sibuk, setSibuk] = useState(false);

  const pilihan = jenis === '' ? {} : { jenis };
  // Suggested file names: which region and ballot a file holds is seen before it is opened.
  const namaBerkas = (awal: string, ext: string): string => `${awal}-${wilayah.kode}-${wilayah.nama.replace(/[^A-Za-z0-9]+/g, '-')}-${jenis || 'SEMUA'}.${ext}`;
  /** Asks the main process for a path (a native dialog), then runs the action on it; cancelled = nothing. */
  const jalankan = async <T,>(untuk: Parameters<typeof call<'berkas.pilih'>>[1]['untuk'], aksi: (berkas: string) => Promise<Result<T>>, jadi: (v: T) => Hasil, nama?: string): Promise<void> => {
    const p = await call('berkas.pilih', { untuk, ...(nama ? { nama } : {}) });
    const berkas = p.ok ? p.value.paths[0] : undefined;
    if (!berkas) return;
    setSibuk(true);
    setHasil(null);
    const r = await aksi(berkas);
    setSibuk(false);
    setHasil(r.ok ? jadi(r.value) : { apa: 'galat', pesan: r.error.pesan });
  };

  const kecamatan = tingkat === 'kecamatan';
  return (
    <Dialog id="judul-hasil" judul={kecamatan ? T_HASIL.judul : T_HASIL.judulKabupaten} className="dialog-cadangan dialog-hasil" onTutup={onTutup}>
      <label className="pilih-jenis">
        {T_HASIL.suratSuara}{' '}
        <select value={jenis} onChange={(e) => setJenis(e.target.value as JenisSuratSuara | '')} data-testid="pilih-jenis-hasil">
          <option value="">{T_HASIL.semua}</option>
          {urutkanSuratSuara(suratSuara).map((s) => (
            <option key={s.jenis} value={s.jenis}>
              {LABEL_SURAT_SUARA[s.jenis]}
            </option>
          ))}
        </select>
      </label>
      <div className="kartu-hasil">
        {kecamatan && (
          <div>
            <button type="button" className="utama" disabled={sibuk} onClick={() => void jalankan('simpan-ekspor', (berkas) => call('hasil.ekspor', { berkas, ...pilihan }), (v) => ({ apa: 'ekspor', v }), namaBerkas('rekap-hasil', 'json'))}>
              {T_HASIL.ekspor}
            </button>
            <p className="penjelasan">{T_HASIL.penjelasanEkspor}</p>
          </div>
        )}
        <div>
          <button type="button" disabled={sibuk} onClick={() => void jalankan('berkas-ekspor', (berkas) => call('hasil.periksa', { berkas }), (v) => ({ apa: 'periksa', v }))}>
            {T_HASIL.periksa}
          </button>
          <p className="penjelasan">{T_HASIL.penjelasanPeriksa}</p>
        </div>
        {kecamatan && (
          <div>
            <button type="button" disabled={sibuk} onClick={() => void jalankan('folder-paket-saksi', (outDir) => call('hasil.paket-saksi', { outDir, ...pilihan }), (v) => ({ apa: 'paket-saksi', v }))}>
              {T_HASIL.paketSaksi}
            </button>
            <p className="penjelasan">{T_HASIL.penjelasanPaketSaksi}</p>
          </div>
        )}
        <div>
          <span className="tombol-tabel">
            <button type="button" disabled={sibuk} onClick={() => void jalankan('simpan-xlsx', (berkas) => call('hasil.tabel', { berkas, format: 'xlsx', ...pilihan }), (v) => ({ apa: 'tabel', v }), namaBerkas('rekap', 'xlsx'))}>
              {T_HASIL.xlsx}
            </button>
            <button type="button" disabled={sibuk} onClick={() => void jalankan('simpan-csv', (berkas) => call('hasil.tabel', { berkas, format: 'csv', ...pilihan }), (v) => ({ apa: 'tabel', v }), namaBerkas('rekap', 'csv'))}>
              {T_HASIL.csv}
            </button>
          </span>
          <p className="penjelasan">{T_HASIL.penjelasanTabel}</p>
        </div>
      </div>
      <div className="hasil-aksi" role="status" data-testid="hasil-aksi">
        {sibuk && <p>{T_HASIL.bekerja}</p>}
        {hasil && <TampilHasil hasil={hasil} />}
      </div>
      <div className="kaki-dialog">
        <span />
        <button type="button" onClick={onTutup}>
          {T_HASIL.tutup}
        </button>
      </div>
    </Dialog>
  );
}

function TampilHasil({ hasil }: { hasil: Hasil }): React.JSX.Element {
  switch (hasil.apa) {
    case 'galat':
      return <p className="gagal">{hasil.pesan}</p>;
    case 'ekspor':
      return (
        <>
          <SidikBesar sidik={hasil.v.sidik} sha256={hasil.v.sha256} />
          <p>
            {T_HASIL.ditulisKe}: <code>{hasil.v.berkas}</code> ({hasil.v.jenis.join(', ')})
          </p>
        </>
      );
    case 'periksa': {
      const v = hasil.v;
      return (
        <>
          <p className={`vonis ${v.utuh ? 'ok' : 'gagal'}`} data-testid="vonis-periksa">
            {v.utuh ? `✔ ${T_HASIL.utuh}` : `✖ ${T_HASIL.rusak}`}
          </p>
          <SidikBesar sidik={v.sidik} sha256={v.sha256Tertulis} />
          {!v.utuh && (
            <p>
              {T_HASIL.sha256Isi}: <code>{v.sha256}</code>
            </p>
          )}
          <dl className="rincian-berkas">
            <dt>{T_HASIL.kecamatan}</dt>
            <dd>
              {v.kecamatan.kode} {v.kecamatan.nama}
            </dd>
            <dt>{T_HASIL.kabupaten}</dt>
            <dd>
              {v.kabupaten.kode} {v.kabupaten.nama}
            </dd>
            <dt>{T_HASIL.suratSuara}</dt>
            <dd>{v.jenis.join(', ')}</dd>
            <dt>{T_HASIL.pemilihan}</dt>
            <dd>{v.pemilihan}</dd>
          </dl>
        </>
      );
    }
    case 'paket-saksi':
      return (
        <ul className="daftar-paket">
          {hasil.v.map((p) => (
            <li key={p.jenis}>{T_HASIL.paketSaksiDitulis(p.jenis, p.folder.length, p.sidik)}</li>
          ))}
        </ul>
      );
    case 'tabel':
      return <p className="ok">{T_HASIL.tabelDitulis(hasil.v.berkas, hasil.v.jenis)}</p>;
  }
}
