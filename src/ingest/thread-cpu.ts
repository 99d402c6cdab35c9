// CPU time of the calling thread alone (process.cpuUsage() sums every thread, workers included), read
// from /proc/thread-self/stat on Linux; null elsewhere. Ingest reports the main thread's share with it.
import { readFileSync } from 'node:fs';

/** Milliseconds of CPU (user + system) this thread has used, at 10 ms resolution; null when unknown. */
export function threadCpuMs(): number | null {
  try {
    const stat = readFileSync('/proc/thread-self/stat', 'utf8');
    // fields after the ")" that closes the command name: state is field 3, utime 14, stime 15
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}
