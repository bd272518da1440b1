/** Required-table profiles: which tables a disclosure must contain. */
import { TEMPLATE_TABLE_KINDS, type TableKind } from '../tables/types';

export interface Profile {
  id: string;
  title: string;
  required: TableKind[];
}

export const PROFILES: Profile[] = [
  { id: 'default', title: '部门预算公开（13 张表）', required: [...TEMPLATE_TABLE_KINDS] },
  {
    id: 'core',
    title: '核心表（收支、收入、支出、财政拨款、一般公共预算、基本支出、“三公”）',
    required: ['summary', 'income', 'expenditure', 'fiscal-summary', 'general-expenditure', 'basic-economic', 'three-public'],
  },
];

export const DEFAULT_PROFILE = 'default';

/** The profile's tables; the 三公 table is required by every profile. */
export function requiredTables(profileId: string | undefined): TableKind[] | undefined {
  const profile = PROFILES.find((p) => p.id === (profileId ?? DEFAULT_PROFILE));
  if (!profile) return undefined;
  return profile.required.includes('three-public') ? profile.required : [...profile.required, 'three-public'];
}
