import { describe, expect, it } from 'vitest';
import { namaZona, offsetZona } from './time-zone';

describe('offsetZona', () => {
  it('knows the three zones', () => {
    expect(namaZona(offsetZona('33'))).toBe('WIB');
    expect(namaZona(offsetZona('11'))).toBe('WIB');
    expect(namaZona(offsetZona('51'))).toBe('WITA');
    expect(namaZona(offsetZona('73'))).toBe('WITA');
    expect(namaZona(offsetZona('81'))).toBe('WIT');
    expect(namaZona(offsetZona('94'))).toBe('WIT');
  });
});
