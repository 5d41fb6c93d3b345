// Where a stage, and the helpers it calls (wrangler steps, test commands), stream output as it
// happens. Below the stages, so a helper never imports from src/stages/.

export interface StageLog {
  write(text: string): void;
  /** A collapsible group in the Actions log; a header line in a terminal. */
  group<T>(title: string, body: () => Promise<T>): Promise<T>;
}
