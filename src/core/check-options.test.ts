import { checkOptions } from './check-options';
import { SAMPLE } from './catalog/test-fixtures';

describe('checkOptions', () => {
  it('passes the chosen catalogs and template on, and the file name when there is one', () => {
    expect(checkOptions({ catalogSet: [SAMPLE], catalogs: ['sample'], profile: 'shanxi', file: 'a.xlsx' })).toEqual({
      file: 'a.xlsx',
      catalogSet: [SAMPLE],
      catalogs: ['sample'],
      profile: 'shanxi',
    });
  });

  it('leaves the catalogs to inference and the template to detection when none is chosen', () => {
    const options = checkOptions({ catalogSet: [SAMPLE], catalogs: [], profile: '' });
    expect(options).toEqual({ catalogSet: [SAMPLE] });
    expect(checkOptions({ catalogSet: [SAMPLE] })).toEqual(options);
  });

  it('copies the ids, so that a later change of the caller’s list does not change a check in progress', () => {
    const chosen = ['sample'];
    const options = checkOptions({ catalogSet: [], catalogs: chosen });
    chosen.push('other');
    expect(options.catalogs).toEqual(['sample']);
  });
});
