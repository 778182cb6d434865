import type Database from 'better-sqlite3';
import type { KeadaanPleno, PeristiwaPleno, Sidang, Skors } from '../../shared/domain/pleno';
import { gagal, ok, type Clock, type Result } from '../../shared/domain/result';
import { appendAudit } from './audit-service';

/** Every transition of the plenary, oldest first. */
export function listPeristiwa(db: Database.Database): PeristiwaPleno[] {
  return db.prepare('SELECT id, jenis, waktu, tempat, ketua, alasan, oleh FROM pleno_peristiwa ORDER BY id').all() as PeristiwaPleno[];
}

/** Folds the transitions into sittings (one per day or meeting) with their skors, and the status now. */
export function keadaanDari(peristiwa: readonly PeristiwaPleno[]): KeadaanPleno {
  const sidang: { ke: number; dibuka: string; ditutup: string | null; tempat: string; ketua: string; skors: Skors[] }[] = [];
  let status: KeadaanPleno['status'] = 'belum-dibuka';
  let sejak: string | null = null;
  for (const p of peristiwa) {
    const kini = sidang[sidang.length - 1];
    if (p.jenis === 'buka') {
      sidang.push({ ke: sidang.length + 1, dibuka: p.waktu, ditutup: null, tempat: p.tempat ?? '', ketua: p.ketua ?? '', skors: [] });
      status = 'berlangsung';
    } else if (p.jenis === 'skors' && kini) {
      kini.skors.push({ mulai: p.waktu, selesai: null, alasan: p.alasan ?? '', oleh: p.oleh });
      status = 'diskors';
    } else if (p.jenis === 'lanjut' && kini) {
      const s = kini.skors[kini.skors.length - 1];
      if (s) kini.skors[kini.skors.length - 1] = { ...s, selesai: p.waktu };
      status = 'berlangsung';
    } else if (p.jenis === 'tutup' && kini) {
      kini.ditutup = p.waktu;
      status = 'ditutup';
    }
    sejak = p.waktu;
  }
  return { status, sidang: sidang as readonly Sidang[], sejak };
}

/** The plenary now, read from its recorded transitions (so it survives a restart as it was). */
export function keadaanPleno(db: Database.Database): KeadaanPleno {
  return keadaanDari(listPeristiwa(db));
}

export type UbahPleno =
  | { readonly aksi: 'buka'; readonly tempat: string; readonly ketua: string }
  | { readonly aksi: 'skors'; readonly alasan: string }
  | { readonly aksi: 'lanjut' }
  | { readonly aksi: 'tutup' };

const BOLEH: Readonly<Record<UbahPleno['aksi'], readonly KeadaanPleno['status'][]>> = {
  buka: ['belum-dibuka', 'ditutup'],
  skors: ['berlangsung'],
  lanjut: ['diskors'],
  tutup: ['berlangsung'],
};

const PESAN_STATUS: Readonly<Record<KeadaanPleno['status'], string>> = {
  'belum-dibuka': 'rapat pleno belum dibuka',
  berlangsung: 'rapat pleno sedang berlangsung',
  diskors: 'rapat pleno sedang diskors',
  ditutup: 'rapat pleno sudah ditutup',
};

/**
 * Opens a sitting (also a later day's), suspends (skors, reason required), resumes or closes the plenary.
 * The transition and its audit row are written in one transaction; a transition not allowed from the
 * current status is refused with the status named.
 */
export function ubahPleno(db: Database.Database, u: UbahPleno, oleh: string, clock: Clock): Result<KeadaanPleno> {
  if (u.aksi === 'buka' && (u.tempat.trim() === '' || u.ketua.trim() === '')) return gagal('isian-kosong', 'Tempat dan ketua rapat wajib diisi untuk membuka rapat pleno.', 'empty place or chair');
  if (u.aksi === 'skors' && u.alasan.trim() === '') return gagal('isian-kosong', 'Alasan skors wajib diisi.', 'empty skors reason');
  let hasil: Result<KeadaanPleno> | null = null;
  db.transaction(() => {
    const k = keadaanPleno(db);
    if (!BOLEH[u.aksi].includes(k.status)) {
      hasil = gagal('pleno-tidak-sesuai', `Tidak dapat ${u.aksi === 'buka' ? 'membuka' : u.aksi === 'skors' ? 'menskors' : u.aksi === 'lanjut' ? 'melanjutkan' : 'menutup'}: ${PESAN_STATUS[k.status]}.`, `transition ${u.aksi} from ${k.status}`);
      return;
    }
    const waktu = clock().toISOString();
    const row = {
      jenis: u.aksi,
      waktu,
      tempat: u.aksi === 'buka' ? u.tempat.trim() : null,
      ketua: u.aksi === 'buka' ? u.ketua.trim() : null,
      alasan: u.aksi === 'skors' ? u.alasan.trim() : null,
      oleh,
    };
    const id = Number(db.prepare('INSERT INTO pleno_peristiwa (jenis, waktu, tempat, ketua, alasan, oleh) VALUES (@jenis, @waktu, @tempat, @ketua, @alasan, @oleh)').run(row).lastInsertRowid);
    appendAudit(db, { aktor: oleh, aksi: `pleno-${u.aksi}`, entitas: `pleno:${id}`, rincian: row }, clock);
  }).immediate();
  return hasil ?? ok(keadaanPleno(db));
}
