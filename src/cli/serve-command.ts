// `parley serve`. STUB: replaced by the HTTP/web work.
import type { Command } from 'commander';

/** Register the serve command. */
export function registerServe(_program: Command): void {}
