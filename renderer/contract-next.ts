// TEMPORARY: the contract additions this work needs, typed here until shared/ipc/contract.ts may be edited.
import type { JenisSuratSuara } from '../shared/domain/ballot';
import type { EventName, EventPayloads, MethodInput, MethodName, MethodOutputs, RingkasanPemilihan } from '../shared/ipc/contract';

export type BagianProyektor = 'suara' | 'pemilih' | 'surat';
export type TampilanProyektor = 'kecamatan' | 'desa';

export type { KemajuanTps } from '../shared/forms/progress';
import type { KemajuanTps } from '../shared/forms/progress';

export interface KeadaanProyektor {
  readonly jenis: JenisSuratSuara;
  readonly tampilan: TampilanProyektor;
  readonly kodeDesa: string | null;
  readonly bagian: BagianProyektor;
  readonly halaman: number;
  readonly jumlahHalaman: Readonly<Record<BagianProyektor, number>>;
  readonly sorotTps: string | null;
}

interface NextInputs {
  'berkas.pilih': { untuk: 'paket' | 'basis-data' | 'basis-data-baru' | 'sirekap' };
  'sesi.buka': { berkas: string };
  'sesi.buat': { paket: string; berkas: string };
  'sesi.demo': Record<string, never>;
  'kemajuan.ambil': { jenis: JenisSuratSuara };
  'proyektor.buka': Record<string, never>;
  'proyektor.ambil': Record<string, never>;
  'proyektor.atur': { tampilan?: TampilanProyektor; kodeDesa?: string | null; bagian?: BagianProyektor; halaman?: number; geser?: 1 | -1; sorotTps?: string | null };
  'proyektor.lapor': { jumlahHalaman: Record<BagianProyektor, number> };
}
interface NextOutputs {
  'berkas.pilih': { paths: readonly string[] };
  'sesi.buka': RingkasanPemilihan;
  'sesi.buat': RingkasanPemilihan;
  'sesi.demo': RingkasanPemilihan;
  'kemajuan.ambil': readonly KemajuanTps[];
  'proyektor.buka': KeadaanProyektor;
  'proyektor.ambil': KeadaanProyektor;
  'proyektor.atur': KeadaanProyektor;
  'proyektor.lapor': KeadaanProyektor;
}
export type AllMethod = MethodName | keyof NextInputs;
export type AllInputs = { [M in MethodName]: MethodInput<M> } & NextInputs;
export type AllOutputs = MethodOutputs & NextOutputs;
export type AllEvent = EventName | 'proyektor.berubah' | 'sesi.berubah';
export type AllPayloads = EventPayloads & { 'proyektor.berubah': KeadaanProyektor; 'sesi.berubah': { readonly berkasDb: string } };
