// Date tests must not depend on the machine's zone: a run without TZ uses London (set here,
// before the workers start, so they inherit it); scripts/test-all.sh also runs the core at UTC+14.
process.env.TZ = process.env.TZ || 'Europe/London';

/** Unit, property and host tests. Browser and LibreOffice tests live in the same tree and
 * install or locate their tools themselves (see test/support). */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/shared', '<rootDir>/src', '<rootDir>/taskpane', '<rootDir>/overview', '<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: false }],
  },
  testTimeout: 60000,
};
