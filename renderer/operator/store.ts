import { create } from 'zustand';
import type { RingkasanPemilihan } from '../../shared/ipc/contract';
import type { RekapKecamatan } from '../../shared/forms/recap';
import type { Temuan } from '../../shared/validation/finding';
import { call } from '../api';

interface OperatorState {
  readonly ringkasan: RingkasanPemilihan | null;
  readonly rekap: RekapKecamatan | null;
  readonly temuan: readonly Temuan[];
  readonly pesanGalat: string | null;
  /** Re-reads everything shown; called at start and on every `nilai.berubah` event. */
  muat(): Promise<void>;
}

export const useOperatorStore = create<OperatorState>((set) => ({
  ringkasan: null,
  rekap: null,
  temuan: [],
  pesanGalat: null,
  async muat() {
    const r = await call('pemilihan.ringkasan', {});
    if (!r.ok) return set({ pesanGalat: r.error.pesan });
    const jenis = r.value.paket.surat_suara[0]?.jenis ?? 'PPWP';
    const [rekap, temuan] = await Promise.all([call('rekap.ambil', { jenis }), call('temuan.daftar', {})]);
    set({
      ringkasan: r.value,
      rekap: rekap.ok ? rekap.value : null,
      temuan: temuan.ok ? temuan.value : [],
      pesanGalat: !rekap.ok ? rekap.error.pesan : !temuan.ok ? temuan.error.pesan : null,
    });
  },
}));
