/** Marks a transaction that may remove or add folded lines (a restore or a fold). */
export const FOLD_OP = 'factbench-fold-op';
