import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FontRole } from '../../shared/documents/text-measure';

/** The TTF file of each font role of the document model; all four live in resources/fonts. */
export const FONT_FILES: Readonly<Record<FontRole, string>> = {
  sans: 'DejaVuSans.ttf',
  'sans-bold': 'DejaVuSans-Bold.ttf',
  cond: 'DejaVuSansCondensed.ttf',
  'cond-bold': 'DejaVuSansCondensed-Bold.ttf',
};

/** Absolute path of a role's font file in a fonts folder. */
export function fontFile(fontsDir: string, role: FontRole): string {
  return path.join(fontsDir, FONT_FILES[role]);
}

function hasFonts(dir: string): boolean {
  return Object.values(FONT_FILES).every((f) => existsSync(path.join(dir, f)));
}

/**
 * Finds resources/fonts: walking up from `start` (this module's folder by default: electron/pdf in development,
 * out/main once electron-vite has bundled it), then Electron's process.resourcesPath (packaged app, where
 * electron-builder copies resources/ to <resourcesPath>/resources). Throws with the places it looked.
 */
export function defaultFontsDir(start: string = path.dirname(fileURLToPath(import.meta.url))): string {
  const tried: string[] = [];
  let dir = path.resolve(start);
  for (;;) {
    const candidate = path.join(dir, 'resources', 'fonts');
    tried.push(candidate);
    if (hasFonts(candidate)) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  // Electron adds resourcesPath to process; plain Node does not have it.
  const resourcesPath = (process as { resourcesPath?: string }).resourcesPath;
  if (resourcesPath) {
    const candidate = path.join(resourcesPath, 'resources', 'fonts');
    tried.push(candidate);
    if (hasFonts(candidate)) return candidate;
  }
  throw new Error(`DejaVu fonts not found; looked in: ${tried.join(', ')}`);
}
