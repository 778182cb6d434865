/** One schema step: applied once, in order, inside the transaction that raises `PRAGMA user_version` to `versi`. */
export interface Migration {
  readonly versi: number;
  readonly nama: string;
  readonly sql: string;
}
