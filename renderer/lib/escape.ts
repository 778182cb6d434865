import { useEffect } from 'react';

/** Closes a panel when Escape is pressed anywhere in the window (the panels of the operator console). */
export function useTutupDenganEscape(onTutup: () => void): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (e.key === 'Escape') onTutup();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onTutup]);
}
