/** Runs budget-check in process and captures what it prints (shared by the catalogs and lookup tests). */
import { main } from '../main';
import type { CliIO } from '../io';

export async function runMain(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), cwd: process.cwd() };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}
