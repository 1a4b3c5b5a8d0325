// The engine's tables for the built-in data, serialized at build time (scripts/engine-tables.ts).
declare module 'virtual:ask-first/engine-tables' {
  const tables: import('../../rules/engine/tables').EngineTables;
  export default tables;
}
