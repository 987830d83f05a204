#!/usr/bin/env node
// `npm run fuzz`: the property and fuzz tests with thousands of inputs per parser (CI runs a few
// hundred). Not part of CI. TSG_FUZZ_RUNS sets the inputs per property (default 3000) and
// TSG_FUZZ_SEED the seed (default: a new one, printed, so a failure can be replayed with it).
// The archive fuzz needs the engine, skopeo and buildah: run it under scripts/with-engine.sh.
import { spawnSync } from 'node:child_process';

const runs = process.env.TSG_FUZZ_RUNS ?? '3000';
const seed = process.env.TSG_FUZZ_SEED ?? String(Math.floor(Math.random() * 2 ** 31));
process.stdout.write(
  `fuzz: ${runs} inputs per property, seed ${seed} (replay: TSG_FUZZ_SEED=${seed} npm run fuzz)\n`,
);
const files = ['test/unit/fuzz/', 'test/itg/corrupt-fuzz.test.itg.ts'];
const result = spawnSync(
  'npx',
  ['vitest', 'run', '--testTimeout=3600000', '--hookTimeout=600000', ...files],
  {
    stdio: 'inherit',
    env: { ...process.env, TSG_FUZZ_RUNS: runs, TSG_FUZZ_SEED: seed },
  },
);
process.exit(result.status ?? 1);
