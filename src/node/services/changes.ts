/** The fields of `patch` that differ from `before`: what the audit trail records and the UI announces. */
export function pickChanged<T extends object>(before: T, patch: Partial<T>): Partial<T> {
  const out: Partial<T> = {};
  for (const key of Object.keys(patch) as (keyof T)[]) {
    const v = patch[key];
    if (v !== undefined && JSON.stringify(v) !== JSON.stringify(before[key])) out[key] = v;
  }
  return out;
}

export function pick<T extends object>(obj: T, keys: string[]): Partial<T> {
  const out: Partial<T> = {};
  for (const k of keys as (keyof T)[]) out[k] = obj[k];
  return out;
}
