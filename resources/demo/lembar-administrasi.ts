type Angka = Record<string, number>;

/** Men and women of one count. */
export interface LP {
  readonly l: number;
  readonly p: number;
}

/** What a generated sheet's administration is made of; the totals (JML, pengguna total, II, V) follow from it. */
export interface BahanAdministrasi {
  readonly dpt: LP;
  /** Voters from the DPT (I.B.1), DPTb (I.B.2) and DPK (I.B.3). */
  readonly penggunaDpt: LP;
  readonly dptb: LP;
  readonly dpk: LP;
  readonly suratDiterima: number;
  readonly suratRusak: number;
  readonly disabilitas: LP;
  readonly suaraTidakSah: number;
}

/**
 * The administration rows and section V of a C.Hasil sheet that keeps every rule: one place for the demo
 * elections and the benchmark's generator. Key order as on the paper.
 */
export function lembarAdministrasi(b: BahanAdministrasi): Angka {
  const total = { l: b.penggunaDpt.l + b.dptb.l + b.dpk.l, p: b.penggunaDpt.p + b.dptb.p + b.dpk.p };
  const totalJ = total.l + total.p;
  return {
    pemilih_dpt_l: b.dpt.l,
    pemilih_dpt_p: b.dpt.p,
    pemilih_dpt_j: b.dpt.l + b.dpt.p,
    pengguna_dpt_l: b.penggunaDpt.l,
    pengguna_dpt_p: b.penggunaDpt.p,
    pengguna_dpt_j: b.penggunaDpt.l + b.penggunaDpt.p,
    pengguna_dptb_l: b.dptb.l,
    pengguna_dptb_p: b.dptb.p,
    pengguna_dptb_j: b.dptb.l + b.dptb.p,
    pengguna_dpk_l: b.dpk.l,
    pengguna_dpk_p: b.dpk.p,
    pengguna_dpk_j: b.dpk.l + b.dpk.p,
    pengguna_total_l: total.l,
    pengguna_total_p: total.p,
    pengguna_total_j: totalJ,
    surat_suara_diterima: b.suratDiterima,
    surat_suara_digunakan: totalJ,
    surat_suara_rusak: b.suratRusak,
    surat_suara_tidak_digunakan: b.suratDiterima - totalJ - b.suratRusak,
    disabilitas_l: b.disabilitas.l,
    disabilitas_p: b.disabilitas.p,
    disabilitas_j: b.disabilitas.l + b.disabilitas.p,
    suara_sah: totalJ - b.suaraTidakSah,
    suara_tidak_sah: b.suaraTidakSah,
    suara_total: totalJ,
  };
}
