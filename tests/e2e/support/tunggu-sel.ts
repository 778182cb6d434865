import type { Page } from '@playwright/test';

/**
 * Resolves (in the page) with the wall-clock time (performance.timeOrigin + now) at which the element of
 * `selector` shows `text`: a MutationObserver, so the time is when the page changed, not when a poll noticed.
 */
export function tungguSel(page: Page, selector: string, text: string): Promise<number> {
  return page.evaluate(
    ([sel, want]) =>
      new Promise<number>((resolve) => {
        const now = (): number => performance.timeOrigin + performance.now();
        const done = (): boolean => document.querySelector(sel)?.textContent === want;
        if (done()) return resolve(now());
        const mo = new MutationObserver(() => {
          if (done()) {
            mo.disconnect();
            resolve(now());
          }
        });
        mo.observe(document.body, { subtree: true, childList: true, characterData: true });
      }),
    [selector, text] as const,
  );
}
