import { defineConfig } from 'electron-vite';
import { rendererConfig } from './vite.renderer.config';
import { resolve } from 'node:path';

// main: ESM with dependencies external (better-sqlite3 stays a native module in node_modules);
// preload: one CommonJS file (.cjs) because a sandboxed preload cannot load ESM or other files;
// renderer: the React app in renderer/ (operator console and projector), defined in vite.renderer.config.ts.
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: { input: { main: resolve(import.meta.dirname, 'electron/main.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      externalizeDeps: false,
      isolatedEntries: true,
      rollupOptions: {
        input: { preload: resolve(import.meta.dirname, 'electron/preload.ts') },
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: rendererConfig,
});
