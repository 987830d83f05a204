/** The action's entry on a runner: the implementation (src/action) over the runner's dependencies. */
import { runAction, runnerDeps } from './action/index.js';

export async function run(): Promise<void> {
  await runAction(runnerDeps());
}
