/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { configure, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { deserialize, serialize } from 'node:v8';
import { catalogLabel } from '../../core/catalog/lookup';
import type { Catalog } from '../../core/catalog/types';
import { gridFromRows, type Grid } from '../../core/grid';
import { readWorkbook } from '../../core/tables';
import { loadBundledCatalog } from '../../data';
import { MemoryHost } from '../../host/memory/memory-host';
import { LookupTab } from './LookupTab';

configure({ asyncUtilTimeout: 20_000 });
jest.setTimeout(60_000);
globalThis.structuredClone ??= <T,>(value: T): T => deserialize(serialize(value)) as T;

/** A workbook whose 说明 names its province, as the 泽州 disclosure does. */
const SHANXI: Grid = { sheets: [gridFromRows('说明', [['山西省泽州县财政局2026年部门预算情况说明']])] };
const ELSEWHERE: Grid = { sheets: [gridFromRows('说明', [['某单位2026年部门预算情况说明']])] };

async function lookUp(grid: Grid, catalogs: Catalog[], selectedIds: string[], query: string): Promise<string[]> {
  render(
    <FluentProvider theme={webLightTheme}>
      <LookupTab
        host={new MemoryHost(grid)}
        catalogs={catalogs}
        selectedIds={selectedIds}
        workbook={{ snapshot: { grid, reading: readWorkbook(grid) }, fresh: async () => ({ grid, reading: readWorkbook(grid) }) }}
        shown
        onApply={async () => undefined}
        onError={() => undefined}
      />
    </FluentProvider>,
  );
  fireEvent.change(screen.getByRole('combobox', { name: '查码' }), { target: { value: query } });
  await waitFor(() => expect(screen.getAllByRole('option').length).toBeGreaterThan(0));
  return screen.getAllByRole('option').map((option) => option.textContent ?? '');
}

describe('查码 ranks the workbook’s catalogs first', () => {
  let jiaozuo: Catalog;
  let shanxi: Catalog;
  beforeAll(async () => {
    jiaozuo = await loadBundledCatalog('jiaozuo-2023');
    shanxi = await loadBundledCatalog('shanxi-b-2023');
  });

  it('puts 山西B类’s B0701 above 焦作’s in a Shanxi workbook, and names 焦作 as another catalog', async () => {
    const options = (await lookUp(SHANXI, [jiaozuo, shanxi], [], 'B0701')).filter((text) => text.startsWith('B0701'));
    expect(options).toHaveLength(2);
    expect(options[0]).toContain(catalogLabel(shanxi));
    expect(options[0]).not.toContain('其他目录');
    expect(options[1]).toContain(`其他目录：${catalogLabel(jiaozuo)}`);
  });

  it('follows the catalogs chosen for the workbook over what its text says', async () => {
    const options = (await lookUp(SHANXI, [jiaozuo, shanxi], [jiaozuo.id], 'B0701')).filter((text) => text.startsWith('B0701'));
    expect(options[0]).toContain(catalogLabel(jiaozuo));
    expect(options[1]).toContain(`其他目录：${catalogLabel(shanxi)}`);
  });

  it('ranks no catalog first and labels none as other when the workbook’s catalogs are unknown', async () => {
    const options = (await lookUp(ELSEWHERE, [jiaozuo, shanxi], [], 'B0701')).filter((text) => text.startsWith('B0701'));
    expect(options).toHaveLength(2);
    expect(options.join('\n')).not.toContain('其他目录');
  });
});
