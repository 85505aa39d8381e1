/**
 * The add-on menu and the sidebar, through the built Code.js: onOpen in AuthMode.NONE builds
 * the menu and touches nothing else; each menu item names a top-level function; the sidebar
 * opens on the panel its menu item asks for.
 */
import { FakeGas } from '../support/fakeSpreadsheetApp';
import { ensureGasBuild } from './support/builtGas';
import { loadCode } from './support/loadCode';

beforeAll(() => ensureGasBuild(), 180_000);

const MENU = ['Open HWBC panel', 'Create template sheets', 'New hire…', 'Check this workbook'];

describe('onOpen', () => {
  it('builds the add-on menu in AuthMode.NONE without touching anything that needs authorisation', () => {
    const { global, fake } = loadCode(new FakeGas());
    // Loading the script calls no service at all (every execution loads it, custom functions too).
    expect(fake.calls).toEqual([]);
    fake.authMode = 'NONE'; // the fake throws on any other service call
    global.onOpen({ authMode: 'NONE' });
    expect(fake.calls.every((c) => /^(SpreadsheetApp\.getUi|Ui\.createAddonMenu|Menu\.)/.test(c))).toBe(true);
    expect(fake.ui.menus).toHaveLength(1);
    expect(fake.ui.menus[0].title).toBe('add-on');
    expect(fake.ui.menus[0].items.map((i) => i.caption)).toEqual(MENU);
  });

  it('points every menu item at a top-level function of Code.js', () => {
    const { global, fake } = loadCode(new FakeGas());
    global.onOpen({ authMode: 'FULL' });
    for (const item of fake.ui.menus[0].items) expect(typeof global[item.functionName]).toBe('function');
  });

  it('is what onInstall does too', () => {
    const { global, fake } = loadCode(new FakeGas());
    global.onInstall({ authMode: 'FULL' });
    expect(fake.ui.menus.map((m) => m.items.map((i) => i.caption))).toEqual([MENU]);
  });
});

describe('the sidebar', () => {
  it.each([
    ['hwbcShowSidebar', 'templates'],
    ['hwbcMenuNewHire', 'newHire'],
    ['hwbcMenuCheck', 'check'],
  ])('%s opens the built page on the %s panel', (fn, panel) => {
    const { global, fake } = loadCode(new FakeGas());
    global[fn]();
    expect(fake.ui.sidebars).toHaveLength(1);
    const { title, html } = fake.ui.sidebars[0];
    expect(title).toBe('HWBC Toolkit');
    expect(html).toContain(`id="hwbc-root" data-initial-panel="${panel}"`);
    expect(html).toContain('GENERATED');
  });
});

describe('Create template sheets', () => {
  it('adds the missing sheets and says in an alert what it added and what it left alone', () => {
    const { global, fake } = loadCode(new FakeGas({ sheets: { Coaches: [['My own coaches'], ['Asha']] } }));
    global.hwbcMenuCreateTemplates();
    expect(fake.ui.alerts).toHaveLength(1);
    const { title, prompt } = fake.ui.alerts[0];
    expect(title).toBe('HWBC Toolkit');
    expect(prompt).toMatch(/^Added: .*Hours log/);
    expect(prompt).toMatch(/Left alone: Coaches \(/);
    expect(fake.values('Coaches')).toEqual([['My own coaches'], ['Asha']]);
  });

  it('says why in the alert when it cannot add them', () => {
    const { global, fake } = loadCode(new FakeGas());
    // A spreadsheet that refuses new sheets (protected, say).
    fake.book.insertSheet = () => {
      throw new Error('You do not have permission to add sheets.');
    };
    global.hwbcMenuCreateTemplates();
    expect(fake.ui.alerts[0].prompt).toBe(
      'The template sheets could not be created: You do not have permission to add sheets.',
    );
  });
});
