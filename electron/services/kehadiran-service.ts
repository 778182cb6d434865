import type Database from 'better-sqlite3';
import { urutanSuratSuara, type JenisSuratSuara } from '../../shared/domain/ballot';
import { labelPihak, pihakSuratSuara, type Hadirin, type JenisPihakSaksi, type PihakSaksi, type UnsurHadirin } from '../../shared/domain/pleno';
import { gagal, ok, type Clock, type Result } from '../../shared/domain/result';
import { appendAudit } from './audit-service';
import { adaUnit, namaUnit } from './unit-pleno';

/**
 * A person to put on the daftar hadir; a saksi needs the peserta and the surat mandat number. The peserta of a
 * party saksi is `PARTAI` with the party's number; a party ballot (DPR, DPRD) given instead means the same.
 */
export interface HadirinBaru {
  readonly nama: string;
  readonly unsur: UnsurHadirin;
  readonly jabatan?: string | null;
  readonly desaKode?: string | null;
  readonly peserta?: { readonly jenis: JenisSuratSuara | JenisPihakSaksi; readonly nomor: number } | null;
  /** Surat mandat (saksi) or surat tugas (pemantau, pewarta). */
  readonly nomorSurat?: string | null;
}

export type JenisKehadiran = 'datang' | 'pulang' | 'duduk' | 'berdiri';

/** At most this many saksi mandated per peserta (PKPU 5/2024 Pasal 14(4)). */
export const SAKSI_MAKS_PER_PESERTA = 2;

interface BarisHadirin {
  id: number;
  nama: string;
  unsur: UnsurHadirin;
  jabatan: string | null;
  desa_kode: string | null;
  peserta_pihak: JenisPihakSaksi | null;
  peserta_nomor: number | null;
  nomor_surat: string | null;
}

function samaNama(a: string, b: string): boolean {
  return a.trim().replace(/\s+/g, ' ').toLocaleLowerCase('id') === b.trim().replace(/\s+/g, ' ').toLocaleLowerCase('id');
}

/** The package's name of every saksi side, `PARTAI:3` -> the party's name (from the first party ballot listing it). */
function namaPihak(db: Database.Database): Map<string, string> {
  const rows = (db.prepare('SELECT jenis, nomor, nama FROM peserta').all() as { jenis: JenisSuratSuara; nomor: number; nama: string }[]).sort((a, b) => urutanSuratSuara(a.jenis) - urutanSuratSuara(b.jenis));
  const out = new Map<string, string>();
  for (const r of rows) {
    const key = `${pihakSuratSuara(r.jenis)}:${r.nomor}`;
    if (!out.has(key)) out.set(key, r.nama);
  }
  return out;
}

/** Everyone on the daftar hadir in order of registration, with arrival, departure and seat now. */
export function daftarHadirin(db: Database.Database): Hadirin[] {
  const rows = db.prepare('SELECT id, nama, unsur, jabatan, desa_kode, peserta_pihak, peserta_nomor, nomor_surat FROM hadirin ORDER BY id').all() as BarisHadirin[];
  const nama = namaPihak(db);
  const ev = db.prepare('SELECT hadirin_id, jenis, waktu FROM kehadiran ORDER BY id').all() as { hadirin_id: number; jenis: JenisKehadiran; waktu: string }[];
  const per = new Map<number, { jenis: JenisKehadiran; waktu: string }[]>();
  for (const e of ev) {
    let l = per.get(e.hadirin_id);
    if (!l) per.set(e.hadirin_id, (l = []));
    l.push({ jenis: e.jenis, waktu: e.waktu });
  }
  return rows.map((r) => {
    const riwayat = per.get(r.id) ?? [];
    let hadir = false;
    let duduk = false;
    let datang: string | null = null;
    let pulang: string | null = null;
    for (const e of riwayat) {
      if (e.jenis === 'datang') {
        hadir = true;
        datang ??= e.waktu;
        pulang = null;
      } else if (e.jenis === 'pulang') {
        hadir = false;
        duduk = false;
        pulang = e.waktu;
      } else duduk = e.jenis === 'duduk';
    }
    return {
      id: r.id,
      nama: r.nama,
      unsur: r.unsur,
      jabatan: r.jabatan,
      desaKode: r.desa_kode,
      peserta: r.peserta_pihak !== null && r.peserta_nomor !== null ? { jenis: r.peserta_pihak, nomor: r.peserta_nomor } : null,
      namaPeserta: r.peserta_pihak !== null ? (nama.get(`${r.peserta_pihak}:${r.peserta_nomor}`) ?? null) : null,
      nomorSurat: r.nomor_surat,
      datang,
      pulang,
      hadir,
      duduk,
      riwayat,
    };
  });
}

/**
 * Puts a person on the daftar hadir. A saksi must name a peserta of the package and a mandate number;
 * a peserta has at most two mandated saksi, and one person witnesses for one peserta only. A party's saksi
 * is recorded once and witnesses for the party on every party ballot.
 */
export function daftarkanHadirin(db: Database.Database, b: HadirinBaru, oleh: string, clock: Clock): Result<Hadirin> {
  const nama = b.nama.trim().replace(/\s+/g, ' ');
  if (nama === '') return gagal('isian-kosong', 'Nama wajib diisi.', 'empty name');
  const saksi = b.unsur === 'saksi';
  const nomorSurat = b.nomorSurat?.trim() || null;
  if (saksi && (!b.peserta || !nomorSurat)) return gagal('mandat-kurang', `Saksi ${nama}: peserta dan nomor surat mandat wajib diisi.`, 'saksi without peserta or mandate');
  if (!saksi && b.peserta) return gagal('isian-tidak-sesuai', `${nama}: hanya saksi yang mewakili peserta.`, 'peserta on non-saksi');
  let hasil: Result<Hadirin> | null = null;
  const pihak: PihakSaksi | null = b.peserta ? { jenis: b.peserta.jenis === 'PARTAI' ? 'PARTAI' : pihakSuratSuara(b.peserta.jenis), nomor: b.peserta.nomor } : null;
  db.transaction(() => {
    if (saksi && pihak) {
      const namaPeserta = namaPihak(db).get(`${pihak.jenis}:${pihak.nomor}`);
      if (namaPeserta === undefined) {
        hasil = gagal('peserta-tidak-dikenal', `Peserta ${labelPihak(pihak)} tidak ada dalam paket pemilihan.`, `unknown peserta ${pihak.jenis} ${pihak.nomor}`);
        return;
      }
      const semua = db.prepare("SELECT id, nama, peserta_pihak, peserta_nomor FROM hadirin WHERE unsur = 'saksi'").all() as BarisHadirin[];
      const lain = semua.find((s) => samaNama(s.nama, nama));
      if (lain) {
        const sama = lain.peserta_pihak === pihak.jenis && lain.peserta_nomor === pihak.nomor;
        hasil = gagal(
          'saksi-ganda',
          sama
            ? `${nama} sudah terdaftar sebagai saksi ${namaPeserta}${pihak.jenis === 'PARTAI' ? ' untuk semua surat suara partai (DPR, DPRD Provinsi, DPRD Kabupaten/Kota)' : ''}.`
            : `${nama} sudah menjadi saksi peserta lain (${labelPihak({ jenis: lain.peserta_pihak!, nomor: lain.peserta_nomor! })}); satu orang hanya boleh menjadi saksi satu peserta.`,
          'one person one peserta',
        );
        return;
      }
      const jumlah = semua.filter((s) => s.peserta_pihak === pihak.jenis && s.peserta_nomor === pihak.nomor).length;
      if (jumlah >= SAKSI_MAKS_PER_PESERTA) {
        hasil = gagal('mandat-penuh', `${namaPeserta} sudah mempunyai ${SAKSI_MAKS_PER_PESERTA} saksi bermandat; tidak dapat menambah ${nama}.`, 'at most 2 saksi per peserta');
        return;
      }
    }
    if (b.desaKode && !adaUnit(db, b.desaKode)) {
      hasil = gagal('desa-tidak-dikenal', `${namaUnit(db, b.desaKode)} tidak ada dalam paket pemilihan.`, 'unknown desa');
      return;
    }
    const row = {
      nama,
      unsur: b.unsur,
      jabatan: b.jabatan?.trim() || null,
      desa_kode: b.desaKode ?? null,
      peserta_pihak: pihak?.jenis ?? null,
      peserta_nomor: pihak?.nomor ?? null,
      nomor_surat: nomorSurat,
      dicatat_pada: clock().toISOString(),
      oleh,
    };
    const id = Number(
      db
        .prepare('INSERT INTO hadirin (nama, unsur, jabatan, desa_kode, peserta_pihak, peserta_nomor, nomor_surat, dicatat_pada, oleh) VALUES (@nama, @unsur, @jabatan, @desa_kode, @peserta_pihak, @peserta_nomor, @nomor_surat, @dicatat_pada, @oleh)')
        .run(row).lastInsertRowid,
    );
    appendAudit(db, { aktor: oleh, aksi: 'daftar-hadirin', entitas: `hadirin:${id}`, rincian: row }, clock);
  }).immediate();
  if (hasil) return hasil;
  const baru = daftarHadirin(db);
  return ok(baru[baru.length - 1]!);
}

/**
 * Records an arrival, a departure, or a saksi taking or leaving the seat. Only a present saksi sits; when
 * one sits, the other saksi of the same peserta who held the seat stands up at the same time (a seat swap,
 * both rows timestamped). A departure also leaves the seat.
 */
export function catatKehadiran(db: Database.Database, hadirinId: number, jenis: JenisKehadiran, oleh: string, clock: Clock): Result<Hadirin[]> {
  let hasil: Result<Hadirin[]> | null = null;
  db.transaction(() => {
    const semua = daftarHadirin(db);
    const h = semua.find((x) => x.id === hadirinId);
    if (!h) {
      hasil = gagal('hadirin-tidak-dikenal', 'Orang tersebut tidak ada pada daftar hadir.', `unknown hadirin ${hadirinId}`);
      return;
    }
    const tolak = (pesan: string): void => {
      hasil = gagal('kehadiran-tidak-sesuai', `${h.nama}: ${pesan}`, `${jenis} refused`);
    };
    if (jenis === 'datang' && h.hadir) return tolak('sudah tercatat hadir.');
    if (jenis === 'pulang' && !h.hadir) return tolak('belum tercatat hadir.');
    if (jenis === 'duduk' && h.unsur !== 'saksi') return tolak('hanya saksi yang menempati kursi saksi.');
    if (jenis === 'duduk' && !h.hadir) return tolak('saksi harus hadir dahulu sebelum duduk.');
    if (jenis === 'duduk' && h.duduk) return tolak('sudah duduk sebagai saksi.');
    if (jenis === 'berdiri' && !h.duduk) return tolak('tidak sedang duduk sebagai saksi.');
    const waktu = clock().toISOString();
    const ins = db.prepare('INSERT INTO kehadiran (hadirin_id, jenis, waktu, oleh) VALUES (?, ?, ?, ?)');
    const perubahan: { hadirin: number; jenis: JenisKehadiran }[] = [];
    if (jenis === 'duduk' && h.peserta) {
      const p = h.peserta;
      for (const lain of semua.filter((x) => x.id !== h.id && x.duduk && x.peserta?.jenis === p.jenis && x.peserta.nomor === p.nomor)) {
        ins.run(lain.id, 'berdiri', waktu, oleh);
        perubahan.push({ hadirin: lain.id, jenis: 'berdiri' });
      }
    }
    if (jenis === 'pulang' && h.duduk) {
      ins.run(h.id, 'berdiri', waktu, oleh);
      perubahan.push({ hadirin: h.id, jenis: 'berdiri' });
    }
    ins.run(h.id, jenis, waktu, oleh);
    perubahan.push({ hadirin: h.id, jenis });
    appendAudit(db, { aktor: oleh, aksi: `kehadiran-${jenis}`, entitas: `hadirin:${h.id}`, rincian: { waktu, perubahan } }, clock);
  }).immediate();
  return hasil ?? ok(daftarHadirin(db));
}
