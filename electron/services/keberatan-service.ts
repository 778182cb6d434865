import type Database from 'better-sqlite3';
import type { JenisSuratSuara } from '../../shared/domain/ballot';
import type { DasarHitungUlang, HitungUlang, Keberatan, Koreksi, LangkahKeberatan, StatusKeberatan } from '../../shared/domain/pleno';
import { DASAR_HITUNG_ULANG } from '../../shared/domain/pleno';
import { gagal, ok, type Clock, type Result } from '../../shared/domain/result';
import { barisCHasil } from '../../shared/forms/c-hasil';
import { ANGKA_MAKS_TPS } from '../../shared/validation/rules';
import { appendAudit } from './audit-service';
import { periksaBelumDisahkan } from './tinjauan-service';
import { adaUnit, namaUnit, suratSuaraPemilihan, tingkatUnit } from './unit-pleno';

/** A keberatan or kejadian khusus as raised: by a person on the daftar hadir or by an unsur, about what. */
export interface KeberatanBaru {
  readonly jenis: 'keberatan' | 'kejadian_khusus';
  readonly pokok: 'prosedur' | 'angka';
  readonly pengajuId?: number | null;
  readonly pengajuUnsur?: Keberatan['pengajuUnsur'];
  readonly desaKode?: string | null;
  readonly tpsKode?: string | null;
  readonly suratSuara?: JenisSuratSuara | null;
  readonly baris?: string | null;
  readonly uraian: string;
}

/** The correction an accepted number objection makes, with who decided and who initialled it. */
export interface KoreksiBaru {
  readonly nilaiBaru: number | null;
  readonly pemutus: string;
  readonly parafKetua: string;
  readonly parafSaksi: string;
}

export interface LangkahBaru {
  readonly keberatanId: number;
  readonly langkah: LangkahKeberatan;
  /** Required for ditolak (the reason), rekomendasi and tindak_lanjut. */
  readonly catatan?: string | null;
  /** Required when a number objection is accepted. */
  readonly koreksi?: KoreksiBaru | null;
}

/** A recount as the operator enters it; its id, time and recorder are the service's. `nilai`: row key -> value as recounted. */
export type HitungUlangBaru = Omit<HitungUlang, 'id' | 'dicatatPada' | 'oleh'>;

/** Which steps may follow which status (DOMAIN.md section 6.3). */
const BOLEH: Readonly<Record<LangkahKeberatan, readonly StatusKeberatan[]>> = {
  dicocokkan: ['diajukan'],
  diterima: ['diajukan', 'dicocokkan', 'rekomendasi'],
  ditolak: ['diajukan', 'dicocokkan'],
  rekomendasi: ['diterima', 'ditolak'],
  tindak_lanjut: ['diterima', 'ditolak', 'rekomendasi'],
};

interface BarisKeberatan {
  id: number;
  jenis: Keberatan['jenis'];
  pokok: Keberatan['pokok'];
  pengaju_id: number | null;
  pengaju: string | null;
  pengaju_unsur: Keberatan['pengajuUnsur'];
  desa_kode: string | null;
  tps_kode: string | null;
  surat_suara: JenisSuratSuara | null;
  baris: string | null;
  uraian: string;
  diajukan_pada: string;
}

function efektif(db: Database.Database, tps: string, jenis: string, baris: string): number | null {
  const r = db.prepare('SELECT nilai FROM nilai_efektif WHERE tps_kode = ? AND jenis = ? AND baris = ?').get(tps, jenis, baris) as { nilai: number } | undefined;
  return r?.nilai ?? null;
}

/**
 * Every correction and recounted value, oldest first, with the objection that made it. CROSS JOIN keeps the few
 * corrections as the outer loop: the planner would otherwise scan every version of `nilai` (650k in a big kecamatan).
 */
export function daftarKoreksi(db: Database.Database): Koreksi[] {
  const k = db
    .prepare(
      `SELECT n.id AS nilaiId, k.keberatan_id AS keberatanId, n.tps_kode AS tpsKode, n.jenis, n.baris, k.nilai_lama AS nilaiLama, n.nilai AS nilaiBaru,
              n.sumber, n.dicatat_pada AS waktu, k.pemutus, k.paraf_ketua AS parafKetua, k.paraf_saksi AS parafSaksi
       FROM koreksi k CROSS JOIN nilai n ON n.id = k.nilai_id
       UNION ALL
       SELECT n.id, h.keberatan_id, n.tps_kode, n.jenis, n.baris, hn.nilai_lama, n.nilai, n.sumber, n.dicatat_pada, h.oleh, '', ''
       FROM hitung_ulang_nilai hn CROSS JOIN nilai n ON n.id = hn.nilai_id JOIN hitung_ulang h ON h.id = hn.hitung_ulang_id
       ORDER BY 1`,
    )
    .all() as Koreksi[];
  return k;
}

/** Every keberatan and kejadian khusus with its steps and corrections, oldest first. */
export function daftarKeberatan(db: Database.Database): Keberatan[] {
  const rows = db
    .prepare(
      `SELECT k.id, k.jenis, k.pokok, k.pengaju_id, h.nama AS pengaju, k.pengaju_unsur, k.desa_kode, k.tps_kode, k.surat_suara, k.baris, k.uraian, k.diajukan_pada
       FROM keberatan k LEFT JOIN hadirin h ON h.id = k.pengaju_id ORDER BY k.id`,
    )
    .all() as BarisKeberatan[];
  const langkah = db.prepare('SELECT keberatan_id, langkah, catatan, waktu, oleh FROM keberatan_langkah ORDER BY id').all() as {
    keberatan_id: number;
    langkah: LangkahKeberatan;
    catatan: string | null;
    waktu: string;
    oleh: string;
  }[];
  const koreksi = daftarKoreksi(db);
  return rows.map((r) => {
    const l = langkah.filter((x) => x.keberatan_id === r.id).map((x) => ({ langkah: x.langkah, catatan: x.catatan, waktu: x.waktu, oleh: x.oleh }));
    return {
      id: r.id,
      jenis: r.jenis,
      pokok: r.pokok,
      pengajuId: r.pengaju_id,
      pengaju: r.pengaju,
      pengajuUnsur: r.pengaju_unsur,
      desaKode: r.desa_kode,
      tpsKode: r.tps_kode,
      suratSuara: r.surat_suara,
      baris: r.baris,
      uraian: r.uraian,
      diajukanPada: r.diajukan_pada,
      status: l[l.length - 1]?.langkah ?? 'diajukan',
      langkah: l,
      koreksi: koreksi.filter((k) => k.keberatanId === r.id),
    };
  });
}

function satu(db: Database.Database, id: number): Keberatan | undefined {
  return daftarKeberatan(db).find((k) => k.id === id);
}

function periksaBaris(db: Database.Database, jenis: string, baris: string): boolean {
  const ss = suratSuaraPemilihan(db).find((s) => s.jenis === jenis);
  return ss !== undefined && barisCHasil(ss).some((r) => r.key === baris);
}

function angkaSah(v: unknown): v is number | null {
  return v === null || (typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= ANGKA_MAKS_TPS);
}

/** Inserts a keberatan row inside the caller's transaction; returns its id. */
export function sisipkanKeberatan(db: Database.Database, b: KeberatanBaru, oleh: string, clock: Clock): Result<number> {
  if (b.uraian.trim() === '') return gagal('isian-kosong', 'Uraian keberatan atau kejadian khusus wajib diisi.', 'empty uraian');
  let unsur = b.pengajuUnsur;
  if (b.pengajuId != null) {
    const h = db.prepare('SELECT unsur, nama FROM hadirin WHERE id = ?').get(b.pengajuId) as { unsur: string; nama: string } | undefined;
    if (!h) return gagal('hadirin-tidak-dikenal', 'Pengaju tidak ada pada daftar hadir.', 'unknown pengaju');
    if (h.unsur !== 'saksi' && h.unsur !== 'panwaslu' && h.unsur !== 'ppk' && h.unsur !== 'pps') return gagal('pengaju-tidak-berhak', `${h.nama} (${h.unsur}) tidak dapat mengajukan keberatan; hanya saksi, Panwaslu, PPK atau PPS.`, 'pengaju unsur');
    unsur = h.unsur;
  }
  if (!unsur) return gagal('isian-kosong', 'Pengaju keberatan (saksi atau Panwaslu) wajib dipilih.', 'no pengaju');
  let desa = b.desaKode ?? null;
  const tps = b.tpsKode ?? null;
  if (tps) {
    const t = db.prepare('SELECT desa FROM tps WHERE kode = ?').get(tps) as { desa: string } | undefined;
    if (!t) return gagal('tps-tidak-dikenal', `TPS ${tps} tidak ada dalam paket pemilihan.`, 'unknown tps');
    if (desa && desa !== t.desa) return gagal('isian-tidak-sesuai', `TPS ${tps} bukan di desa ${desa}.`, 'tps not in desa');
    desa = t.desa;
  }
  if (desa && !adaUnit(db, desa)) return gagal('desa-tidak-dikenal', `${namaUnit(db, desa)} tidak ada dalam paket pemilihan.`, 'unknown desa');
  const ss = b.suratSuara ?? null;
  if (ss && !db.prepare('SELECT 1 FROM surat_suara WHERE jenis = ?').get(ss)) return gagal('surat-suara-tidak-dikenal', `Surat suara ${ss} tidak ada dalam paket pemilihan.`, 'unknown ballot');
  const baris = b.baris ?? null;
  if (b.pokok === 'angka' && tingkatUnit(db) === 'kecamatan') {
    // KPU kabupaten/kota: a number of a kecamatan's D.Hasil (its row), never a TPS: the KPU corrects nothing itself.
    if (tps || !desa || !ss || !baris) return gagal('sel-kurang', 'Keberatan atas angka kecamatan harus menunjuk kecamatan, surat suara dan baris.', 'kecamatan number objection without cell');
  } else if (b.pokok === 'angka' && (!tps || !ss || !baris)) return gagal('sel-kurang', 'Keberatan atas angka harus menunjuk TPS, surat suara dan baris.', 'number objection without cell');
  if (baris && (!ss || !periksaBaris(db, ss, baris))) return gagal('baris-tidak-dikenal', `Baris "${baris}" tidak ada pada formulir ${ss ?? ''}.`, 'unknown row');
  const row = { jenis: b.jenis, pokok: b.pokok, pengaju_id: b.pengajuId ?? null, pengaju_unsur: unsur, desa_kode: desa, tps_kode: tps, surat_suara: ss, baris, uraian: b.uraian.trim(), diajukan_pada: clock().toISOString(), oleh };
  const id = Number(
    db
      .prepare('INSERT INTO keberatan (jenis, pokok, pengaju_id, pengaju_unsur, desa_kode, tps_kode, surat_suara, baris, uraian, diajukan_pada, oleh) VALUES (@jenis, @pokok, @pengaju_id, @pengaju_unsur, @desa_kode, @tps_kode, @surat_suara, @baris, @uraian, @diajukan_pada, @oleh)')
      .run(row).lastInsertRowid,
  );
  appendAudit(db, { aktor: oleh, aksi: `ajukan-${b.jenis === 'keberatan' ? 'keberatan' : 'kejadian-khusus'}`, entitas: `keberatan:${id}`, rincian: row }, clock);
  return ok(id);
}

/** Records a keberatan or kejadian khusus (state diajukan) with its audit row. */
export function ajukanKeberatan(db: Database.Database, b: KeberatanBaru, oleh: string, clock: Clock): Result<Keberatan> {
  let hasil: Result<number> = gagal('galat-internal', 'tidak tercatat');
  db.transaction(() => {
    hasil = sisipkanKeberatan(db, b, oleh, clock);
  }).immediate();
  const h = hasil as Result<number>;
  return h.ok ? ok(satu(db, h.value)!) : h;
}

/**
 * The next step of an objection. Accepting a number objection writes its correction: a new `koreksi`
 * version of the cell (the old versions stay), the value it replaced, who decided and the paraf of the
 * chair and the saksi, all in one transaction with the audit row. Refused while the unit is approved.
 */
export function langkahKeberatan(db: Database.Database, l: LangkahBaru, oleh: string, clock: Clock): Result<Keberatan> {
  const catatan = l.catatan?.trim() || null;
  if ((l.langkah === 'ditolak' || l.langkah === 'rekomendasi' || l.langkah === 'tindak_lanjut') && !catatan) {
    return gagal('isian-kosong', l.langkah === 'ditolak' ? 'Alasan keberatan tidak diterima wajib diisi.' : l.langkah === 'rekomendasi' ? 'Isi rekomendasi Panwaslu wajib diisi.' : 'Uraian tindak lanjut wajib diisi.', `empty catatan for ${l.langkah}`);
  }
  let hasil: Result<Keberatan> | null = null;
  db.transaction(() => {
    const k = satu(db, l.keberatanId);
    if (!k) {
      hasil = gagal('keberatan-tidak-dikenal', `Keberatan nomor ${l.keberatanId} tidak ada.`, 'unknown keberatan');
      return;
    }
    if (!BOLEH[l.langkah].includes(k.status)) {
      hasil = gagal('langkah-tidak-sesuai', `Keberatan nomor ${k.id} berstatus "${k.status}"; langkah "${l.langkah}" tidak dapat dilakukan sekarang.`, `step ${l.langkah} from ${k.status}`);
      return;
    }
    const waktu = clock().toISOString();
    let koreksi: Record<string, unknown> | null = null;
    let permintaanPpk: Record<string, unknown> | null = null;
    if (l.langkah === 'diterima' && k.pokok === 'angka' && k.tpsKode === null) {
      // A kecamatan's number at the KPU kabupaten/kota: accepted means the PPK is asked to correct and send a
      // newer export; no number is written here.
      if (l.koreksi) {
        hasil = gagal('koreksi-tidak-di-sini', `Keberatan nomor ${k.id} atas angka kecamatan: KPU kabupaten/kota tidak membetulkan angka PPK. Terima tanpa nilai baru; PPK diminta membetulkan dan mengirim ekspor baru.`, 'correction at kabupaten level');
        return;
      }
      permintaanPpk = { kecamatan: k.desaKode, jenis: k.suratSuara, baris: k.baris };
    } else if (l.langkah === 'diterima' && k.pokok === 'angka') {
      const kb = l.koreksi;
      if (!kb || kb.pemutus.trim() === '' || kb.parafKetua.trim() === '') {
        hasil = gagal('koreksi-kurang', `Keberatan nomor ${k.id} atas angka: nilai baru, pemutus dan paraf ketua wajib diisi untuk pembetulan.`, 'accept without correction');
        return;
      }
      if (!angkaSah(kb.nilaiBaru)) {
        hasil = gagal('nilai-tidak-valid', `Nilai pembetulan harus bilangan bulat 0–${ANGKA_MAKS_TPS}.`, 'bad value');
        return;
      }
      const tps = k.tpsKode!;
      const jenis = k.suratSuara!;
      const baris = k.baris!;
      const cek = periksaBelumDisahkan(db, tps, jenis);
      if (!cek.ok) {
        hasil = cek;
        return;
      }
      const lama = efektif(db, tps, jenis, baris);
      const nilaiId = Number(db.prepare("INSERT INTO nilai (tps_kode, jenis, baris, nilai, sumber, dicatat_pada, oleh) VALUES (?, ?, ?, ?, 'koreksi', ?, ?)").run(tps, jenis, baris, kb.nilaiBaru, waktu, oleh).lastInsertRowid);
      db.prepare('INSERT INTO koreksi (nilai_id, keberatan_id, nilai_lama, pemutus, paraf_ketua, paraf_saksi) VALUES (?, ?, ?, ?, ?, ?)').run(nilaiId, k.id, lama, kb.pemutus.trim(), kb.parafKetua.trim(), kb.parafSaksi.trim());
      koreksi = { nilai_id: nilaiId, tps, jenis, baris, dari: lama, ke: kb.nilaiBaru, pemutus: kb.pemutus.trim(), paraf_ketua: kb.parafKetua.trim(), paraf_saksi: kb.parafSaksi.trim() };
    }
    db.prepare('INSERT INTO keberatan_langkah (keberatan_id, langkah, catatan, waktu, oleh) VALUES (?, ?, ?, ?, ?)').run(k.id, l.langkah, catatan, waktu, oleh);
    appendAudit(db, { aktor: oleh, aksi: `keberatan-${l.langkah}`, entitas: `keberatan:${k.id}`, rincian: { catatan, koreksi, ...(permintaanPpk ? { ppk_diminta_membetulkan: permintaanPpk } : {}) } }, clock);
  }).immediate();
  return hasil ?? ok(satu(db, l.keberatanId)!);
}

/** Every recount, oldest first, with its recounted values. */
export function daftarHitungUlang(db: Database.Database): HitungUlang[] {
  const rows = db.prepare('SELECT id, keberatan_id, tps_kode, jenis, dasar, kotak_dibuka_pada, kotak_disegel_pada, dicatat_pada, oleh FROM hitung_ulang ORDER BY id').all() as {
    id: number;
    keberatan_id: number;
    tps_kode: string;
    jenis: JenisSuratSuara;
    dasar: DasarHitungUlang;
    kotak_dibuka_pada: string;
    kotak_disegel_pada: string;
    dicatat_pada: string;
    oleh: string;
  }[];
  const nilai = db.prepare('SELECT hn.hitung_ulang_id, n.baris, n.nilai FROM hitung_ulang_nilai hn CROSS JOIN nilai n ON n.id = hn.nilai_id ORDER BY n.id').all() as { hitung_ulang_id: number; baris: string; nilai: number | null }[];
  return rows.map((r) => ({
    id: r.id,
    keberatanId: r.keberatan_id,
    tpsKode: r.tps_kode,
    jenis: r.jenis,
    dasar: r.dasar,
    kotakDibukaPada: r.kotak_dibuka_pada,
    kotakDisegelPada: r.kotak_disegel_pada,
    dicatatPada: r.dicatat_pada,
    oleh: r.oleh,
    nilai: Object.fromEntries(nilai.filter((n) => n.hitung_ulang_id === r.id).map((n) => [n.baris, n.nilai])),
  }));
}

/**
 * Records a hitung ulang of a TPS for an objection: the ground (UU 7/2017 Pasal 374(2) letter), when the box
 * was opened and resealed, and the recounted values as new versions of source `hitung_ulang`, each linked to
 * the recount and the value it replaced. One transaction with its audit row.
 */
export function catatHitungUlang(db: Database.Database, h: HitungUlangBaru, oleh: string, clock: Clock): Result<HitungUlang> {
  if (!(h.dasar in DASAR_HITUNG_ULANG)) return gagal('dasar-tidak-dikenal', 'Dasar hitung ulang harus huruf a–h Pasal 374 ayat (2) UU 7/2017.', 'bad ground');
  const buka = Date.parse(h.kotakDibukaPada);
  const segel = Date.parse(h.kotakDisegelPada);
  if (Number.isNaN(buka) || Number.isNaN(segel)) return gagal('waktu-tidak-valid', 'Waktu kotak dibuka dan disegel kembali wajib diisi.', 'bad times');
  if (segel < buka) return gagal('waktu-tidak-valid', 'Kotak tidak dapat disegel kembali sebelum dibuka.', 'resealed before opened');
  if (Object.keys(h.nilai).length === 0) return gagal('isian-kosong', 'Hasil hitung ulang wajib diisi.', 'no values');
  for (const [baris, v] of Object.entries(h.nilai)) {
    if (!periksaBaris(db, h.jenis, baris)) return gagal('baris-tidak-dikenal', `Baris "${baris}" tidak ada pada formulir ${h.jenis}.`, 'unknown row');
    if (!angkaSah(v)) return gagal('nilai-tidak-valid', `Baris ${baris}: harus bilangan bulat 0–${ANGKA_MAKS_TPS}.`, 'bad value');
  }
  let hasil: Result<HitungUlang> | null = null;
  let id = 0;
  db.transaction(() => {
    const k = satu(db, h.keberatanId);
    if (!k) {
      hasil = gagal('keberatan-tidak-dikenal', `Keberatan nomor ${h.keberatanId} tidak ada.`, 'unknown keberatan');
      return;
    }
    if ((k.tpsKode && k.tpsKode !== h.tpsKode) || (k.suratSuara && k.suratSuara !== h.jenis)) {
      hasil = gagal('isian-tidak-sesuai', `Keberatan nomor ${k.id} menyangkut ${k.tpsKode ?? ''} ${k.suratSuara ?? ''}, bukan TPS ${h.tpsKode} ${h.jenis}.`, 'recount not of the objection cell');
      return;
    }
    if (!db.prepare('SELECT 1 FROM tps WHERE kode = ?').get(h.tpsKode)) {
      hasil = gagal('tps-tidak-dikenal', `TPS ${h.tpsKode} tidak ada dalam paket pemilihan.`, 'unknown tps');
      return;
    }
    const cek = periksaBelumDisahkan(db, h.tpsKode, h.jenis);
    if (!cek.ok) {
      hasil = cek;
      return;
    }
    const waktu = clock().toISOString();
    const row = { keberatan_id: k.id, tps_kode: h.tpsKode, jenis: h.jenis, dasar: h.dasar, kotak_dibuka_pada: new Date(buka).toISOString(), kotak_disegel_pada: new Date(segel).toISOString(), dicatat_pada: waktu, oleh };
    id = Number(
      db
        .prepare('INSERT INTO hitung_ulang (keberatan_id, tps_kode, jenis, dasar, kotak_dibuka_pada, kotak_disegel_pada, dicatat_pada, oleh) VALUES (@keberatan_id, @tps_kode, @jenis, @dasar, @kotak_dibuka_pada, @kotak_disegel_pada, @dicatat_pada, @oleh)')
        .run(row).lastInsertRowid,
    );
    const insNilai = db.prepare("INSERT INTO nilai (tps_kode, jenis, baris, nilai, sumber, dicatat_pada, oleh) VALUES (?, ?, ?, ?, 'hitung_ulang', ?, ?)");
    const insLink = db.prepare('INSERT INTO hitung_ulang_nilai (nilai_id, hitung_ulang_id, nilai_lama) VALUES (?, ?, ?)');
    const perubahan: { baris: string; dari: number | null; ke: number | null }[] = [];
    for (const [baris, v] of Object.entries(h.nilai)) {
      const lama = efektif(db, h.tpsKode, h.jenis, baris);
      const nid = Number(insNilai.run(h.tpsKode, h.jenis, baris, v, waktu, oleh).lastInsertRowid);
      insLink.run(nid, id, lama);
      perubahan.push({ baris, dari: lama, ke: v });
    }
    appendAudit(db, { aktor: oleh, aksi: 'hitung-ulang', entitas: `tps:${h.tpsKode}:${h.jenis}`, rincian: { ...row, perubahan } }, clock);
  }).immediate();
  return hasil ?? ok(daftarHitungUlang(db).find((x) => x.id === id)!);
}
