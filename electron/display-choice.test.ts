import { describe, expect, it } from 'vitest';
import { pilihLayarProyektor } from './display-choice';

const laptop = { id: 1, bounds: { x: 0, y: 0, width: 1366, height: 768 } };
const projector = { id: 2, bounds: { x: 1366, y: 0, width: 1024, height: 768 } };
const tv = { id: 3, bounds: { x: 2390, y: 0, width: 1920, height: 1080 } };

describe('pilihLayarProyektor', () => {
  it('goes fullscreen on the second display', () => {
    expect(pilihLayarProyektor([laptop, projector], 1)).toMatchObject({ layar: projector, layarPenuh: true, bounds: projector.bounds });
    expect(pilihLayarProyektor([projector, laptop], 1)?.layar).toBe(projector);
    expect(pilihLayarProyektor([laptop, projector, tv], 1)?.layar).toBe(tv);
  });

  it('opens a movable window on the only display', () => {
    const p = pilihLayarProyektor([laptop], 1);
    expect(p).toMatchObject({ layar: laptop, layarPenuh: false, bounds: { x: 171, y: 0, width: 1024, height: 768 } });
    expect(pilihLayarProyektor([], 1)).toBeNull();
  });
});
