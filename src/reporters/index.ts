import type { Reporter } from './types.js';

/**
 * The reporters by name, each loaded when chosen: printing stylish or json loads neither the
 * HTML page nor SARIF's rule metadata, and json not even the colours.
 */
export const REPORTERS = {
  stylish: async () => (await import('./stylish.js')).stylish,
  json: async () => (await import('./json.js')).json,
  sarif: async () => (await import('./sarif.js')).sarif,
  csv: async () => (await import('./csv.js')).csv,
  html: async () => (await import('./html.js')).html,
} satisfies Record<string, () => Promise<Reporter>>;
export type ReporterName = keyof typeof REPORTERS;

export function loadReporter(name: ReporterName): Promise<Reporter> {
  return REPORTERS[name]();
}

/** Formats that show each document's text, so its files must be checked keeping it. */
export const SHOWS_TEXT: ReadonlySet<ReporterName> = new Set(['html']);
