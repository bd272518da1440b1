/**
 * Reads one input file for checking: opened without blocking (a FIFO named *.xlsx must not hang the
 * run), checked to be a regular file under the size limit, and read no further than the limit even
 * if the file grows while it is read.
 */
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { megabytes } from '../../host/file/xlsx-package';
import { fileProblem, MAX_INPUT_BYTES } from './inputs';

export type InputBytes = { bytes: Uint8Array; error?: undefined } | { error: string; bytes?: undefined };

export async function readInput(file: string, maxBytes = MAX_INPUT_BYTES): Promise<InputBytes> {
  let handle;
  try {
    handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    return { error: describeFileError(error) };
  }
  try {
    const problem = fileProblem(await handle.stat());
    if (problem) return { error: problem };
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      const chunk = new Uint8Array(Math.min(1 << 20, maxBytes + 1 - total));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      total += bytesRead;
      if (total > maxBytes) return { error: `文件过大，超过 ${megabytes(maxBytes)} 的上限，未读取。` };
    }
    return { bytes: Buffer.concat(chunks) };
  } catch (error) {
    return { error: describeFileError(error) };
  } finally {
    await handle.close();
  }
}

function describeFileError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return '文件不存在。';
  if (code === 'EISDIR') return '这是一个文件夹。';
  if (code === 'EACCES' || code === 'EPERM') return '没有读取权限。';
  if (code === 'ENXIO' || code === 'EAGAIN') return '这是一个没有写入方的命名管道（FIFO），不是普通文件，未读取。';
  return '无法打开文件。';
}
