import { DEFAULT_DEVELOPMENT_POLICY } from './developmentPolicy';
import { DEFAULT_POLICY } from '../supervision/policy';
import { SETTING_LIMITS, settingMaximum } from './settingLimits';

describe('the longest interval a setting may give', () => {
  it('is ten years of months for intervals and a year of days for warnings', () => {
    expect(SETTING_LIMITS).toEqual({ months: 120, days: 366 });
    expect(settingMaximum('lineMonths')).toBe(120);
    expect(settingMaximum('otherRefresherMonths')).toBe(120);
    expect(settingMaximum('dueSoonDays')).toBe(366);
    expect(settingMaximum('renewalDueSoonDays')).toBe(366);
  });

  it('keeps every default within its limit', () => {
    for (const [key, value] of Object.entries({ ...DEFAULT_POLICY, ...DEFAULT_DEVELOPMENT_POLICY }))
      expect({ key, within: value <= settingMaximum(key) }).toEqual({ key, within: true });
  });
});
