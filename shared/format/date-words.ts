// The names the print helpers were told to use; the implementation lives in date.ts.
export { formatTanggal, tanggalDalamKata } from './date';
