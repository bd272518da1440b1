import { changedParts, textChange } from './changed-parts';

describe('changed parts of a text', () => {
  // A 情况说明 paragraph whose 政府购买服务 code changes in the middle.
  const before = `${'甲'.repeat(50)}属于B0702-评估服务${'乙'.repeat(50)}`;
  const after = `${'甲'.repeat(50)}属于B0703-评估服务${'乙'.repeat(50)}`;

  it('shows a long text around the changed codes, whole codes and numbers marked', () => {
    expect(textChange(before, after)).toEqual({
      prefix: `${'甲'.repeat(10)}属于`,
      removed: 'B0702',
      added: 'B0703',
      suffix: `-评估服务${'乙'.repeat(7)}`,
      clippedStart: true,
      clippedEnd: true,
    });
    expect(textChange(before, after, true)).toMatchObject({ prefix: `${'甲'.repeat(50)}属于`, clippedStart: false, clippedEnd: false });
    expect(textChange('381.16', '380.16')).toEqual({ prefix: '', removed: '381.16', added: '380.16', suffix: '', clippedStart: false, clippedEnd: false });
    expect(textChange('', 'B0701')).toMatchObject({ removed: '', added: 'B0701' });
  });

  it('gives the plain-text form the CLI prints: short texts whole, long ones around the change with "…"', () => {
    expect(changedParts(before, after)).toEqual({
      before: `…${'甲'.repeat(10)}属于B0702-评估服务${'乙'.repeat(7)}…`,
      after: `…${'甲'.repeat(10)}属于B0703-评估服务${'乙'.repeat(7)}…`,
    });
    expect(changedParts('2144.19', '2134.19')).toEqual({ before: '2144.19', after: '2134.19' });
  });
});
