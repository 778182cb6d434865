import { useEffect, useState } from 'react';
import type { RingkasanPleno } from '../../shared/ipc/contract';
import { call, on } from '../api';
import { lamaBerlangsung } from '../lib/elapsed';

/** Texts of the projector's plenary strip, in Bahasa Indonesia. */
export const T_PLENO_PROYEKTOR = {
  status: { 'belum-dibuka': 'Rapat belum dibuka', berlangsung: 'Rapat berlangsung', diskors: 'Rapat diskors', ditutup: 'Rapat ditutup' } as const,
  tinjauan: { belum: 'belum dibaca', dibaca: 'dibaca', dicocokkan: 'dicocokkan', disahkan: 'DISAHKAN' } as const,
  pembetulan: 'Pembetulan',
  no: 'keberatan no.',
} as const;

/** The plenary as the projector shows it, re-read on every `pleno.berubah` and `nilai.berubah`. */
export function usePleno(): RingkasanPleno | null {
  const [p, setP] = useState<RingkasanPleno | null>(null);
  useEffect(() => {
    const muat = (): void => void call('pleno.ambil', {}).then((r) => setP(r.ok ? r.value : null));
    muat();
    const offs = [on('pleno.berubah', muat), on('nilai.berubah', muat), on('sesi.berubah', muat)];
    return () => offs.forEach((off) => off());
  }, []);
  return p;
}

/**
 * The projector's plenary strip: status with the elapsed time, the shown desa's review state, and the corrected
 * cells of what is shown as old -> new with the objection number. Nothing at all before the plenary opens and
 * while nothing was corrected, so the projector looks as before.
 */
export function PlenoStatus({ pleno, kodeDesa, jenis, now }: { pleno: RingkasanPleno | null; kodeDesa: string | null; jenis: string; now: Date }): React.JSX.Element | null {
  if (!pleno) return null;
  const k = pleno.keadaan;
  const koreksi = pleno.keberatan.flatMap((kb) => kb.koreksi).filter((c) => c.jenis === jenis && (kodeDesa === null || c.tpsKode.startsWith(kodeDesa)));
  if (k.status === 'belum-dibuka' && koreksi.length === 0) return null;
  const t = kodeDesa ? pleno.tinjauan.find((x) => x.desaKode === kodeDesa && x.jenis === jenis) : undefined;
  return (
    <div className={`kop-pleno status-${k.status}`} data-testid="pleno-proyektor">
      <span data-testid="status-rapat">
        {T_PLENO_PROYEKTOR.status[k.status]}
        {k.sejak && k.status !== 'ditutup' ? ` · ${lamaBerlangsung(k.sejak, now.getTime())}` : ''}
      </span>
      {kodeDesa && <span data-testid="tinjauan-desa">{T_PLENO_PROYEKTOR.tinjauan[t?.status ?? 'belum']}</span>}
      {koreksi.length > 0 && (
        <span className="pembetulan" data-testid="pembetulan">
          {T_PLENO_PROYEKTOR.pembetulan}:{' '}
          {koreksi.map((c) => `TPS ${c.tpsKode.slice(-3)} ${c.baris} ${c.nilaiLama ?? '–'} → ${c.nilaiBaru ?? '–'} (${T_PLENO_PROYEKTOR.no} ${c.keberatanId})`).join('; ')}
        </span>
      )}
    </div>
  );
}
