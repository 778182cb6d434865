import { useCallback, useEffect, useState } from 'react';
import { LABEL_SURAT_SUARA, urutkanSuratSuara, type JenisSuratSuara } from '../../shared/domain/ballot';
import { sidikPendek } from '../../shared/exchange/rekap-hasil';
import { formatTanggal, formatWaktu } from '../../shared/format/date';
import type { KecamatanKabupaten, RekapKabupatenLayar, RingkasanKabupaten } from '../../shared/ipc/contract';
import type { Temuan } from '../../shared/validation/finding';
import { call, on } from '../api';
import { HasilPanel, T_HASIL } from './hasil-panel';
import { ImporKecamatanDialog } from './impor-kecamatan-dialog';
import { KabupatenTabel } from './kabupaten-tabel';
import { T_KAB } from './kabupaten-text';
import { MenuBerkas } from './menu-berkas';
import { PlenoPanel } from './pleno-panel';
import { barisCHasil } from '../../shared/forms/c-hasil';
import { ProjectorControl } from './projector-control';
import { useOperatorStore } from './store';
import { TabSuratSuara } from './tab-surat-suara';
import { T } from './text';
import './kabupaten.css';

type Pesan = { readonly jenis: 'sukses' | 'galat'; readonly teks: string } | null;

/**
 * The console of a KPU kabupaten/kota database: the kecamatan with the export each stands on, the import of
 * kecamatan exports, the recap of each ballot with one read-only column per kecamatan, the findings, and the
 * printing of the D.Hasil Kabupaten/Kota.
 */
export function KabupatenApp(): React.JSX.Element {
  const [ringkasan, setRingkasan] = useState<RingkasanKabupaten | null>(null);
  const [jenis, setJenis] = useState<JenisSuratSuara | null>(null);
  const [rekap, setRekap] = useState<RekapKabupatenLayar | null>(null);
  const [dipilih, setDipilih] = useState<string | null>(null);
  const [pesan, setPesan] = useState<Pesan>(null);
  const [imporTerbuka, setImporTerbuka] = useState(false);
  const [hasilTerbuka, setHasilTerbuka] = useState(false);
  const [plenoTerbuka, setPlenoTerbuka] = useState(false);

  const muat = useCallback(async (): Promise<void> => {
    const r = await call('kabupaten.ringkasan', {});
    if (!r.ok) return setPesan({ jenis: 'galat', teks: r.error.pesan });
    setRingkasan(r.value);
    const daftar = urutkanSuratSuara(r.value.paket.surat_suara);
    setJenis((j) => (j && daftar.some((s) => s.jenis === j) ? j : (daftar[0]?.jenis ?? null)));
    setDipilih((d) => (d && r.value.kecamatan.some((k) => k.kode === d) ? d : (r.value.kecamatan[0]?.kode ?? null)));
  }, []);

  const proyektor = useOperatorStore((s) => s.proyektor);
  // What opening or creating a database said (the Berkas menu acts through the operator store).
  const pesanSesi = useOperatorStore((s) => s.pesan);
  useEffect(() => {
    void muat();
    void call('proyektor.ambil', {}).then((r) => r.ok && useOperatorStore.getState().setProyektor(r.value));
    const offs = [on('kabupaten.berubah', () => void muat()), on('sesi.berubah', () => void muat())];
    return () => offs.forEach((off) => off());
  }, [muat]);

  // The recap of the chosen ballot, re-read whenever the kecamatan's exports change; the projector follows the ballot.
  useEffect(() => {
    if (!jenis || !ringkasan) return;
    if (useOperatorStore.getState().proyektor?.jenis !== jenis) void useOperatorStore.getState().aturProyektor({ jenis });
    let batal = false;
    void call('kabupaten.rekap', { jenis }).then((r) => {
      if (batal) return;
      if (r.ok) setRekap(r.value);
      else setPesan({ jenis: 'galat', teks: r.error.pesan });
    });
    return () => {
      batal = true;
    };
  }, [jenis, ringkasan]);

  // The kecamatan selected is the one whose PPK reads: the projector highlights it.
  useEffect(() => {
    if (dipilih && useOperatorStore.getState().proyektor?.sorotTps !== dipilih) void useOperatorStore.getState().aturProyektor({ sorotTps: dipilih });
  }, [dipilih]);

  // Ctrl+1..5: the ballots in the recapitulation order; Alt+Down/Up: the next / previous kecamatan (as TPS are
  // moved through in the kecamatan console).
  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (e.altKey && (e.key === 'ArrowDown' || e.key === 'ArrowUp')) {
        e.preventDefault();
        const kode = ringkasan?.kecamatan.map((k) => k.kode) ?? [];
        setDipilih((d) => kode[Math.min(kode.length - 1, Math.max(0, (d ? kode.indexOf(d) : -1) + (e.key === 'ArrowDown' ? 1 : -1)))] ?? d);
        return;
      }
      if (!(e.ctrlKey || e.metaKey) || e.altKey || e.shiftKey || !/^[1-9]$/.test(e.key)) return;
      const s = urutkanSuratSuara(ringkasan?.paket.surat_suara ?? [])[Number(e.key) - 1];
      if (s) {
        e.preventDefault();
        setJenis(s.jenis);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [ringkasan]);

  const cetak = async (): Promise<void> => {
    const p = await call('berkas.pilih', { untuk: 'folder-cetak' });
    const folder = p.ok ? p.value.paths[0] : undefined;
    if (!folder) return;
    const r = await call('kabupaten.cetak', { outDir: folder });
    setPesan(r.ok ? { jenis: 'sukses', teks: T_KAB.tercetak(r.value.length, folder) } : { jenis: 'galat', teks: r.error.pesan });
  };

  if (!ringkasan || !jenis) return <main className="memuat">{pesan?.teks ?? T.memuat}</main>;
  const { paket } = ringkasan;
  const kec = ringkasan.kecamatan.find((k) => k.kode === dipilih) ?? null;
  const masuk = ringkasan.kecamatan.filter((k) => k.status !== 'belum').length;
  const rekapIni = rekap && rekap.rekap.suratSuara.jenis === jenis ? rekap : null;
  const ss = paket.surat_suara.find((s) => s.jenis === jenis);

  return (
    <div className="konsol konsol-kab">
      <header className="bilah-atas">
        <div className="judul">
          <h1>
            {T_KAB.rekapitulasi} {paket.wilayah.kabupaten.nama}
          </h1>
          <div className="baris-surat-suara">
            <TabSuratSuara suratSuara={paket.surat_suara} jenis={jenis} onPilih={setJenis} />
            <p>
              {LABEL_SURAT_SUARA[jenis]} · {paket.pemilihan.nama}, {formatTanggal(paket.pemilihan.tanggal)} · {paket.wilayah.provinsi.nama} ·{' '}
              {T_KAB.jumlahKecamatan(ringkasan.kecamatan.length, masuk)}
            </p>
          </div>
        </div>
        <div className="aksi-atas">
          <MenuBerkas berkasDb={ringkasan.berkasDb} item={[{ label: T_HASIL.menuKabupaten, aksi: () => setHasilTerbuka(true) }]} />
          <button type="button" onClick={() => setImporTerbuka(true)}>
            {T_KAB.imporHasil}
          </button>
          <button type="button" onClick={() => void cetak()} title={T_KAB.cetakTitle}>
            {T_KAB.cetak}
          </button>
          <button type="button" onClick={() => setPlenoTerbuka(true)}>
            {T_KAB.rapatPleno}
          </button>
        </div>
      </header>

      <nav className="navigasi" aria-label={T_KAB.daftarKecamatan}>
        <h2>{T_KAB.daftarKecamatan}</h2>
        <ul className="daftar-desa" data-testid="daftar-kecamatan">
          {ringkasan.kecamatan.map((k) => (
            <li key={k.kode} className={k.kode === dipilih ? 'aktif' : undefined}>
              <button type="button" className={`desa kec-${k.status}`} title={T_KAB.status[k.status]} onClick={() => setDipilih(k.kode)} data-kecamatan={k.kode}>
                <span className="simbol" aria-hidden="true">
                  {T_KAB.simbol[k.status]}
                </span>
                <span className="nama">{k.nama}</span>
                <span className="hitung">{k.riwayat.length > 0 ? sidikPendek(k.riwayat[k.riwayat.length - 1]!.sha256).slice(0, 4) : ''}</span>
              </button>
            </li>
          ))}
        </ul>
        <ul className="legenda-status">
          {(['belum', 'diimpor', 'diganti'] as const).map((s) => (
            <li key={s} className={`kec-${s}`}>
              <span className="simbol">{T_KAB.simbol[s]}</span> {T_KAB.status[s]}
            </li>
          ))}
        </ul>
      </nav>

      <main className="lembar lembar-kab">
        <div className={`pesan-bar ${(pesan ?? pesanSesi)?.jenis ?? 'info'}`} role="status" data-testid="pesan">
          {(pesan ?? pesanSesi)?.teks ?? T_KAB.bacaSaja}
        </div>
        <div className="gulir-grid">{rekapIni ? <KabupatenTabel data={rekapIni} dipilih={dipilih} onPilih={setDipilih} /> : <p className="memuat">{T.memuat}</p>}</div>
        {rekapIni && (
          <p className="bantuan" data-testid="sidik-rekap">
            {T_KAB.sidikRekap}: <strong>{sidikPendek(rekapIni.sha256)}</strong> · SHA-256 {rekapIni.sha256}
          </p>
        )}
      </main>

      <RincianKecamatan kec={kec} temuan={rekapIni?.temuan ?? []} />

      <footer className="bilah-bawah">
        <ProjectorControl proyektor={proyektor} desa={null} kabupaten={{ kecamatan: kec?.nama ?? null }} />
      </footer>

      {imporTerbuka && (
        <ImporKecamatanDialog
          kecamatan={ringkasan.kecamatan}
          suratSuara={paket.surat_suara}
          onTutup={() => setImporTerbuka(false)}
          onSelesai={(kode) => {
            setDipilih(kode);
            void muat();
          }}
        />
      )}
      {plenoTerbuka && ss && (
        <PlenoPanel
          tingkat="kabupaten"
          desa={kec ? { kode: kec.kode, nama: kec.nama, tps: [] } : null}
          kodeTps={null}
          jenis={jenis}
          barisKeys={barisCHasil(ss).map((b) => b.key)}
          suratSuara={paket.surat_suara}
          onTutup={() => setPlenoTerbuka(false)}
        />
      )}
      {hasilTerbuka && <HasilPanel suratSuara={paket.surat_suara} tingkat="kabupaten" wilayah={paket.wilayah.kabupaten} onTutup={() => setHasilTerbuka(false)} />}
    </div>
  );
}

/** The selected kecamatan: the export it stands on, its import history, its findings. */
function RincianKecamatan({ kec, temuan }: { kec: KecamatanKabupaten | null; temuan: readonly Temuan[] }): React.JSX.Element {
  const milik = kec ? temuan.filter((t) => t.kode === kec.kode) : [];
  const sekarang = kec?.riwayat[kec.riwayat.length - 1];
  return (
    <aside className="panel-temuan panel-kecamatan" aria-label={kec?.nama ?? T_KAB.daftarKecamatan} data-testid="rincian-kecamatan">
      {kec && (
        <section>
          <h2>
            {kec.nama} ({kec.kode})
          </h2>
          <p className={`status-kec kec-${kec.status}`}>
            <span aria-hidden="true">{T_KAB.simbol[kec.status]}</span> {T_KAB.status[kec.status]}
          </p>
          {sekarang ? (
            <>
              <p className="label-kecil">{T_KAB.eksporSekarang}</p>
              <p className="sidik-kec" data-testid="sidik-kecamatan">
                {sekarang.sidik}
              </p>
              <p className="keterangan">
                {sekarang.namaBerkas} · {T_KAB.diimporPada(formatWaktu(new Date(sekarang.diimporPada)), sekarang.oleh)}
              </p>
              {kec.riwayat.length > 1 && (
                <>
                  <p className="label-kecil">{T_KAB.riwayat}</p>
                  <ol className="riwayat-impor" data-testid="riwayat-impor">
                    {kec.riwayat.map((r, i) => (
                      <li key={`${r.sha256}-${i}`} className={i === kec.riwayat.length - 1 ? 'berlaku' : 'lama'}>
                        <strong>{r.sidik}</strong> · {formatWaktu(new Date(r.diimporPada))} · {i === kec.riwayat.length - 1 ? T_KAB.berlaku : T_KAB.diganti}
                      </li>
                    ))}
                  </ol>
                </>
              )}
            </>
          ) : (
            <p>{T_KAB.belumAdaEkspor}</p>
          )}
        </section>
      )}
      <section data-testid="temuan-kecamatan">
        <h2>{kec ? T_KAB.temuanKecamatan(kec.nama) : T_KAB.temuan}</h2>
        {milik.length === 0 ? (
          <p className="bersih">{kec?.status === 'belum' ? '' : T_KAB.tidakAdaTemuan}</p>
        ) : (
          <ul className="daftar-temuan">
            {milik.map((t, i) => (
              <li key={`${t.aturan}-${i}`} className={t.keparahan}>
                <button type="button" disabled>
                  <span className="simbol" aria-hidden="true">
                    {t.keparahan === 'galat' ? '!' : '⚠'}
                  </span>
                  <span className="teks">
                    <span className="kepala">
                      <span className="aturan">{t.aturan}</span> <span className="sr-only">{t.keparahan === 'galat' ? T.galat : T.peringatan}</span>
                    </span>
                    <span className="pesan">{t.pesan}</span>
                  </span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
    </aside>
  );
}
