import type { Catalog } from './types';
import type { Grid } from '../grid';
import { jurisdictionStems, selectPurchaseCatalogs } from './selection';

function catalog(id: string, jurisdiction: string, document: string, supersedes?: string[]): Catalog {
  return { id, title: id, document, jurisdiction, kind: 'gps', complete: true, entries: [], ...(supersedes ? { supersedes } : {}) };
}

// Jurisdictions and document numbers as DESIGN.md §3 and the seeds state them.
const shanxiB = catalog('shanxi-b-2023', '山西省', '晋财综〔2023〕47号');
const shanxiOld = catalog('shanxi-old', '山西省', '晋财综〔2021〕34号');
const shanxiNew = catalog('shanxi-new', '山西省', '晋财综〔2023〕99号', ['晋财综〔2021〕34号']);
const jiaozuo = catalog('jiaozuo-2023', '河南省焦作市（市级）', '焦财综〔2023〕1号');

function grid(...texts: string[]): Grid {
  return { sheets: [{ name: '说明', rows: texts.map((v) => [{ v }]), merges: [] }] };
}

describe('default 政府购买服务 catalogs', () => {
  it('stems are the most specific place and the issuer abbreviation', () => {
    expect(jurisdictionStems(shanxiB)).toEqual(['山西', '晋财']);
    expect(jurisdictionStems(jiaozuo)).toEqual(['焦作', '焦财']);
  });

  it('picks the catalogs whose place or issuer the workbook mentions', () => {
    const selection = selectPurchaseCatalogs(grid('山西省财政一体化运维及办公设备购置费'), [shanxiB, jiaozuo], undefined);
    expect(selection).toMatchObject({ reason: 'inferred', catalogs: [shanxiB] });
    expect(selectPurchaseCatalogs(grid('依据焦财综〔2023〕1号'), [shanxiB, jiaozuo], undefined).catalogs).toEqual([jiaozuo]);
  });

  it('drops a catalog superseded by another applicable one', () => {
    expect(selectPurchaseCatalogs(grid('山西'), [shanxiOld, shanxiNew], undefined).catalogs).toEqual([shanxiNew]);
  });

  it('falls back to every catalog when nothing matches, and honours explicit ids', () => {
    expect(selectPurchaseCatalogs(grid('永和县'), [shanxiB, jiaozuo], undefined)).toMatchObject({ reason: 'fallback', catalogs: [shanxiB, jiaozuo] });
    expect(selectPurchaseCatalogs(grid('山西'), [shanxiB, jiaozuo], ['jiaozuo-2023', 'x'])).toEqual({ reason: 'selected', catalogs: [jiaozuo], unknownIds: ['x'] });
  });
});
