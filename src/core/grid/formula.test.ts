import { formulaReference, sumFormula } from './formula';

const at = (sheet: string, row: number, col: number) => ({ sheet, row, col });
const plus = (ref: ReturnType<typeof at>) => ({ ref, sign: 1 as const });

describe('sumFormula', () => {
  it('writes a SUM over a contiguous run in one column of the same sheet, in any order', () => {
    expect(sumFormula(at('表3', 4, 2), [plus(at('表3', 8, 2)), plus(at('表3', 6, 2)), plus(at('表3', 7, 2))])).toBe('=SUM(C7:C9)');
  });

  it('adds and subtracts cells one by one when they are scattered or signed', () => {
    expect(sumFormula(at('表3', 4, 2), [plus(at('表3', 6, 2)), plus(at('表3', 12, 2))])).toBe('=C7+C13');
    expect(sumFormula(at('表1', 0, 0), [plus(at('表1', 1, 0)), { ref: at('表1', 2, 0), sign: -1 }])).toBe('=A2-A3');
  });

  it('qualifies references on other sheets and escapes quotes in sheet names', () => {
    expect(sumFormula(at('表1', 4, 3), [plus(at('表3', 4, 2))])).toBe("='表3'!C5");
    expect(formulaReference(at("O'Neil", 0, 0), '表1')).toBe("'O''Neil'!A1");
  });

  it('writes zero for an empty sum', () => {
    expect(sumFormula(at('表1', 0, 0), [])).toBe('=0');
  });
});
