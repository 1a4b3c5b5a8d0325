import { compilePolicy, DEFAULT_POLICY, evaluate } from './rules';
const c = compilePolicy(DEFAULT_POLICY);
for (const t of process.argv.slice(2)) console.log(t, '\n ', evaluate(t, c).map((f) => `${f.category}:${f.ruleId}:"${f.excerpt}"`).join('\n  '));
