import { describe, expect, it } from 'vitest';
import { galatDari, PlenoError } from './errors';

describe('PlenoError', () => {
  it('carries an Indonesian message and an English detail into a Galat', () => {
    const e = new PlenoError('db-tidak-ada', 'Berkas basis data tidak ditemukan.', 'database file not found');
    expect(e.message).toBe('Berkas basis data tidak ditemukan. (database file not found)');
    expect(galatDari(e)).toEqual({ kode: 'db-tidak-ada', pesan: 'Berkas basis data tidak ditemukan.', detail: 'database file not found' });
  });

  it('leaves unexpected errors alone', () => {
    expect(galatDari(new Error('bug'))).toBeNull();
  });
});
