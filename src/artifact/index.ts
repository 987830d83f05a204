// The public surface of src/artifact: the report carried between the two stages of the fork flow.
export * from './download.js';
export * from './report.js';
export * from './upload.js';
export { readSingleEntry, ZipRefused } from './zip.js';
