import { json } from './json.js';
import { stylish } from './stylish.js';
import type { Reporter } from './types.js';

export const REPORTERS = { stylish, json } satisfies Record<string, Reporter>;
export type ReporterName = keyof typeof REPORTERS;
