/**
 * The environment of a build that is exactly what ships, for every tool that runs `wxt build` or
 * `wxt zip` from inside another Node process (scripts/package.ts, the e2e harness).
 *
 * Vitest sets NODE_ENV=test (a development build) and VITEST*, which the engine-tables plugin
 * (scripts/engine-tables-plugin.ts) reads as "not a build": a bundle built with them worked the
 * engine's tables out in the worker at every start instead of shipping them (measured: module
 * load 1.8 s against 0.13 s for `npm run build`'s bundle). A child build inherits its parent's
 * environment, so the parent has to hand it a clean one.
 */
export function shippingEnv(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const clean = Object.fromEntries(Object.entries(env).filter(([k]) => !k.startsWith('VITEST')));
  return { ...clean, NODE_ENV: 'production' };
}
