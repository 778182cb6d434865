import { calonDari, isSuratSuaraPartai, nomorPeserta, SINGKATAN_SURAT_SUARA, urutanSuratSuara, type JenisSuratSuara, type Peserta, type SuratSuara } from '../domain/ballot';
import type { JenisPemilihan } from '../domain/election';
import { formatAngka } from '../format/number';
import {
  BARIS_DISABILITAS,
  BARIS_LPJ,
  kunciJumlahPartai,
  kunciPeserta,
  kunciSuaraCalon,
  kunciSuaraPartai,
  nilai,
  type Kolom,
  type Lembar,
} from '../forms/c-hasil';
import type { AturanId, Keparahan, Temuan } from './finding';

/** What a sheet is checked against. */
export interface KonteksValidasi {
  readonly jenisPemilihan: JenisPemilihan;
  readonly suratSuara: SuratSuara;
  /** `tps` sheets also get the per-TPS rules (3 digit boxes, DPT limit). */
  readonly tingkat: 'tps' | 'unit';
  /** Code of the TPS or unit, copied into each finding. */
  readonly kode: string;
}

/** Most voters a TPS may have (R12): 300 for Pemilu 2024, 600 for Pilkada 2024. */
export const DPT_MAKS_TPS: Readonly<Record<JenisPemilihan, number>> = { pemilu: 300, pilkada: 600 };

/** A TPS form has three digit boxes per number. */
export const ANGKA_MAKS_TPS = 999;

const NAMA_BARIS_LPJ: Readonly<Record<string, string>> = {
  pemilih_dpt: 'pemilih dalam DPT',
  pengguna_dpt: 'pengguna hak pilih dalam DPT',
  pengguna_dptb: 'pengguna hak pilih dalam DPTb',
  pengguna_dpk: 'pengguna hak pilih dalam DPK',
  pengguna_total: 'pengguna hak pilih',
  disabilitas: 'pemilih disabilitas yang menggunakan hak pilih',
};

const NAMA_KOLOM: Readonly<Record<Kolom, string>> = { l: 'laki-laki', p: 'perempuan', j: 'jumlah' };

function sebutanPeserta(jenis: JenisSuratSuara): string {
  return jenis === 'DPD' ? 'calon' : jenis === 'PPWP' || jenis === 'GUBERNUR' || jenis === 'BUPATI' || jenis === 'WALIKOTA' ? 'paslon' : 'partai';
}

const n = formatAngka;

/** "partai 03" as said in a message. */
function sebutPartai(p: Peserta): string {
  return `partai ${nomorPeserta(p.nomor)}`;
}

/** Sum of values when every one is read, else null (no rule fires on a number not read). */
function jumlahTerbaca(vals: readonly (number | null)[]): number | null {
  let sum = 0;
  for (const x of vals) {
    if (x === null) return null;
    sum += x;
  }
  return sum;
}

/**
 * Checks one C.Hasil sheet (a TPS, or the sum of a unit) against rules R1-R9, R12-R14: R4 on the ballots
 * voted per participant (PPWP, DPD, Pilkada), R5 on the party ballots (DPR, DPRD).
 */
export function validasiLembar(lembar: Lembar, ctx: KonteksValidasi): Temuan[] {
  const out: Temuan[] = [];
  const v = (key: string): number | null => nilai(lembar, key);
  const add = (aturan: AturanId, keparahan: Keparahan, pesan: string, baris: readonly string[]): void => {
    out.push({ aturan, keparahan, surat_suara: ctx.suratSuara.jenis, kode: ctx.kode, pesan, baris });
  };

  // R1: JML = L + P on every row that has the split.
  for (const prefix of [...BARIS_LPJ.map((b) => b.prefix), BARIS_DISABILITAS.prefix]) {
    const l = v(`${prefix}_l`);
    const p = v(`${prefix}_p`);
    const j = v(`${prefix}_j`);
    if (l !== null && p !== null && j !== null && j !== l + p) {
      add('R1', 'galat', `Jumlah ${NAMA_BARIS_LPJ[prefix]} (${n(j)}) tidak sama dengan laki-laki + perempuan (${n(l)} + ${n(p)} = ${n(l + p)})`, [
        `${prefix}_l`,
        `${prefix}_p`,
        `${prefix}_j`,
      ]);
    }
  }

  // R2: pengguna total = DPT + DPTb + DPK, for L, P and JML.
  for (const k of ['l', 'p', 'j'] as const) {
    const keys = [`pengguna_dpt_${k}`, `pengguna_dptb_${k}`, `pengguna_dpk_${k}`];
    const parts = keys.map(v);
    const total = v(`pengguna_total_${k}`);
    if (total !== null && parts.every((x) => x !== null)) {
      const sum = (parts as number[]).reduce((a, b) => a + b, 0);
      if (sum !== total) {
        add('R2', 'galat', `Jumlah pengguna hak pilih ${NAMA_KOLOM[k]} (${n(total)}) tidak sama dengan DPT + DPTb + DPK (${(parts as number[]).map(n).join(' + ')} = ${n(sum)})`, [
          ...keys,
          `pengguna_total_${k}`,
        ]);
      }
    }
  }

  const sah = v('suara_sah');
  const tidakSah = v('suara_tidak_sah');
  const total = v('suara_total');

  // R3: sah + tidak sah = total.
  if (sah !== null && tidakSah !== null && total !== null && sah + tidakSah !== total) {
    add('R3', 'galat', `Suara sah + tidak sah (${n(sah)} + ${n(tidakSah)} = ${n(sah + tidakSah)}) tidak sama dengan jumlah seluruh suara (${n(total)})`, [
      'suara_sah',
      'suara_tidak_sah',
      'suara_total',
    ]);
  }

  const partai = isSuratSuaraPartai(ctx.suratSuara.jenis);
  // The row that holds each participant's total: suara_<n>, or B of a party block.
  const pesertaKeys = ctx.suratSuara.peserta.map((p) => (partai ? kunciJumlahPartai(p.nomor) : kunciPeserta(p.nomor)));
  const pesertaVals = pesertaKeys.map(v);

  if (!partai) {
    // R4: the participants' votes add up to suara sah.
    const sum = jumlahTerbaca(pesertaVals);
    if (sah !== null && sum !== null && sum !== sah) {
      add('R4', 'galat', `Jumlah suara ${sebutanPeserta(ctx.suratSuara.jenis)} (${n(sum)}) tidak sama dengan suara sah (${n(sah)})`, [...pesertaKeys, 'suara_sah']);
    }
  } else {
    // R5: per party B = A.1 + sum A.2 (a ballot marked on the party and a candidate counts once, for the
    // candidate: counting it twice breaks this), and the parties' B add up to suara sah.
    for (const p of ctx.suratSuara.peserta) {
      const keyB = kunciJumlahPartai(p.nomor);
      const keyA1 = kunciSuaraPartai(p.nomor);
      const calonKeys = calonDari(p).map((c) => kunciSuaraCalon(p.nomor, c.nomor));
      const b = v(keyB);
      const a1 = v(keyA1);
      const a2 = jumlahTerbaca(calonKeys.map(v));
      if (b !== null && a1 !== null && a2 !== null && a1 + a2 !== b) {
        add(
          'R5',
          'galat',
          `Jumlah suara sah ${sebutPartai(p)} (B = ${n(b)}) tidak sama dengan suara partai + suara calon (A.1 + A.2 = ${n(a1)} + ${n(a2)} = ${n(a1 + a2)})`,
          [keyA1, ...calonKeys, keyB],
        );
      }
    }
    const sum = jumlahTerbaca(pesertaVals);
    if (sah !== null && sum !== null && sum !== sah) {
      add('R5', 'galat', `Jumlah suara sah semua partai (jumlah B = ${n(sum)}) tidak sama dengan suara sah (${n(sah)})`, [...pesertaKeys, 'suara_sah']);
    }
  }

  // R6: received = used + returned damaged + unused.
  const diterima = v('surat_suara_diterima');
  const digunakan = v('surat_suara_digunakan');
  const rusak = v('surat_suara_rusak');
  const tidakDigunakan = v('surat_suara_tidak_digunakan');
  if (diterima !== null && digunakan !== null && rusak !== null && tidakDigunakan !== null) {
    const sum = digunakan + rusak + tidakDigunakan;
    if (sum !== diterima) {
      add('R6', 'galat', `Surat suara diterima (${n(diterima)}) tidak sama dengan digunakan + rusak/keliru coblos + tidak digunakan (${n(digunakan)} + ${n(rusak)} + ${n(tidakDigunakan)} = ${n(sum)})`, [
        'surat_suara_diterima',
        'surat_suara_digunakan',
        'surat_suara_rusak',
        'surat_suara_tidak_digunakan',
      ]);
    }
  }

  // R7: ballots used = voters who voted = valid + invalid votes (a legal ground for recount, Pasal 374(2)h).
  const pengguna = v('pengguna_total_j');
  const r7 = [
    { key: 'surat_suara_digunakan', label: 'surat suara digunakan', value: digunakan },
    { key: 'pengguna_total_j', label: 'pengguna hak pilih', value: pengguna },
    { key: 'suara_total', label: 'jumlah suara sah dan tidak sah', value: total },
  ].filter((x): x is { key: string; label: string; value: number } => x.value !== null);
  if (r7.length >= 2 && r7.some((x) => x.value !== r7[0]!.value)) {
    const text = r7.map((x) => `${x.label} (${n(x.value)})`);
    const last = text.pop();
    add('R7', 'galat', `${capitalize(text.join(', '))} dan ${last} harus sama`, r7.map((x) => x.key));
  }

  // R8: valid + invalid votes never exceed the voters who voted.
  if (total !== null && pengguna !== null && total > pengguna) {
    add('R8', 'galat', `Jumlah suara sah dan tidak sah (${n(total)}) melebihi pengguna hak pilih (${n(pengguna)})`, ['suara_total', 'pengguna_total_j']);
  }

  // R9: voters from the DPT who voted never exceed the DPT, per L, P and JML.
  for (const k of ['l', 'p', 'j'] as const) {
    const dpt = v(`pemilih_dpt_${k}`);
    const used = v(`pengguna_dpt_${k}`);
    if (dpt !== null && used !== null && used > dpt) {
      add('R9', 'galat', `Pengguna hak pilih dalam DPT ${NAMA_KOLOM[k]} (${n(used)}) melebihi pemilih dalam DPT ${NAMA_KOLOM[k]} (${n(dpt)})`, [
        `pengguna_dpt_${k}`,
        `pemilih_dpt_${k}`,
      ]);
    }
  }

  // R12: per TPS, every number fits three digit boxes, and the DPT is within the legal maximum.
  if (ctx.tingkat === 'tps') {
    for (const [key, value] of Object.entries(lembar)) {
      if (value !== null && (value < 0 || value > ANGKA_MAKS_TPS || !Number.isInteger(value))) {
        add('R12', 'galat', `Angka ${n(value)} pada baris ${key} di luar 0–${ANGKA_MAKS_TPS} (tiga kotak angka)`, [key]);
      }
    }
    const dptJ = v('pemilih_dpt_j');
    const maks = DPT_MAKS_TPS[ctx.jenisPemilihan];
    if (dptJ !== null && dptJ > maks) {
      add('R12', 'peringatan', `Pemilih dalam DPT (${n(dptJ)}) melebihi batas ${n(maks)} pemilih per TPS`, ['pemilih_dpt_j']);
    }
  }

  // R13: participant <= suara sah <= pengguna <= DPT + DPTb + DPK.
  if (sah !== null) {
    ctx.suratSuara.peserta.forEach((p, i) => {
      const x = pesertaVals[i];
      if (x !== null && x !== undefined && x > sah) {
        const siapa = p.kolom_kosong ? 'kolom kosong' : `${sebutanPeserta(ctx.suratSuara.jenis)} ${nomorPeserta(p.nomor)}`;
        add('R13', 'galat', `Suara ${siapa}${partai ? ' (B)' : ''} (${n(x)}) melebihi suara sah (${n(sah)})`, [pesertaKeys[i]!, 'suara_sah']);
      }
    });
    if (pengguna !== null && sah > pengguna) {
      add('R13', 'galat', `Suara sah (${n(sah)}) melebihi pengguna hak pilih (${n(pengguna)})`, ['suara_sah', 'pengguna_total_j']);
    }
  }
  const dpt = v('pemilih_dpt_j');
  const dptb = v('pengguna_dptb_j');
  const dpk = v('pengguna_dpk_j');
  if (pengguna !== null && dpt !== null && dptb !== null && dpk !== null && pengguna > dpt + dptb + dpk) {
    add('R13', 'galat', `Pengguna hak pilih (${n(pengguna)}) melebihi DPT + pengguna DPTb + pengguna DPK (${n(dpt)} + ${n(dptb)} + ${n(dpk)} = ${n(dpt + dptb + dpk)})`, [
      'pengguna_total_j',
      'pemilih_dpt_j',
      'pengguna_dptb_j',
      'pengguna_dpk_j',
    ]);
  }

  // R14: disabled voters who voted never exceed all who voted (a warning).
  const dis = v('disabilitas_j');
  if (dis !== null && pengguna !== null && dis > pengguna) {
    add('R14', 'peringatan', `Pemilih disabilitas yang menggunakan hak pilih (${n(dis)}) melebihi pengguna hak pilih (${n(pengguna)})`, ['disabilitas_j', 'pengguna_total_j']);
  }

  return out;
}

// ---------------------------------------------------------------------------------------------------------
// R15: across the ballots of one TPS

/**
 * Rows that read the same on every ballot's sheet of a TPS: the voters' list is one for all ballots, and a voter
 * from the DPT or the DPK (a resident of the TPS's area) receives every ballot.
 */
const KUNCI_SAMA: readonly { readonly prefix: string; readonly nama: string; readonly alasan: string }[] = [
  { prefix: 'pemilih_dpt', nama: 'Pemilih dalam DPT', alasan: 'DPT sama untuk semua surat suara' },
  { prefix: 'pengguna_dpt', nama: 'Pengguna hak pilih dalam DPT', alasan: 'pemilih DPT menerima semua surat suara' },
  { prefix: 'pengguna_dpk', nama: 'Pengguna hak pilih dalam DPK', alasan: 'pemilih DPK menerima semua surat suara' },
];

/**
 * Rows that on no ballot exceed the PPWP sheet's: every voter receives the PPWP ballot, a DPTb voter from another
 * dapil fewer of the others. Suffix of the message per row.
 */
const KUNCI_MAKS_PPWP: readonly { readonly key: string; readonly nama: string }[] = [
  { key: 'pengguna_total_j', nama: 'Pengguna hak pilih' },
  { key: 'pengguna_total_l', nama: 'Pengguna hak pilih laki-laki' },
  { key: 'pengguna_total_p', nama: 'Pengguna hak pilih perempuan' },
  { key: 'pengguna_dptb_j', nama: 'Pengguna hak pilih dalam DPTb' },
  { key: 'surat_suara_digunakan', nama: 'Surat suara yang digunakan' },
];

/**
 * Rule R15 (soft) across the ballots of one TPS (each sheet's own DPT / pengguna / surat suara logic is R1-R9 on
 * that sheet): the DPT, the voters from the DPT and those from the DPK read the same on every ballot's sheet (a
 * sheet that differs from the value most sheets have is flagged, so a slip on one form points at that form); no
 * ballot has more voters (in all, men, women, from the DPTb) nor more ballot papers used than the PPWP one (a DPTb
 * voter may get fewer ballots, never more). Only rows read on at least two sheets are compared. Findings are in
 * the official ballot order.
 */
export function validasiAntarSuratSuara(sheets: ReadonlyMap<JenisSuratSuara, Lembar>, kode: string): Temuan[] {
  const jenisList = [...sheets.keys()].sort((a, b) => urutanSuratSuara(a) - urutanSuratSuara(b));
  const byJenis = new Map<JenisSuratSuara, Temuan[]>();
  const add = (jenis: JenisSuratSuara, pesan: string, baris: readonly string[]): void => {
    const list = byJenis.get(jenis) ?? [];
    list.push({ aturan: 'R15', keparahan: 'peringatan', surat_suara: jenis, kode, pesan, baris });
    byJenis.set(jenis, list);
  };
  const label = (j: JenisSuratSuara): string => SINGKATAN_SURAT_SUARA[j];

  for (const key of KUNCI_SAMA.flatMap((b) => (['l', 'p', 'j'] as const).map((k) => ({ ...b, key: `${b.prefix}_${k}`, kolom: k })))) {
    const read = jenisList.flatMap((j) => {
      const x = nilai(sheets.get(j) ?? {}, key.key);
      return x === null ? [] : [{ j, x }];
    });
    if (read.length < 2) continue;
    // The value most sheets have; on a tie the earliest ballot's (PPWP first).
    const count = new Map<number, number>();
    for (const r of read) count.set(r.x, (count.get(r.x) ?? 0) + 1);
    let acuan = read[0]!.x;
    for (const r of read) if (count.get(r.x)! > count.get(acuan)!) acuan = r.x;
    const dengan = read.filter((r) => r.x === acuan).map((r) => label(r.j));
    for (const r of read) {
      if (r.x === acuan) continue;
      add(r.j, `${key.nama} ${NAMA_KOLOM[key.kolom]} (${n(r.x)}) berbeda dengan surat suara lain di TPS ini (${n(acuan)} pada ${dengan.join(', ')}); ${key.alasan}`, [key.key]);
    }
  }

  // One finding per ballot (one slip often shows in several of these rows): worded on the first row that
  // exceeds PPWP's, naming every such row.
  const ppwp = sheets.get('PPWP');
  for (const j of ppwp ? jenisList : []) {
    if (j === 'PPWP') continue;
    const lebih = KUNCI_MAKS_PPWP.flatMap(({ key, nama }) => {
      const acuan = nilai(ppwp!, key);
      const x = nilai(sheets.get(j)!, key);
      return acuan !== null && x !== null && x > acuan ? [{ key, nama, x, acuan }] : [];
    });
    const first = lebih[0];
    if (first) {
      const { nama, x, acuan } = first;
      add(j, `${nama} (${n(x)}) melebihi ${nama.charAt(0).toLowerCase()}${nama.slice(1)} PPWP (${n(acuan)}); pemilih DPTb dapat menerima lebih sedikit surat suara, tidak lebih banyak`, lebih.map((l) => l.key));
    }
  }
  return jenisList.flatMap((j) => byJenis.get(j) ?? []);
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
