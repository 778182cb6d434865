import { MIGRATION_001 } from './001-initial';
import { MIGRATION_002 } from './002-pleno';
import { MIGRATION_003 } from './003-saksi-pihak';
import type { Migration } from './migration';

export type { Migration } from './migration';

/** Every schema step, in order; `versi` runs 1, 2, 3... without gaps (checked by the migration test). */
export const MIGRATIONS: readonly Migration[] = [MIGRATION_001, MIGRATION_002, MIGRATION_003];

/** The schema version this build of the app writes. */
export const SCHEMA_VERSION: number = MIGRATIONS[MIGRATIONS.length - 1]?.versi ?? 0;
