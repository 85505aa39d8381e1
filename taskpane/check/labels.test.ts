import { findingPlace } from './findingsList';
import { kindLabel, words } from './labels';
import { localToday } from '../today';

test('field codes are spelt out in words, with NHS abbreviations in capitals', () => {
  expect(words('lastClinical')).toBe('Last clinical');
  expect(words('hoursToNextTier')).toBe('Hours to next tier');
  expect(words('wte')).toBe('WTE');
  expect(words('pciDate')).toBe('PCI date');
  expect(words('coachId')).toBe('Coach ID');
});

test('sheet kinds read as a practice manager would say them', () => {
  expect(kindLabel('supervisionLog')).toBe('supervision log');
  expect(kindLabel('somethingNew')).toBe('something new');
});

test('a finding points at its cell, its row, or its sheet', () => {
  const base = { coach: null, rule: 'r', severity: 'note' as const, message: 'm' };
  expect(findingPlace({ ...base, sheet: 'Our coaches', row: 6, column: 'D' })).toBe('Our coaches D6');
  expect(findingPlace({ ...base, sheet: 'Our coaches', row: 6, column: null })).toBe('Our coaches row 6');
  expect(findingPlace({ ...base, sheet: 'Hours log', row: null, column: null })).toBe('Hours log');
});

test("today is the user's calendar day, not UTC's", () => {
  expect(localToday(new Date(2026, 2, 20, 23, 30))).toBe('2026-03-20');
  expect(localToday(new Date(2026, 0, 1, 0, 5))).toBe('2026-01-01');
});
