// Build everything `npm ci` must leave ready: TypeScript → dist/, knowledge data → compact JSON,
// and the web page. Each step runs only when its sources exist.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });
run(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.json']);
// Knowledge (countries, actors, verb patterns) compiled from the data files into dist/knowledge/.
for (const step of ['scripts/compile-knowledge.mjs', 'scripts/compile-verbs.mjs']) {
  if (existsSync(step)) run(process.execPath, [step]);
}
if (existsSync('web/vite.config.ts') || existsSync('web/vite.config.mjs')) {
  run(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--config', existsSync('web/vite.config.ts') ? 'web/vite.config.ts' : 'web/vite.config.mjs']);
}
