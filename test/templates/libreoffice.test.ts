import { LIBREOFFICE_MISSING, sofficePath } from '../support/libreoffice';

describe('the LibreOffice test support', () => {
  it('fails with the install command when soffice cannot be found', () => {
    expect(() => sofficePath(['/nowhere/bin'])).toThrow(LIBREOFFICE_MISSING);
  });
});
