import { describe, expect, it } from 'vitest';
import { lamaBerlangsung } from './elapsed';

describe('lamaBerlangsung', () => {
  it('counts whole minutes, with hours when an hour has passed', () => {
    const t = Date.parse('2024-02-20T02:00:00Z');
    expect(lamaBerlangsung('2024-02-20T02:00:00Z', t + 59_000)).toBe('0 menit');
    expect(lamaBerlangsung('2024-02-20T02:00:00Z', t + 12 * 60_000)).toBe('12 menit');
    expect(lamaBerlangsung('2024-02-20T02:00:00Z', t + 65 * 60_000)).toBe('1 jam 05 menit');
    expect(lamaBerlangsung('2024-02-20T02:00:00Z', t - 5_000)).toBe('0 menit');
  });
});
