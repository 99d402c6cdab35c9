// The `parley` command: one commander program; each command group registers itself from its own file.
import { Command } from 'commander';
import { registerAnalyze } from './analyze-command.js';
import { registerCorpusCommands } from './corpus-commands.js';
import { registerServe } from './serve-command.js';
import { registerUpkeep } from './upkeep-commands.js';

/** Run the CLI with `argv` (as in process.argv). */
export async function main(argv: readonly string[]): Promise<void> {
  const program = new Command();
  program
    .name('parley')
    .description('Who said what, who did what to whom: news analysis and a corpus tool.')
    .version('0.1.0');
  registerAnalyze(program);
  registerCorpusCommands(program);
  registerUpkeep(program);
  registerServe(program);
  await program.parseAsync(argv as string[]);
}
