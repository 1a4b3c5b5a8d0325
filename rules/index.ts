export * from './schema';
export { evaluate, isInterrupting } from './engine/evaluate';
export type { CompiledPolicy, EvaluateOptions } from './engine/evaluate';
export type { PolicyData } from './engine/data';
export { compilePolicy, warmUp } from './policy/compile';
export { BUILT_IN_DATA } from './policy/builtIn';
export { BUILT_IN_PACKS, PACKS } from './packs';
