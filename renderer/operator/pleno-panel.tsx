import { useCallback, useEffect, useRef, useState } from 'react';
import { LABEL_SURAT_SUARA, type JenisSuratSuara, type SuratSuara } from '../../shared/domain/ballot';
import { DASAR_HITUNG_ULANG, daftarPihak, DOKUMEN_TTD, dokumenDHasil, penandatanganDokumen, labelPihak, pihakSuratSuara, UNSUR_HADIRIN, type Hadirin, type JenisPihakSaksi, type Keberatan, type TandaTangan, type UnsurHadirin } from '../../shared/domain/pleno';
import type { Desa } from '../../shared/domain/region';
import { formatWaktu } from '../../shared/format/date';
import type { RingkasanPleno } from '../../shared/ipc/contract';
import { call, on } from '../api';
import { lamaBerlangsung } from '../lib/elapsed';
import { useTutupDenganEscape } from '../lib/escape';
import './pleno-panel.css';
import { labelStatusKeberatan, labelUnsur, type TingkatPleno } from '../../shared/domain/pleno-kabupaten';
import { T_KAB } from './kabupaten-text';

/** Every text of the plenary panel, in Bahasa Indonesia. */
export const T_PLENO = {
  tombol: 'Rapat pleno…',
  judul: 'Rapat pleno',
  tutup: 'Tutup',
  status: { 'belum-dibuka': 'Belum dibuka', berlangsung: 'Berlangsung', diskors: 'Diskors', ditutup: 'Ditutup' } as const,
  sejak: 'sejak',
  tempat: 'Tempat',
  ketua: 'Ketua rapat',
  buka: 'Buka rapat',
  alasanSkors: 'Alasan skors',
  skors: 'Skors',
  lanjut: 'Cabut skors (lanjut)',
  tutupRapat: 'Tutup rapat',
  hadir: 'Daftar hadir',
  nama: 'Nama',
  unsur: 'Unsur',
  jabatan: 'Jabatan',
  peserta: 'Peserta (nomor urut)',
  /** A party saksi witnesses on DPR, DPRD Provinsi and DPRD Kab/Kota alike. */
  partai: 'Partai',
  surat: 'Nomor surat mandat/tugas',
  daftarkan: 'Daftarkan',
  datang: 'Datang',
  pulang: 'Pulang',
  duduk: 'Duduk',
  tinjauan: 'Tinjauan desa',
  langkahTinjauan: { dibaca: 'Tandai dibaca', dicocokkan: 'Tandai dicocokkan', disahkan: 'Sahkan' } as const,
  keputusan: 'Keputusan rapat untuk membuka kembali',
  bukaKembali: 'Buka kembali',
  statusTinjauan: { belum: 'belum dibaca', dibaca: 'dibaca', dicocokkan: 'dicocokkan', disahkan: 'disahkan' } as const,
  keberatan: 'Keberatan dan kejadian khusus',
  pengaju: 'Diajukan oleh',
  baris: 'Baris',
  uraian: 'Uraian',
  ajukan: 'Catat keberatan',
  seluruhRapat: 'seluruh rapat (prosedur)',
  nilaiBaru: 'Nilai benar',
  pemutus: 'Diputuskan oleh',
  parafKetua: 'Paraf ketua',
  parafSaksi: 'Paraf saksi',
  terima: 'Terima dan betulkan',
  terimaProsedur: 'Terima',
  cocokkan: 'Dicocokkan',
  alasanTolak: 'Alasan / rekomendasi / tindak lanjut',
  tolak: 'Tolak',
  rekomendasi: 'Rekomendasi Panwaslu',
  tindakLanjut: 'Tindak lanjut',
  hitungUlang: 'Hitung ulang',
  nilaiHitungUlang: 'Hasil hitung ulang',
  dasar: 'Dasar (Pasal 374 ayat (2) UU 7/2017)',
  dibuka: 'Kotak dibuka',
  disegel: 'Kotak disegel kembali',
  catatHitungUlang: 'Catat hitung ulang',
  tandaTangan: 'Tanda tangan',
  dokumen: 'Dokumen',
  dokumenTtd: { beritaAcara: 'Berita Acara rapat pleno', daftarHadir: 'Daftar hadir', kejadianKhusus: 'D.Kejadian Khusus dan/atau Keberatan' } as const,
  tandatangani: 'Tanda tangan',
  menolak: 'Menolak',
  tidakHadir: 'Tidak hadir',
  alasanMenolak: 'Alasan menolak',
  hapusGambar: 'Hapus gambar',
  statusTtd: { ditandatangani: 'menandatangani', menolak: 'menolak', tidak_hadir: 'tidak hadir' } as const,
  cetak: 'Cetak berita acara',
  folderCetak: 'Folder cetak',
  tercetak: (n: number): string => `${n} dokumen dicetak.`,
  tersimpan: 'Tersimpan.',
} as const;

interface Props {
  readonly desa: Desa | null | undefined;
  readonly kodeTps: string | null;
  /** The plenary's level: a PPK's (default) or a KPU kabupaten/kota's, whose `desa` is the selected kecamatan. */
  readonly tingkat?: TingkatPleno;
  readonly jenis: JenisSuratSuara;
  readonly barisKeys: readonly string[];
  /** Every ballot of the election: a saksi stands for a party (all party ballots), a paslon or a DPD candidate. */
  readonly suratSuara: readonly SuratSuara[];
  readonly onTutup: () => void;
}

function Tanda({ ttd }: { ttd: TandaTangan | undefined }): React.JSX.Element | null {
  return ttd ? <span className={`ttd ttd-${ttd.status}`}>{T_PLENO.statusTtd[ttd.status]}{ttd.alasan ? `: ${ttd.alasan}` : ''}</span> : null;
}

/** A canvas to draw a signature with mouse or pen; reports whether something was drawn. */
function KanvasTtd({ kanvas, onGambar }: { kanvas: React.RefObject<HTMLCanvasElement | null>; onGambar: (ada: boolean) => void }): React.JSX.Element {
  const turun = useRef(false);
  const titik = (e: React.PointerEvent<HTMLCanvasElement>): [number, number] => {
    const r = e.currentTarget.getBoundingClientRect();
    return [e.clientX - r.left, e.clientY - r.top];
  };
  return (
    <div className="kanvas-ttd">
      <canvas
        ref={kanvas}
        width={320}
        height={110}
        data-testid="kanvas-ttd"
        onPointerDown={(e) => {
          turun.current = true;
          const c = e.currentTarget.getContext('2d');
          const [x, y] = titik(e);
          c?.beginPath();
          c?.moveTo(x, y);
        }}
        onPointerMove={(e) => {
          if (!turun.current) return;
          const c = e.currentTarget.getContext('2d');
          if (!c) return;
          const [x, y] = titik(e);
          c.lineWidth = 2;
          c.lineCap = 'round';
          c.lineTo(x, y);
          c.stroke();
          onGambar(true);
        }}
        onPointerUp={() => (turun.current = false)}
        onPointerLeave={() => (turun.current = false)}
      />
      <button
        type="button"
        className="sekunder"
        onClick={() => {
          const c = kanvas.current;
          c?.getContext('2d')?.clearRect(0, 0, c.width, c.height);
          onGambar(false);
        }}
      >
        {T_PLENO.hapusGambar}
      </button>
    </div>
  );
}

/**
 * The plenary panel of the operator console: sitting controls with the elapsed time, the daftar hadir, the
 * review state of the selected desa, the objections register tied to the selected TPS and row (accept with a
 * correction, reject with a reason, supervisor recommendation, follow-up, recount), signatures with a drawing
 * canvas, and printing the minutes. Every action is one contract call; the panel re-reads on `pleno.berubah`.
 */
export function PlenoPanel({ desa, kodeTps, jenis, barisKeys, suratSuara, onTutup, tingkat = 'kecamatan' }: Props): React.JSX.Element {
  // At a KPU kabupaten/kota the unit is a kecamatan, the roles are named one level up, objections name its rows.
  const kab = tingkat === 'kabupaten';
  const LABEL_UNSUR = labelUnsur(tingkat);
  const pihak = daftarPihak(suratSuara);
  const pihakAwal = pihak.find((x) => x.pihak.jenis === pihakSuratSuara(jenis)) ?? pihak[0];
  const [p, setP] = useState<RingkasanPleno | null>(null);
  const [ttd, setTtd] = useState<readonly TandaTangan[]>([]);
  const [pesan, setPesan] = useState<{ ok: boolean; teks: string } | null>(null);
  const [now, setNow] = useState(Date.now());
  const [f, setF] = useState<Record<string, string>>({ tempat: '', ketua: '', alasanSkors: '', nama: '', unsur: 'saksi', jabatan: '', peserta: pihakAwal ? `${pihakAwal.pihak.jenis}:${pihakAwal.pihak.nomor}` : '', surat: '', baris: barisKeys[0] ?? '', uraian: '', pengaju: '', keputusan: '', dokumen: DOKUMEN_TTD.beritaAcara, alasanMenolak: '', folder: '' });
  const [isianKeberatan, setIsianKeberatan] = useState<Record<number, Record<string, string>>>({});
  const kanvas = useRef<HTMLCanvasElement>(null);
  const [adaGambar, setAdaGambar] = useState(false);
  const set = (k: string) => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>) => setF((x) => ({ ...x, [k]: e.target.value }));

  const muat = useCallback(async (): Promise<void> => {
    const r = await call('pleno.ambil', {});
    if (r.ok) setP(r.value);
    else setPesan({ ok: false, teks: r.error.pesan });
    const t = await call('tanda-tangan.daftar', {});
    if (t.ok) setTtd(t.value);
  }, []);

  useTutupDenganEscape(onTutup);
  useEffect(() => {
    void muat();
    const off = on('pleno.berubah', () => void muat());
    const jam = window.setInterval(() => setNow(Date.now()), 30_000);
    return () => {
      off();
      window.clearInterval(jam);
    };
  }, [muat]);

  const jalankan = async <T,>(r: Promise<{ ok: true; value: T } | { ok: false; error: { pesan: string } }>, sukses?: (v: T) => string): Promise<boolean> => {
    const hasil = await r;
    setPesan(hasil.ok ? { ok: true, teks: sukses ? sukses(hasil.value) : T_PLENO.tersimpan } : { ok: false, teks: hasil.error.pesan });
    return hasil.ok;
  };

  const k = p?.keadaan;
  const tinjauan = desa ? p?.tinjauan.find((t) => t.desaKode === desa.kode && t.jenis === jenis) : undefined;
  const statusTinjauan = tinjauan?.status ?? 'belum';
  const langkahBerikut = statusTinjauan === 'belum' ? 'dibaca' : statusTinjauan === 'dibaca' ? 'dicocokkan' : statusTinjauan === 'dicocokkan' ? 'disahkan' : null;
  const pengaju = (p?.hadirin ?? []).filter((h) => h.unsur === 'saksi' || h.unsur === 'panwaslu');
  const ttdDok = new Map(ttd.filter((t) => t.dokumen === f.dokumen).map((t) => [t.hadirinId, t]));
  const isian = (id: number, key: string): string => isianKeberatan[id]?.[key] ?? '';
  const setIsian = (id: number, key: string) => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) => setIsianKeberatan((x) => ({ ...x, [id]: { ...x[id], [key]: e.target.value } }));

  const ajukan = async (pokok: 'angka' | 'prosedur'): Promise<void> => {
    const pengajuId = Number(f.pengaju) || null;
    const ok = await jalankan(
      call('keberatan.ajukan', {
        jenis: 'keberatan',
        pokok,
        pengajuId,
        ...(pengajuId ? {} : { pengajuUnsur: 'ppk' as const }),
        // A number names its cell: the TPS's row at a PPK, the kecamatan's row at a KPU kabupaten/kota.
        ...(pokok === 'prosedur' ? { desaKode: desa?.kode ?? null } : kab ? { desaKode: desa?.kode ?? null, suratSuara: jenis, baris: f.baris ?? null } : { tpsKode: kodeTps, suratSuara: jenis, baris: f.baris ?? null }),
        uraian: f.uraian ?? '',
      }),
      (v) => `Keberatan nomor ${v.id} dicatat.`,
    );
    if (ok) setF((x) => ({ ...x, uraian: '' }));
  };

  const langkah = (kb: Keberatan, l: 'dicocokkan' | 'diterima' | 'ditolak' | 'rekomendasi' | 'tindak_lanjut'): Promise<boolean> =>
    jalankan(
      call('keberatan.langkah', {
        keberatanId: kb.id,
        langkah: l,
        catatan: isian(kb.id, 'catatan') || null,
        // Only a TPS's number is corrected here; a kecamatan's (kabupaten level) is the PPK's to correct.
        ...(l === 'diterima' && kb.pokok === 'angka' && kb.tpsKode
          ? { koreksi: { nilaiBaru: isian(kb.id, 'nilai') === '' ? null : Number(isian(kb.id, 'nilai')), pemutus: isian(kb.id, 'pemutus') || 'Rapat pleno PPK', parafKetua: isian(kb.id, 'parafKetua') || (k?.sidang[0]?.ketua ?? ''), parafSaksi: isian(kb.id, 'parafSaksi') || (kb.pengaju ?? '') } }
          : {}),
      }),
    );

  const tandaTangan = async (h: Hadirin, status: 'ditandatangani' | 'menolak' | 'tidak_hadir'): Promise<void> => {
    let gambar: Uint8Array<ArrayBuffer> | null = null;
    if (status === 'ditandatangani' && adaGambar && kanvas.current) {
      const blob = await new Promise<Blob | null>((res) => kanvas.current?.toBlob(res, 'image/png'));
      if (blob) gambar = new Uint8Array(await blob.arrayBuffer());
    }
    const ok = await jalankan(call('tanda-tangan.catat', { dokumen: f.dokumen ?? DOKUMEN_TTD.beritaAcara, hadirinId: h.id, status, alasan: status === 'menolak' ? f.alasanMenolak || null : null, ...(gambar ? { gambar } : {}) }));
    if (ok && gambar) {
      kanvas.current?.getContext('2d')?.clearRect(0, 0, 320, 110);
      setAdaGambar(false);
    }
  };

  return (
    <div className="latar-dialog" role="presentation">
      <section className="panel-pleno" role="dialog" aria-label={T_PLENO.judul}>
        <header className="kepala-panel">
          <h2>{T_PLENO.judul}</h2>
          <span className={`status-pleno status-${k?.status ?? 'belum-dibuka'}`} data-testid="status-pleno">
            {T_PLENO.status[k?.status ?? 'belum-dibuka']}
            {k?.sejak ? ` ${T_PLENO.sejak} ${formatWaktu(new Date(k.sejak))} (${lamaBerlangsung(k.sejak, now)})` : ''}
          </span>
          <button type="button" onClick={onTutup}>
            {T_PLENO.tutup}
          </button>
        </header>
        <div className={`pesan-bar ${pesan ? (pesan.ok ? 'ok' : 'galat') : 'kosong'}`} role="status" data-testid="pesan-pleno">
          {pesan?.teks ?? ''}
        </div>

        <fieldset className="bagian-pleno">
          <legend>{T_PLENO.judul}</legend>
          {(k?.status === 'belum-dibuka' || k?.status === 'ditutup') && (
            <>
              <label>
                {T_PLENO.tempat} <input value={f.tempat} onChange={set('tempat')} />
              </label>
              <label>
                {T_PLENO.ketua} <input value={f.ketua} onChange={set('ketua')} />
              </label>
              <button type="button" onClick={() => void jalankan(call('pleno.ubah', { aksi: 'buka', tempat: f.tempat ?? '', ketua: f.ketua ?? '' }))}>
                {T_PLENO.buka}
              </button>
            </>
          )}
          {k?.status === 'berlangsung' && (
            <>
              <label>
                {T_PLENO.alasanSkors} <input value={f.alasanSkors} onChange={set('alasanSkors')} />
              </label>
              <button type="button" onClick={() => void jalankan(call('pleno.ubah', { aksi: 'skors', alasan: f.alasanSkors ?? '' }))}>
                {T_PLENO.skors}
              </button>
              <button type="button" onClick={() => void jalankan(call('pleno.ubah', { aksi: 'tutup' }))}>
                {T_PLENO.tutupRapat}
              </button>
            </>
          )}
          {k?.status === 'diskors' && (
            <button type="button" onClick={() => void jalankan(call('pleno.ubah', { aksi: 'lanjut' }))}>
              {T_PLENO.lanjut}
            </button>
          )}
        </fieldset>

        <fieldset className="bagian-pleno">
          <legend>{T_PLENO.hadir}</legend>
          <div className="baris-isian">
            <label>
              {T_PLENO.nama} <input value={f.nama} onChange={set('nama')} />
            </label>
            <label>
              {T_PLENO.unsur}{' '}
              <select value={f.unsur} onChange={set('unsur')}>
                {UNSUR_HADIRIN.map((u) => (
                  <option key={u} value={u}>
                    {LABEL_UNSUR[u]}
                  </option>
                ))}
              </select>
            </label>
            {f.unsur === 'saksi' ? (
              <label>
                {T_PLENO.peserta}{' '}
                <select value={f.peserta} onChange={set('peserta')}>
                  {pihak.map(({ pihak: x, nama }) => (
                    <option key={`${x.jenis}:${x.nomor}`} value={`${x.jenis}:${x.nomor}`}>
                      {x.jenis === 'PARTAI' ? T_PLENO.partai : x.jenis} {x.nomor}. {nama}
                    </option>
                  ))}
                </select>
              </label>
            ) : (
              <label>
                {T_PLENO.jabatan} <input value={f.jabatan} onChange={set('jabatan')} />
              </label>
            )}
            <label>
              {T_PLENO.surat} <input value={f.surat} onChange={set('surat')} />
            </label>
            <button
              type="button"
              onClick={() =>
                void jalankan(
                  call('hadirin.daftarkan', {
                    nama: f.nama ?? '',
                    unsur: f.unsur as UnsurHadirin,
                    jabatan: f.jabatan || null,
                    nomorSurat: f.surat || null,
                    ...(f.unsur === 'saksi' ? { peserta: { jenis: (f.peserta ?? '').split(':')[0] as JenisPihakSaksi, nomor: Number((f.peserta ?? '').split(':')[1]) } } : {}),
                    // At a KPU kabupaten/kota a PPK member stands for the kecamatan selected.
                    ...(kab && f.unsur === 'pps' && desa ? { desaKode: desa.kode } : {}),
                  }),
                ).then((ok) => ok && setF((x) => ({ ...x, nama: '', jabatan: '', surat: '' })))
              }
            >
              {T_PLENO.daftarkan}
            </button>
          </div>
          <table className="tabel-pleno" data-testid="daftar-hadir">
            <tbody>
              {(p?.hadirin ?? []).map((h) => (
                <tr key={h.id}>
                  <td>{h.nama}</td>
                  <td>{h.unsur === 'saksi' && h.peserta ? `Saksi ${labelPihak(h.peserta)}${h.namaPeserta ? ` · ${h.namaPeserta}` : ''}` : LABEL_UNSUR[h.unsur]}</td>
                  <td>{h.nomorSurat ?? ''}</td>
                  <td>{h.datang ? formatWaktu(new Date(h.datang)) : ''}</td>
                  <td>{h.duduk ? '🪑' : ''}</td>
                  <td>
                    {!h.hadir && (
                      <button type="button" onClick={() => void jalankan(call('hadirin.catat', { hadirinId: h.id, jenis: 'datang' }))}>
                        {T_PLENO.datang}
                      </button>
                    )}
                    {h.hadir && (
                      <button type="button" onClick={() => void jalankan(call('hadirin.catat', { hadirinId: h.id, jenis: 'pulang' }))}>
                        {T_PLENO.pulang}
                      </button>
                    )}
                    {h.hadir && h.unsur === 'saksi' && !h.duduk && (
                      <button type="button" onClick={() => void jalankan(call('hadirin.catat', { hadirinId: h.id, jenis: 'duduk' }))}>
                        {T_PLENO.duduk}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </fieldset>

        {desa && (
          <fieldset className="bagian-pleno">
            <legend>
              {kab ? T_KAB.tinjauanKecamatan : T_PLENO.tinjauan} {desa.nama} · {LABEL_SURAT_SUARA[jenis]}
            </legend>
            <span data-testid="status-tinjauan">{T_PLENO.statusTinjauan[statusTinjauan]}</span>{' '}
            {langkahBerikut && (
              <button type="button" onClick={() => void jalankan(call('tinjauan.majukan', { desaKode: desa.kode, jenis, status: langkahBerikut }))}>
                {T_PLENO.langkahTinjauan[langkahBerikut]}
              </button>
            )}
            {statusTinjauan === 'disahkan' && (
              <>
                <label>
                  {T_PLENO.keputusan} <input value={f.keputusan} onChange={set('keputusan')} />
                </label>
                <button type="button" onClick={() => void jalankan(call('tinjauan.majukan', { desaKode: desa.kode, jenis, status: 'dibuka_kembali', keputusan: f.keputusan || null }))}>
                  {T_PLENO.bukaKembali}
                </button>
              </>
            )}
          </fieldset>
        )}

        <fieldset className="bagian-pleno">
          <legend>{T_PLENO.keberatan}</legend>
          <div className="baris-isian">
            <label>
              {T_PLENO.pengaju}{' '}
              <select value={f.pengaju} onChange={set('pengaju')} data-testid="pengaju">
                <option value="">{kab ? T_KAB.penyelenggara : 'PPK'}</option>
                {pengaju.map((h) => (
                  <option key={h.id} value={String(h.id)}>
                    {h.nama}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {T_PLENO.baris} ({kab ? desa?.nama : `TPS ${kodeTps?.slice(-3) ?? '-'}`}){' '}
              <select value={f.baris} onChange={set('baris')} data-testid="baris-keberatan">
                {barisKeys.map((b) => (
                  <option key={b} value={b}>
                    {b}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {T_PLENO.uraian} <input value={f.uraian} onChange={set('uraian')} data-testid="uraian-keberatan" />
            </label>
            {kab ? (
              // The KPU does not correct PPK numbers: an objection on a kecamatan's row is recorded and the PPK asked.
              <button type="button" onClick={() => void ajukan('angka')} disabled={!desa}>
                {T_PLENO.ajukan} ({T_KAB.barisKecamatan})
              </button>
            ) : (
              <button type="button" onClick={() => void ajukan('angka')} disabled={!kodeTps}>
                {T_PLENO.ajukan}
              </button>
            )}
            <button type="button" onClick={() => void ajukan('prosedur')}>
              {T_PLENO.ajukan} ({T_PLENO.seluruhRapat})
            </button>
          </div>
          <ol className="daftar-keberatan" data-testid="daftar-keberatan">
            {(p?.keberatan ?? []).map((kb) => (
              <li key={kb.id} data-testid={`keberatan-${kb.id}`}>
                <strong>
                  No. {kb.id} · {labelStatusKeberatan(tingkat)[kb.status]}
                </strong>{' '}
                {kb.pengaju ?? kb.pengajuUnsur} — {kb.tpsKode ? `TPS ${kb.tpsKode.slice(-3)} ${kb.suratSuara ?? ''} ${kb.baris ?? ''}` : kb.baris ? `${kb.desaKode ?? ''} ${kb.suratSuara ?? ''} ${kb.baris}` : T_PLENO.seluruhRapat}: {kb.uraian}
                {kb.koreksi.map((c) => (
                  <span key={c.nilaiId} className="koreksi">
                    {' '}
                    {c.baris}: {c.nilaiLama ?? '–'} → {c.nilaiBaru ?? '–'}
                  </span>
                ))}
                {kb.status !== 'tindak_lanjut' && (
                  <div className="baris-isian">
                    {kb.pokok === 'angka' && kb.tpsKode && (kb.status === 'diajukan' || kb.status === 'dicocokkan' || kb.status === 'rekomendasi') && (
                      <>
                        <label>
                          {T_PLENO.nilaiBaru} <input inputMode="numeric" value={isian(kb.id, 'nilai')} onChange={setIsian(kb.id, 'nilai')} />
                        </label>
                        <label>
                          {T_PLENO.parafKetua} <input value={isian(kb.id, 'parafKetua')} onChange={setIsian(kb.id, 'parafKetua')} placeholder={k?.sidang[0]?.ketua ?? ''} />
                        </label>
                        <label>
                          {T_PLENO.parafSaksi} <input value={isian(kb.id, 'parafSaksi')} onChange={setIsian(kb.id, 'parafSaksi')} placeholder={kb.pengaju ?? ''} />
                        </label>
                      </>
                    )}
                    <label>
                      {T_PLENO.alasanTolak} <input value={isian(kb.id, 'catatan')} onChange={setIsian(kb.id, 'catatan')} />
                    </label>
                    {kb.status === 'diajukan' && (
                      <button type="button" onClick={() => void langkah(kb, 'dicocokkan')}>
                        {T_PLENO.cocokkan}
                      </button>
                    )}
                    {(kb.status === 'diajukan' || kb.status === 'dicocokkan' || kb.status === 'rekomendasi') && (
                      <button type="button" onClick={() => void langkah(kb, 'diterima')}>
                        {kb.pokok === 'angka' ? (kb.tpsKode ? T_PLENO.terima : T_KAB.terimaAngkaKecamatan) : T_PLENO.terimaProsedur}
                      </button>
                    )}
                    {(kb.status === 'diajukan' || kb.status === 'dicocokkan') && (
                      <button type="button" onClick={() => void langkah(kb, 'ditolak')}>
                        {T_PLENO.tolak}
                      </button>
                    )}
                    {(kb.status === 'diterima' || kb.status === 'ditolak') && (
                      <button type="button" onClick={() => void langkah(kb, 'rekomendasi')}>
                        {kab ? T_KAB.rekomendasiBawaslu : T_PLENO.rekomendasi}
                      </button>
                    )}
                    {(kb.status === 'diterima' || kb.status === 'ditolak' || kb.status === 'rekomendasi') && (
                      <button type="button" onClick={() => void langkah(kb, 'tindak_lanjut')}>
                        {T_PLENO.tindakLanjut}
                      </button>
                    )}
                    {kb.tpsKode && kb.suratSuara && kb.baris && (
                      <span className="hitung-ulang">
                        <label>
                          {T_PLENO.dasar}{' '}
                          <select value={isian(kb.id, 'dasar') || 'h'} onChange={setIsian(kb.id, 'dasar')}>
                            {Object.entries(DASAR_HITUNG_ULANG).map(([h, teks]) => (
                              <option key={h} value={h}>
                                {h}. {teks}
                              </option>
                            ))}
                          </select>
                        </label>
                        <label>
                          {T_PLENO.nilaiHitungUlang} <input inputMode="numeric" value={isian(kb.id, 'nilaiHu')} onChange={setIsian(kb.id, 'nilaiHu')} />
                        </label>
                        <label>
                          {T_PLENO.dibuka} <input type="datetime-local" value={isian(kb.id, 'dibuka')} onChange={setIsian(kb.id, 'dibuka')} />
                        </label>
                        <label>
                          {T_PLENO.disegel} <input type="datetime-local" value={isian(kb.id, 'disegel')} onChange={setIsian(kb.id, 'disegel')} />
                        </label>
                        <button
                          type="button"
                          onClick={() =>
                            void jalankan(
                              call('hitung-ulang.catat', {
                                keberatanId: kb.id,
                                tpsKode: kb.tpsKode!,
                                jenis: kb.suratSuara!,
                                dasar: (isian(kb.id, 'dasar') || 'h') as 'h',
                                kotakDibukaPada: isian(kb.id, 'dibuka') ? new Date(isian(kb.id, 'dibuka')).toISOString() : '',
                                kotakDisegelPada: isian(kb.id, 'disegel') ? new Date(isian(kb.id, 'disegel')).toISOString() : '',
                                nilai: { [kb.baris!]: isian(kb.id, 'nilaiHu') === '' ? null : Number(isian(kb.id, 'nilaiHu')) },
                              }),
                            )
                          }
                        >
                          {T_PLENO.catatHitungUlang}
                        </button>
                      </span>
                    )}
                  </div>
                )}
              </li>
            ))}
          </ol>
        </fieldset>

        <fieldset className="bagian-pleno">
          <legend>{T_PLENO.tandaTangan}</legend>
          <div className="baris-isian">
            <label>
              {T_PLENO.dokumen}{' '}
              <select value={f.dokumen} onChange={set('dokumen')} data-testid="dokumen-ttd">
                <option value={DOKUMEN_TTD.beritaAcara}>{T_PLENO.dokumenTtd.beritaAcara}</option>
                <option value={dokumenDHasil(jenis)}>D.Hasil {jenis}</option>
                <option value={DOKUMEN_TTD.daftarHadir}>{T_PLENO.dokumenTtd.daftarHadir}</option>
                <option value={DOKUMEN_TTD.kejadianKhusus}>{T_PLENO.dokumenTtd.kejadianKhusus}</option>
              </select>
            </label>
            <label>
              {T_PLENO.alasanMenolak} <input value={f.alasanMenolak} onChange={set('alasanMenolak')} data-testid="alasan-menolak" />
            </label>
          </div>
          <KanvasTtd kanvas={kanvas} onGambar={setAdaGambar} />
          <table className="tabel-pleno" data-testid="daftar-ttd">
            <tbody>
              {penandatanganDokumen(f.dokumen ?? DOKUMEN_TTD.beritaAcara, p?.hadirin ?? [], p?.keberatan ?? [], new Set(suratSuara.find((x) => x.jenis === jenis)?.peserta.map((x) => x.nomor))).map((h) => (
                <tr key={h.id} data-testid={`ttd-${h.id}`}>
                  <td>{h.nama}</td>
                  <td>
                    <Tanda ttd={ttdDok.get(h.id)} />
                  </td>
                  <td>
                    <button type="button" onClick={() => void tandaTangan(h, 'ditandatangani')}>
                      {T_PLENO.tandatangani}
                    </button>
                    <button type="button" onClick={() => void tandaTangan(h, 'menolak')}>
                      {T_PLENO.menolak}
                    </button>
                    <button type="button" onClick={() => void tandaTangan(h, 'tidak_hadir')}>
                      {T_PLENO.tidakHadir}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </fieldset>

        <fieldset className="bagian-pleno">
          <legend>{T_PLENO.cetak}</legend>
          <label>
            {T_PLENO.folderCetak} <input value={f.folder} onChange={set('folder')} data-testid="folder-cetak" />
          </label>
          <button type="button" onClick={() => void jalankan(call('pleno.cetak', { outDir: f.folder ?? '' }), (v) => T_PLENO.tercetak(v.length))}>
            {T_PLENO.cetak}
          </button>
        </fieldset>
      </section>
    </div>
  );
}
