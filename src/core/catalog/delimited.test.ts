import { parseDelimitedText } from './delimited';

describe('parseDelimitedText', () => {
  it('splits a pasted tab-separated block, keeping empty cells', () => {
    expect(parseDelimitedText('代码\t名称\t说明\r\nZ01\t乙丙服务\t\n')).toEqual([
      ['代码', '名称', '说明'],
      ['Z01', '乙丙服务', ''],
    ]);
  });

  it('reads CSV with quoted commas, doubled quotes and line breaks inside quotes', () => {
    expect(parseDelimitedText('\uFEFF代码,名称,说明\nZ01,"乙,丙","他说""好""\n第二行"')).toEqual([
      ['代码', '名称', '说明'],
      ['Z01', '乙,丙', '他说"好"\n第二行'],
    ]);
  });

  it('reads quoted tab-separated cells the way Excel copies them', () => {
    expect(parseDelimitedText('Z01\t"两行\n说明"')).toEqual([['Z01', '两行\n说明']]);
  });
});
