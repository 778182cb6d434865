import { create } from 'zustand';
import { urutkanSuratSuara, type JenisSuratSuara, type SuratSuara } from '../../shared/domain/ballot';
import type { Desa } from '../../shared/domain/region';
import { desaOfTps } from '../../shared/domain/region';
import type { LembarTps, RingkasanPemilihan } from '../../shared/ipc/contract';
import type { Temuan } from '../../shared/validation/finding';
import { call } from '../api';
import type { KeadaanProyektor, KemajuanTps, UbahProyektor } from '../../shared/ipc/contract';
import { susunForm, urutanKunci } from '../lib/sheet-lines';
import { gantiTemuan, temuanTps } from '../lib/incremental';
import { kemajuanLembar } from '../../shared/forms/progress';
import { adaPerubahan, lembarDraf, ubahDraf, type Draf } from './draft';
import { T } from './text';
import { waktuLokal } from '../../shared/format/date';

export interface Pesan {
  readonly jenis: 'info' | 'sukses' | 'galat';
  readonly teks: string;
  /** Set when the message reports a save: the time of it (the screen adds the errors saved with it). */
  readonly jamSimpan?: string;
}

/** A request to move the keyboard focus to a box (a jump from a finding); `seq` makes repeats distinct. */
export interface PermintaanFokus {
  readonly kodeTps: string;
  readonly key: string;
  readonly seq: number;
}

interface OperatorState {
  readonly ringkasan: RingkasanPemilihan | null;
  /** True when the main process has no recap database open (the start screen shows). */
  readonly tanpaBasisData: boolean;
  readonly jenis: JenisSuratSuara;
  readonly kemajuan: Readonly<Record<string, KemajuanTps>>;
  readonly temuan: readonly Temuan[];
  readonly kodeTps: string | null;
  /** Loaded sheets by TPS code. */
  readonly lembar: Readonly<Record<string, LembarTps>>;
  /** Unsaved typing by TPS code; kept when switching TPS and across a reload of the window. */
  readonly draf: Readonly<Record<string, Draf>>;
  readonly menyimpan: boolean;
  readonly pesan: Pesan | null;
  readonly fokus: PermintaanFokus | null;
  readonly proyektor: KeadaanProyektor | null;
  readonly galatMuat: string | null;
  /** True when the open database is a KPU kabupaten/kota one (the kabupaten console shows). */
  readonly tingkatKabupaten: boolean;

  mulai(): Promise<void>;
  /** Chooses the ballot being entered (its drafts, progress and findings; the projector follows). */
  pilihJenis(jenis: JenisSuratSuara): Promise<void>;
  muatUlang(kodeTps?: readonly string[]): Promise<void>;
  pilihTps(kodeTps: string, fokusKey?: string): Promise<void>;
  geserTps(arah: 1 | -1): Promise<void>;
  ketik(key: string, teks: string): void;
  buangDraf(): void;
  simpan(): Promise<void>;
  bukaSesi(cara: CaraBukaSesi): Promise<void>;
  imporSirekap(): Promise<void>;
  setProyektor(k: KeadaanProyektor): void;
  aturProyektor(patch: UbahProyektor): Promise<void>;
  bukaProyektor(): Promise<void>;
  tutupPesan(): void;
}

/** How a database is opened from the start screen or the Berkas menu. */
export type CaraBukaSesi = 'basis-data' | 'paket' | 'demo' | 'demo-kabupaten';

const KUNCI_DRAF = 'pleno-rekap:draf:';

/** The pending full re-read after incremental updates. */
let muatPenuh: number | undefined;

/** Drafts are kept per database file and ballot (PPWP under the key it always had). */
function kunciDraf(berkasDb: string, jenis: JenisSuratSuara): string {
  return jenis === 'PPWP' ? KUNCI_DRAF + berkasDb : `${KUNCI_DRAF}${berkasDb}:${jenis}`;
}

function bacaDraf(berkasDb: string, jenis: JenisSuratSuara): Record<string, Draf> {
  try {
    const raw = window.localStorage.getItem(kunciDraf(berkasDb, jenis));
    const parsed: unknown = raw ? JSON.parse(raw) : {};
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, Draf>) : {};
  } catch {
    return {};
  }
}

function tulisDraf(berkasDb: string | undefined, jenis: JenisSuratSuara, draf: Readonly<Record<string, Draf>>): void {
  if (!berkasDb) return;
  try {
    const kept = Object.fromEntries(Object.entries(draf).filter(([, d]) => adaPerubahan(d)));
    if (Object.keys(kept).length === 0) window.localStorage.removeItem(kunciDraf(berkasDb, jenis));
    else window.localStorage.setItem(kunciDraf(berkasDb, jenis), JSON.stringify(kept));
  } catch {
    // Storage full or unavailable: the drafts stay in memory.
  }
}

/** The ballot of the sheet being entered. */
export function suratSuaraAktif(r: RingkasanPemilihan | null, jenis: JenisSuratSuara): SuratSuara | null {
  return r?.paket.surat_suara.find((s) => s.jenis === jenis) ?? null;
}

/** All TPS codes of the package in paper order (desa by desa). */
export function semuaTps(desa: readonly Desa[]): string[] {
  return desa.flatMap((d) => d.tps.map((t) => t.kode));
}

function jamSekarang(): string {
  return waktuLokal(new Date()).jam;
}

export const useOperatorStore = create<OperatorState>((set, get) => ({
  ringkasan: null,
  tanpaBasisData: false,
  jenis: 'PPWP',
  kemajuan: {},
  temuan: [],
  kodeTps: null,
  lembar: {},
  draf: {},
  menyimpan: false,
  pesan: null,
  fokus: null,
  proyektor: null,
  galatMuat: null,
  tingkatKabupaten: false,

  async mulai() {
    const r = await call('pemilihan.ringkasan', {});
    if (!r.ok) {
      if (r.error.kode === 'belum-ada-basis-data') return set({ tanpaBasisData: true, ringkasan: null, tingkatKabupaten: false });
      if (r.error.kode === 'tingkat-kabupaten') return set({ tingkatKabupaten: true, tanpaBasisData: false, ringkasan: null, galatMuat: null });
      return set({ galatMuat: r.error.pesan });
    }
    // Keep the ballot chosen when the election has it, else the first in the recapitulation order.
    const daftar = urutkanSuratSuara(r.value.paket.surat_suara);
    const jenis = daftar.some((x) => x.jenis === get().jenis) ? get().jenis : (daftar[0]?.jenis ?? 'PPWP');
    const first = r.value.paket.desa[0]?.tps[0]?.kode ?? null;
    const keep = get().kodeTps;
    const valid = keep !== null && semuaTps(r.value.paket.desa).includes(keep);
    set({
      ringkasan: r.value,
      tanpaBasisData: false,
      tingkatKabupaten: false,
      jenis,
      draf: bacaDraf(r.value.berkasDb, jenis),
      lembar: {},
      kodeTps: valid ? keep : first,
      galatMuat: null,
    });
    const proyektor = await call('proyektor.ambil', {});
    if (proyektor.ok) set({ proyektor: proyektor.value });
    if (proyektor.ok && proyektor.value.jenis !== jenis) void get().aturProyektor({ jenis });
    await get().muatUlang();
  },

  async pilihJenis(jenis) {
    const { ringkasan, kodeTps } = get();
    if (jenis === get().jenis || !ringkasan?.paket.surat_suara.some((x) => x.jenis === jenis)) return;
    // The drafts of the ballot left are already in storage (written on every keystroke).
    set({ jenis, draf: bacaDraf(ringkasan.berkasDb, jenis), lembar: {}, kemajuan: {}, pesan: null, fokus: null });
    void get().aturProyektor({ jenis });
    if (kodeTps) await get().pilihTps(kodeTps);
    await get().muatUlang();
  },

  async muatUlang(kodeTps) {
    const { jenis, ringkasan } = get();
    const ss = suratSuaraAktif(ringkasan, jenis);
    // After a save or a small import: read back the TPS the event names and update them in place; the full
    // re-read follows a moment after the last event.
    if (kodeTps && kodeTps.length <= 20 && ss && ringkasan) {
      window.clearTimeout(muatPenuh);
      muatPenuh = window.setTimeout(() => void get().muatUlang(), 400);
      const keys = urutanKunci(susunForm(ss));
      const sheets = await Promise.all(kodeTps.map((k) => call('tps.ambil', { kodeTps: k, jenis })));
      set((s) => {
        const lembar = { ...s.lembar };
        const kemajuan = { ...s.kemajuan };
        let temuan = s.temuan;
        for (const r of sheets) {
          if (!r.ok) continue;
          const l = r.value;
          lembar[l.kodeTps] = l;
          kemajuan[l.kodeTps] = kemajuanLembar(l.kodeTps, keys, l.c_hasil, l.sirekap);
          temuan = gantiTemuan(temuan, l.kodeTps, jenis, temuanTps(ringkasan.paket.pemilihan.jenis, ss, l.kodeTps, l.efektif));
        }
        return { lembar, kemajuan, temuan };
      });
      return;
    }
    const [kemajuan, temuan] = await Promise.all([call('kemajuan.ambil', { jenis }), call('temuan.daftar', {})]);
    if (kemajuan.ok) set({ kemajuan: Object.fromEntries(kemajuan.value.map((k) => [k.kodeTps, k])) });
    if (temuan.ok) set({ temuan: temuan.value });
    if (!kemajuan.ok || !temuan.ok) set({ pesan: { jenis: 'galat', teks: (!kemajuan.ok ? kemajuan.error : !temuan.ok ? temuan.error : null)?.pesan ?? '' } });
    // Re-read the sheets shown: the selected one always, and every one loaded before.
    const current = get().kodeTps;
    const reload = new Set<string>([...(current ? [current] : []), ...Object.keys(get().lembar)]);
    await Promise.all(
      [...reload].map(async (k) => {
        const r = await call('tps.ambil', { kodeTps: k, jenis });
        if (r.ok) set((s) => ({ lembar: { ...s.lembar, [k]: r.value } }));
      }),
    );
  },

  async pilihTps(kodeTps, fokusKey) {
    const seq = (get().fokus?.seq ?? 0) + 1;
    set({ kodeTps, fokus: fokusKey ? { kodeTps, key: fokusKey, seq } : get().fokus, pesan: null });
    const r = await call('tps.ambil', { kodeTps, jenis: get().jenis });
    if (r.ok) set((s) => ({ lembar: { ...s.lembar, [kodeTps]: r.value } }));
    else set({ pesan: { jenis: 'galat', teks: r.error.pesan } });
    // Tell the projector which TPS is being read (it highlights it when it shows this desa).
    if (get().proyektor) void get().aturProyektor({ sorotTps: kodeTps });
  },

  async geserTps(arah) {
    const { ringkasan, kodeTps } = get();
    if (!ringkasan) return;
    const all = semuaTps(ringkasan.paket.desa);
    const i = kodeTps ? all.indexOf(kodeTps) : -1;
    const next = all[Math.min(all.length - 1, Math.max(0, i + arah))];
    if (next && next !== kodeTps) await get().pilihTps(next);
  },

  ketik(key, teks) {
    const { kodeTps, lembar, draf, ringkasan } = get();
    if (!kodeTps) return;
    const saved = lembar[kodeTps]?.c_hasil ?? {};
    const next = { ...draf, [kodeTps]: ubahDraf(saved, draf[kodeTps], key, teks) };
    if (!adaPerubahan(next[kodeTps])) delete next[kodeTps];
    set({ draf: next, pesan: null });
    tulisDraf(ringkasan?.berkasDb, get().jenis, next);
  },

  buangDraf() {
    const { kodeTps, draf, ringkasan } = get();
    if (!kodeTps) return;
    const next = { ...draf };
    delete next[kodeTps];
    set({ draf: next, pesan: null });
    tulisDraf(ringkasan?.berkasDb, get().jenis, next);
  },

  async simpan() {
    const { kodeTps, lembar, draf, ringkasan, jenis, menyimpan } = get();
    const ss = suratSuaraAktif(ringkasan, jenis);
    if (!kodeTps || !ss || menyimpan) return;
    if (!adaPerubahan(draf[kodeTps])) return set({ pesan: { jenis: 'info', teks: T.tidakAdaPerubahan } });
    const keys = urutanKunci(susunForm(ss));
    const nilai = lembarDraf(lembar[kodeTps]?.c_hasil ?? {}, draf[kodeTps], keys);
    set({ menyimpan: true });
    const r = await call('tps.simpan', { kodeTps, jenis, nilai });
    if (!r.ok) return set({ menyimpan: false, pesan: { jenis: 'galat', teks: `${T.gagalSimpan} ${r.error.pesan}` } });
    // Another ballot was chosen while saving: its drafts stay as they are; the saved one leaves storage.
    if (get().jenis !== jenis) {
      const lain = bacaDraf(ringkasan?.berkasDb ?? '', jenis);
      delete lain[kodeTps];
      tulisDraf(ringkasan?.berkasDb, jenis, lain);
      return set({ menyimpan: false });
    }
    const next = { ...get().draf };
    delete next[kodeTps];
    const jam = jamSekarang();
    set((s) => ({ menyimpan: false, draf: next, lembar: { ...s.lembar, [kodeTps]: r.value }, pesan: { jenis: 'sukses', teks: T.tersimpan(jam), jamSimpan: jam } }));
    tulisDraf(ringkasan?.berkasDb, jenis, next);
  },

  async bukaSesi(cara) {
    const drafts = Object.keys(get().draf).length;
    if (drafts > 0 && !window.confirm(T.adaDrafSebelumGanti(drafts))) return;
    let r;
    if (cara === 'demo') r = await call('sesi.demo', {});
    else if (cara === 'demo-kabupaten') r = await call('sesi.demo-kabupaten', {});
    else if (cara === 'basis-data') {
      const p = await call('berkas.pilih', { untuk: 'basis-data' });
      const berkas = p.ok ? p.value.paths[0] : undefined;
      if (!berkas) return;
      r = await call('sesi.buka', { berkas });
    } else {
      const p = await call('berkas.pilih', { untuk: 'paket' });
      const paket = p.ok ? p.value.paths[0] : undefined;
      if (!paket) return;
      const q = await call('berkas.pilih', { untuk: 'basis-data-baru' });
      const berkas = q.ok ? q.value.paths[0] : undefined;
      if (!berkas) return;
      r = await call('sesi.buat', { paket, berkas });
    }
    if (!r.ok) return set({ pesan: { jenis: 'galat', teks: r.error.pesan } });
    // The main process announces `sesi.berubah`; mulai() also runs from that event in every window.
    set({ kodeTps: null, pesan: { jenis: 'sukses', teks: T.dibuka(r.value.berkasDb) } });
    await get().mulai();
  },

  async imporSirekap() {
    const p = await call('berkas.pilih', { untuk: 'sirekap' });
    if (!p.ok || p.value.paths.length === 0) return;
    // The files are of the ballot being entered (a file in another contest's Sirekap folder is refused).
    const r = await call('sirekap.impor', { paths: [...p.value.paths], jenis: get().jenis });
    if (!r.ok) return set({ pesan: { jenis: 'galat', teks: r.error.pesan } });
    set({ pesan: { jenis: 'sukses', teks: T.imporSelesai(r.value.berkas, r.value.tps, r.value.nilaiBaru, r.value.nilaiSama) } });
    await get().muatUlang();
  },

  setProyektor(k) {
    set({ proyektor: k });
  },

  async aturProyektor(patch) {
    const r = await call('proyektor.atur', patch);
    if (r.ok) set({ proyektor: r.value });
  },

  async bukaProyektor() {
    const r = await call('proyektor.buka', {});
    if (r.ok) set({ proyektor: r.value });
    else set({ pesan: { jenis: 'galat', teks: r.error.pesan } });
  },

  tutupPesan() {
    set({ pesan: null });
  },
}));

/** The desa of the selected TPS. */
export function desaTerpilih(r: RingkasanPemilihan | null, kodeTps: string | null): Desa | null {
  if (!r || !kodeTps) return null;
  return r.paket.desa.find((d) => d.kode === desaOfTps(kodeTps)) ?? null;
}
