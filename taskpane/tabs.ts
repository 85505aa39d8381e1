/**
 * An ARIA tab list: one tab per panel, arrow keys move between tabs (with Home and End), the
 * selected tab is the only one in the Tab order (roving tabindex), per the WAI-ARIA
 * Authoring Practices tabs pattern with automatic activation.
 */
import { el, uniqueId } from './dom';

export interface TabSpec {
  key: string;
  label: string;
  /** Fills the panel the first time it is shown. */
  build(panel: HTMLElement): void;
}

/**
 * Builds the tab list and panels into `root` and shows `initial`.
 *
 * @example
 * mountTabs(root, [{ key: 'check', label: 'Check', build: (p) => p.append('…') }], 'check');
 */
export function mountTabs(root: HTMLElement, specs: readonly TabSpec[], initial: string): void {
  const list = el('div', { role: 'tablist', 'aria-label': 'HWBC tools', class: 'hwbc-tabs' });
  const tabs: HTMLButtonElement[] = [];
  const panels: HTMLElement[] = [];
  const built = new Set<string>();

  const select = (index: number, focus: boolean): void => {
    tabs.forEach((tab, i) => {
      const on = i === index;
      tab.setAttribute('aria-selected', String(on));
      tab.tabIndex = on ? 0 : -1;
      panels[i].hidden = !on;
    });
    const spec = specs[index];
    if (!built.has(spec.key)) {
      built.add(spec.key);
      spec.build(panels[index]);
    }
    if (focus) tabs[index].focus();
  };

  specs.forEach((spec, i) => {
    const tabId = uniqueId(`hwbc-tab-${spec.key}`);
    const panelId = uniqueId(`hwbc-panel-${spec.key}`);
    const tab = el(
      'button',
      { type: 'button', role: 'tab', id: tabId, 'aria-controls': panelId, class: 'hwbc-tab', 'data-tab': spec.key },
      spec.label,
    );
    tab.addEventListener('click', () => select(i, false));
    const panel = el('section', {
      role: 'tabpanel',
      id: panelId,
      'aria-labelledby': tabId,
      tabindex: '0',
      class: 'hwbc-panel',
      'data-panel': spec.key,
    });
    tabs.push(tab);
    panels.push(panel);
    list.append(tab);
  });

  list.addEventListener('keydown', (event) => {
    const current = tabs.indexOf(document.activeElement as HTMLButtonElement);
    if (current < 0) return;
    const last = tabs.length - 1;
    const moves: Record<string, number> = {
      ArrowRight: current === last ? 0 : current + 1,
      ArrowLeft: current === 0 ? last : current - 1,
      Home: 0,
      End: last,
    };
    if (!(event.key in moves)) return;
    event.preventDefault();
    select(moves[event.key], true);
  });

  root.append(list, ...panels);
  const start = specs.findIndex((s) => s.key === initial);
  select(start < 0 ? 0 : start, false);
}
