/**
 * Regenerates the Markdown and .docx renditions of the .txt samples, so that each sample
 * can be linted in all three formats with the same findings.
 *
 *   npm run samples              writes samples/NAME.md and samples/NAME.docx
 *   npm run samples -- --check   writes nothing; exits 1 when a rendition is out of date
 *
 * Run from the repository root (npm does). The output depends only on the .txt sources,
 * so running it twice gives identical bytes.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { toDocx, toMarkdown } from '../test/support/renditions.js';

/** Samples written as .txt whose .md and .docx twins are generated from them. */
const SAMPLES_WITH_RENDITIONS = [
  'clean-report',
  'planted-report',
  'final-accounts-clean',
  'final-accounts-planted',
  'final-accounts-missing-table',
];

const samplesDir = path.resolve('samples');

interface Rendition {
  file: string;
  bytes: Buffer;
}

async function renditionsOf(name: string): Promise<Rendition[]> {
  const text = await readFile(path.join(samplesDir, `${name}.txt`), 'utf8');
  return [
    { file: path.join(samplesDir, `${name}.md`), bytes: Buffer.from(toMarkdown(text), 'utf8') },
    { file: path.join(samplesDir, `${name}.docx`), bytes: await toDocx(text) },
  ];
}

async function isUpToDate({ file, bytes }: Rendition): Promise<boolean> {
  try {
    return (await readFile(file)).equals(bytes);
  } catch {
    return false;
  }
}

async function main(): Promise<void> {
  const checkOnly = process.argv.includes('--check');
  const renditions = (await Promise.all(SAMPLES_WITH_RENDITIONS.map(renditionsOf))).flat();
  const stale: string[] = [];
  for (const rendition of renditions) {
    if (await isUpToDate(rendition)) continue;
    stale.push(path.relative(process.cwd(), rendition.file));
    if (!checkOnly) await writeFile(rendition.file, rendition.bytes);
  }
  if (checkOnly && stale.length > 0) {
    console.error(`Out of date (run npm run samples): ${stale.join(', ')}`);
    process.exitCode = 1;
  } else {
    console.log(stale.length > 0 ? `Wrote ${stale.join(', ')}` : 'Sample renditions are up to date.');
  }
}

await main();
