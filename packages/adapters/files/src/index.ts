/** Placeholder until the adapter lands. @packageDocumentation */
export {};
