import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['shared/**/*.test.ts', 'electron/**/*.test.ts', 'renderer/**/*.test.ts', 'resources/**/*.test.ts', 'tests/unit/**/*.test.ts'],
    testTimeout: 60_000,
    pool: 'forks',
  },
});
