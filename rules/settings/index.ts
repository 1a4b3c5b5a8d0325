/**
 * Settings and the managed policy (docs/architecture.md, Contracts): keys.ts describes every
 * setting once; validate.ts checks a policy or the person's settings against it; documents.ts
 * writes it out for Chrome and the admin templates; spec.ts is the language of the description.
 * The TypeScript shape stays in rules/schema.ts (`Settings`).
 */
export type { PolicyProblem } from '../schema';
export * from './spec';
export * from './keys';
export * from './validate';
export * from './documents';
