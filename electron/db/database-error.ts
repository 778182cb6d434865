import { PlenoError } from '../errors';

/** A database that cannot be opened or used as a Pleno Rekap recap database. */
export class DatabaseError extends PlenoError {
  constructor(kode: string, pesan: string, detail: string) {
    super(kode, pesan, detail);
    this.name = 'DatabaseError';
  }
}
