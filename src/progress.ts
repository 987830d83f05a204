/** How the engine tells the user what it is doing: log groups in the action, stderr lines in the CLI. */
export interface Progress {
  /** Runs one phase under a title (a collapsible group in the action's log). */
  step<T>(title: string, run: () => Promise<T>): Promise<T>;
  /** A line of detail, such as a build log line. */
  detail(line: string): void;
  /** Something the user should fix that does not stop the run (a warning annotation in the action). */
  warn?(message: string): void;
}

/** A Progress that says nothing, for tests and library use. */
export const silentProgress: Progress = {
  step: (_title, run) => run(),
  detail: () => {},
};
