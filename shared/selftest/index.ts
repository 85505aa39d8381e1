export * from './selfTestCases';
export * from './selfTestSheet';
