import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { parsePaket } from '../../shared/paket/parse-paket';
import { parsePaketKabupaten, parsePaketTingkat } from '../../shared/paket/paket-kabupaten';

const dir = import.meta.dirname;
const baca = (nama: string): unknown => JSON.parse(readFileSync(path.join(dir, nama), 'utf8'));
const ajv = new Ajv2020({ strict: true, strictTypes: false, strictRequired: false, allErrors: true });
const valid = ajv.compile(baca('rekap-paket-kabupaten.schema.json') as object);

describe('kabupaten package', () => {
  it('the documented example passes the schema and the app', () => {
    const contoh = baca('contoh-paket-kabupaten.json');
    expect(valid(contoh), JSON.stringify(valid.errors)).toBe(true);
    const r = parsePaketKabupaten(contoh);
    expect(r.ok && r.value.kecamatan.map((k) => k.kode)).toEqual(['336901', '336902']);
  });

  it.each([
    [{ kecamatan: [] }, 'kecamatan: harus daftar'],
    [{ kecamatan: [{ kode: '330101', nama: 'X' }] }, 'kecamatan[0].kode: 330101 tidak diawali kode kabupaten 3369'],
    [{ kecamatan: [{ kode: '336901', nama: 'A' }, { kode: '336901', nama: 'B' }] }, 'kecamatan[1].kode: kode 336901 ganda'],
    [{ surat_suara: [{ jenis: 'PPWP', peserta: [{ nomor: 1, nama: 'A' }, { nomor: 1, nama: 'B' }] }] }, 'surat_suara[0].peserta[1].nomor'],
  ])('refuses %j, naming the path', (ubah, pesan) => {
    const r = parsePaketKabupaten({ ...(baca('contoh-paket-kabupaten.json') as object), ...ubah });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error.pesan).toContain(pesan);
  });

  it('is told apart by tingkat: parsePaketTingkat reads either level, parsePaket names the kabupaten reader', () => {
    const teks = readFileSync(path.join(dir, 'contoh-paket-kabupaten.json'), 'utf8');
    const r = parsePaketTingkat(teks);
    expect(r.ok && r.value.tingkat).toBe('kabupaten');
    const k = parsePaketTingkat(readFileSync(path.join(dir, 'contoh-paket-2.json'), 'utf8'));
    expect(k.ok && k.value.tingkat).toBe('kecamatan');
    const p = parsePaket(JSON.parse(teks));
    expect(!p.ok && p.error.pesan).toContain('paket tingkat kabupaten/kota membuat basis data kabupaten');
  });
});
