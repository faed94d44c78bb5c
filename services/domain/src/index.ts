export * from './access';
export * from './counts';
export * from './keys';
export * from './registry';
export * from './subgraph';
