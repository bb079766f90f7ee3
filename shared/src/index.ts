export * from './enums';
export * from './limits';
export * from './text';
export * from './review';
export * from './verdicts';
