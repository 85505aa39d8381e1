import { restartLink, startFrom } from './startWith';

test('the page starts with the sample team unless the address asks for an empty workbook', () => {
  expect(startFrom('')).toBe('sample');
  expect(startFrom('?delay=800')).toBe('sample');
  expect(startFrom('?start=empty')).toBe('empty');
  expect(startFrom('?delay=800&start=empty')).toBe('empty');
  expect(startFrom('?start=sample')).toBe('sample');
});

test('the restart link switches to the other start and keeps the rest of the address', () => {
  const here = { pathname: '/demo.html', search: '?delay=800' };
  expect(restartLink(here, 'sample')).toEqual({
    href: '/demo.html?delay=800&start=empty',
    label: 'Start again with an empty workbook',
  });
  expect(restartLink({ ...here, search: '?delay=800&start=empty' }, 'empty')).toEqual({
    href: '/demo.html?delay=800',
    label: 'Start again with the sample team',
  });
  // With nothing else in the address, back to the plain page.
  expect(restartLink({ pathname: '/demo.html', search: '?start=empty' }, 'empty').href).toBe('/demo.html');
});
