/** Every rule of docs/rules.md, one per file. */
export * from './canSupervise';
export * from './completed';
export * from './caseload';
export * from './evidenceCoverage';
export * from './hoursThatCount';
export * from './hoursToNextTier';
export * from './policy';
export * from './readiness';
export * from './supervisionDue';
export * from './supervisionInterval';
export * from './supervisionStatus';
export * from './supervisionType';
export * from './tier';
export * from './tierInWorkbook';
export * from './tierWords';
