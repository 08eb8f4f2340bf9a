/**
 * @aftersales/warranty: warranty coverage policies, the China 三包 jurisdiction packs (2021 and 2013), a California lemon-law plugin, and OEM claim audit.
 *
 * The package is created with the workspace so its build, type and packaging checks run from the
 * start; its rules land with issue #6 and are exported from here.
 *
 * @packageDocumentation
 */
export {};
