/** Which database a store runs on. */
export type StoreDialect = 'sqlite' | 'postgres';
