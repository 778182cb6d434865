import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { JamKop } from './jam';
import { koreksiKeJumlah, PlenoStatus, usePleno } from './pleno-status';
import { isSuratSuaraPartai, nomorPeserta, SINGKATAN_SURAT_SUARA, type JenisSuratSuara } from '../../shared/domain/ballot';
import { jumlahkanLembar } from '../../shared/forms/aggregate';
import type { Lembar } from '../../shared/forms/c-hasil';
import type { RekapKecamatan } from '../../shared/forms/recap';
import { formatAngka } from '../../shared/format/number';
import type { RingkasanPemilihan } from '../../shared/ipc/contract';
import type { Temuan } from '../../shared/validation/finding';
import { call, on } from '../api';
import type { EventPayloads, KeadaanProyektor } from '../../shared/ipc/contract';
import type { KemajuanTps } from '../../shared/forms/progress';
import { susunForm } from '../lib/sheet-lines';
import { terapkanLembar, type DataRekap } from '../lib/incremental';
import { offsetZona } from '../lib/time-zone';
import { FONT_ANGKA, FONT_LABEL, hitungMetrik, labelProyektor, refProyektor, jumlahHalamanPerBagian, tataLetak, type HalamanProyektor, type JenisKolom, type MasukanTataLetak, type TataLetak, type UkurTeks } from './layout';
import { pasJudul, type UkuranJudul } from './layout-kop';
import { masukanSama } from './layout-tetap';
import { adaSubBaris, bagianProyektor, koreksiKeBlok, labelSubBaris, partaiRinci } from './layout-partai';
import { muatDataKabupaten, T_PROYEKTOR_KAB, unitKabupaten, type DataProyektorKabupaten } from './kabupaten-data';
import { T } from './text';
import { tandaRingkasPartai, unitDesa, unitKecamatan, type TandaSel, type UnitProyektor } from './view-model';

interface Data {
  readonly ringkasan: RingkasanPemilihan;
  readonly rekap: RekapKecamatan;
  readonly temuan: readonly Temuan[];
  readonly kemajuan: ReadonlyMap<string, KemajuanTps>;
  /** At KPU kabupaten/kota level: the units are the kecamatan (kabupaten-data.ts). */
  readonly kabupaten?: DataProyektorKabupaten['kabupaten'];
}

function buatUkur(): UkurTeks {
  const ctx = document.createElement('canvas').getContext('2d');
  // Widths are asked for again on every save and page (the same numbers and labels): measured once each.
  const cache = new Map<string, number>();
  return (text, font) => {
    const key = `${font}|${text}`;
    const known = cache.get(key);
    if (known !== undefined) return known;
    let w = text.length * 0.62 * Number(/(\d+)px/.exec(font)?.[1] ?? 16);
    if (ctx) {
      ctx.font = font;
      w = ctx.measureText(text).width;
    }
    if (cache.size > 50_000) cache.clear();
    cache.set(key, w);
    return w;
  };
}

function useUkuranLayar(): { lebar: number; tinggi: number } {
  const [u, setU] = useState({ lebar: window.innerWidth, tinggi: window.innerHeight });
  useEffect(() => {
    const onResize = (): void => setU({ lebar: window.innerWidth, tinggi: window.innerHeight });
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  return u;
}

/** Waits for the hall fonts, so that widths are measured with the glyphs that will be drawn. */
function useFontSiap(): boolean {
  const [siap, setSiap] = useState(false);
  useEffect(() => {
    const fonts = [`30px ${FONT_ANGKA}`, `bold 30px ${FONT_ANGKA}`, `20px ${FONT_LABEL}`, `bold 20px ${FONT_LABEL}`];
    void Promise.all(fonts.map((f) => document.fonts.load(f)))
      .catch(() => undefined)
      .then(() => setSiap(true));
  }, []);
  return siap;
}

/** The ballot shown: the projector state's choice when the election has it, else its first ballot. */
function jenisTampil(ring: RingkasanPemilihan, dipilih: JenisSuratSuara | null): JenisSuratSuara {
  return ring.paket.surat_suara.find((x) => x.jenis === dipilih)?.jenis ?? ring.paket.surat_suara[0]?.jenis ?? 'PPWP';
}

/**
 * The read-only big view for the hall. It shows what the operator chose (state held by the main process)
 * and re-reads on every `nilai.berubah` event: it never shows anything that was not saved.
 */
export function ProjectorApp(): React.JSX.Element {
  const [data, setData] = useState<Data | null>(null);
  const [galat, setGalat] = useState<string | null>(null);
  const [keadaan, setKeadaan] = useState<KeadaanProyektor | null>(null);
  const seq = useRef(0);
  const ukuran = useUkuranLayar();
  const fontSiap = useFontSiap();
  const pleno = usePleno();
  const ukur = useMemo(() => buatUkur(), []);

  // Reads what the projector shows. The package (ringkasan) only when the database may have changed; on a
  // saved value only the recap, the findings and the progress, in parallel (the latency path of a save).
  const ringkasan = useRef<RingkasanPemilihan | null>(null);
  // The ballot shown is the one in the main process's projector state (the operator's choice).
  const jenisDipilih = useRef<JenisSuratSuara | null>(null);
  const muat = useCallback(async (denganRingkasan: boolean): Promise<void> => {
    const my = ++seq.current;
    if (denganRingkasan || !ringkasan.current) {
      const ring = await call('pemilihan.ringkasan', {});
      if (!ring.ok && ring.error.kode === 'tingkat-kabupaten') {
        const kab = await muatDataKabupaten(jenisDipilih.current);
        if (my !== seq.current) return;
        ringkasan.current = null;
        if (!kab.ok) return setGalat(kab.error.pesan);
        setGalat(null);
        return setData(kab.value);
      }
      if (!ring.ok) {
        if (my === seq.current) setGalat(ring.error.kode === 'belum-ada-basis-data' ? T.tanpaData : ring.error.pesan);
        return;
      }
      ringkasan.current = ring.value;
    }
    const ring = ringkasan.current;
    const jenis = jenisTampil(ring, jenisDipilih.current);
    const [rekap, temuan, kemajuan] = await Promise.all([call('rekap.ambil', { jenis }), call('temuan.daftar', {}), call('kemajuan.ambil', { jenis })]);
    if (my !== seq.current) return;
    if (!rekap.ok || !temuan.ok || !kemajuan.ok) {
      setGalat((!rekap.ok ? rekap.error : !temuan.ok ? temuan.error : !kemajuan.ok ? kemajuan.error : null)?.pesan ?? '');
      return;
    }
    setGalat(null);
    // The same ballot of the same package keeps its object, so that what is derived from it (the rows, the
    // layout) is not made again by the re-read that follows saves.
    setData((d) => {
      const lalu = d?.rekap.suratSuara;
      const sama = !denganRingkasan && d?.ringkasan === ring && lalu?.jenis === rekap.value.suratSuara.jenis;
      return { ringkasan: ring, rekap: sama && lalu ? { ...rekap.value, suratSuara: lalu } : rekap.value, temuan: temuan.value, kemajuan: new Map(kemajuan.value.map((k) => [k.kodeTps, k])) };
    });
  }, []);

  // After a save: read back only the TPS the event names and apply them (renderer/lib/incremental.ts); a
  // full re-read follows shortly after the last event, so the view always ends on the main process's recap.
  const penuh = useRef<number | undefined>(undefined);
  const perbarui = useCallback(
    async (p: EventPayloads['nilai.berubah']): Promise<void> => {
      window.clearTimeout(penuh.current);
      penuh.current = window.setTimeout(() => void muat(false), 400);
      const ring = ringkasan.current;
      if (!ring || p.kodeTps.length > 20) return muat(false);
      const my = ++seq.current;
      const jenis = jenisTampil(ring, jenisDipilih.current);
      if (!p.jenis.includes(jenis)) return;
      // A save carries its sheet: applied at once, nothing read back (one round trip less on every save).
      const dibawa = new Map((p.lembar ?? []).filter((l) => l.jenis === jenis).map((l) => [l.kodeTps, l]));
      const sheets = p.kodeTps.every((k) => dibawa.has(k)) ? p.kodeTps.map((k) => ({ ok: true as const, value: dibawa.get(k)! })) : await Promise.all(p.kodeTps.map((kodeTps) => call('tps.ambil', { kodeTps, jenis })));
      if (my !== seq.current) return;
      setData((d) => {
        if (!d) return d;
        let next: DataRekap = d;
        for (const r of sheets) if (r.ok) next = terapkanLembar(next, ring.paket.pemilihan.jenis, r.value);
        return { ...d, ...next };
      });
    },
    [muat],
  );

  useEffect(() => {
    void muat(true);
    const terima = (k: KeadaanProyektor): void => {
      const ganti = jenisDipilih.current !== k.jenis;
      jenisDipilih.current = k.jenis;
      setKeadaan(k);
      if (ganti) void muat(false);
    };
    void call('proyektor.ambil', {}).then((r) => r.ok && terima(r.value));
    const offs = [
      on('nilai.berubah', (p) => void perbarui(p)),
      on('sesi.berubah', () => void muat(true)),
      on('kabupaten.berubah', () => void muat(true)),
      on('proyektor.berubah', terima),
    ];
    return () => {
      offs.forEach((off) => off());
      window.clearTimeout(penuh.current);
    };
  }, [muat, perbarui]);

  // The keyboard of the projector window pages too (when it has the focus).
  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      const next = ['ArrowRight', 'PageDown', ' ', 'ArrowDown'].includes(e.key);
      const prev = ['ArrowLeft', 'PageUp', 'ArrowUp'].includes(e.key);
      if (next || prev) {
        e.preventDefault();
        void call('proyektor.atur', { geser: next ? 1 : -1 });
      } else if (e.key === 'Home') {
        e.preventDefault();
        void call('proyektor.atur', { halaman: 0 });
      } else if (e.key === '1' || e.key === '2' || e.key === '3') {
        void call('proyektor.atur', { bagian: (['suara', 'pemilih', 'surat'] as const)[Number(e.key) - 1]!, halaman: 0 });
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  // Party ballots: the summary (a line per party) or one party's block; see layout-partai.ts.
  const ss = data?.rekap.suratSuara;
  const ringkas = !!ss && isSuratSuaraPartai(ss.jenis) && keadaan?.modePartai !== 'rinci';
  const modePartai = keadaan?.modePartai ?? 'ringkas';
  const partai = modePartai === 'rinci' ? (keadaan?.partai ?? null) : null;
  const sections = useMemo(() => (ss ? bagianProyektor(susunForm(ss), ss, modePartai, partai) : []), [ss, modePartai, partai]);
  // Units depend on what is shown, not on the page: paging redraws one page and lays nothing out again.
  const adaKeadaan = keadaan !== null;
  const tampilan = keadaan?.tampilan;
  const kodeDesa = keadaan?.kodeDesa ?? null;
  const sorotTps = keadaan?.sorotTps ?? null;
  const units = useMemo((): UnitProyektor[] => {
    if (!data || !adaKeadaan) return [];
    const u = data.kabupaten ? unitKabupaten({ ...data, kabupaten: data.kabupaten }, sorotTps) : tampilan === 'desa' && kodeDesa ? unitDesa(data.rekap, kodeDesa, data.temuan, data.kemajuan, sorotTps) : unitKecamatan(data.rekap, data.temuan, data.kemajuan);
    return ringkas ? tandaRingkasPartai(u, data.rekap.suratSuara) : u;
  }, [data, adaKeadaan, tampilan, kodeDesa, sorotTps, ringkas]);
  const desa = keadaan?.tampilan === 'desa' ? data?.rekap.desa.find((d) => d.kode === keadaan.kodeDesa) : undefined;
  const jumlahAkhir: Lembar = desa ? desa.lembar : (data?.rekap.jumlah ?? {});

  const layoutLalu = useRef<{ masukan: MasukanTataLetak; layout: TataLetak } | null>(null);
  const layout = useMemo((): TataLetak | null => {
    if (!data || !fontSiap) return null;
    // The rows shown in this mode (a party ballot's summary has a tenth of the form's rows).
    const keys = sections.flatMap((s) => s.garis.flatMap((g) => g.keys));
    // Widths hold the numbers a column will plausibly show (at least 999 for a TPS, 9.999 for a desa), so
    // that saving a value rarely changes which units share a page.
    const tps = units[0]?.tingkat !== 'desa';
    const maxUnit = Math.max(tps ? 999 : 9999, ...units.flatMap((u) => keys.map((k) => u.lembar[k] ?? 0)));
    const maxJumlah = Math.max(tps ? 9999 : 99999, ...keys.map((k) => jumlahAkhir[k] ?? 0));
    // A column is as wide as its widest cell: the number, or Sirekap's differing number above it.
    const { angkaPx } = hitungMetrik(ukuran.lebar, ukuran.tinggi);
    const fontAngka = `bold ${angkaPx}px ${FONT_ANGKA}`;
    const fontSirekap = `bold ${Math.round(angkaPx * 0.4)}px ${FONT_ANGKA}`; // as .nilai-sirekap in projector.css
    const lebarIsi = (u: UnitProyektor): number =>
      Math.max(
        0,
        ...keys.map((k) => {
          const t = u.tanda.get(k);
          const sirekap = t?.nilaiSirekap !== undefined ? ukur(`S ${formatAngka(t.nilaiSirekap)}`, fontSirekap) + 10 : 0;
          return Math.max(ukur(formatAngka(u.lembar[k]), fontAngka), sirekap);
        }),
      );
    const masukan: MasukanTataLetak = {
      lebar: ukuran.lebar,
      tinggi: ukuran.tinggi,
      bagian: sections,
      unit: units.map((u) => ({ kode: u.kode, judul: u.judul, lebarIsi: lebarIsi(u) })),
      angkaTerlebarUnit: formatAngka(maxUnit),
      angkaTerlebarJumlah: formatAngka(maxJumlah),
      ukur,
    };
    // A saved value seldom changes what the layout depends on (the columns' widest cells, the widest numbers):
    // then the previous layout is kept as it is, and with it every page object, so the table redraws only the
    // cells whose value changed (layout-tetap.ts).
    const lalu = layoutLalu.current;
    if (lalu && masukanSama(lalu.masukan, masukan)) return lalu.layout;
    const baru = tataLetak(masukan);
    layoutLalu.current = { masukan, layout: baru };
    return baru;
  }, [data, fontSiap, units, jumlahAkhir, ukuran, sections, ukur]);

  // Tell the main process how many pages each bagian has here, so the operator's paging knows the end.
  const laporan = layout ? JSON.stringify(jumlahHalamanPerBagian(layout)) : null;
  useEffect(() => {
    if (!layout || !keadaan || laporan === JSON.stringify(keadaan.jumlahHalaman)) return;
    void call('proyektor.lapor', { jumlahHalaman: jumlahHalamanPerBagian(layout) });
  }, [laporan, layout, keadaan]);

  // The header's title and subtitle fitted to the room left beside the page and the clock (layout-kop.ts).
  const judulRef = useRef<HTMLDivElement>(null);
  const [pas, setPas] = useState<{ judul: UkuranJudul; subPx: number } | null>(null);
  const labelPx = layout?.metrik.labelPx ?? 0;
  useLayoutEffect(() => {
    const el = judulRef.current;
    const h1 = el?.querySelector('h1');
    const sub = el?.querySelector('p');
    if (!el || !h1 || !sub || labelPx === 0) return;
    const lebar = el.clientWidth;
    const dasarSub = Math.round(labelPx * 0.95);
    // Two lines of the title (line height 1.05) and the subtitle (1.25) within the header's height.
    const maksDua = Math.floor(((layout?.metrik.kopPx ?? 0) - 6 - dasarSub * 1.25) / 2.1);
    const judul = pasJudul(h1.textContent ?? '', lebar, Math.round(labelPx * 1.35), maksDua, FONT_ANGKA, ukur);
    const w = ukur(sub.textContent ?? '', `${dasarSub}px ${FONT_LABEL}`);
    const subPx = w <= lebar ? dasarSub : Math.max(Math.ceil(dasarSub * 0.7), Math.floor((dasarSub * lebar) / w));
    if (!pas || pas.judul.px !== judul.px || pas.judul.baris !== judul.baris || pas.subPx !== subPx) setPas({ judul, subPx });
  });

  // Party ballots: when the TPS being read (or the party in detail) changes, show the column page holding that
  // TPS (or its desa, on the kecamatan) on the same row page, so the hall sees the numbers being read.
  const diikuti = useRef('');
  useEffect(() => {
    if (!layout || !keadaan || !data || !isSuratSuaraPartai(data.rekap.suratSuara.jenis)) return;
    const rinci = keadaan.modePartai === 'rinci';
    const kunci = `${keadaan.modePartai}|${rinci ? keadaan.partai : ''}|${keadaan.sorotTps}|${keadaan.tampilan}|${keadaan.kodeDesa}`;
    if (diikuti.current === kunci) return;
    diikuti.current = kunci;
    const sorot = keadaan.sorotTps;
    const i = sorot ? units.findIndex((u) => sorot.startsWith(u.kode)) : -1;
    const pages = layout.halaman.filter((h) => h.bagian === keadaan.bagian);
    const kini = pages[Math.min(Math.max(0, keadaan.halaman), pages.length - 1)];
    const idx = pages.findIndex((h) => h.garis === kini?.garis && i >= h.dari && i < h.sampai);
    if (idx >= 0 && idx !== keadaan.halaman) void call('proyektor.atur', { halaman: idx });
  }, [layout, keadaan, data, units]);

  // Corrected cells: rebuilt when the plenary or the ballot changes, not on every render (the table's cells
  // compare what they get from it).
  const jenisTabel = ss?.jenis;
  const koreksiSel = useMemo((): ReadonlyMap<string, KoreksiSel> => {
    const koreksiTps = new Map<string, KoreksiSel>((pleno?.keberatan ?? []).flatMap((kb) => kb.koreksi).filter((c) => c.jenis === jenisTabel).map((c) => [`${c.tpsKode}:${c.baris}`, { lama: c.nilaiLama, no: c.keberatanId }]));
    // A desa column and a JUMLAH column mark a row corrected in any of their TPS with the objection numbers.
    return koreksiKeJumlah(ringkas ? koreksiKeBlok(koreksiTps, (k) => ({ ...k, blok: true })) : koreksiTps, (ks) => ({ lama: null, no: ks.map((k) => k.no).join(','), blok: true }));
  }, [pleno, jenisTabel, ringkas]);

  if (galat) return <main className="proyektor pesan-besar">{galat}</main>;
  if (!data || !keadaan || !layout) return <main className="proyektor pesan-besar">{T.memuat}</main>;

  const pages = layout.halaman.filter((h) => h.bagian === keadaan.bagian);
  const idx = Math.min(Math.max(0, keadaan.halaman), Math.max(0, pages.length - 1));
  const page = pages[idx];
  const { paket } = data.ringkasan;
  const offset = offsetZona(paket.wilayah.provinsi.kode);
  const m = layout.metrik;
  const pRinci = isSuratSuaraPartai(data.rekap.suratSuara.jenis) && keadaan.modePartai === 'rinci' ? partaiRinci(data.rekap.suratSuara, keadaan.partai) : null;
  const namaBagian = keadaan.bagian !== 'suara' || !isSuratSuaraPartai(data.rekap.suratSuara.jenis) ? T.bagian[keadaan.bagian] : pRinci ? T.rinciPartai(nomorPeserta(pRinci.nomor)) : T.ringkasPartai;

  return (
    <main
      className="proyektor"
      style={
        {
          '--angka': `${m.angkaPx}px`,
          '--label': `${m.labelPx}px`,
          '--pad': `${m.padding}px`,
          '--tanda': `${m.tandaLebar}px`,
        } as React.CSSProperties
      }
    >
      <header className="kop" style={{ height: m.kopPx }}>
        <div className="kop-judul" ref={judulRef}>
          <h1 data-baris={pas?.judul.baris} style={pas ? { fontSize: pas.judul.px } : undefined}>
            {SINGKATAN_SURAT_SUARA[data.rekap.suratSuara.jenis]} ·{' '}
            {data.kabupaten ? T_PROYEKTOR_KAB.judul(data.kabupaten.nama) : desa ? T.judulDesa(desa.kode.charAt(6) === '1' ? 'KELURAHAN' : 'DESA', desa.nama) : T.judulKecamatan(paket.wilayah.kecamatan.nama)}
          </h1>
          <p style={pas ? { fontSize: pas.subPx } : undefined}>{data.kabupaten ? T_PROYEKTOR_KAB.sub(data.kabupaten.provinsi) : desa ? `${T.judulKecamatan(paket.wilayah.kecamatan.nama)} · ${T.subDesa}` : `${T.kabupaten(paket.wilayah.kabupaten.nama)} · ${T.subKecamatan}`}</p>
        </div>
        {/* At a KPU kabupaten/kota: the review state of the kecamatan being read (highlighted). */}
        <PlenoStatus pleno={pleno} kodeDesa={data.kabupaten ? (keadaan.sorotTps ?? null) : (desa?.kode ?? null)} jenis={data.rekap.suratSuara.jenis} rekap={data.rekap} />
        <div className="kop-bagian">
          <span className="nama-bagian" data-testid="bagian">
            {namaBagian}
          </span>
          <span className="kop-halaman" data-testid="halaman">
            {T.halaman(idx + 1, Math.max(1, pages.length))}
          </span>
        </div>
        <JamKop offset={offset} />
      </header>
      {page && <TabelHalaman page={page} layout={layout} units={units} jumlahAkhir={jumlahAkhir} keys={data.rekap.rowKeys} lebarLayar={ukuran.lebar} koreksi={koreksiSel} kodeJumlah={desa?.kode ?? data.rekap.kode} />}
      <footer className="legenda" style={{ height: m.legendaPx }}>
        <span className="contoh galat">!</span> {T.legendaGalat}
        <span className="contoh peringatan">⚠</span> {T.legendaPeringatan}
        <span className="contoh selisih">≠</span> {T.legendaSelisih}
        {data.kabupaten ? (
          <>
            <span className="contoh teks">XXXX-XXXX</span> {T_PROYEKTOR_KAB.legendaSidik}
          </>
        ) : keadaan.tampilan === 'desa' ? (
          <>
            <span className="contoh sirekap">S</span> {T.legendaSirekap}
          </>
        ) : (
          <>
            <span className="contoh teks">n/m TPS</span> {T.legendaTpsDibaca}
          </>
        )}
        <span className="contoh kosong">—</span> {T.legendaKosong}
      </footer>
    </main>
  );
}

interface TabelProps {
  readonly page: HalamanProyektor;
  readonly layout: TataLetak;
  readonly units: readonly UnitProyektor[];
  readonly jumlahAkhir: Lembar;
  readonly keys: readonly string[];
  /** The screen's width: room left over widens the unit columns (up to a third). */
  readonly lebarLayar: number;
  /** Corrected cells by `tps:row`: the value before and the objection number. */
  readonly koreksi: ReadonlyMap<string, KoreksiSel>;
  /** Whose total the JUMLAH column shows (the desa's or the kecamatan's code), for its corrected rows. */
  readonly kodeJumlah: string;
}

/** A corrected TPS cell: the value it replaced (shown struck through) and the objection that changed it. */
interface KoreksiSel {
  readonly lama: number | null;
  /** The objection number; a sum lists each objection that changed it (`1,4`). */
  readonly no: number | string;
  /** A sum (a party's summary line, a desa column): a cell in it was corrected (the number only). */
  readonly blok?: boolean;
}

function Angka({ v, tanda, koreksi }: { v: number | null | undefined; tanda?: TandaSel | undefined; koreksi?: KoreksiSel | undefined }): React.JSX.Element {
  return (
    <>
      {tanda && (tanda.galat || tanda.peringatan || tanda.selisih || tanda.sirekap) && (
        <span className="tanda-sel" aria-hidden="true">
          {tanda.galat ? <span className="t-galat">!</span> : tanda.peringatan ? <span className="t-peringatan">⚠</span> : null}
          {tanda.selisih && <span className="t-selisih">≠</span>}
          {tanda.sirekap && <span className="t-sirekap">S</span>}
        </span>
      )}
      <span className="isi-angka">
        {koreksi ? (
          <span className="nilai-koreksi" data-testid="koreksi-sel">
            {!koreksi.blok && <s>{formatAngka(koreksi.lama)}</s>}→#{koreksi.no}
          </span>
        ) : (
          tanda?.nilaiSirekap !== undefined && <span className="nilai-sirekap">S {formatAngka(tanda.nilaiSirekap)}</span>
        )}
        <span className="nilai">{formatAngka(v)}</span>
      </span>
    </>
  );
}

/**
 * A number cell with only plain values as props (the marks and the correction spread out), memoised: after a
 * save the table is drawn again, but React leaves every cell whose value and marks did not change alone.
 */
interface PropsSel {
  readonly cls: string;
  readonly dataKey: string;
  readonly v: number | null | undefined;
  /** A unit's code (TPS or desa column) or the kind of sum column. */
  readonly kode?: string;
  readonly kolom?: string;
  readonly galat?: boolean;
  readonly peringatan?: boolean;
  readonly selisih?: boolean;
  readonly sirekap?: boolean;
  readonly nilaiSirekap?: number | undefined;
  readonly koreksiLama?: number | null;
  readonly koreksiNo?: number | string;
  readonly koreksiBlok?: boolean;
}

function propsTanda(t: TandaSel | undefined): Pick<PropsSel, 'galat' | 'peringatan' | 'selisih' | 'sirekap' | 'nilaiSirekap'> {
  return t ? { galat: t.galat, peringatan: t.peringatan, selisih: t.selisih, sirekap: t.sirekap, nilaiSirekap: t.nilaiSirekap } : {};
}

function propsKoreksi(k: KoreksiSel | undefined): Pick<PropsSel, 'koreksiLama' | 'koreksiNo' | 'koreksiBlok'> {
  return k ? { koreksiLama: k.lama, koreksiNo: k.no, koreksiBlok: k.blok ?? false } : {};
}

const SelAngka = memo(function SelAngka(p: PropsSel): React.JSX.Element {
  const tanda: TandaSel | undefined = p.galat === undefined ? undefined : { galat: p.galat, peringatan: p.peringatan ?? false, selisih: p.selisih ?? false, sirekap: p.sirekap ?? false, ...(p.nilaiSirekap !== undefined ? { nilaiSirekap: p.nilaiSirekap } : {}) };
  const koreksi: KoreksiSel | undefined = p.koreksiNo === undefined ? undefined : { lama: p.koreksiLama ?? null, no: p.koreksiNo, blok: p.koreksiBlok ?? false };
  return (
    <td className={p.cls} data-kode={p.kode} data-key={p.dataKey} data-kolom={p.kolom}>
      <Angka v={p.v} tanda={tanda} koreksi={koreksi} />
    </td>
  );
});

/** A text cell of a row (its ref, a sub-row's label), memoised like the number cells. */
const SelTeks = memo(function SelTeks({ cls, teks, rowSpan }: { cls: string; teks: string; rowSpan?: number }): React.JSX.Element {
  return (
    <td rowSpan={rowSpan} className={cls}>
      {teks}
    </td>
  );
});

function TabelHalaman({ page, layout, units, jumlahAkhir, keys, lebarLayar, koreksi, kodeJumlah }: TabelProps): React.JSX.Element {
  const m = layout.metrik;
  const pindahanMasuk = useMemo(() => jumlahkanLembar(keys, units.slice(0, page.dari).map((u) => u.lembar)), [keys, units, page.dari]);
  const pindahanKeluar = useMemo(() => jumlahkanLembar(keys, units.slice(0, page.sampai).map((u) => u.lembar)), [keys, units, page.sampai]);
  const dasar = (k: JenisKolom): number => (k.jenis === 'unit' ? layout.lebarKolom[k.indeks]! : layout.lebarJumlah);
  const sisa = lebarLayar - 4 - m.labelLebar - page.kolom.reduce((w, k) => w + dasar(k), 0);
  const jumlahUnit = page.sampai - page.dari;
  const tambah = (k: JenisKolom): number => (k.jenis === 'unit' && sisa > 0 ? Math.min(Math.floor(sisa / jumlahUnit), Math.floor(dasar(k) / 3)) : 0);
  const lebar = (k: JenisKolom): number => dasar(k) + tambah(k);
  const total = m.labelLebar + page.kolom.reduce((w, k) => w + lebar(k), 0);
  const kol = page.adaKol ? m.kolLebar : 0;
  const labelText = m.labelLebar - m.refLebar - kol;

  const kepala = (k: JenisKolom, i: number): React.JSX.Element => {
    if (k.jenis === 'unit') {
      const u = units[k.indeks]!;
      return (
        <th key={u.kode} scope="col" className={u.sorot ? 'unit sorot' : 'unit'} data-kode={u.kode}>
          <span className="judul-unit">
            {u.judul.split(/\s+/).map((w, i) => (
              <span key={i}>{w}</span>
            ))}
          </span>
          {/* A kecamatan being read at the kabupaten keeps its fingerprint under its name; the column is highlighted. */}
          {u.sorot && u.tingkat === 'tps' ? <span className="sub sub-sorot">{T.sedangDibaca}</span> : u.sub && <span className={u.sub === T.sirekap ? 'sub sub-sirekap' : 'sub'}>{u.sub}</span>}
        </th>
      );
    }
    const label = k.jenis === 'akhir' ? (page.kolom.some((x) => x.jenis === 'pindahan-masuk') ? T.akhir : T.jumlah) : T.pindahan;
    return (
      <th key={`${k.jenis}-${i}`} scope="col" className={`jumlah ${k.jenis}`}>
        {label}
      </th>
    );
  };

  const sel = (k: JenisKolom, key: string): React.JSX.Element => {
    if (k.jenis === 'unit') {
      const u = units[k.indeks]!;
      const t = u.tanda.get(key);
      const cls = ['angka', u.sorot ? 'sorot' : '', t?.galat ? 'galat' : t?.peringatan ? 'peringatan' : '', t?.selisih ? 'selisih' : '', (t?.sirekap && u.tingkat === 'tps') || u.hanyaSirekap ? 'sirekap' : '']
        .filter(Boolean)
        .join(' ');
      return <SelAngka key={u.kode} cls={cls} kode={u.kode} dataKey={key} v={u.lembar[key]} {...propsTanda(t)} {...propsKoreksi(koreksi.get(`${u.kode}:${key}`))} />;
    }
    const src = k.jenis === 'pindahan-masuk' ? pindahanMasuk : k.jenis === 'pindahan-keluar' ? pindahanKeluar : jumlahAkhir;
    return <SelAngka key={k.jenis} cls={`angka jumlah ${k.jenis}`} kolom={k.jenis} dataKey={key} v={src[key]} {...propsKoreksi(k.jenis === 'akhir' ? koreksi.get(`${kodeJumlah}:${key}`) : undefined)} />;
  };

  return (
    <table className="tabel-proyektor" style={{ width: total }}>
      <colgroup>
        <col style={{ width: m.refLebar }} />
        <col style={{ width: labelText }} />
        {page.adaKol && <col style={{ width: kol }} />}
        {page.kolom.map((k, i) => (
          <col key={i} style={{ width: lebar(k) }} />
        ))}
      </colgroup>
      <thead>
        <tr style={{ height: m.kepalaKolomPx }}>
          <th scope="col" colSpan={page.adaKol ? 3 : 2} className={page.kepalaPartai ? 'uraian-kepala kepala-partai' : 'uraian-kepala'}>
            {page.kepalaPartai ? `${nomorPeserta(page.kepalaPartai.nomor)} ${page.kepalaPartai.nama}` : T.kolomUraian}
          </th>
          {page.kolom.map(kepala)}
        </tr>
      </thead>
      <tbody>
        {page.garis.map(({ garis: g, tinggi, lanjutan, rapat }) => {
          const peserta = g.rows[0]?.peserta;
          const blok = g.rows[0]?.blokPartai;
          const sub = tinggi / g.keys.length;
          const subBaris = adaSubBaris(g);
          return g.keys.map((key, i) => (
            <tr key={key} style={{ height: sub }} className={[i === 0 ? 'awal-garis' : '', rapat ? 'rapat' : '', peserta || blok === 'a1' ? 'baris-peserta' : '', blok === 'a1' && i === 0 ? 'awal-blok' : '', blok === 'a2' ? 'baris-calon' : '', key === 'suara_sah' || key === 'suara_total' || g.rows[i]?.blokPartai === 'b' ? 'baris-jumlah' : ''].filter(Boolean).join(' ')}>
              {i === 0 && (
                <>
                  <SelTeks rowSpan={g.keys.length} cls={peserta || blok === 'a1' ? 'ref nomor' : 'ref'} teks={refProyektor(g)} />
                  <th rowSpan={g.keys.length} colSpan={!subBaris && page.adaKol ? 2 : 1} scope="row" className="label">
                    {labelProyektor(g, lanjutan, page.kepalaPartai !== undefined).map((part, j) => (
                      <span key={j} className={lanjutan && j === 0 && blok !== 'a1' ? 'lanjutan' : undefined}>
                        {part}
                      </span>
                    ))}
                  </th>
                </>
              )}
              {subBaris && <SelTeks cls="kol" teks={labelSubBaris(g, i)} />}
              {page.kolom.map((k) => sel(k, key))}
            </tr>
          ));
        })}
      </tbody>
    </table>
  );
}
