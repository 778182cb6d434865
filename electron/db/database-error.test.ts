import { describe, expect, it } from 'vitest';
import { galatDari, PlenoError } from '../errors';
import { DatabaseError } from './database-error';

describe('DatabaseError', () => {
  it('is a PlenoError, so boundaries map it to a Galat', () => {
    const e = new DatabaseError('versi-lebih-baru', 'Basis data dibuat oleh versi aplikasi yang lebih baru.', 'user_version 9 > 1');
    expect(e).toBeInstanceOf(PlenoError);
    expect(e.name).toBe('DatabaseError');
    expect(galatDari(e)?.kode).toBe('versi-lebih-baru');
  });
});
