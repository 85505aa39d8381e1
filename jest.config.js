/** Unit, property and host tests. Browser and LibreOffice tests live in the same tree and
 * install or locate their tools themselves (see test/support). */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/shared', '<rootDir>/src', '<rootDir>/taskpane', '<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: false }],
  },
  testTimeout: 60000,
};
