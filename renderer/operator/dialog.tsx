import type { ReactNode } from 'react';
import { useTutupDenganEscape } from '../lib/escape';

/**
 * A modal dialog of the operator console: the dimmed backdrop, the dialog named by its heading, closed by
 * Escape. The body (and its footer of buttons) is the caller's.
 */
export function Dialog({ id, judul, className, onTutup, children }: { id: string; judul: ReactNode; className: string; onTutup: () => void; children: ReactNode }): React.JSX.Element {
  useTutupDenganEscape(onTutup);
  return (
    <div className="latar-dialog" role="presentation">
      <section className={className} role="dialog" aria-modal="true" aria-labelledby={id}>
        <h2 id={id}>{judul}</h2>
        {children}
      </section>
    </div>
  );
}
