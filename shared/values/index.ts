/** Reading cell values into typed values: the one place that knows what a cell can hold. */
export * from './cells/blank';
export * from './dates/calendarDate';
export * from './dates/dateInZone';
export * from './context';
export * from './errors';
export * from './dates/excelSerial';
export * from './messages';
export * from './cells/readBoolean';
export * from './dates/readDate';
export * from './cells/readNumber';
export * from './cells/readText';
