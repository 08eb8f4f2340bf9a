/**
 * @aftersales/parts: parts stock policy: demand history, ABC/XYZ and movement classes, safety stock, reorder suggestions, health checks.
 *
 * The package is created with the workspace so its build, type and packaging checks run from the
 * start; its rules land with issue #5 and are exported from here.
 *
 * @packageDocumentation
 */
export {};
