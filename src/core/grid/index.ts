export * from './types';
export * from './address';
export * from './access';
export * from './formula';
