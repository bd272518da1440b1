/**
 * Writes synthetic workbooks: `tsx scripts/generators/write-workbooks.ts <dir> [--count N] [--scale S]`.
 * File i uses seed i + 1, so a folder is reproducible.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { generateBudgetGrid } from './budget-workbook';
import { gridToXlsx } from './grid-to-xlsx';

export async function writeWorkbooks(dir: string, count: number, scale = 1): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const files: string[] = [];
  for (let i = 0; i < count; i++) {
    const file = path.join(dir, `synthetic-${String(i + 1).padStart(3, '0')}.xlsx`);
    await writeFile(file, await gridToXlsx(generateBudgetGrid({ scale, seed: i + 1 })));
    files.push(file);
  }
  return files;
}

if (require.main === module) {
  const [dir, ...rest] = process.argv.slice(2);
  const option = (name: string, fallback: number) => {
    const index = rest.indexOf(`--${name}`);
    return index >= 0 ? Number(rest[index + 1]) : fallback;
  };
  if (!dir) {
    process.stderr.write('用法：tsx scripts/generators/write-workbooks.ts <目录> [--count N] [--scale S]\n');
    process.exitCode = 2;
  } else {
    writeWorkbooks(dir, option('count', 1), option('scale', 1)).then((files) => process.stdout.write(`已生成 ${files.length} 个工作簿：${dir}\n`));
  }
}
