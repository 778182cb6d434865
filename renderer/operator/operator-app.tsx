import { useEffect, useMemo, useRef, useState } from 'react';
import { isSuratSuaraPartai, LABEL_SURAT_SUARA, urutkanSuratSuara } from '../../shared/domain/ballot';
import { desaOfTps, jenisDesa, nomorOfTps } from '../../shared/domain/region';
import { formatTanggal } from '../../shared/format/date';
import { validasiLembar } from '../../shared/validation/rules';
import type { Temuan } from '../../shared/validation/finding';
import { on } from '../api';
import { susunForm, urutanKunci } from '../lib/sheet-lines';
import { adaPerubahan, lembarDraf } from './draft';
import { HasilPanel, T_HASIL } from './hasil-panel';
import { KabupatenApp } from './kabupaten-app';
import { MenuBerkas } from './menu-berkas';
import { TabSuratSuara } from './tab-surat-suara';
import { PlenoPanel, T_PLENO } from './pleno-panel';
import { EntryGrid } from './entry-grid';
import { FindingsPanel, type TemuanDesa } from './findings-panel';
import { NavSidebar, SIMBOL_STATUS } from './nav-sidebar';
import { jumlahTerisi, statusTps, type StatusTps } from './progress';
import { ProjectorControl } from './projector-control';
import { StartScreen } from './start-screen';
import { desaTerpilih, suratSuaraAktif, useOperatorStore } from './store';
import { T } from './text';

/**
 * The operator console: open a recap database, navigate desa -> TPS, enter a C.Hasil in paper order with
 * live validation, compare with Sirekap, save explicitly, and drive the projector.
 */
export function OperatorApp(): React.JSX.Element {
  const s = useOperatorStore();
  const simpanRef = useRef<HTMLButtonElement>(null);
  const [plenoTerbuka, setPlenoTerbuka] = useState(false);
  const [hasilTerbuka, setHasilTerbuka] = useState(false);

  useEffect(() => {
    const st = useOperatorStore.getState();
    void st.mulai();
    const offs = [
      on('nilai.berubah', (p) => void useOperatorStore.getState().muatUlang(p.kodeTps)),
      on('sesi.berubah', () => void useOperatorStore.getState().mulai()),
      on('proyektor.berubah', (k) => useOperatorStore.getState().setProyektor(k)),
    ];
    return () => offs.forEach((off) => off());
  }, []);

  // Keyboard: Ctrl+S / Ctrl+Enter save, Alt+Down/Up change TPS, F8/Shift+F8 page the projector.
  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      const st = useOperatorStore.getState();
      if ((e.ctrlKey || e.metaKey) && (e.key === 's' || e.key === 'S' || e.key === 'Enter')) {
        e.preventDefault();
        void st.simpan();
      } else if (e.altKey && (e.key === 'ArrowDown' || e.key === 'ArrowUp')) {
        e.preventDefault();
        void st.geserTps(e.key === 'ArrowDown' ? 1 : -1);
      } else if ((e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && /^[1-9]$/.test(e.key)) {
        // Ctrl+1..5: the ballots in the recapitulation order.
        const pilihan = urutkanSuratSuara(st.ringkasan?.paket.surat_suara ?? [])[Number(e.key) - 1];
        if (pilihan) {
          e.preventDefault();
          void st.pilihJenis(pilihan.jenis);
        }
      } else if (e.key === 'F8') {
        e.preventDefault();
        void st.aturProyektor({ geser: e.shiftKey ? -1 : 1 });
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const ss = suratSuaraAktif(s.ringkasan, s.jenis);
  const keys = useMemo(() => (ss ? urutanKunci(susunForm(ss)) : []), [ss]);
  const jenisPemilihan = s.ringkasan?.paket.pemilihan.jenis ?? 'pemilu';

  // Findings by TPS: live for sheets with a draft, saved otherwise.
  const { statusPerTps, temuanPerTps } = useMemo(() => {
    const saved = new Map<string, Temuan[]>();
    for (const t of s.temuan) {
      if (t.surat_suara !== s.jenis) continue;
      const list = saved.get(t.kode) ?? [];
      list.push(t);
      saved.set(t.kode, list);
    }
    const status: Record<string, StatusTps> = {};
    const temuan = new Map<string, TemuanDesa[]>();
    for (const d of s.ringkasan?.paket.desa ?? []) {
      for (const tps of d.tps) {
        const k = s.kemajuan[tps.kode];
        const draf = s.draf[tps.kode];
        const lembar = s.lembar[tps.kode];
        if (ss && adaPerubahan(draf) && lembar) {
          const sheet = lembarDraf(lembar.c_hasil, draf, keys);
          const live = validasiLembar(sheet, { jenisPemilihan, suratSuara: ss, tingkat: 'tps', kode: tps.kode });
          status[tps.kode] = statusTps(jumlahTerisi(sheet, keys), keys.length, k?.sirekap ?? false, live);
          temuan.set(tps.kode, live.map((t) => ({ temuan: t, sumber: 'draf' })));
        } else {
          const list = saved.get(tps.kode) ?? [];
          status[tps.kode] = statusTps(k?.terisi ?? 0, k?.jumlahBaris ?? keys.length, k?.sirekap ?? false, list);
          const sumber = (k?.terisi ?? 0) === 0 ? 'sirekap' : 'tersimpan';
          temuan.set(tps.kode, list.map((t) => ({ temuan: t, sumber })));
        }
      }
      const unit = saved.get(d.kode);
      if (unit) temuan.set(d.kode, unit.map((t) => ({ temuan: t, sumber: 'tersimpan' })));
    }
    return { statusPerTps: status, temuanPerTps: temuan };
  }, [s.temuan, s.jenis, s.ringkasan, s.kemajuan, s.draf, s.lembar, ss, keys, jenisPemilihan]);

  if (s.galatMuat) {
    return (
      <main className="galat-muat" role="alert">
        {s.galatMuat}
      </main>
    );
  }
  if (s.tingkatKabupaten) return <KabupatenApp />;
  if (s.tanpaBasisData) return <StartScreen />;
  if (!s.ringkasan || !ss) return <main className="memuat">{T.memuat}</main>;

  const { paket } = s.ringkasan;
  const desa = desaTerpilih(s.ringkasan, s.kodeTps);
  const lembar = s.kodeTps ? s.lembar[s.kodeTps] : undefined;
  const draf = s.kodeTps ? s.draf[s.kodeTps] : undefined;
  const live =
    s.kodeTps && lembar
      ? validasiLembar(lembarDraf(lembar.c_hasil, draf, keys), { jenisPemilihan, suratSuara: ss, tingkat: 'tps', kode: s.kodeTps })
      : [];
  const temuanDesa: TemuanDesa[] = desa
    ? [...desa.tps.flatMap((t) => (t.kode === s.kodeTps ? live.map((x) => ({ temuan: x, sumber: adaPerubahan(draf) ? ('draf' as const) : ('tersimpan' as const) })) : (temuanPerTps.get(t.kode) ?? []))), ...(temuanPerTps.get(desa.kode) ?? [])]
    : [];
  const status = s.kodeTps ? statusPerTps[s.kodeTps] : undefined;
  const drafSet = new Set(Object.keys(s.draf).filter((k) => adaPerubahan(s.draf[k])));
  const nomor = s.kodeTps ? String(nomorOfTps(s.kodeTps)).padStart(3, '0') : '';
  const galatLive = live.filter((t) => t.keparahan === 'galat').length;
  const sheetNow = lembar ? lembarDraf(lembar.c_hasil, draf, keys) : {};
  const jumlahSelisih = lembar ? keys.filter((k) => sheetNow[k] != null && lembar.sirekap[k] != null && sheetNow[k] !== lembar.sirekap[k]).length : 0;

  return (
    <div className="konsol">
      <header className="bilah-atas">
        <div className="judul">
          <h1>
            {T.rekapitulasi} {paket.wilayah.kecamatan.nama}
          </h1>
          <div className="baris-surat-suara">
            <TabSuratSuara suratSuara={paket.surat_suara} jenis={s.jenis} onPilih={(j) => void s.pilihJenis(j)} />
            <p>
              {LABEL_SURAT_SUARA[s.jenis]} · {paket.pemilihan.nama}, {formatTanggal(paket.pemilihan.tanggal)} · {paket.wilayah.kabupaten.nama},{' '}
              {paket.wilayah.provinsi.nama} · {s.ringkasan.jumlahDesa} desa/kelurahan, {s.ringkasan.jumlahTps} TPS
            </p>
          </div>
        </div>
        <div className="aksi-atas">
          <MenuBerkas berkasDb={s.ringkasan.berkasDb} item={[{ label: T_HASIL.menu, aksi: () => setHasilTerbuka(true) }]} />
          <button type="button" onClick={() => void s.imporSirekap()}>
            {T.imporSirekap}
          </button>
          <button type="button" onClick={() => setPlenoTerbuka(true)}>
            {T_PLENO.tombol}
          </button>
        </div>
      </header>

      <NavSidebar desa={paket.desa} kodeTps={s.kodeTps} status={statusPerTps} draf={drafSet} onPilih={(k) => void s.pilihTps(k)} />

      <main className="lembar" aria-label={desa ? T.judulLembar(nomor, desa.nama) : undefined}>
        {desa && s.kodeTps && (
          <>
            <div className="kepala-lembar">
              <div>
                <h2 data-testid="judul-lembar">
                  {T.tps} {nomor} · {jenisDesa(desa.kode) === 'kelurahan' ? T.kelurahan : T.desa} {desa.nama}
                </h2>
                <p className="sumber">
                  {status && (
                    <span className={`lencana status-${status}`} data-testid="status-tps">
                      <span aria-hidden="true">{adaPerubahan(draf) ? '✎' : SIMBOL_STATUS[status]}</span> {adaPerubahan(draf) ? T.draf : T.status[status]}
                    </span>
                  )}
                  {jumlahSelisih > 0 && (
                    <span className="lencana selisih" data-testid="selisih-tps">
                      <span aria-hidden="true">≠</span> {T.jumlahSelisih(jumlahSelisih)}
                    </span>
                  )}{' '}
                  {T.sumber}
                </p>
              </div>
              <div className="tombol-simpan">
                {adaPerubahan(draf) && (
                  <button type="button" className="sekunder" onClick={() => s.buangDraf()}>
                    {T.buangDraf}
                  </button>
                )}
                <button ref={simpanRef} type="button" className="utama" onClick={() => void s.simpan()} disabled={s.menyimpan}>
                  {s.menyimpan ? T.menyimpan : T.simpan} <kbd>{T.pintasanSimpan}</kbd>
                </button>
              </div>
            </div>
            <div className={`pesan-bar ${s.pesan?.jenis ?? (adaPerubahan(draf) ? 'info' : 'kosong')}`} role="status" data-testid="pesan">
              {s.pesan
                ? s.pesan.jamSimpan !== undefined && galatLive > 0
                  ? T.tersimpanDenganGalat(s.pesan.jamSimpan, galatLive)
                  : s.pesan.teks
                : adaPerubahan(draf)
                  ? T.adaDraf
                  : ''}
            </div>
            <div className="gulir-grid">
              {lembar ? (
                <EntryGrid
                  kodeTps={s.kodeTps}
                  suratSuara={ss}
                  tersimpan={lembar.c_hasil}
                  sirekap={lembar.sirekap}
                  draf={draf}
                  temuan={live}
                  fokus={s.fokus}
                  onKetik={s.ketik}
                  onSelesai={() => simpanRef.current?.focus()}
                />
              ) : (
                <p className="memuat">{T.memuat}</p>
              )}
            </div>
            <p className="bantuan">{isSuratSuaraPartai(s.jenis) ? T.bantuanKeyboardPartai : T.bantuanKeyboard}</p>
          </>
        )}
      </main>

      {desa && s.kodeTps && (
        <FindingsPanel
          namaDesa={desa.nama}
          kodeTps={s.kodeTps}
          lembarIni={live}
          desa={temuanDesa}
          onLompat={(kode, key) => {
            if (kode.length === 13 && desaOfTps(kode) === desa.kode) void s.pilihTps(kode, key);
          }}
        />
      )}

      <footer className="bilah-bawah">
        <ProjectorControl proyektor={s.proyektor} desa={desa} />
      </footer>
      {hasilTerbuka && <HasilPanel suratSuara={paket.surat_suara} tingkat="kecamatan" wilayah={paket.wilayah.kecamatan} onTutup={() => setHasilTerbuka(false)} />}
      {plenoTerbuka && <PlenoPanel desa={desa} kodeTps={s.kodeTps} jenis={s.jenis} barisKeys={keys} suratSuara={paket.surat_suara} onTutup={() => setPlenoTerbuka(false)} />}
    </div>
  );
}
