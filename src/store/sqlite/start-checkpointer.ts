// Moves WAL checkpoints off the writing thread: a worker thread with its own connection copies committed
// pages from the WAL into the database (PASSIVE: it never blocks the writer) after each write, and the
// writer's own automatic checkpoint is switched off. On this 2-core machine the checkpoint was ~10% of
// the writing thread's time. A WAL the checkpointer cannot keep up with (readers holding old snapshots)
// is checkpointed by the writer itself once it passes WAL_LIMIT bytes.
import { statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type Database from 'better-sqlite3';

const WAL_LIMIT = 512 * 1024 * 1024;

// CommonJS, evaluated in the worker: no compiled file to find whether we run from dist/ or src/
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file);
db.pragma('busy_timeout = 10000');
let asked = false, running = false;
const run = () => {
  running = true;
  while (asked) { asked = false; try { db.pragma('wal_checkpoint(PASSIVE)'); } catch { /* busy or closing: the next write asks again */ } }
  running = false;
};
parentPort.on('message', (m) => { if (m === 'close') { db.close(); process.exit(0); } asked = true; if (!running) setImmediate(run); });
`;

export type Checkpointer = { written(): void; close(): Promise<void> };

/** Start checkpointing `db` (a WAL database file) in a worker thread. */
export function startCheckpointer(db: Database.Database): Checkpointer {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(WORKER, { eval: true, workerData: { driver, file: db.name } });
  worker.unref();
  worker.on('error', () => { /* checkpoints fall back to the writer below */ });
  db.pragma('wal_autocheckpoint = 0');
  let writes = 0;
  return {
    written() {
      worker.postMessage('go');
      if (++writes % 16) return;
      let size = 0;
      try { size = statSync(`${db.name}-wal`).size; } catch { /* no WAL file: nothing to do */ }
      if (size > WAL_LIMIT) db.pragma('wal_checkpoint(RESTART)');
    },
    async close() {
      const exited = new Promise((resolve) => worker.once('exit', resolve));
      worker.ref(); // else nothing may keep the event loop alive until the worker exits, and the process ends mid-await
      worker.postMessage('close');
      await exited;
      db.pragma('wal_autocheckpoint = 1000');
    },
  };
}
