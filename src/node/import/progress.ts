/** Called with a stage name ("read", "download", "extract", "clean"; the progress keys of the catalogues) and the fraction done, 0–1. */
export interface ImportProgress {
  (stage: string, fraction: number): void;
}
