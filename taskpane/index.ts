/**
 * The one pane: the Excel task pane, the Google Sheets sidebar and the demo page all mount it
 * with their own PaneApi. Four panels: Templates, New hire, Check, Functions.
 */
import type { PaneApi } from '../shared/api';
import { checkPanel } from './check/checkPanel';
import { functionsPanel } from './functionsPanel';
import { newHirePanel } from './newHire/newHirePanel';
import { mountTabs, type TabSpec } from './tabs';
import { templatesPanel } from './templatesPanel';

export type PanelKey = 'templates' | 'newHire' | 'check' | 'functions';

export interface MountOptions {
  /** The panel shown first (a menu item such as "New hire…" opens its own panel). */
  initialPanel?: PanelKey;
}

/**
 * Mounts the pane into `root`, talking to the workbook only through `api`.
 *
 * @example
 * mountPane(document.getElementById('app')!, api, { initialPanel: 'check' });
 */
export function mountPane(root: HTMLElement, api: PaneApi, options: MountOptions = {}): void {
  root.classList.add('hwbc-pane');
  const specs: TabSpec[] = [
    { key: 'templates', label: 'Templates', build: (panel) => templatesPanel(panel, api) },
    { key: 'newHire', label: 'New hire', build: (panel) => newHirePanel(panel, api) },
    { key: 'check', label: 'Check', build: (panel) => checkPanel(panel, api) },
    { key: 'functions', label: 'Functions', build: (panel) => functionsPanel(panel, api) },
  ];
  mountTabs(root, specs, options.initialPanel ?? 'templates');
}
