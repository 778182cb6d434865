import type { JenisSuratSuara } from '../shared/domain/ballot';
import type { BagianProyektor, KeadaanProyektor, UbahProyektor } from '../shared/ipc/contract';

/**
 * What the projector shows, held by the main process (one truth for the operator's controls and the
 * projector window): the kecamatan's desa side by side or one desa's TPS side by side, which rows, which page.
 * Pages are counted by the projector window (they depend on its screen) and reported back.
 */
export const URUTAN_BAGIAN: readonly BagianProyektor[] = ['suara', 'pemilih', 'surat'];

export function keadaanAwal(jenis: JenisSuratSuara): KeadaanProyektor {
  return { jenis, tampilan: 'kecamatan', kodeDesa: null, bagian: 'suara', halaman: 0, jumlahHalaman: { suara: 1, pemilih: 1, surat: 1 }, sorotTps: null, modePartai: 'ringkas', partai: null };
}

function maks(k: KeadaanProyektor, bagian: BagianProyektor): number {
  return Math.max(1, k.jumlahHalaman[bagian]);
}

function jepit(k: KeadaanProyektor): KeadaanProyektor {
  const halaman = Math.min(Math.max(0, k.halaman), maks(k, k.bagian) - 1);
  return halaman === k.halaman ? k : { ...k, halaman };
}

/** One page on or back; past the end of a bagian into the next one, never past the first or last page. */
function geser(k: KeadaanProyektor, arah: 1 | -1): KeadaanProyektor {
  const next = k.halaman + arah;
  if (next >= 0 && next < maks(k, k.bagian)) return { ...k, halaman: next };
  const i = URUTAN_BAGIAN.indexOf(k.bagian) + arah;
  const bagian = URUTAN_BAGIAN[i];
  if (!bagian) return k;
  return { ...k, bagian, halaman: arah === 1 ? 0 : maks(k, bagian) - 1 };
}

/** Applies the operator's (or the projector keyboard's) change. `desaDikenal` guards the desa code. */
export function ubahKeadaan(k: KeadaanProyektor, u: UbahProyektor, desaDikenal: (kode: string) => boolean): KeadaanProyektor {
  let next: KeadaanProyektor = k;
  if (u.jenis !== undefined && u.jenis !== k.jenis) next = { ...next, jenis: u.jenis, halaman: 0 };
  if (u.kodeDesa !== undefined && (u.kodeDesa === null || desaDikenal(u.kodeDesa))) next = { ...next, kodeDesa: u.kodeDesa };
  if (u.tampilan !== undefined) {
    const tampilan = u.tampilan === 'desa' && next.kodeDesa === null ? next.tampilan : u.tampilan;
    if (tampilan !== next.tampilan || next.kodeDesa !== k.kodeDesa) next = { ...next, tampilan, halaman: 0 };
  }
  if (u.bagian !== undefined && u.bagian !== next.bagian) next = { ...next, bagian: u.bagian, halaman: 0 };
  if (u.halaman !== undefined) next = { ...next, halaman: u.halaman };
  if (u.sorotTps !== undefined) next = { ...next, sorotTps: u.sorotTps };
  // Party ballots: a change of mode, or of the party shown in detail, shows the votes from their first page
  // (the operator's cursor entered another party: the hall sees the block being read).
  if (u.modePartai !== undefined && u.modePartai !== next.modePartai) next = { ...next, modePartai: u.modePartai, bagian: 'suara', halaman: 0 };
  if (u.partai !== undefined && u.partai !== next.partai) {
    next = { ...next, partai: u.partai };
    if (next.modePartai === 'rinci') next = { ...next, bagian: 'suara', halaman: 0 };
  }
  next = jepit(next);
  if (u.geser !== undefined) next = geser(next, u.geser);
  return next;
}

/** The projector window's page counts for its screen. */
export function laporHalaman(k: KeadaanProyektor, jumlahHalaman: Readonly<Record<BagianProyektor, number>>): KeadaanProyektor {
  return jepit({ ...k, jumlahHalaman: { suara: jumlahHalaman.suara, pemilih: jumlahHalaman.pemilih, surat: jumlahHalaman.surat } });
}
