#!/usr/bin/env node
// Entry point of the `parley` command: runs the compiled CLI (built by `npm ci` via `prepare`).
import { main } from '../dist/cli/main.js';
main(process.argv).catch((err) => {
  process.stderr.write(`parley: ${err && err.message ? err.message : String(err)}\n`);
  process.exitCode = 1;
});
