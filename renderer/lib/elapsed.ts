/** Elapsed time "1 jam 05 menit" (or "12 menit") since an ISO time, at `now` (ms). */
export function lamaBerlangsung(sejak: string, now: number): string {
  const menit = Math.max(0, Math.floor((now - Date.parse(sejak)) / 60_000));
  const j = Math.floor(menit / 60);
  return j > 0 ? `${j} jam ${String(menit % 60).padStart(2, '0')} menit` : `${menit} menit`;
}
