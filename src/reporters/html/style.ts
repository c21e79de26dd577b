/**
 * The HTML report's stylesheet, inlined into the page (no network, no web fonts: the system's
 * own CJK fonts). Findings list beside the text on wide screens, stacked on narrow ones.
 */
export const PAGE_STYLE = `
:root {
  --error: #c62828; --error-bg: #ffcdd2;
  --warning: #a15c00; --warning-bg: #ffe0a3;
  --info: #1565c0; --info-bg: #cfe3fb;
  --line: #e0e0e0; --muted: #666;
}
* { box-sizing: border-box; }
body {
  margin: 0; color: #1b1b1b; background: #fafafa;
  font: 15px/1.6 system-ui, "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif;
}
header, main { padding: 0 1.5rem; }
h1 { font-size: 1.5rem; margin: 1rem 0 0.25rem; }
h2 { font-size: 1.15rem; margin: 0; padding: 0.75rem 0 0.5rem; border-bottom: 1px solid var(--line); overflow-wrap: anywhere; }
.meta, .note { color: var(--muted); margin: 0.25rem 0; }
.totals { font-size: 1.1rem; margin: 0.5rem 0; }
.totals .count { font-weight: 700; }
.sev-error .sev, .totals .error { color: var(--error); }
.sev-warning .sev, .totals .warning { color: var(--warning); }
.sev-info .sev, .totals .info { color: var(--info); }
table.by-rule { border-collapse: collapse; margin: 0.5rem 0; background: #fff; }
table.by-rule th, table.by-rule td { border: 1px solid var(--line); padding: 0.2rem 0.6rem; text-align: left; }
table.by-rule td.n { text-align: right; font-variant-numeric: tabular-nums; }
.filter-actions button { font: inherit; margin-right: 0.5rem; }
section.file { margin: 1.5rem 0; background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 0 1rem 1rem; }
.file-body { display: grid; grid-template-columns: minmax(18rem, 2fr) 3fr; gap: 1rem; align-items: start; }
@media (max-width: 900px) { .file-body { grid-template-columns: 1fr; } }
nav.findings { position: sticky; top: 0; max-height: 100vh; overflow: auto; padding-top: 0.5rem; }
nav.findings ol { list-style: none; margin: 0; padding: 0; }
li.finding { border-left: 4px solid var(--line); margin: 0 0 0.4rem; }
li.finding.sev-error { border-left-color: var(--error); }
li.finding.sev-warning { border-left-color: var(--warning); }
li.finding.sev-info { border-left-color: var(--info); }
li.finding.current { background: #fff8e1; }
li.finding a { display: block; padding: 0.2rem 0.5rem; color: inherit; text-decoration: none; }
li.finding a:hover, li.finding a:focus { background: #f0f4ff; }
li.finding .pos, li.finding .rule, li.finding .place, li.finding .excerpt { color: var(--muted); font-size: 0.85em; }
li.finding .sev { font-weight: 600; }
li.finding .msg { display: block; }
code, .rule { font-family: ui-monospace, "DejaVu Sans Mono", monospace; }
.doc { font-size: 14px; border-left: 1px solid var(--line); padding-top: 0.5rem; }
.doc .line { display: flex; white-space: pre-wrap; overflow-wrap: anywhere; tab-size: 4; }
.doc .ln { flex: none; width: 3.5em; padding-right: 0.75em; text-align: right; color: #999; user-select: none; }
.doc .lt { flex: 1; min-width: 0; }
mark.hl { color: inherit; border-radius: 2px; cursor: help; }
mark.hl.sev-error { background: var(--error-bg); box-shadow: inset 0 -2px 0 var(--error); }
mark.hl.sev-warning { background: var(--warning-bg); box-shadow: inset 0 -2px 0 var(--warning); }
mark.hl.sev-info { background: var(--info-bg); box-shadow: inset 0 -2px 0 var(--info); }
mark.hl.off { background: none; box-shadow: none; cursor: auto; }
mark.hl.current { outline: 2px solid #111; }
.anchor { scroll-margin: 40vh; }
.anchor.point::before { content: "▲"; font-size: 0.7em; vertical-align: sub; }
.anchor.point.sev-error { color: var(--error); }
.anchor.point.sev-warning { color: var(--warning); }
.anchor.point.sev-info { color: var(--info); }
.anchor.point.off { display: none; }
.fatal { color: var(--error); }
@media print { nav.findings { position: static; max-height: none; } .filter-actions { display: none; } }
`;
