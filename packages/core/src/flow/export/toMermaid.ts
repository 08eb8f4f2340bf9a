import { AftersalesError } from '../../errors/AftersalesError';
import { isObjectLike, typeName } from '../../errors/guards';
import type { Locale } from '../../i18n/LocalizedText';
import type { JsonObject } from '../../json/JsonValue';
import { compiledOf, type Flow } from '../createFlow';
import type { FlowTransitionDefinition } from '../types';

/** Options of {@link toMermaid}. */
export type MermaidOptions = {
  /** The language of the state labels (default `en`). */
  readonly locale?: Locale;
  /**
   * List each state's internal transitions (no target: they only change data or marks) in a note
   * beside the state (default `false`: they are left out, and the diagram shows only moves).
   */
  readonly internal?: boolean;
};

const LOCALES: readonly Locale[] = ['en', 'zh'];

function checkOptions(options: unknown): { locale: Locale; internal: boolean } {
  if (options === undefined) return { locale: 'en', internal: false };
  if (!isObjectLike(options)) {
    throw AftersalesError.of('input.invalid_type', ['options'], {
      expected: 'object',
      received: typeName(options),
    });
  }
  const { locale = 'en', internal = false } = options;
  if (!LOCALES.includes(locale as Locale)) {
    throw AftersalesError.of('input.invalid_value', ['options', 'locale'], { allowed: [...LOCALES] });
  }
  if (typeof internal !== 'boolean') {
    throw AftersalesError.of('input.invalid_type', ['options', 'internal'], {
      expected: 'boolean',
      received: typeName(internal),
    });
  }
  return { locale: locale as Locale, internal };
}

/** State names Mermaid's state-diagram grammar reads as keywords (checked against Mermaid 11). */
const RESERVED = new Set(['note', 'state', 'class', 'classdef', 'style', 'default', 'click']);

/** Mermaid ids: the state's name, with `_` appended to a keyword until it names no other state. */
function mermaidIds(names: readonly string[]): Map<string, string> {
  const taken = new Set(names);
  const ids = new Map<string, string>();
  for (const name of names) {
    let id = name;
    if (RESERVED.has(name)) {
      do id = `${id}_`;
      while (taken.has(id));
      taken.add(id);
    }
    ids.set(name, id);
  }
  return ids;
}

/**
 * A title as a Mermaid label: inside `state "…" as id` a double quote would end the label and a
 * line break the statement, so they become Mermaid's `#quot;` and a space.
 */
function label(text: string): string {
  return text.replace(/\r\n|[\r\n]/g, ' ').replace(/"/g, '#quot;');
}

/** `event` or `event [guard, guard]`: state, event and guard names never need quoting (see the schema). */
function edgeLabel(event: string, transition: FlowTransitionDefinition): string {
  const guards = transition.guards ?? [];
  return guards.length > 0 ? `${event} [${guards.join(', ')}]` : event;
}

/**
 * Draws a flow as a Mermaid `stateDiagram-v2`: each state declared with its title in the chosen
 * locale (`state "已接车问诊" as received`), `[*] --> initial`, one line per transition
 * (`a --> b : event [guard, guard]`, one per candidate, so an event with two guarded targets
 * draws two arrows), and `x --> [*]` for each final state. Everything is in definition order
 * (states, then each state's events, then the candidates), so the text is stable and diffs well.
 *
 * Internal transitions (no target: a line added, a hold placed) are left out by default; with
 * `internal: true` each state that has some gets a note listing them, one `event [guards]` a
 * line. A transition whose target is its own state is a real move (the engine re-enters the
 * state) and is always drawn as a self-loop.
 *
 * A state is drawn with its name as the Mermaid id, except the few names Mermaid reads as
 * keywords (`note`, `state`, `class`, `classdef`, `style`, `default`, `click`), which get a `_`
 * appended (`default_`); its label is its title either way.
 *
 * @param flow - a flow made with `createFlow`
 * @param options - `locale` of the state labels (`en` or `zh`, default `en`); `internal`, to
 *   list internal transitions in notes (default `false`)
 * @returns the diagram's text, lines joined with `\n`, ending with a line break
 * @throws AftersalesError `input.invalid_type` when `flow` was not made with `createFlow` or an
 *   option has the wrong type, `input.invalid_value` for an unknown locale
 *
 * @example
 * const text = toMermaid(repairOrderFlow, { locale: 'zh' });
 * // stateDiagram-v2
 * //   state "未开始" as new
 * //   …
 * //   [*] --> new
 * //   new --> appointment : book_appointment
 * //   …
 * //   inspected --> estimated : submit_estimate [ro.has-lines, ro.estimate-priced]
 */
export function toMermaid<D extends JsonObject>(flow: Flow<D>, options?: MermaidOptions): string {
  compiledOf(flow);
  const { locale, internal } = checkOptions(options);
  const definition = flow.definition;
  const ids = mermaidIds(Object.keys(definition.states));
  const id = (name: string) => ids.get(name) ?? name;
  const lines = ['stateDiagram-v2'];
  for (const [name, state] of Object.entries(definition.states)) {
    lines.push(`  state "${label(state.title[locale])}" as ${id(name)}`);
  }
  lines.push(`  [*] --> ${id(definition.initial)}`);
  for (const [name, state] of Object.entries(definition.states)) {
    const notes: string[] = [];
    for (const [event, transitions] of Object.entries(state.on ?? {})) {
      for (const transition of transitions) {
        if (transition.target !== undefined) {
          lines.push(`  ${id(name)} --> ${id(transition.target)} : ${edgeLabel(event, transition)}`);
        } else if (internal) {
          notes.push(`    ${edgeLabel(event, transition)}`);
        }
      }
    }
    if (notes.length > 0) lines.push(`  note right of ${id(name)}`, ...notes, '  end note');
    if (state.final === true) lines.push(`  ${id(name)} --> [*]`);
  }
  return `${lines.join('\n')}\n`;
}
