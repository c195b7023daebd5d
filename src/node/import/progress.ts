/** Called with a stage name ("read", "extract", "clean", "done") and the fraction done, 0–1. */
export interface ImportProgress {
  (stage: string, fraction: number): void;
}
