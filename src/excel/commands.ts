/**
 * Entry point of commands.js: the ribbon's command handlers, loaded into the shared runtime
 * page (taskpane.html), which the manifest's FunctionFile names. The HWBC button itself is a
 * ShowTaskpane action and needs no code; the `showHwbcPane` action lets anything in the
 * runtime (a keyboard shortcut, a future button) open the pane the same way.
 */

/**
 * Opens the task pane of the shared runtime.
 *
 * @example
 * await showPane();
 */
export async function showPane(): Promise<void> {
  await Office.addin.showAsTaskpane();
}

Office.onReady(() => {
  // `Office.actions` exists only where the host supports ribbon commands in a shared runtime.
  Office.actions?.associate('showHwbcPane', showPane);
});
