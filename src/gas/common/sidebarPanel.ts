/**
 * Which panel the sidebar opens on. The menu's "New hire…" opens the New hire form, so the
 * server writes the panel into the page before showing it, and the page reads it back.
 */
import type { PanelKey } from '../../../taskpane';

export const PANELS: readonly PanelKey[] = ['templates', 'newHire', 'check', 'functions'];

/** The attribute on the sidebar's root element that names the first panel. */
export const PANEL_ATTRIBUTE = 'data-initial-panel';

/**
 * The attribute as it appears in Sidebar.html for a panel.
 *
 * @example
 * panelMarker('newHire'); // 'data-initial-panel="newHire"'
 */
export function panelMarker(panel: PanelKey): string {
  return `${PANEL_ATTRIBUTE}="${panel}"`;
}

/**
 * A panel key from untrusted text, or the Templates panel.
 *
 * @example
 * toPanel('check'); // 'check'
 * toPanel('<script>'); // 'templates'
 */
export function toPanel(value: unknown): PanelKey {
  return PANELS.find((p) => p === value) ?? 'templates';
}
