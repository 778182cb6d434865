import { defineConfig, type Plugin, type UserConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';

/**
 * Vite's dev server reloads the page over a websocket: the pages' CSP allows it while serving (`npm run dev`)
 * and never in a build, so the app as shipped connects to nothing but its own files.
 */
function cspDevServer(): Plugin {
  return {
    name: 'pleno-csp-dev-server',
    apply: 'serve',
    transformIndexHtml: (html) => html.replace("connect-src 'self';", "connect-src 'self' ws://localhost:*;"),
  };
}

/**
 * The renderer build, one definition for electron-vite (electron.vite.config.ts) and for the browser
 * tests (`vite build -c vite.renderer.config.ts`, then `vite preview`). Two pages: the operator console
 * (index.html) and the read-only projector view (projector.html). `base: './'` so the same files load
 * from file:// in Electron and over http in the tests.
 */
export const rendererConfig: UserConfig = {
  root: resolve(import.meta.dirname, 'renderer'),
  base: './',
  plugins: [react(), cspDevServer()],
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
