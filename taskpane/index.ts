/**
 * The one pane: the Excel task pane, the Google Sheets sidebar and the demo page all mount it
 * with their own PaneApi. Four panels: Templates, New hire, Check, Functions.
 */
import type { PaneApi } from '../shared/api';
import { el } from './dom';
import { mountTabs, type TabSpec } from './tabs';

export type PanelKey = 'templates' | 'newHire' | 'check' | 'functions';

export interface MountOptions {
  /** The panel shown first (a menu item such as "New hire…" opens its own panel). */
  initialPanel?: PanelKey;
}

function placeholder(text: string): (panel: HTMLElement) => void {
  return (panel) => panel.append(el('p', {}, text));
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
    { key: 'templates', label: 'Templates', build: placeholder('Template sheets') },
    { key: 'newHire', label: 'New hire', build: placeholder('New hire') },
    { key: 'check', label: 'Check', build: placeholder('Check this workbook') },
    { key: 'functions', label: 'Functions', build: placeholder(`Functions (${api.host})`) },
  ];
  mountTabs(root, specs, options.initialPanel ?? 'templates');
}
