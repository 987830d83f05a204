// The matcher lives at the top level, so measure (which sums `paths:` while it walks) and the gate share it.
export { compilePathPattern } from '../path-pattern.js';
