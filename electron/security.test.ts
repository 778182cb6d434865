// Unit tests of security.ts (issue 7, part 5) and of the Content-Security-Policy the renderer pages carry.
// hardenWebContents runs on a stand-in WebContents (an EventEmitter with the same methods), since the real
// one needs the Electron binary; main-security.test.ts checks that main.ts applies it to every window.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { WebContents } from 'electron';
import { CONTENT_SECURITY_POLICY, hardenWebContents } from './security';
import { buatWebContents } from './testing/fake-electron';

const ROOT = path.resolve(import.meta.dirname, '..');
const HALAMAN = ['index.html', 'projector.html'].map((f) => path.join(ROOT, 'renderer', f));

function keras(url = 'file:///app/out/renderer/index.html'): { wc: ReturnType<typeof buatWebContents>; logs: string[] } {
  const wc = buatWebContents(1, url);
  const logs: string[] = [];
  hardenWebContents(wc as unknown as WebContents, (l) => logs.push(l));
  return { wc, logs };
}

function navigasi(wc: ReturnType<typeof buatWebContents>, url: string): boolean {
  let prevented = false;
  wc.emit('will-navigate', { preventDefault: () => (prevented = true) }, url);
  return prevented;
}

describe('hardenWebContents', () => {
  it('denies every window.open, whatever the URL, and logs it', () => {
    const { wc, logs } = keras();
    for (const url of ['https://example.org/', 'file:///etc/passwd', 'about:blank', 'javascript:alert(1)', `https://x/${'a'.repeat(500)}`]) {
      expect(wc.windowOpenHandler!({ url })).toEqual({ action: 'deny' });
    }
    expect(logs).toHaveLength(5);
    expect(logs[0]).toBe('denied window.open https://example.org/');
    expect(logs[4]!.length).toBeLessThan(240); // long URLs are cut in the log
  });

  it('prevents navigation to anything but the page itself (a reload)', () => {
    const { wc, logs } = keras('file:///app/out/renderer/index.html');
    for (const url of ['https://example.org/', 'http://localhost:5173/', 'file:///app/out/renderer/projector.html', 'file:///etc/passwd', 'data:text/html,x']) {
      expect(navigasi(wc, url), url).toBe(true);
    }
    expect(navigasi(wc, 'file:///app/out/renderer/index.html')).toBe(false);
    expect(logs.filter((l) => l.startsWith('denied navigation'))).toHaveLength(5);
  });

  it('refuses every webview', () => {
    const { wc } = keras();
    let prevented = false;
    wc.emit('will-attach-webview', { preventDefault: () => (prevented = true) }, {}, { src: 'https://example.org/' });
    expect(prevented).toBe(true);
  });
});

/** Directive -> sources. */
function uraiCsp(csp: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const part of csp.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) out.set(name.toLowerCase(), sources);
  }
  return out;
}

/** The CSP rules this app keeps: own bundle only, no inline or evaluated script, nothing remote. */
function periksaCsp(csp: string, tempat: string): void {
  const d = uraiCsp(csp);
  expect(d.get('default-src'), `${tempat} default-src`).toEqual(["'self'"]);
  expect(d.get('script-src') ?? d.get('default-src'), `${tempat} script-src`).toEqual(["'self'"]);
  expect(d.get('object-src'), `${tempat} object-src`).toEqual(["'none'"]);
  expect(d.get('base-uri'), `${tempat} base-uri`).toEqual(["'none'"]);
  expect(d.get('form-action'), `${tempat} form-action`).toEqual(["'none'"]);
  for (const [name, sources] of d) {
    for (const s of sources) {
      const boleh =
        s === "'self'" ||
        s === "'none'" ||
        (s === "'unsafe-inline'" && name === 'style-src') || // React style attributes; no script
        (s === 'data:' && (name === 'img-src' || name === 'font-src'));
      expect(boleh, `${tempat}: ${name} allows ${s}`).toBe(true);
    }
  }
}

describe('Content-Security-Policy', () => {
  it('the policy the main process sets on every response forbids remote sources and inline script', () => {
    periksaCsp(CONTENT_SECURITY_POLICY, 'security.ts');
    expect(uraiCsp(CONTENT_SECURITY_POLICY).get('frame-ancestors')).toEqual(["'none'"]);
  });

  it.each(HALAMAN)('%s carries a meta CSP that forbids remote sources and inline script', (file) => {
    const html = fs.readFileSync(file, 'utf8');
    const metas = [...html.matchAll(/<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"\s*\/?>/gi)];
    expect(metas).toHaveLength(1);
    periksaCsp(metas[0]![1]!, path.basename(file));
  });

  it.each(HALAMAN)('%s has no inline script, no inline event handler and no remote resource', (file) => {
    const html = fs.readFileSync(file, 'utf8');
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attrs, body] of scripts) {
      expect(attrs).toMatch(/\bsrc="\.\/[^"]+"/);
      expect(body!.trim()).toBe('');
    }
    expect(html).not.toMatch(/\son[a-z]+\s*=/i);
    expect(html).not.toMatch(/(src|href)\s*=\s*"(https?:)?\/\//i);
  });
});
