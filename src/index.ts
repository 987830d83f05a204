import { run } from './main.js';

// @actions/cache cannot be aborted: a hung cache request must not keep the job alive after the report.
run().finally(() => process.exit());
