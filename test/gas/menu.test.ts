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
    expect(title).toBe('HWBC toolkit');
    expect(html).toContain(`id="hwbc-root" data-initial-panel="${panel}"`);
    expect(html).toContain('GENERATED');
  });
});

describe('Create template sheets', () => {
  it('tells the user in an alert what happened, and never fails silently', () => {
    const { global, fake } = loadCode(new FakeGas());
    global.hwbcMenuCreateTemplates();
    expect(fake.ui.alerts).toHaveLength(1);
    const { title, prompt } = fake.ui.alerts[0];
    expect(title).toBe('HWBC toolkit');
    // Either the sheets it added, or the reason it could not.
    expect(prompt).toMatch(/^(Added: |No sheets were missing|The template sheets could not be created: )/);
  });
});
