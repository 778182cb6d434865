import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({ BrowserWindow: class {}, screen: {} }));

describe('webPreferencesAman', () => {
  it('gives every window the same security basics and only the contract preload', async () => {
    const { webPreferencesAman } = await import('./windows');
    expect(webPreferencesAman('/app/out/preload/preload.cjs')).toEqual({
      preload: '/app/out/preload/preload.cjs',
      contextIsolation: true,
      nodeIntegration: false,
      sandbox: true,
      webSecurity: true,
      spellcheck: false,
    });
  });
});
