/** The PDF thread (see node-source.ts): reads the pages of each PDF it is sent with pdf.js and sends them back. */
import { parentPort } from 'node:worker_threads';
import { pdfjsSource } from './extract';
import { UnreadablePdfError } from './errors';
import type { ThreadReply, ThreadRequest } from './node-source';
import { nodePdfEngine } from './pdfjs-node';

const port = parentPort;
port?.on('message', async ({ id, bytes }: ThreadRequest) => {
  const reply = (message: ThreadReply) => port.postMessage(message);
  try {
    const source = pdfjsSource(await nodePdfEngine());
    const pages = await source.readPages(bytes, { signal: new AbortController().signal, onProgress: (progress) => reply({ id, kind: 'progress', progress }) });
    reply({ id, kind: 'pages', pages });
  } catch (error) {
    reply({ id, kind: 'error', message: error instanceof Error ? error.message : String(error), unreadable: error instanceof UnreadablePdfError });
  }
});
