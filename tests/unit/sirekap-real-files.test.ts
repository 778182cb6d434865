import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { kunciPeserta } from '../../shared/forms/c-hasil';
import { parsePaket } from '../../shared/paket/parse-paket';
import { parseSirekap, PETA_ADMINISTRASI_SIREKAP } from '../../shared/sirekap/parse-sirekap';
import { berkasMentah, FIXTURE, paketKecamatan, wilayahJson } from './kepulauan-seribu';

// Every one of the 88 real Sirekap files parses, and maps value for value to our row keys.
describe.each(['310101', '310102'])('real Sirekap files of kecamatan %s', (kec) => {
  const paket = parsePaket(paketKecamatan(kec));
  if (!paket.ok) throw new Error(paket.error.pesan);

  it('the package built from wilayah.json is valid', () => {
    expect(paket.value.desa.flatMap((d) => d.tps)).toHaveLength(berkasMentah(kec).length);
  });

  it('every file parses and keeps every number as published', () => {
    const idKeNomor = new Map(wilayahJson().paslon.map((p) => [p.sirekap_id, p.nomor]));
    for (const raw of berkasMentah(kec)) {
      const file = path.join(FIXTURE, kec, `${raw.kodeTps}.json`);
      const r = parseSirekap(file, fs.readFileSync(file, 'utf8'), paket.value);
      if (!r.ok) throw new Error(r.error.pesan);
      expect(r.value.kodeTps).toBe(raw.kodeTps);
      for (const [id, v] of Object.entries(raw.chart)) {
        if (id !== 'null') expect(r.value.lembar[kunciPeserta(idKeNomor.get(id)!)]).toBe(v);
      }
      for (const [field, v] of Object.entries(raw.administrasi)) expect(r.value.lembar[PETA_ADMINISTRASI_SIREKAP[field]!]).toBe(v);
    }
  });

  it('a file of the other kecamatan is refused', () => {
    const other = kec === '310101' ? path.join(FIXTURE, '310102', '3101021001001.json') : path.join(FIXTURE, '310101', '3101011001001.json');
    const r = parseSirekap(other, fs.readFileSync(other, 'utf8'), paket.value);
    expect(r.ok).toBe(false);
  });
});
