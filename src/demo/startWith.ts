/**
 * How the demonstration workbook starts. Normally with the sample team of the template sheets,
 * so every panel has something to show at once; `?start=empty` starts with the practice's own
 * sheet only, so "Create sheets" can be tried. A link on the page switches between the two.
 */

/** What the workbook holds when the page opens. */
export type Start = 'sample' | 'empty';

/**
 * The start the address asks for.
 *
 * @example
 * startFrom('?start=empty&delay=800'); // 'empty'
 * startFrom('');                       // 'sample'
 */
export function startFrom(search: string): Start {
  return new URLSearchParams(search).get('start') === 'empty' ? 'empty' : 'sample';
}

/**
 * The link that starts the page again the other way; other settings in the address (such as
 * `delay`) are kept.
 *
 * @example
 * restartLink({ pathname: '/demo.html', search: '?delay=800' }, 'sample');
 * // { href: '/demo.html?delay=800&start=empty', label: 'Start again with an empty workbook' }
 */
export function restartLink(
  address: { pathname: string; search: string },
  now: Start,
): { href: string; label: string } {
  const params = new URLSearchParams(address.search);
  if (now === 'sample') params.set('start', 'empty');
  else params.delete('start');
  const query = params.toString();
  return {
    href: query ? `${address.pathname}?${query}` : address.pathname,
    label: now === 'sample' ? 'Start again with an empty workbook' : 'Start again with the sample team',
  };
}

/**
 * What the workbook held when the page opened, said above the table.
 *
 * @example
 * START_NOTES.empty; // 'This workbook started with the practice's own sheet …'
 */
export const START_NOTES: Readonly<Record<Start, string>> = {
  sample:
    'This workbook started with the template sheets, filled with a made-up team of coaches, beside the practice’s own sheet “Our coaches”.',
  empty:
    'This workbook started with the practice’s own sheet “Our coaches” only: add the template sheets from the Templates panel.',
};
