import { csv } from './csv.js';
import { html } from './html.js';
import { json } from './json.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';
import type { Reporter } from './types.js';

export const REPORTERS = { stylish, json, sarif, csv, html } satisfies Record<string, Reporter>;
export type ReporterName = keyof typeof REPORTERS;

/** Formats that show each document's text, so its files must be checked keeping it. */
export const SHOWS_TEXT: ReadonlySet<ReporterName> = new Set(['html']);
