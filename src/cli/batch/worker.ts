/** Worker thread entry: checks the files the pool sends, one at a time, and posts each outcome. */
import { parentPort } from 'node:worker_threads';
import { checkFile } from './check-file';
import type { WorkerReply, WorkerTask } from './pool';

parentPort?.on('message', async (task: WorkerTask) => {
  const reply: WorkerReply = { id: task.id, outcome: await checkFile(task.request) };
  parentPort?.postMessage(reply);
});
