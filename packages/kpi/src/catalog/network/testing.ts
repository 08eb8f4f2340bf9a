/** Test helpers of the network KPIs: the customer-care section's runner and cell lookup. */
export { cellOf, ndv, run, TZ } from '../care/testing';
