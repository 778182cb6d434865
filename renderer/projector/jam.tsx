import { useEffect, useState } from 'react';
import { formatTanggal, waktuLokal } from '../../shared/format/date';
import { lamaBerlangsung } from '../lib/elapsed';
import { namaZona } from '../lib/time-zone';

/**
 * The projector's ticking parts. Each holds its own one-second timer, so a tick redraws only the clock or the
 * elapsed time, never the table (a redraw of a full DPRD page every second would compete with a saved edit).
 */
export function useJam(): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const id = window.setInterval(() => setNow(new Date()), 1000);
    return () => window.clearInterval(id);
  }, []);
  return now;
}

/** The header's local time and date in the province's time zone (WIB, WITA, WIT). */
export function JamKop({ offset }: { offset: number }): React.JSX.Element {
  const waktu = waktuLokal(useJam(), offset);
  return (
    <div className="kop-waktu">
      <span className="kop-jam" data-testid="jam">
        {waktu.jam} {namaZona(offset)}
      </span>
      <span className="kop-tanggal">{formatTanggal(waktu.tanggal)}</span>
    </div>
  );
}

/** How long the sitting has been in its state, e.g. "4 menit". */
export function LamaBerlangsung({ sejak }: { sejak: string }): React.JSX.Element {
  return <>{lamaBerlangsung(sejak, useJam().getTime())}</>;
}
