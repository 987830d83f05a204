import { defineConfig } from 'vitest/config';

// Unit tests (*.test.ts) are pure and fast; integration tests (*.test.itg.ts) drive the real
// Docker engine, registry, skopeo, buildah, nasm and git that .ci/run installs and starts.
export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/unit/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'itg',
          include: ['test/itg/**/*.test.itg.ts'],
          testTimeout: 300_000,
          hookTimeout: 600_000,
          fileParallelism: false,
        },
      },
    ],
    server: { deps: { inline: ['@actions/workflow-parser'] } },
    // One temporary directory for the whole run, removed at its end (set up first, so torn down
    // last); then the counts of the fuzz and fault tests, printed at the end of the run.
    globalSetup: ['test/support/temp-root.ts', 'test/support/fuzz-summary.ts'],
  },
});
