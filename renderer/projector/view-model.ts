import type { Lembar } from '../../shared/forms/c-hasil';
import type { RekapKecamatan } from '../../shared/forms/recap';
import type { Temuan } from '../../shared/validation/finding';
import { calonDari, type JenisSuratSuara, type SuratSuara } from '../../shared/domain/ballot';
import { kunciJumlahPartai, kunciSuaraCalon } from '../../shared/forms/c-hasil';
import type { KemajuanTps } from '../../shared/forms/progress';
import { T } from './text';

/** Marks of one cell: a finding (error or warning), a difference with Sirekap, a value taken from Sirekap. */
export interface TandaSel {
  readonly galat: boolean;
  readonly peringatan: boolean;
  readonly selisih: boolean;
  readonly sirekap: boolean;
  /** Sirekap's number where it differs (TPS columns only). */
  readonly nilaiSirekap?: number;
}

/** One column of the projector: a TPS of the desa, or a desa of the kecamatan. */
export interface UnitProyektor {
  readonly kode: string;
  readonly judul: string;
  /** A second heading line: the desa's progress, or that a TPS is shown from Sirekap. */
  readonly sub: string | null;
  readonly lembar: Lembar;
  readonly tanda: ReadonlyMap<string, TandaSel>;
  /** The TPS being read in the plenary right now. */
  readonly sorot: boolean;
  /** A TPS not read yet whose numbers are all Sirekap's. */
  readonly hanyaSirekap?: boolean;
  /** A TPS column (its Sirekap values are Sirekap's) or a desa column (a sum that may include Sirekap values). */
  readonly tingkat: 'tps' | 'desa';
}

const KOSONG: TandaSel = { galat: false, peringatan: false, selisih: false, sirekap: false };

function tambah(m: Map<string, TandaSel>, key: string, patch: Partial<TandaSel>): void {
  const prev = m.get(key) ?? KOSONG;
  m.set(key, {
    galat: prev.galat || (patch.galat ?? false),
    peringatan: prev.peringatan || (patch.peringatan ?? false),
    selisih: prev.selisih || (patch.selisih ?? false),
    sirekap: prev.sirekap || (patch.sirekap ?? false),
    ...(patch.nilaiSirekap !== undefined ? { nilaiSirekap: patch.nilaiSirekap } : prev.nilaiSirekap !== undefined ? { nilaiSirekap: prev.nilaiSirekap } : {}),
  });
}

/**
 * The marks of a TPS's cells. A TPS column shows Sirekap's number where it differs and marks values taken
 * from Sirekap; a desa column (a sum) only carries the difference and the findings: its heading says how
 * many of its TPS were read.
 */
function tandaTps(m: Map<string, TandaSel>, kodeTps: string, temuan: ReadonlyMap<string, readonly Temuan[]>, k: KemajuanTps | undefined, tingkat: 'tps' | 'desa'): void {
  for (const t of temuan.get(kodeTps) ?? []) for (const key of t.baris) tambah(m, key, t.keparahan === 'galat' ? { galat: true } : { peringatan: true });
  for (const [key, v] of Object.entries(k?.selisih ?? {})) tambah(m, key, tingkat === 'tps' ? { selisih: true, nilaiSirekap: v } : { selisih: true });
  // A TPS shown wholly from Sirekap says so in its heading; a partly read one marks each Sirekap cell.
  if (tingkat === 'tps' && (k?.terisi ?? 0) > 0) for (const key of k?.dariSirekap ?? []) tambah(m, key, { sirekap: true });
}

function kelompokkan(temuan: readonly Temuan[], jenis: JenisSuratSuara): Map<string, Temuan[]> {
  const m = new Map<string, Temuan[]>();
  for (const t of temuan) {
    if (t.surat_suara !== jenis) continue;
    const list = m.get(t.kode) ?? [];
    list.push(t);
    m.set(t.kode, list);
  }
  return m;
}

/** The TPS of one desa side by side. */
export function unitDesa(
  rekap: RekapKecamatan,
  kodeDesa: string,
  temuan: readonly Temuan[],
  kemajuan: ReadonlyMap<string, KemajuanTps>,
  sorotTps: string | null,
): UnitProyektor[] {
  const desa = rekap.desa.find((d) => d.kode === kodeDesa);
  if (!desa) return [];
  const byKode = kelompokkan(temuan, rekap.suratSuara.jenis);
  return desa.tps.map((t) => {
    const tanda = new Map<string, TandaSel>();
    const k = kemajuan.get(t.kode);
    tandaTps(tanda, t.kode, byKode, k, 'tps');
    const hanyaSirekap = (k?.terisi ?? 0) === 0 && (k?.sirekap ?? false);
    return {
      kode: t.kode,
      judul: T.tps(String(t.nomor).padStart(3, '0')),
      hanyaSirekap,
      sub: hanyaSirekap ? T.sirekap : null,
      lembar: t.lembar,
      tanda,
      sorot: t.kode === sorotTps,
      tingkat: 'tps',
    };
  });
}

/** The desa of the kecamatan side by side; a desa cell carries the marks of its TPS. */
export function unitKecamatan(rekap: RekapKecamatan, temuan: readonly Temuan[], kemajuan: ReadonlyMap<string, KemajuanTps>): UnitProyektor[] {
  const byKode = kelompokkan(temuan, rekap.suratSuara.jenis);
  return rekap.desa.map((d) => {
    const tanda = new Map<string, TandaSel>();
    for (const t of d.tps) tandaTps(tanda, t.kode, byKode, kemajuan.get(t.kode), 'desa');
    for (const t of byKode.get(d.kode) ?? []) for (const key of t.baris) tambah(tanda, key, t.keparahan === 'galat' ? { galat: true } : { peringatan: true });
    const terisi = d.tps.filter((t) => (kemajuan.get(t.kode)?.terisi ?? 0) > 0).length;
    return { kode: d.kode, judul: d.nama, sub: T.tpsTerisi(terisi, d.tps.length), lembar: d.lembar, tanda, sorot: false, tingkat: 'desa' };
  });
}

/**
 * Party ballots in summary (one line per party, A.1 and B): the marks of a party's candidate cells are carried
 * onto its B cell, so the line is marked when any cell of the block is. B keeps its own Sirekap number.
 */
export function tandaRingkasPartai(units: readonly UnitProyektor[], suratSuara: SuratSuara): UnitProyektor[] {
  const blok = suratSuara.peserta.map((p) => ({ b: kunciJumlahPartai(p.nomor), calon: calonDari(p).map((c) => kunciSuaraCalon(p.nomor, c.nomor)) }));
  return units.map((u) => {
    let tanda: Map<string, TandaSel> | null = null;
    for (const { b, calon } of blok) {
      for (const key of calon) {
        const t = u.tanda.get(key);
        if (!t || !(t.galat || t.peringatan || t.selisih || t.sirekap)) continue;
        tanda ??= new Map(u.tanda);
        tambah(tanda, b, { galat: t.galat, peringatan: t.peringatan, selisih: t.selisih, sirekap: t.sirekap });
      }
    }
    return tanda ? { ...u, tanda } : u;
  });
}
