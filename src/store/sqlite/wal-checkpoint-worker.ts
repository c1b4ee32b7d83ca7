// The thread of WalCheckpointer (wal-checkpointer.ts): checkpoints the event store's write-ahead log from a
// connection of its own, so a checkpoint's copying and its fsyncs never run on the server's event loop.
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';

export type CheckpointReply =
  { ok: true; busy: number; log: number; checkpointed: number } | { ok: false; message: string };

const { path } = workerData as { path: string };
const port = parentPort;
if (port === null) throw new Error('wal-checkpoint-worker runs in a worker thread');

const db = new Database(path, { fileMustExist: true });
db.pragma('busy_timeout = 5000');
// synchronous is per connection: NORMAL makes SQLite sync the log before each checkpoint and the database after
// it, so a checkpoint never puts the only copy of a page at risk.
db.pragma('synchronous = NORMAL');

port.on('message', (message: 'checkpoint' | 'close') => {
  if (message === 'close') {
    db.close();
    port.close();
    return;
  }
  let reply: CheckpointReply;
  try {
    // PASSIVE: copies what it can without waiting for the store's writer or readers, and never blocks them.
    const [result] = db.pragma('wal_checkpoint(PASSIVE)') as {
      busy: number;
      log: number;
      checkpointed: number;
    }[];
    reply = {
      ok: true,
      busy: result?.busy ?? 0,
      log: result?.log ?? 0,
      checkpointed: result?.checkpointed ?? 0,
    };
  } catch (error) {
    reply = { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(reply);
});
