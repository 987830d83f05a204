// The public surface of src/history: the size history on a data branch, and its trend.
export * from './history.js';
export * from './store.js';
