import { validatePolicy } from './rules/managed';
import { parseCityPolicyFile } from './rules/policy/import';
import { readFileSync } from 'node:fs';
const EX = JSON.parse(readFileSync('docs/examples/springfield.policy.json', 'utf8'));
const cp = { ...EX.cityPolicy, categories: { swearing: { section: '1', title: 'x' } } };
const r = validatePolicy({ cityPolicy: cp });
console.log(JSON.stringify(r.problems), !!r.policy.cityPolicy, JSON.stringify(parseCityPolicyFile(JSON.stringify(cp))).slice(0, 200));
