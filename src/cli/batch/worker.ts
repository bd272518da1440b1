/** Worker process entry: checks the files the pool sends, one at a time, and sends back each outcome. */
import { checkFile } from './check-file';
import type { WorkerReply, WorkerTask } from './pool';

process.on('message', async (task: WorkerTask) => {
  const reply: WorkerReply = { id: task.id, outcome: await checkFile(task.request) };
  process.send?.(reply);
});
