import { defineConfig, type UserConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';

/**
 * The renderer build, one definition for electron-vite (electron.vite.config.ts) and for the browser
 * tests (`vite build -c vite.renderer.config.ts`, then `vite preview`). Two pages: the operator console
 * (index.html) and the read-only projector view (projector.html). `base: './'` so the same files load
 * from file:// in Electron and over http in the tests.
 */
export const rendererConfig: UserConfig = {
  root: resolve(import.meta.dirname, 'renderer'),
  base: './',
  plugins: [react()],
  // The fonts live in resources/fonts (also used by the PDF renderer); the dev server may read them.
  server: { fs: { allow: [import.meta.dirname] } },
  build: {
    outDir: resolve(import.meta.dirname, 'out/renderer'),
    emptyOutDir: true,
    rollupOptions: {
      input: {
        index: resolve(import.meta.dirname, 'renderer/index.html'),
        projector: resolve(import.meta.dirname, 'renderer/projector.html'),
      },
    },
  },
  preview: { port: 41731, strictPort: true, host: '127.0.0.1' },
};

export default defineConfig(rendererConfig);
