import { gagal, type Result } from '../../shared/domain/result';
import type { ArgumenCli } from './args';
import type { KeluaranPerintah } from './exchange-commands';

/** `export --format xlsx|csv`: the recap of each ballot as a spreadsheet or CSV. */
export function eksporTabelCmd(_a: ArgumenCli, format: 'xlsx' | 'csv'): Result<KeluaranPerintah> {
  return gagal('belum-tersedia', `Ekspor ${format} belum tersedia.`, 'not implemented yet');
}
