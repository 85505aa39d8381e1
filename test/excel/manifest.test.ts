/**
 * Offline checks of the add-in manifest (`npm run validate:manifest` runs Microsoft's own
 * validator, which needs the network): well-formed, readable by office-addin-manifest, every
 * resid resolving, every URL https on one base address, the HWBC namespace, one shared
 * runtime, and elements in schema order.
 */
import { spawnSync } from 'child_process';
import fs from 'fs';
import path from 'path';
import type { Element } from '@xmldom/xmldom';
import { ROOT } from '../support/loadBundle';
import { all, BT, child, children, inSchemaOrder, parseXml, path_, resources, urls } from './manifestXml';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { DEFAULT_BASE_URL } = require('../../webpack/excel/baseUrl') as { DEFAULT_BASE_URL: string };

const SOURCE = path.join(ROOT, 'manifest.xml');

const doc = () => parseXml(fs.readFileSync(SOURCE, 'utf8'));

describe('manifest.xml', () => {
  it('is well-formed XML', () => {
    expect(() => doc()).not.toThrow();
    expect(() => parseXml('<OfficeApp><Id></OfficeApp>')).toThrow('not well-formed');
  });

  it('is read by office-addin-manifest (offline: `info`)', () => {
    const cli = path.join(ROOT, 'node_modules', '.bin', 'office-addin-manifest');
    if (!fs.existsSync(cli)) throw new Error('office-addin-manifest is missing: run npm ci');
    const run = spawnSync(cli, ['info', SOURCE], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Name: HWBC Toolkit');
    expect(run.stdout).toContain('Type: TaskPaneApp');
    expect(run.stdout).toContain('Hosts: Workbook');
    expect(run.stdout).toContain('Permissions: ReadWriteDocument');
    expect(run.stdout).toMatch(/Id: [0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/);
  });

  it('asks for exactly ReadWriteDocument, for Excel workbooks only', () => {
    const d = doc();
    expect(path_(d, 'Permissions').textContent).toBe('ReadWriteDocument');
    expect(children(path_(d, 'Hosts')).map((h) => h.getAttribute('Name'))).toEqual(['Workbook']);
    expect(children(path_(d, 'VersionOverrides', 'Hosts')).map((h) => h.getAttribute('xsi:type'))).toEqual([
      'Workbook',
    ]);
  });

  it('resolves every resid to a resource of the right kind, and uses every resource', () => {
    const d = doc();
    const res = resources(d);
    const kindFor = (e: Element): string => {
      if (e.namespaceURI === BT && e.localName === 'Image') return 'Images';
      if (['Label', 'Title', 'Namespace'].includes(e.localName ?? '')) return 'ShortStrings';
      if (e.localName === 'Description') return 'LongStrings';
      return 'Urls'; // Runtime, SourceLocation, FunctionFile, LearnMoreUrl
    };
    const used = new Set<string>();
    for (const e of all(d).filter((x) => x.hasAttribute('resid'))) {
      const id = e.getAttribute('resid') ?? '';
      used.add(id);
      expect(id.length).toBeLessThanOrEqual(32);
      expect({ resid: id, kind: res.get(id)?.kind }).toEqual({ resid: id, kind: kindFor(e) });
    }
    expect([...res.keys()].filter((id) => !used.has(id))).toEqual([]);
  });

  it('puts every URL on https://localhost:3000, the one base address the build replaces', () => {
    const found = urls(doc()).filter((u) => !u.startsWith('http://schemas.microsoft.com/') && !u.includes('w3.org'));
    expect(found.length).toBeGreaterThan(8);
    for (const u of found) expect(u.startsWith(`${DEFAULT_BASE_URL}/`)).toBe(true);
  });

  /*
   * Microsoft's "Configure your Office Add-in to use a shared runtime" (learn.microsoft.com/
   * office/dev/add-ins/develop/configure-your-add-in-to-use-a-shared-runtime, dated 21 May 2026),
   * "Multiple task panes": "A shared runtime only supports the use of one task pane. Note that
   * any task pane without a <TaskpaneID> is considered a different task pane." The guide does
   * not say to leave TaskpaneId out: every ShowTaskpane action carries one and the same id, and
   * opens the shared runtime's page, so the ribbon always opens the one pane of that runtime.
   * The same guide puts <Runtimes> first in <Host>, with Page and FunctionFile on its resid.
   */
  it('opens one task pane in the shared runtime: every ShowTaskpane carries the same TaskpaneId, as the guide asks', () => {
    const d = doc();
    const host = path_(d, 'VersionOverrides', 'Hosts', 'Host');
    expect(children(host)[0].localName).toBe('Runtimes');
    const shared = child(child(host, 'Runtimes'), 'Runtime').getAttribute('resid');
    const panes = all(d).filter((e) => e.localName === 'Action' && e.getAttribute('xsi:type') === 'ShowTaskpane');
    expect(panes.length).toBeGreaterThan(0);
    const ids = panes.map(
      (a) =>
        children(a)
          .find((e) => e.localName === 'TaskpaneId')
          ?.textContent?.trim() ?? '',
    );
    expect(ids.every((id) => id.length > 0)).toBe(true);
    expect(new Set(ids).size).toBe(1);
    expect(panes.map((a) => child(a, 'SourceLocation').getAttribute('resid'))).toEqual(panes.map(() => shared));
  });

  it('declares the HWBC namespace and runs functions, pane and ribbon in one long-lived shared runtime', () => {
    const d = doc();
    const res = resources(d);
    const host = path_(d, 'VersionOverrides', 'Hosts', 'Host');
    const functionsPoint = child(child(host, 'AllFormFactors'), 'ExtensionPoint');
    expect(functionsPoint.getAttribute('xsi:type')).toBe('CustomFunctions');
    expect(res.get(child(functionsPoint, 'Namespace').getAttribute('resid') ?? '')?.value).toBe('HWBC');

    const runtime = child(child(host, 'Runtimes'), 'Runtime');
    expect(runtime.getAttribute('lifetime')).toBe('long');
    const shared = runtime.getAttribute('resid');
    expect(res.get(shared ?? '')?.value).toBe(`${DEFAULT_BASE_URL}/taskpane.html`);
    const desktop = child(host, 'DesktopFormFactor');
    const action = all(d).find((e) => e.localName === 'Action')!;
    expect(action.getAttribute('xsi:type')).toBe('ShowTaskpane');
    expect({
      page: child(child(functionsPoint, 'Page'), 'SourceLocation').getAttribute('resid'),
      functionFile: child(desktop, 'FunctionFile').getAttribute('resid'),
      pane: child(action, 'SourceLocation').getAttribute('resid'),
    }).toEqual({ page: shared, functionFile: shared, pane: shared });
    expect(res.get(child(child(functionsPoint, 'Script'), 'SourceLocation').getAttribute('resid') ?? '')?.value).toBe(
      `${DEFAULT_BASE_URL}/functions.js`,
    );

    const sets = children(path_(d, 'Requirements', 'Sets')).map((s) => [
      s.getAttribute('Name'),
      s.getAttribute('MinVersion'),
    ]);
    expect(sets).toContainEqual(['SharedRuntime', '1.1']);
  });

  it('has a button on the Home tab that opens the pane, with 16, 32 and 80 px icons', () => {
    const d = doc();
    const tab = all(d).find((e) => e.localName === 'OfficeTab')!;
    expect(tab.getAttribute('id')).toBe('TabHome');
    const button = all(d).find((e) => e.localName === 'Control')!;
    expect(button.getAttribute('xsi:type')).toBe('Button');
    const sizes = children(child(button, 'Icon')).map((i) => i.getAttribute('size'));
    expect(sizes).toEqual(['16', '32', '80']);
  });

  it('keeps elements in schema order (Office rejects a manifest whose order is wrong)', () => {
    const d = doc();
    const host = path_(d, 'VersionOverrides', 'Hosts', 'Host');
    const problems = [
      ...inSchemaOrder(d.documentElement as Element, [
        'Id',
        'AlternateId',
        'Version',
        'ProviderName',
        'DefaultLocale',
        'DisplayName',
        'Description',
        'IconUrl',
        'HighResolutionIconUrl',
        'SupportUrl',
        'AppDomains',
        'Hosts',
        'Requirements',
        'DefaultSettings',
        'Permissions',
        'VersionOverrides',
      ]),
      ...inSchemaOrder(path_(d, 'VersionOverrides'), ['Description', 'Requirements', 'Hosts', 'Resources']),
      ...inSchemaOrder(host, ['Runtimes', 'AllFormFactors', 'DesktopFormFactor']),
      ...inSchemaOrder(child(host, 'DesktopFormFactor'), ['GetStarted', 'FunctionFile', 'ExtensionPoint']),
      ...inSchemaOrder(child(child(host, 'AllFormFactors'), 'ExtensionPoint'), [
        'Script',
        'Page',
        'Metadata',
        'Namespace',
      ]),
      ...inSchemaOrder(path_(d, 'VersionOverrides', 'Resources'), ['Images', 'Urls', 'ShortStrings', 'LongStrings']),
    ];
    expect(problems).toEqual([]);
  });

  it('keeps strings within the schema’s lengths', () => {
    const d = doc();
    const res = resources(d);
    for (const [id, r] of res) {
      const limit = r.kind === 'ShortStrings' ? 125 : r.kind === 'LongStrings' ? 250 : 2048;
      expect({ id, length: r.value.length <= limit }).toEqual({ id, length: true });
    }
    expect(path_(d, 'DisplayName').getAttribute('DefaultValue')!.length).toBeLessThanOrEqual(125);
    expect(path_(d, 'Description').getAttribute('DefaultValue')!.length).toBeLessThanOrEqual(250);
  });
});
