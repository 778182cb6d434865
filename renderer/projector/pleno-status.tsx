import { useEffect, useState } from 'react';
import { nomorPeserta } from '../../shared/domain/ballot';
import type { Koreksi } from '../../shared/domain/pleno';
import { barisCHasil, type BarisForm } from '../../shared/forms/c-hasil';
import type { RekapKecamatan } from '../../shared/forms/recap';
import type { RingkasanPleno } from '../../shared/ipc/contract';
import { call, on } from '../api';
import { LamaBerlangsung } from './jam';
import './pleno-status.css';

/** Texts of the projector's plenary strip, in Bahasa Indonesia. */
export const T_PLENO_PROYEKTOR = {
  status: { 'belum-dibuka': 'Rapat belum dibuka', berlangsung: 'Rapat berlangsung', diskors: 'Rapat diskors', ditutup: 'Rapat ditutup' } as const,
  tinjauan: { belum: 'belum dibaca', dibaca: 'dibaca', dicocokkan: 'dicocokkan', disahkan: 'DISAHKAN' } as const,
  pembetulan: 'Pembetulan',
  baris: 'baris',
} as const;

/**
 * The plenary as the projector shows it, re-read on every `pleno.berubah` (and a new database). Not on
 * `nilai.berubah`: a plain save changes nothing in it, and the plenary writes that change a value (an accepted
 * objection's correction) emit `pleno.berubah` as well (electron/pleno-handlers.ts).
 */
export function usePleno(): RingkasanPleno | null {
  const [p, setP] = useState<RingkasanPleno | null>(null);
  useEffect(() => {
    const muat = (): void => void call('pleno.ambil', {}).then((r) => setP(r.ok ? r.value : null));
    muat();
    const offs = [on('pleno.berubah', muat), on('sesi.berubah', muat)];
    return () => offs.forEach((off) => off());
  }, []);
  return p;
}

/**
 * Corrected cells in the sums: a desa column (kecamatan view) has the key `desa:row`, the JUMLAH column of a
 * desa or of the kecamatan `desa:row` or `kecamatan:row`. Each mark is made from the marks of the corrected TPS
 * cells of that row inside (`tandai` gets them oldest first), so the sum carries the objection numbers and the
 * strip the details. Keys of `koreksi` are `tps:row`; they are kept.
 */
export function koreksiKeJumlah<K>(koreksi: ReadonlyMap<string, K>, tandai: (k: readonly K[]) => K): Map<string, K> {
  const perJumlah = new Map<string, K[]>();
  for (const [key, k] of koreksi) {
    const i = key.lastIndexOf(':');
    const tps = key.slice(0, i);
    if (tps.length !== 13) continue;
    for (const wilayah of [tps.slice(0, 10), tps.slice(0, 6)]) {
      const j = `${wilayah}:${key.slice(i + 1)}`;
      perJumlah.set(j, [...(perJumlah.get(j) ?? []), k]);
    }
  }
  const out = new Map(koreksi);
  for (const [j, ks] of perJumlah) out.set(j, tandai(ks));
  return out;
}

/** How a row is named in the strip: the participant's number as in the table's ref column, else the form's ref. */
function namaBaris(b: BarisForm | undefined, key: string): string {
  if (!b) return key;
  if (b.peserta) return nomorPeserta(b.peserta.nomor);
  if (b.partai && b.blokPartai) return `${nomorPeserta(b.partai.nomor)} ${b.blokPartai === 'a1' ? 'A.1' : b.blokPartai === 'b' ? 'B' : `calon ${b.calon?.nomor ?? ''}`}`;
  return b.kolom ? `${b.ref} ${b.kolom === 'j' ? 'JML' : b.kolom.toUpperCase()}` : b.ref;
}

/**
 * One entry per correction for the strip, the latest first (the one the hall is discussing), old -> new before
 * where (the header is narrow at 1024x768): `#1 59 → 123 (TPS 001 baris 01)`, with the desa in the kecamatan view.
 */
export function barisPembetulan(koreksi: readonly Koreksi[], rekap: RekapKecamatan | null, denganDesa: boolean): string[] {
  const baris = new Map(rekap ? barisCHasil(rekap.suratSuara).map((b) => [b.key, b]) : []);
  const desa = new Map((rekap?.desa ?? []).map((d) => [d.kode, d.nama]));
  const angka = (v: number | null): string => (v === null ? '–' : v.toLocaleString('id-ID'));
  return [...koreksi]
    .sort((a, b) => b.nilaiId - a.nilaiId)
    .map((c) => `#${c.keberatanId} ${angka(c.nilaiLama)} → ${angka(c.nilaiBaru)} (${denganDesa ? `${desa.get(c.tpsKode.slice(0, 10)) ?? c.tpsKode.slice(0, 10)} ` : ''}TPS ${c.tpsKode.slice(-3)} ${T_PLENO_PROYEKTOR.baris} ${namaBaris(baris.get(c.baris), c.baris)})`);
}

/**
 * The projector's plenary strip: status with the elapsed time, the shown desa's review state, and the corrected
 * cells of what is shown as old -> new with the objection number, the latest first; in the kecamatan view with
 * the desa's name (its desa column carries the objection number). Nothing at all before the plenary opens and
 * while nothing was corrected, so the projector looks as before.
 */
export function PlenoStatus({ pleno, kodeDesa, jenis, rekap }: { pleno: RingkasanPleno | null; kodeDesa: string | null; jenis: string; rekap?: RekapKecamatan }): React.JSX.Element | null {
  if (!pleno) return null;
  const k = pleno.keadaan;
  const koreksi = pleno.keberatan.flatMap((kb) => kb.koreksi).filter((c) => c.jenis === jenis && (kodeDesa === null || c.tpsKode.startsWith(kodeDesa)));
  if (k.status === 'belum-dibuka' && koreksi.length === 0) return null;
  const t = kodeDesa ? pleno.tinjauan.find((x) => x.desaKode === kodeDesa && x.jenis === jenis) : undefined;
  return (
    <div className={`kop-pleno status-${k.status}`} data-testid="pleno-proyektor">
      <span data-testid="status-rapat">
        {T_PLENO_PROYEKTOR.status[k.status]}
        {k.sejak && k.status !== 'ditutup' && (
          <>
            {' · '}
            <LamaBerlangsung sejak={k.sejak} />
          </>
        )}
      </span>
      {kodeDesa && <span data-testid="tinjauan-desa">{T_PLENO_PROYEKTOR.tinjauan[t?.status ?? 'belum']}</span>}
      {koreksi.length > 0 && (
        // Two lines in the kecamatan view, where a desa column shows only the objection numbers; one in the desa
        // view (its TPS cells show old -> new themselves, and the desa's review state takes a line).
        <span className={kodeDesa ? 'pembetulan' : 'pembetulan dua-baris'} data-testid="pembetulan">
          {T_PLENO_PROYEKTOR.pembetulan}: {barisPembetulan(koreksi, rekap ?? null, kodeDesa === null).join('; ')}
        </span>
      )}
    </div>
  );
}
