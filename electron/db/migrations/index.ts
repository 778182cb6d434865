import { MIGRATION_001 } from './001-initial';
import { MIGRATION_002 } from './002-pleno';
import { MIGRATION_003 } from './003-saksi-pihak';
import { MIGRATION_004 } from './004-nilai-kini';
import { MIGRATION_005 } from './005-hasil-kecamatan';
import { MIGRATION_006 } from './006-keberatan-angka-kecamatan';
import type { Migration } from './migration';

export type { Migration } from './migration';

/** Every schema step, in order; `versi` runs 1, 2, 3... without gaps (checked by the migration test). */
export const MIGRATIONS: readonly Migration[] = [MIGRATION_001, MIGRATION_002, MIGRATION_003, MIGRATION_004, MIGRATION_005, MIGRATION_006];

/** The schema version this build of the app writes. */
export const SCHEMA_VERSION: number = MIGRATIONS[MIGRATIONS.length - 1]?.versi ?? 0;
