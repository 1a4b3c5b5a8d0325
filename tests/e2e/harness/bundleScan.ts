/**
 * Finds network and code-loading APIs in built JavaScript by walking its syntax tree
 * (acorn), so a method that merely has the same name (re2js's `prefilter.eval(...)`)
 * is not mistaken for the global `eval`, and a reference without a call (`const f =
 * fetch`) is still found.
 */
import { parse, type Node } from 'acorn';
import { simple } from 'acorn-walk';

/** Globals that send or receive over the network, or run code from strings. */
export const FORBIDDEN_GLOBALS = [
  'fetch', 'XMLHttpRequest', 'WebSocket', 'WebTransport', 'EventSource', 'RTCPeerConnection', 'importScripts', 'eval',
] as const;
/** Properties that do the same through an object (`navigator.sendBeacon`, `window.fetch`, `chrome.runtime.connectNative`). */
export const FORBIDDEN_PROPERTIES = [
  'fetch', 'XMLHttpRequest', 'WebSocket', 'WebTransport', 'EventSource', 'RTCPeerConnection', 'importScripts',
  'sendBeacon', 'connectNative', 'sendNativeMessage',
] as const;
/** `eval` and `Function` reached through the global object (`globalThis.eval`, `self["Function"]`). */
const GLOBAL_OBJECTS = new Set(['window', 'self', 'globalThis', 'global', 'frames', 'top', 'parent']);
const CODE_FROM_STRINGS = new Set(['eval', 'Function']);

export interface Hit {
  file: string;
  what: string;
  at: number;
  excerpt: string;
}

export function scanSource(file: string, code: string): Hit[] {
  let ast: Node;
  try {
    ast = parse(code, { ecmaVersion: 'latest', sourceType: 'module' });
  } catch {
    ast = parse(code, { ecmaVersion: 'latest', sourceType: 'script' });
  }
  const hits: Hit[] = [];
  const hit = (what: string, node: Node) =>
    hits.push({ file, what, at: node.start, excerpt: code.slice(Math.max(0, node.start - 40), node.end + 40) });
  const globals = new Set<string>(FORBIDDEN_GLOBALS);
  const properties = new Set<string>(FORBIDDEN_PROPERTIES);
  simple(ast, {
    // Only identifiers used as values: acorn-walk does not visit non-computed property
    // names, object keys or method names.
    Identifier(node) {
      const name = (node as Node & { name: string }).name;
      if (globals.has(name)) hit(name, node);
    },
    MemberExpression(node) {
      const m = node as Node & { computed: boolean; object: Node & { name?: string }; property: Node & { name?: string; value?: unknown } };
      const name = m.computed ? m.property.value : m.property.name;
      if (typeof name !== 'string') return;
      if (properties.has(name)) hit(`.${name}`, node);
      // re2js has its own `prefilter.eval(...)` methods; only the global object's count.
      if (CODE_FROM_STRINGS.has(name) && m.object.type === 'Identifier' && GLOBAL_OBJECTS.has(m.object.name!)) hit(`.${name}`, node);
    },
    // `Function.call.bind(...)` is harmless; calling or constructing `Function` compiles a string.
    NewExpression(node) {
      const callee = (node as Node & { callee: Node & { name?: string } }).callee;
      if (callee.type === 'Identifier' && callee.name === 'Function') hit('new Function', node);
    },
    CallExpression(node) {
      const callee = (node as Node & { callee: Node & { name?: string } }).callee;
      if (callee.type === 'Identifier' && callee.name === 'Function') hit('Function()', node);
    },
    ImportExpression(node) {
      // Any dynamic import: MV3 allows only our own files, and we need none.
      hit('import()', node);
    },
    ImportDeclaration(node) {
      const source = (node as Node & { source: { value: string } }).source.value;
      if (!source.startsWith('./') && !source.startsWith('../') && !source.startsWith('/')) hit(`import "${source}"`, node);
    },
  });
  return hits;
}
