import { useCallback, useEffect, useState } from 'react';
import { formatWaktu } from '../../shared/format/date';
import type { KeadaanCadangan } from '../../shared/ipc/contract';
import { call } from '../api';
import { Dialog } from './dialog';

/** Every text of the backup panel, in Bahasa Indonesia. */
export const T_CADANGAN = {
  menu: 'Cadangan…',
  judul: 'Cadangan basis data',
  penjelasan:
    'Salinan basis data ditulis ke folder ini (sebaiknya flashdisk) saat basis data dibuka, setiap beberapa menit bila ada perubahan, dan saat Anda menekan "Cadangkan sekarang".',
  folder: 'Folder cadangan',
  belumDipilih: 'belum dipilih: cadangan otomatis mati',
  pilihFolder: 'Pilih folder…',
  selang: 'Cadangan otomatis setiap (menit, 0 = mati)',
  simpan: 'Jumlah cadangan yang disimpan per jenis',
  simpanPengaturan: 'Simpan pengaturan',
  sekarang: 'Cadangkan sekarang',
  terakhir: 'Cadangan terakhir',
  belumAda: 'Belum ada cadangan di folder ini.',
  daftar: 'Cadangan di folder',
  pulihkan: 'Pulihkan…',
  pulihkanLain: 'Pulihkan dari berkas lain…',
  yakin: (waktu: string): string =>
    `Pulihkan cadangan ${waktu}? Basis data yang terbuka sekarang disisihkan (tidak dihapus) lalu diganti dengan cadangan ini; perubahan sesudah cadangan itu tidak ada di basis data yang dipulihkan.`,
  yaPulihkan: 'Ya, pulihkan',
  batal: 'Batal',
  tutup: 'Tutup',
  dipulihkan: 'Cadangan dipulihkan. Basis data sebelumnya disisihkan di folder yang sama.',
  tersimpan: 'Pengaturan cadangan disimpan.',
  alasan: { 'buka-sesi': 'saat dibuka', persetujuan: 'saat pengesahan', berkala: 'otomatis', manual: 'manual' } as Readonly<Record<string, string>>,
} as const;

/** "20240220-080000Z" (as in backup file names) -> the local date and time in words of the hall. */
function waktuCadangan(w: string): string {
  const m = /^(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})Z$/.exec(w);
  return m ? formatWaktu(new Date(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}Z`)) : w;
}

/**
 * The backup panel of the operator console: the folder (a USB stick), the interval, "back up now", the
 * backups in the folder, and restore with an explicit confirmation.
 */
export function BackupPanel({ onTutup }: { onTutup: () => void }): React.JSX.Element {
  const [keadaan, setKeadaan] = useState<KeadaanCadangan | null>(null);
  const [selang, setSelang] = useState('10');
  const [simpan, setSimpan] = useState('20');
  const [pesan, setPesan] = useState<{ ok: boolean; teks: string } | null>(null);
  const [konfirmasi, setKonfirmasi] = useState<{ berkas: string; waktu: string } | null>(null);
  const [sibuk, setSibuk] = useState(false);

  const terima = useCallback((k: KeadaanCadangan): void => {
    setKeadaan(k);
    setSelang(String(k.pengaturan.selangMenit));
    setSimpan(String(k.pengaturan.simpan));
  }, []);

  useEffect(() => {
    void call('cadangan.ambil', {}).then((r) => (r.ok ? terima(r.value) : setPesan({ ok: false, teks: r.error.pesan })));
  }, [terima]);

  const atur = async (folder: string | null): Promise<void> => {
    const r = await call('cadangan.atur', { folder, selangMenit: Number(selang) || 0, simpan: Math.max(1, Number(simpan) || 1) });
    if (r.ok) {
      terima(r.value);
      setPesan({ ok: true, teks: T_CADANGAN.tersimpan });
    } else setPesan({ ok: false, teks: r.error.pesan });
  };

  const pilihFolder = async (): Promise<void> => {
    const r = await call('berkas.pilih', { untuk: 'folder-cadangan' });
    if (r.ok && r.value.paths[0]) await atur(r.value.paths[0]);
  };

  const sekarang = async (): Promise<void> => {
    setSibuk(true);
    const r = await call('cadangan.sekarang', {});
    setSibuk(false);
    if (r.ok) {
      terima(r.value);
      setPesan({ ok: r.value.terakhir?.ok ?? false, teks: r.value.terakhir?.pesan ?? '' });
    } else setPesan({ ok: false, teks: r.error.pesan });
  };

  const pulihkan = async (berkas: string): Promise<void> => {
    setKonfirmasi(null);
    setSibuk(true);
    const r = await call('cadangan.pulihkan', { berkas });
    setSibuk(false);
    if (!r.ok) return setPesan({ ok: false, teks: r.error.pesan });
    setPesan({ ok: true, teks: T_CADANGAN.dipulihkan });
    const k = await call('cadangan.ambil', {});
    if (k.ok) terima(k.value);
  };

  const pulihkanLain = async (): Promise<void> => {
    const r = await call('berkas.pilih', { untuk: 'berkas-cadangan' });
    const berkas = r.ok ? r.value.paths[0] : undefined;
    if (berkas) setKonfirmasi({ berkas, waktu: berkas });
  };

  const p = keadaan?.pengaturan;
  return (
    <Dialog id="judul-cadangan" judul={T_CADANGAN.judul} className="dialog-cadangan" onTutup={onTutup}>
      <p className="penjelasan">{T_CADANGAN.penjelasan}</p>
      <div className="baris-folder">
        <span>{T_CADANGAN.folder}:</span> <code data-testid="folder-cadangan">{p?.folder ?? T_CADANGAN.belumDipilih}</code>{' '}
        <button type="button" onClick={() => void pilihFolder()}>
          {T_CADANGAN.pilihFolder}
        </button>
      </div>
      <div className="baris-angka">
        <label>
          {T_CADANGAN.selang}{' '}
          <input inputMode="numeric" value={selang} onChange={(e) => setSelang(e.target.value.replace(/\D/g, '').slice(0, 4))} />
        </label>
        <label>
          {T_CADANGAN.simpan}{' '}
          <input inputMode="numeric" value={simpan} onChange={(e) => setSimpan(e.target.value.replace(/\D/g, '').slice(0, 4))} />
        </label>
        <button type="button" onClick={() => void atur(p?.folder ?? null)}>
          {T_CADANGAN.simpanPengaturan}
        </button>
      </div>
      <div className="baris-aksi">
        <button type="button" className="utama" disabled={sibuk} onClick={() => void sekarang()}>
          {T_CADANGAN.sekarang}
        </button>
        {keadaan?.terakhir && (
          <span className={keadaan.terakhir.ok ? 'ok' : 'gagal'}>
            {T_CADANGAN.terakhir}: {formatWaktu(new Date(keadaan.terakhir.waktu))}
          </span>
        )}
      </div>
      {pesan && (
        <p className={`pesan-cadangan ${pesan.ok ? 'ok' : 'gagal'}`} role="status" data-testid="pesan-cadangan">
          {pesan.teks}
        </p>
      )}
      <h3>{T_CADANGAN.daftar}</h3>
      {keadaan && keadaan.daftar.length === 0 ? (
        <p>{T_CADANGAN.belumAda}</p>
      ) : (
        <ul className="daftar-cadangan" data-testid="daftar-cadangan">
          {[...(keadaan?.daftar ?? [])].reverse().map((b) => (
            <li key={b.berkas}>
              <span>
                {waktuCadangan(b.waktu)} · {T_CADANGAN.alasan[b.alasan] ?? b.alasan}
              </span>
              <button type="button" disabled={sibuk} onClick={() => setKonfirmasi({ berkas: b.berkas, waktu: waktuCadangan(b.waktu) })}>
                {T_CADANGAN.pulihkan}
              </button>
            </li>
          ))}
        </ul>
      )}
      {konfirmasi && (
        <div className="konfirmasi" role="alertdialog" aria-label={T_CADANGAN.yaPulihkan}>
          <p>{T_CADANGAN.yakin(konfirmasi.waktu)}</p>
          <button type="button" className="bahaya" onClick={() => void pulihkan(konfirmasi.berkas)}>
            {T_CADANGAN.yaPulihkan}
          </button>{' '}
          <button type="button" onClick={() => setKonfirmasi(null)}>
            {T_CADANGAN.batal}
          </button>
        </div>
      )}
      <div className="kaki-dialog">
        <button type="button" onClick={() => void pulihkanLain()}>
          {T_CADANGAN.pulihkanLain}
        </button>
        <button type="button" onClick={onTutup}>
          {T_CADANGAN.tutup}
        </button>
      </div>
    </Dialog>
  );
}
