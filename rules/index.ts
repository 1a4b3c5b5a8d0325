export * from './schema';
export { compilePolicy, evaluate, isInterrupting } from './engine/evaluate';
export type { CompiledPolicy, EvaluateOptions } from './engine/evaluate';
export { PACKS } from './packs';
export { warmUp } from './engine/warmUp';
