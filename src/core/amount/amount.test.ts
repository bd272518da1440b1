import Decimal from 'decimal.js';
import fc from 'fast-check';
import {
  amountFromNumber,
  compareWithEnvelope,
  convertAmount,
  formatAmount,
  formatAmountGrouped,
  parseAmount,
  parseAmountText,
  parseCellAmount,
  parseUnitLabel,
  roundingEnvelope,
  sumAmounts,
} from '.';

const text = (value: Parameters<typeof parseAmount>[0], shown?: string): string | null | undefined => {
  const { amount, problem } = parseAmount(value, shown);
  return problem ?? amount?.toString() ?? null;
};

describe('parseAmount', () => {
  it.each([
    ['2541.25', '2541.25'],
    ['2,541.25', '2541.25'],
    ['1,195.49', '1195.49'],
    ['１２３.４', '123.4'],
    ['１，２３４．５０', '1234.5'],
    ['（12.00）', '-12'],
    ['(12)', '-12'],
    ['-12', '-12'],
    ['－12', '-12'],
    ['−0.5', '-0.5'],
    ['+7', '7'],
    [' 938.70 ', '938.7'],
    ['\u3000６\u3000', '6'],
    ['0', '0'],
    ['.5', '0.5'],
    ['1 234.5', '1234.5'],
  ])('reads the text %j as %s', (input, expected) => {
    expect(text(input)).toBe(expected);
  });

  it.each(['', '   ', '-', '－', '—', '——', '–', '−', '--', '―', '/', '／'])('treats %j as empty, not as a problem', (input) => {
    expect(parseAmount(input)).toEqual({ amount: null });
  });

  it.each(['abc', '12元', '1,2,3', '12,34', '1.2.3', '(-12)', '12%', '≤140.18万元', '合计'])('reports %j as unparsable', (input) => {
    expect(parseAmount(input)).toEqual({ amount: null, problem: 'unparsable' });
  });

  it.each(['#REF!', '#N/A', '#VALUE!', '#DIV/0!', '#NAME?'])('reports the error value %s as an error', (input) => {
    expect(parseAmount(input)).toEqual({ amount: null, problem: 'error' });
  });

  it('keeps exact decimals of numbers and drops binary noise from float sums in files', () => {
    expect(text(0.1 + 0.2)).toBe('0.3');
    expect(text(2541.2499999999995)).toBe('2541.25');
    expect(text(11954900.000000002)).toBe('11954900');
    expect(text(938.7)).toBe('938.7');
    expect(text(-12.34)).toBe('-12.34');
  });

  it('keeps every digit a budget table can show', () => {
    expect(text(123456789012.34)).toBe('123456789012.34');
    expect(text(0.0001)).toBe('0.0001');
    expect(text(1234.5678)).toBe('1234.5678');
  });

  it('sums without float error', () => {
    const parts = [0.1, 0.2, 0.3].map((n) => parseAmount(n).amount);
    expect(sumAmounts(parts).toString()).toBe('0.6');
    expect(0.1 + 0.2 + 0.3).not.toBe(0.6);
  });

  it('reads non-finite numbers as errors and booleans as unparsable', () => {
    expect(parseAmount(Number.NaN).problem).toBe('error');
    expect(parseAmount(true).problem).toBe('unparsable');
    expect(amountFromNumber(Infinity)).toBeNull();
  });

  it('uses the displayed text when the value is empty', () => {
    expect(text(null, '1,000.00')).toBe('1000');
    expect(parseAmount(null)).toEqual({ amount: null });
    expect(parseAmount(undefined)).toEqual({ amount: null });
  });

  it('reads grid cells, with error cells reported as errors', () => {
    expect(parseCellAmount({ v: null, err: '#REF!' })).toEqual({ amount: null, problem: 'error' });
    expect(parseCellAmount({ v: 6, t: '6.00' }).amount?.toString()).toBe('6');
    expect(parseCellAmount({ v: '2,541.25' }).amount?.toString()).toBe('2541.25');
    expect(parseCellAmount(undefined)).toEqual({ amount: null });
    expect(parseAmountText('#ref!').problem).toBe('error');
  });
});

describe('units', () => {
  it.each([
    ['单位：万元', '万元'],
    ['单位:元', '元'],
    ['金额单位：亿元', '亿元'],
    ['部门名称：泽州县财政局 单位：万元', '万元'],
    ['部门名称：泽州县财政局单位：万元', '万元'],
    ['单位： 人民币万元', '万元'],
    ['（单位：元）', '元'],
    ['资金总额（万元）', '万元'],
    ['项目资金 (元)', '元'],
  ])('reads %j as %s', (label, unit) => {
    expect(parseUnitLabel(label)).toBe(unit);
  });

  it.each(['单位名称：永和县行政审批服务管理局', '2026年项目支出预算表（本年预算）', '单位：个', ''])('finds no unit in %j', (label) => {
    expect(parseUnitLabel(label)).toBeUndefined();
  });

  it('converts exactly between 元, 万元 and 亿元', () => {
    expect(convertAmount(new Decimal('1195.49'), '万元', '元').toString()).toBe('11954900');
    expect(convertAmount(new Decimal('7590971'), '元', '万元').toString()).toBe('759.0971');
    expect(convertAmount(new Decimal('2.5'), '亿元', '万元').toString()).toBe('25000');
    expect(convertAmount(new Decimal('3'), '元', '元').toString()).toBe('3');
  });
});

describe('formatAmount', () => {
  it('shows the table precision, rounding half up', () => {
    expect(formatAmount(new Decimal('2541.25'))).toBe('2541.25');
    expect(formatAmount(new Decimal('938.7'))).toBe('938.70');
    expect(formatAmount(new Decimal('759.0971'))).toBe('759.10');
    expect(formatAmount(new Decimal('0.005'))).toBe('0.01');
    expect(formatAmount(new Decimal('-0.125'))).toBe('-0.13');
    expect(formatAmount(new Decimal('7590971'), 0)).toBe('7590971');
    expect(formatAmount(new Decimal('-0.001'))).toBe('0.00');
    expect(formatAmountGrouped(new Decimal('-0.004'))).toBe('0.00');
  });

  it('groups thousands', () => {
    expect(formatAmountGrouped(new Decimal('2541.25'))).toBe('2,541.25');
    expect(formatAmountGrouped(new Decimal('11954900'))).toBe('11,954,900.00');
    expect(formatAmountGrouped(new Decimal('-1234567.891'))).toBe('-1,234,567.89');
    expect(formatAmountGrouped(new Decimal('999'))).toBe('999.00');
    expect(formatAmountGrouped(new Decimal('1000'), 0)).toBe('1,000');
  });
});

describe('rounding envelope', () => {
  it('is half a display unit per addend', () => {
    expect(roundingEnvelope(1).toString()).toBe('0.005');
    expect(roundingEnvelope(3).toString()).toBe('0.015');
    expect(roundingEnvelope(0).toString()).toBe('0');
    expect(roundingEnvelope(4, 0).toString()).toBe('2');
  });

  it('tells equal, 尾差 and real differences apart', () => {
    const d = (s: string): Decimal => new Decimal(s);
    expect(compareWithEnvelope(d('1345.76'), d('1345.76'), 2)).toBe('equal');
    expect(compareWithEnvelope(d('1345.76'), d('1345.77'), 2)).toBe('rounding');
    expect(compareWithEnvelope(d('1345.76'), d('1345.75'), 2)).toBe('rounding');
    expect(compareWithEnvelope(d('1345.76'), d('1345.77'), 1)).toBe('different');
    expect(compareWithEnvelope(d('380.16'), d('381.16'), 20)).toBe('different');
    expect(compareWithEnvelope(d('100'), d('100.015'), 3)).toBe('rounding');
    expect(compareWithEnvelope(d('100'), d('100.016'), 3)).toBe('different');
  });
});

describe('round trips', () => {
  it('reads back every grouped, full-width and bracketed spelling of an amount', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 13n), max: 10n ** 13n }), (n) => {
        const amount = new Decimal(n.toString()).div(100);
        const grouped = formatAmountGrouped(amount);
        const fullWidth = grouped.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)).replace(/,/g, '，');
        const bracketed = amount.isNegative() ? `（${formatAmountGrouped(amount.abs())}）` : grouped;
        for (const spelling of [grouped, fullWidth, bracketed, formatAmount(amount)]) {
          expect(parseAmountText(spelling).amount?.equals(amount)).toBe(true);
        }
      }),
    );
  });

  it('reads a JS number written with two decimals as exactly those two decimals', () => {
    fc.assert(
      fc.property(fc.integer({ min: -(10 ** 12), max: 10 ** 12 }), (n) => {
        const exact = new Decimal(n).div(100);
        expect(parseAmount(n / 100).amount?.equals(exact)).toBe(true);
      }),
    );
  });
});
