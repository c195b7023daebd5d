import type { z } from 'zod';

/**
 * A method of the API: a runtime schema for its input (validated by the
 * dispatcher on every transport) and a static type for its output.
 */
export interface MethodDef<I extends z.ZodType, O> {
  input: I;
  /** Phantom: carries the output type only. */
  output?: O;
}

export const method = <I extends z.ZodType>(input: I) => ({ returns: <O>(): MethodDef<I, O> => ({ input }) });
