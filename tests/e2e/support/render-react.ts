import type { Page } from '@playwright/test';

/**
 * Counts which table cells React renders again, through the hook React DevTools uses
 * (`__REACT_DEVTOOLS_GLOBAL_HOOK__`, called on every commit). A cell fiber that is the same object as in the
 * previous commit was left alone (bailout); a new one was rendered again. Installed before the page loads.
 */
export async function pasangPenghitungRender(page: Page): Promise<void> {
  await page.addInitScript(() => {
    interface Fiber {
      type: unknown;
      child: Fiber | null;
      sibling: Fiber | null;
    }
    const w = window as unknown as { __tdDirender: number; __REACT_DEVTOOLS_GLOBAL_HOOK__: unknown };
    w.__tdDirender = 0;
    let sebelum = new Set<Fiber>();
    w.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
      supportsFiber: true,
      renderers: new Map(),
      inject: () => 1,
      checkDCE: () => undefined,
      onScheduleFiberRoot: () => undefined,
      onCommitFiberUnmount: () => undefined,
      onPostCommitFiberRoot: () => undefined,
      onCommitFiberRoot: (_id: number, root: { current: Fiber }) => {
        const kini = new Set<Fiber>();
        const tumpuk: Fiber[] = [root.current];
        while (tumpuk.length > 0) {
          const f = tumpuk.pop()!;
          if (f.type === 'td') kini.add(f);
          if (f.child) tumpuk.push(f.child);
          if (f.sibling) tumpuk.push(f.sibling);
        }
        for (const f of kini) if (sebelum.size > 0 && !sebelum.has(f)) w.__tdDirender++;
        sebelum = kini;
      },
    };
  });
}

/** Table cells rendered again since the page loaded (or since the last `nolkanRender`). */
export async function jumlahTdDirender(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { __tdDirender: number }).__tdDirender);
}

export async function nolkanRender(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as { __tdDirender: number }).__tdDirender = 0;
  });
}
