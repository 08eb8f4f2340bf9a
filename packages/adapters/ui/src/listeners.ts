import { createIssue } from '@aftersales/core';
import type { ListenerFailure } from './types';

/**
 * Internal: the subscriber list of a store.
 *
 * - Each `subscribe` is its own entry, so one function subscribed twice is called twice and each
 *   unsubscribe removes only its own entry (and is idempotent).
 * - A round calls the listeners subscribed when it started, skipping any unsubscribed meanwhile
 *   (a component that unmounts during a round is not called after its cleanup).
 * - A change made by a listener (a dispatch from inside a listener) does not call listeners
 *   recursively: it asks for one more round, run when the current one ends.
 * - A listener that throws is reported and the round goes on.
 */

type Entry = { readonly listener: () => void };

/** Where an error goes when the caller gave no reporter: the host's own channel for uncaught errors. */
export function defaultReporter(failure: ListenerFailure): void {
  const report = (globalThis as { reportError?: (error: unknown) => void }).reportError;
  if (typeof report === 'function') report(failure.error);
  else console.error(failure.issue.message.en, failure.error);
}

function describe(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  if (typeof error === 'string') return error;
  return typeof error;
}

/** The listeners of one store. */
export function createListeners(report: (failure: ListenerFailure) => void) {
  const entries = new Set<Entry>();
  let notifying = false;
  let again = false;

  const call = (entry: Entry): void => {
    try {
      entry.listener();
    } catch (error) {
      const issue = createIssue('ui.listener_failed', [], { detail: describe(error) });
      try {
        report({ error, issue });
      } catch {
        // A reporter that throws must not stop the round either; there is nowhere left to report to.
      }
    }
  };

  return {
    subscribe(listener: () => void): () => void {
      const entry: Entry = { listener };
      entries.add(entry);
      return () => {
        entries.delete(entry);
      };
    },
    notify(): void {
      if (notifying) {
        again = true;
        return;
      }
      notifying = true;
      try {
        do {
          again = false;
          for (const entry of [...entries]) if (entries.has(entry)) call(entry);
        } while (again);
      } finally {
        notifying = false;
      }
    },
  };
}
