import { gagal, ok, type Result } from '../../shared/domain/result';

/** The commands of FORMATS.md section 3, plus `save-tps` (C.Hasil entry from scripts). */
export const NAMA_PERINTAH = ['init', 'import-sirekap', 'recap', 'check', 'print', 'save-tps', 'backup', 'restore', 'export', 'verify', 'import-hasil', 'audit', 'print-pleno', 'paket-saksi'] as const;
export type NamaPerintah = (typeof NAMA_PERINTAH)[number];

interface SpesifikasiPerintah {
  /** Options that take a value (`--db FILE` or `--db=FILE`). */
  readonly nilai: readonly string[];
  /** Options that are flags (`--json`). */
  readonly bendera: readonly string[];
  readonly wajib: readonly string[];
  /** Positional arguments: none, or at least one (named for the message). */
  readonly posisi: null | string;
}

const SPESIFIKASI: Readonly<Record<NamaPerintah, SpesifikasiPerintah>> = {
  init: { nilai: ['db', 'paket', 'oleh'], bendera: ['json'], wajib: ['db', 'paket'], posisi: null },
  'import-sirekap': { nilai: ['db', 'oleh', 'surat-suara'], bendera: ['json'], wajib: ['db'], posisi: 'JALUR (berkas atau folder Sirekap)' },
  recap: { nilai: ['db', 'surat-suara'], bendera: ['json'], wajib: ['db', 'surat-suara'], posisi: null },
  check: { nilai: ['db', 'surat-suara'], bendera: ['json'], wajib: ['db'], posisi: null },
  print: { nilai: ['db', 'out', 'kertas', 'surat-suara'], bendera: [], wajib: ['db', 'out'], posisi: null },
  'save-tps': { nilai: ['db', 'tps', 'surat-suara', 'oleh'], bendera: ['json'], wajib: ['db', 'tps', 'surat-suara'], posisi: 'BARIS=NILAI' },
  'print-pleno': { nilai: ['db', 'out', 'kertas'], bendera: [], wajib: ['db', 'out'], posisi: null },
  audit: { nilai: ['db', 'export', 'out'], bendera: ['verify', 'json'], wajib: ['db'], posisi: null },
  backup: { nilai: ['db', 'out', 'keep'], bendera: ['json'], wajib: ['db', 'out'], posisi: null },
  restore: { nilai: ['db', 'from', 'oleh'], bendera: ['json', 'paksa'], wajib: ['db', 'from'], posisi: null },
  export: { nilai: ['db', 'out', 'surat-suara', 'format'], bendera: ['json'], wajib: ['db', 'out'], posisi: null },
  verify: { nilai: [], bendera: ['json'], wajib: [], posisi: 'BERKAS (ekspor rekap-hasil)' },
  'import-hasil': { nilai: ['db', 'sidik', 'oleh'], bendera: ['json', 'ganti'], wajib: ['db'], posisi: 'BERKAS (ekspor rekap-hasil kecamatan)' },
  'paket-saksi': { nilai: ['db', 'out', 'surat-suara', 'kertas'], bendera: ['json'], wajib: ['db', 'out'], posisi: null },
};

export const PEMAKAIAN = `Pemakaian: npm run --silent cli -- <perintah> [opsi]

Perintah:
  init --db BERKAS --paket PAKET.json            membuat basis data rekap baru dari paket pemilihan
  import-sirekap --db BERKAS [--surat-suara JENIS] JALUR...
                                                 mengimpor berkas TPS Sirekap (berkas atau folder, dicari ke dalam);
                                                 surat suara tiap berkas: JENIS, atau folder Sirekap terdekat
                                                 (ppwp, pdpr, pdpd, pdprdp, pdprdk), atau PPWP
  recap --db BERKAS --surat-suara JENIS [--json] rekapitulasi satu surat suara
  check --db BERKAS [--surat-suara JENIS] [--json]
                                                 semua temuan validasi (atau satu surat suara); kode keluar 1 bila ada galat
  print --db BERKAS --out FOLDER [--kertas F4|A4] [--surat-suara JENIS]
                                                 menulis dokumen PDF rekapitulasi ke FOLDER, satu berkas per surat suara
                                                 (atau satu surat suara); kertas F4 bawaan
JENIS: PPWP, DPR, DPD, DPRD_PROV, DPRD_KABKO, GUBERNUR, BUPATI, WALIKOTA.
  save-tps --db BERKAS --tps KODE --surat-suara JENIS [--oleh NAMA] [--json] BARIS=NILAI...
                                                 menyimpan angka C.Hasil satu TPS (NILAI kosong = belum dibaca)
  backup --db BERKAS --out FOLDER [--keep N] [--json]
                                                 mencadangkan basis data ke FOLDER (mis. flashdisk), diperiksa utuh;
                                                 menyimpan N cadangan manual terakhir (bawaan 20)
  restore --db BERKAS --from CADANGAN [--paksa] [--oleh NAMA] [--json]
                                                 memulihkan dari cadangan; berkas lama disimpan di sampingnya,
                                                 --paksa untuk cadangan pemilihan lain atau berkas yang rusak
  export --db BERKAS --out BERKAS [--surat-suara JENIS] [--format json|xlsx|csv] [--json]
                                                 ekspor hasil rekapitulasi PPK (rekap-hasil/2, dengan sidik jari SHA-256)
  verify BERKAS [--json]                         sidik jari berkas ekspor dan apakah isinya utuh; kode keluar 1 bila diubah
  import-hasil --db KAB.rekap [--sidik XXXX-XXXX-XXXX-XXXX] [--ganti] [--oleh NAMA] [--json] BERKAS
                                                 (tingkat kabupaten) mengimpor ekspor kecamatan; hash diperiksa; ekspor
                                                 yang lebih baru ditampilkan bedanya dan hanya mengganti dengan --ganti
  paket-saksi --db BERKAS --out FOLDER [--surat-suara JENIS] [--kertas F4|A4]
                                                 satu folder per saksi: PDF D.Hasil, CSV, ekspor dan sidik jari
                                                 (setelah semua desa surat suara itu disahkan)
  audit --db BERKAS --verify [--json]           memeriksa rantai hash log audit; menyebut baris pertama yang rusak
                                                 (kode keluar 1 bila rusak)
  print-pleno --db BERKAS --out FOLDER [--kertas F4|A4]
                                                 berita acara rapat pleno, daftar hadir, D.Kejadian Khusus, lampiran
                                                 pembetulan, dan D.Hasil tiap surat suara dengan penandatangan rapat
  audit --db BERKAS --export csv|json --out BERKAS
                                                 mengekspor log audit agar dapat dibaca dan diperiksa tanpa aplikasi

Opsi --oleh NAMA mencatat siapa yang bertindak di log audit (init, import-sirekap, save-tps, restore).
Kode keluar: 0 berhasil, 1 check menemukan galat (atau audit: rantai rusak), 2 masukan atau pemakaian salah.
`;

export interface ArgumenCli {
  readonly perintah: NamaPerintah;
  readonly opsi: ReadonlyMap<string, string>;
  readonly bendera: ReadonlySet<string>;
  readonly posisi: readonly string[];
}

function salah(pesan: string): Result<never> {
  return gagal('pemakaian-salah', pesan, `usage error: ${pesan}`);
}

function isPerintah(s: string): s is NamaPerintah {
  return (NAMA_PERINTAH as readonly string[]).includes(s);
}

/** Splits argv (without node and script) into a known command, its options and positional arguments. */
export function parseArgs(argv: readonly string[]): Result<ArgumenCli> {
  const [nama, ...rest] = argv;
  if (nama === undefined) return salah('perintah tidak ditulis');
  if (!isPerintah(nama)) return salah(`perintah tidak dikenal: "${nama}" (yang ada: ${NAMA_PERINTAH.join(', ')})`);
  const spec = SPESIFIKASI[nama];
  const opsi = new Map<string, string>();
  const bendera = new Set<string>();
  const posisi: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i]!;
    if (a === '--') {
      posisi.push(...rest.slice(i + 1));
      break;
    }
    if (!a.startsWith('--')) {
      posisi.push(a);
      continue;
    }
    const eq = a.indexOf('=');
    const key = a.slice(2, eq < 0 ? undefined : eq);
    if (opsi.has(key) || bendera.has(key)) return salah(`opsi --${key} ditulis lebih dari sekali`);
    if (spec.bendera.includes(key)) {
      if (eq >= 0) return salah(`opsi --${key} tidak memakai nilai`);
      bendera.add(key);
    } else if (spec.nilai.includes(key)) {
      let v: string | undefined;
      if (eq >= 0) v = a.slice(eq + 1);
      else {
        v = rest[i + 1];
        if (v !== undefined && v.startsWith('--')) v = undefined;
        else i++;
      }
      if (v === undefined || v === '') return salah(`opsi --${key} memerlukan nilai`);
      opsi.set(key, v);
    } else {
      return salah(`opsi tidak dikenal untuk ${nama}: --${key}`);
    }
  }
  for (const w of spec.wajib) if (!opsi.has(w)) return salah(`${nama}: opsi --${w} wajib ditulis`);
  if (spec.posisi === null && posisi.length > 0) return salah(`${nama}: argumen tidak dikenal: "${posisi[0]!}"`);
  if (spec.posisi !== null && posisi.length === 0) return salah(`${nama}: tulis paling sedikit satu ${spec.posisi}`);
  return ok({ perintah: nama, opsi, bendera, posisi });
}
