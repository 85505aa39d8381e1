/**
 * Which panel the sidebar opens on. The menu's "New hire…" opens the New hire form, so the
 * server writes the panel into the page before showing it, and the page reads it back.
 */

/**
 * The pane's panels, named here so server code need not compile the pane (the sidebar checks
 * this is the pane's own PanelKey).
 */
export type SidebarPanel = 'templates' | 'newHire' | 'check' | 'functions';

export const PANELS: readonly SidebarPanel[] = ['templates', 'newHire', 'check', 'functions'];

/** The attribute on the sidebar's root element that names the first panel. */
export const PANEL_ATTRIBUTE = 'data-initial-panel';

/**
 * The attribute as it appears in Sidebar.html for a panel.
 *
 * @example
 * panelMarker('newHire'); // 'data-initial-panel="newHire"'
 */
export function panelMarker(panel: SidebarPanel): string {
  return `${PANEL_ATTRIBUTE}="${panel}"`;
}

/**
 * A panel key from untrusted text, or the Templates panel.
 *
 * @example
 * toPanel('check'); // 'check'
 * toPanel('<script>'); // 'templates'
 */
export function toPanel(value: unknown): SidebarPanel {
  return PANELS.find((p) => p === value) ?? 'templates';
}
