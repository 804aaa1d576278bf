// Renders the fixture articles (articles.json) with citeproc-js, the CSL
// processor Zotero uses, from the very CSL-JSON records Quotebook writes
// (authors read from each byline by our name parser), with the same official
// APA, MLA and Chicago 17 style files Quotebook bundles, and compares the
// text and HTML with Quotebook's own rendering (hayagriva, through
// `quotebook references`). Every difference must be listed in
// known-differences.json with the style-guide rule that decides it, and
// there may be at most MAX_DIFFERENCES of them.
//
// Run by scripts/test; alone: QUOTEBOOK_CLI=path/to/quotebook node tests/citeproc/compare.mjs

import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const CSL = require('citeproc');

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..', '..');
const stylesDir = join(repo, 'crates', 'core', 'src', 'cite', 'styles');
const MAX_DIFFERENCES = 5;
// A fixed access date, so the records (and the output) never depend on the clock.
const TODAY = '2026-01-15';

const STYLES = [
  { name: 'apa', file: 'apa.csl', parts: ['bibliography'] },
  { name: 'mla', file: 'modern-language-association.csl', parts: ['bibliography'] },
  { name: 'chicago', file: 'chicago-fullnote-bibliography-17.csl', parts: ['note', 'bibliography'] },
  { name: 'chicago-short', file: 'chicago-note-bibliography-17.csl', parts: ['note'] },
];

const cli =
  process.env.QUOTEBOOK_CLI ??
  join(process.env.CARGO_TARGET_DIR ?? join(repo, 'target'), 'debug', 'quotebook');
const locale = readFileSync(join(stylesDir, 'locales-en-US.xml'), 'utf8');
const known = JSON.parse(readFileSync(join(here, 'known-differences.json'), 'utf8'));
const fixtures = JSON.parse(readFileSync(join(here, 'articles.json'), 'utf8'));

/** What Quotebook renders, with the CSL-JSON record of each article. */
function quotebook(style) {
  const out = execFileSync(
    cli,
    ['references', join(here, 'articles.json'), '--style', style, '--today', TODAY],
    { encoding: 'utf8' },
  );
  return JSON.parse(out);
}

/** citeproc-js's note and bibliography entry for one record. */
function citeproc(styleXml, record, format) {
  const sys = {
    retrieveLocale: () => locale,
    retrieveItem: (id) => (id === record.id ? record : undefined),
  };
  const engine = new CSL.Engine(sys, styleXml, 'en-US');
  engine.setOutputFormat(format);
  // Addresses as links, as Quotebook writes them in HTML.
  engine.opt.development_extensions.wrap_url_and_doi = true;
  const citation = { citationItems: [{ id: record.id }], properties: { noteIndex: 1 } };
  const [, clusters] = engine.processCitationCluster(citation, [], []);
  const note = clusters.length ? clusters[0][1] : '';
  engine.updateItems([record.id]);
  const bib = engine.makeBibliography();
  const entry = bib ? bib[1].join('') : '';
  return { note: unwrap(note), bibliography: unwrap(entry) };
}

/** The entry without citeproc-js's wrapping `<div class="csl-entry">`. */
function unwrap(html) {
  return html
    .trim()
    .replace(/^<div class="csl-entry">/, '')
    .replace(/<\/div>$/, '')
    .trim();
}

/** One spelling for each HTML escape (citeproc-js writes &#38;, we &amp;). */
function normaliseHtml(html) {
  return html
    .replace(/&#38;/g, '&amp;')
    .replace(/&#60;/g, '&lt;')
    .replace(/&#62;/g, '&gt;')
    .replace(/&quot;|&#34;/g, '"')
    .replace(/&#39;|&#x27;/g, "'");
}

const differences = [];
let compared = 0;
for (const style of STYLES) {
  const styleXml = readFileSync(join(stylesDir, style.file), 'utf8');
  const ours = quotebook(style.name);
  if (ours.length !== fixtures.length) {
    throw new Error(`quotebook rendered ${ours.length} of ${fixtures.length} fixtures in ${style.name}`);
  }
  for (const item of ours) {
    const text = citeproc(styleXml, item.csl, 'text');
    const html = citeproc(styleXml, item.csl, 'html');
    for (const part of style.parts) {
      compared += 1;
      const mine = item[part] ?? { text: '', html: '' };
      const formats = [];
      if (mine.text !== text[part]) formats.push({ format: 'text', ours: mine.text, citeproc: text[part] });
      if (normaliseHtml(mine.html) !== normaliseHtml(html[part])) {
        formats.push({ format: 'html', ours: mine.html, citeproc: html[part] });
      }
      if (formats.length) differences.push({ style: style.name, id: item.id, part, formats });
    }
  }
}

const isKnown = (d) => known.some((k) => k.style === d.style && k.id === d.id && k.part === d.part);
const unexplained = differences.filter((d) => !isKnown(d));
const stale = known.filter(
  (k) => !differences.some((d) => k.style === d.style && k.id === d.id && k.part === d.part),
);

console.log(
  `citeproc-js ${CSL.PROCESSOR_VERSION} vs quotebook: ${fixtures.length} articles, ` +
    `${compared} renderings (text and HTML each), ${differences.length} differences`,
);
for (const d of differences) {
  const rule = known.find((k) => k.style === d.style && k.id === d.id && k.part === d.part)?.rule;
  console.log(`\n${d.style} ${d.part} ${d.id}: ${rule ? `listed: ${rule}` : 'NOT LISTED'}`);
  for (const f of d.formats) {
    console.log(`  ${f.format}  quotebook:   ${f.ours}`);
    console.log(`  ${f.format}  citeproc-js: ${f.citeproc}`);
  }
}
for (const k of stale) console.log(`\nlisted but no longer different: ${k.style} ${k.part} ${k.id}`);

let failed = false;
if (unexplained.length) {
  console.error(`\n${unexplained.length} difference(s) not listed in known-differences.json`);
  failed = true;
}
if (known.length > MAX_DIFFERENCES) {
  console.error(`\n${known.length} listed differences; at most ${MAX_DIFFERENCES} are allowed`);
  failed = true;
}
if (stale.length) {
  console.error('\nremove the differences that no longer occur from known-differences.json');
  failed = true;
}
process.exit(failed ? 1 : 0);
