import type Database from 'better-sqlite3';
import type { JenisSuratSuara } from '../../shared/domain/ballot';
import type { StatusTinjauan, Tinjauan } from '../../shared/domain/pleno';
import { gagal, ok, type Clock, type Result } from '../../shared/domain/result';
import { appendAudit } from './audit-service';
import { adaUnit, namaUnit } from './unit-pleno';

type Peristiwa = Tinjauan['riwayat'][number];
export type LangkahTinjauan = Peristiwa['status'];

function statusDari(riwayat: readonly Peristiwa[]): StatusTinjauan {
  const t = riwayat[riwayat.length - 1];
  if (!t) return 'belum';
  return t.status === 'dibuka_kembali' ? 'dibaca' : t.status;
}

/** Review state of every desa and ballot that has at least one event, in package order. */
export function daftarTinjauan(db: Database.Database, jenis?: JenisSuratSuara): Tinjauan[] {
  const rows = db
    .prepare(`SELECT desa_kode, jenis, status, keputusan, waktu, oleh FROM tinjauan ${jenis ? 'WHERE jenis = ?' : ''} ORDER BY id`)
    .all(...(jenis ? [jenis] : [])) as { desa_kode: string; jenis: JenisSuratSuara; status: LangkahTinjauan; keputusan: string | null; waktu: string; oleh: string }[];
  const per = new Map<string, { desaKode: string; jenis: JenisSuratSuara; riwayat: Peristiwa[] }>();
  for (const r of rows) {
    const key = `${r.desa_kode}:${r.jenis}`;
    let t = per.get(key);
    if (!t) per.set(key, (t = { desaKode: r.desa_kode, jenis: r.jenis, riwayat: [] }));
    t.riwayat.push({ status: r.status, keputusan: r.keputusan, waktu: r.waktu, oleh: r.oleh });
  }
  return [...per.values()].map((t) => ({ ...t, status: statusDari(t.riwayat) }));
}

/** Review state of one desa and ballot ('belum' before its first event). */
export function tinjauanUnit(db: Database.Database, desaKode: string, jenis: JenisSuratSuara): Tinjauan {
  const riwayat = db
    .prepare('SELECT status, keputusan, waktu, oleh FROM tinjauan WHERE desa_kode = ? AND jenis = ? ORDER BY id')
    .all(desaKode, jenis) as Peristiwa[];
  return { desaKode, jenis, status: statusDari(riwayat), riwayat };
}

/** Whether a change of the TPS's values is allowed: refused while its desa's ballot is approved. */
export function periksaBelumDisahkan(db: Database.Database, kodeTps: string, jenis: JenisSuratSuara): Result<null> {
  const desa = db.prepare('SELECT desa FROM tps WHERE kode = ?').get(kodeTps) as { desa: string } | undefined;
  if (desa && tinjauanUnit(db, desa.desa, jenis).status === 'disahkan') {
    return gagal('unit-disahkan', `Desa ${desa.desa} surat suara ${jenis} sudah disahkan; buka kembali dengan keputusan rapat sebelum mengubah angkanya.`, 'unit approved');
  }
  return ok(null);
}

/**
 * The approved units among the desa of these TPS and ballots, in package order: a write that touches any of
 * them (an import, a save, a correction) must be refused as a whole until the plenary reopens the unit.
 */
export function unitDisahkan(db: Database.Database, sel: readonly { readonly kodeTps: string; readonly jenis: JenisSuratSuara }[]): { readonly desaKode: string; readonly nama: string; readonly jenis: JenisSuratSuara }[] {
  const unit = new Map<string, { desaKode: string; jenis: JenisSuratSuara }>();
  const desaTps = db.prepare('SELECT desa FROM tps WHERE kode = ?');
  for (const s of sel) {
    const d = desaTps.get(s.kodeTps) as { desa: string } | undefined;
    if (d) unit.set(`${d.desa}:${s.jenis}`, { desaKode: d.desa, jenis: s.jenis });
  }
  const nama = db.prepare('SELECT nama, urutan FROM wilayah WHERE kode = ?');
  return [...unit.values()]
    .filter((u) => tinjauanUnit(db, u.desaKode, u.jenis).status === 'disahkan')
    .map((u) => ({ ...u, ...(nama.get(u.desaKode) as { nama: string; urutan: number }) }))
    .sort((a, b) => a.urutan - b.urutan || a.jenis.localeCompare(b.jenis))
    .map(({ desaKode, nama: n, jenis }) => ({ desaKode, nama: n, jenis }));
}

const SEBELUM: Readonly<Record<LangkahTinjauan, StatusTinjauan>> = { dibaca: 'belum', dicocokkan: 'dibaca', disahkan: 'dicocokkan', dibuka_kembali: 'disahkan' };
const LABEL: Readonly<Record<StatusTinjauan, string>> = { belum: 'belum dibaca', dibaca: 'sudah dibaca', dicocokkan: 'sudah dicocokkan', disahkan: 'sudah disahkan' };

/**
 * Moves one desa and ballot one step: dibaca -> dicocokkan -> disahkan. An approved unit is reopened only
 * with `dibuka_kembali` and the plenary's decision written out; it then stands at dibaca again.
 */
export function majukanTinjauan(
  db: Database.Database,
  u: { readonly desaKode: string; readonly jenis: JenisSuratSuara; readonly status: LangkahTinjauan; readonly keputusan?: string | null },
  oleh: string,
  clock: Clock,
): Result<Tinjauan> {
  const keputusan = u.keputusan?.trim() || null;
  if (u.status === 'dibuka_kembali' && !keputusan) return gagal('keputusan-kosong', 'Membuka kembali desa yang sudah disahkan memerlukan keputusan rapat yang dicatat.', 'reopen without decision');
  if (!adaUnit(db, u.desaKode)) return gagal('desa-tidak-dikenal', `${namaUnit(db, u.desaKode)} tidak ada dalam paket pemilihan.`, 'unknown desa');
  if (!db.prepare('SELECT 1 FROM surat_suara WHERE jenis = ?').get(u.jenis)) return gagal('surat-suara-tidak-dikenal', `Surat suara ${u.jenis} tidak ada dalam paket pemilihan.`, 'unknown ballot');
  let hasil: Result<Tinjauan> | null = null;
  db.transaction(() => {
    const kini = tinjauanUnit(db, u.desaKode, u.jenis).status;
    if (kini !== SEBELUM[u.status]) {
      hasil = gagal('tinjauan-tidak-sesuai', `Desa ${u.desaKode} ${u.jenis} ${LABEL[kini]}; langkah "${u.status}" tidak dapat dilakukan sekarang.`, `review ${u.status} from ${kini}`);
      return;
    }
    const row = { desa_kode: u.desaKode, jenis: u.jenis, status: u.status, keputusan, waktu: clock().toISOString(), oleh };
    db.prepare('INSERT INTO tinjauan (desa_kode, jenis, status, keputusan, waktu, oleh) VALUES (@desa_kode, @jenis, @status, @keputusan, @waktu, @oleh)').run(row);
    appendAudit(db, { aktor: oleh, aksi: `tinjauan-${u.status}`, entitas: `desa:${u.desaKode}:${u.jenis}`, rincian: row }, clock);
  }).immediate();
  return hasil ?? ok(tinjauanUnit(db, u.desaKode, u.jenis));
}
