// `parley analyze FILE|-` prints one document; `--jsonl` streams one output line per input line,
// in order, with an `error` object for an input that fails while the rest carry on.
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { analyze } from '../analyze/analyze.js';
import { toContract } from '../analyze/to-contract.js';
import type { AnalyzeOptions } from '../doc/types.js';
import { analyzeJsonlStream } from './analyze-jsonl.js';

type Flags = { jsonl?: boolean; html?: boolean; dateOrder?: 'dmy' | 'mdy'; tokens?: boolean; compact?: boolean; id?: string };

/** Register `parley analyze`. */
export function registerAnalyze(program: Command): void {
  program
    .command('analyze')
    .description('analyse one article (FILE or - for stdin), or a JSONL batch with --jsonl')
    .argument('[file]', 'plain-text or HTML article; - reads stdin', '-')
    .option('--jsonl', 'read JSONL records {"id","text"|"html","url"?,"published"?} and write one document per line')
    .option('--html', 'treat the input as HTML (default: sniffed from the extension and content)')
    .option('--date-order <order>', 'day/month order for ambiguous dates: dmy or mdy')
    .option('--tokens', 'include tokens in the output')
    .option('--compact', 'print one line instead of pretty JSON')
    .option('--id <id>', 'document id (default: a hash of the text)')
    .action(async (file: string, flags: Flags) => {
      if (flags.dateOrder && flags.dateOrder !== 'dmy' && flags.dateOrder !== 'mdy') {
        throw new Error(`--date-order must be dmy or mdy, not ${JSON.stringify(flags.dateOrder)}`);
      }
      const options: AnalyzeOptions = flags.dateOrder ? { dateOrder: flags.dateOrder } : {};
      if (flags.jsonl) {
        const input = file === '-' ? process.stdin : (await import('node:fs')).createReadStream(file);
        await analyzeJsonlStream(input, process.stdout, options, { tokens: flags.tokens });
        return;
      }
      const bytes = file === '-' ? readFileSync(0) : readFileSync(file);
      const isHtml = flags.html || /\.x?html?$/i.test(file);
      const doc = analyze(isHtml ? { html: new TextDecoder().decode(bytes), id: flags.id } : { bytes, id: flags.id }, options);
      const out = toContract(doc, { tokens: flags.tokens });
      process.stdout.write(JSON.stringify(out, null, flags.compact ? undefined : 2) + '\n');
    });
}
