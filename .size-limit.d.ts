/** The size budgets of .size-limit.js, as tests/quality/size-budgets.test.ts reads them. */
declare const checks: { name: string; path: string; limit: string; ignore?: string[] }[];
export default checks;
