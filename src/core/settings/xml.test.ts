import { isSettingsXml, parseSettingsXml, SETTINGS_NAMESPACE, settingsXml } from './xml';

describe('settings XML', () => {
  it('round-trips keys and JSON values with the characters XML must escape', () => {
    const settings = new Map<string, unknown>([
      ['budgetAssistant.profile', '<a&b>"'],
      ['budgetAssistant.ignored', { version: 1, entries: [{ key: 'r|表1|A1|x', reason: '理由 "引号" & 符号', date: '2026-03-01' }] }],
    ]);
    const xml = settingsXml(settings);
    expect(xml).toContain(`<settings xmlns="${SETTINGS_NAMESPACE}" version="1">`);
    expect(xml).not.toContain('<a&b>');
    expect(parseSettingsXml(xml)).toEqual(settings);
  });

  it('reads only its own namespace, with or without a declaration or byte order mark, and skips values that are not JSON', () => {
    expect(isSettingsXml(`\uFEFF<settings xmlns="${SETTINGS_NAMESPACE}"/>`)).toBe(true);
    expect(parseSettingsXml('<settings xmlns="urn:other"><setting key="k">1</setting></settings>')).toEqual(new Map());
    expect(parseSettingsXml(`<settings xmlns="${SETTINGS_NAMESPACE}"><setting key="a">{oops</setting><setting key="b">&#x32;</setting></settings>`)).toEqual(new Map([['b', 2]]));
  });
});
