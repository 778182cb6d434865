/** A display as Electron's `screen` API describes it (the fields used here). */
export interface LayarInfo {
  readonly id: number;
  readonly bounds: { readonly x: number; readonly y: number; readonly width: number; readonly height: number };
}

export interface PilihanLayar {
  readonly layar: LayarInfo;
  /** Fullscreen on a display of its own; otherwise a normal window the operator can move. */
  readonly layarPenuh: boolean;
  readonly bounds: { readonly x: number; readonly y: number; readonly width: number; readonly height: number };
}

/** Window size on a single display: the projector's own smallest target, so what the hall sees is previewed. */
export const UKURAN_JENDELA = { width: 1024, height: 768 } as const;

/**
 * Where the projector window goes: fullscreen on a display other than the operator's (the largest, when a
 * hall has several), else a movable 1024x768 window on the operator's display.
 */
export function pilihLayarProyektor(displays: readonly LayarInfo[], primaryId: number): PilihanLayar | null {
  const primary = displays.find((d) => d.id === primaryId) ?? displays[0];
  if (!primary) return null;
  const others = displays.filter((d) => d.id !== primary.id).sort((a, b) => b.bounds.width * b.bounds.height - a.bounds.width * a.bounds.height);
  const other = others[0];
  if (other) return { layar: other, layarPenuh: true, bounds: other.bounds };
  const { x, y, width, height } = primary.bounds;
  const w = Math.min(UKURAN_JENDELA.width, width);
  const h = Math.min(UKURAN_JENDELA.height, height);
  return { layar: primary, layarPenuh: false, bounds: { x: x + Math.round((width - w) / 2), y: y + Math.round((height - h) / 2), width: w, height: h } };
}
