/** Reading cell values into typed values: the one place that knows what a cell can hold. */
export * from './blank';
export * from './calendarDate';
export * from './context';
export * from './errors';
export * from './excelSerial';
export * from './messages';
export * from './readBoolean';
export * from './readDate';
export * from './readNumber';
export * from './readText';
