/**
 * The HTML report's script, inlined into the page. It reads everything it needs from the
 * page's own data attributes:
 * - `li.finding[data-finding][data-rule][data-severity]`: the findings list;
 * - `[data-findings]` (space-separated ids): the highlights in the text;
 * - `input[data-rule-filter]`: one checkbox per rule.
 * Unticking a rule hides its findings in the list and takes the colour off its highlights; a
 * click on a finding scrolls its highlight into view and outlines it. Without the script the
 * links still jump to the anchors.
 */
export const PAGE_SCRIPT = `
(function () {
  'use strict';
  var RANK = { info: 1, warning: 2, error: 3 };
  var findings = new Map();
  document.querySelectorAll('li.finding').forEach(function (item) {
    findings.set(item.dataset.finding, { rule: item.dataset.rule, severity: item.dataset.severity, item: item });
  });
  var boxes = Array.prototype.slice.call(document.querySelectorAll('input[data-rule-filter]'));
  var highlights = Array.prototype.slice.call(document.querySelectorAll('[data-findings]'));

  function activeRules() {
    var active = new Set();
    boxes.forEach(function (box) { if (box.checked) active.add(box.dataset.ruleFilter); });
    return active;
  }

  function applyFilter() {
    var active = activeRules();
    var visible = 0;
    findings.forEach(function (finding) {
      var on = active.has(finding.rule);
      finding.item.hidden = !on;
      if (on) visible += 1;
    });
    highlights.forEach(function (element) {
      var worst = null;
      element.dataset.findings.split(' ').forEach(function (id) {
        var finding = findings.get(id);
        if (finding && active.has(finding.rule) && (!worst || RANK[finding.severity] > RANK[worst])) worst = finding.severity;
      });
      element.classList.remove('sev-error', 'sev-warning', 'sev-info');
      element.classList.toggle('off', !worst);
      if (worst) element.classList.add('sev-' + worst);
    });
    var shown = document.getElementById('shown-count');
    if (shown) shown.textContent = String(visible);
  }

  function highlightsOf(id) {
    return highlights.filter(function (element) { return element.dataset.findings.split(' ').indexOf(id) >= 0; });
  }

  function select(id) {
    document.querySelectorAll('.current').forEach(function (element) { element.classList.remove('current'); });
    var finding = findings.get(id);
    if (finding) finding.item.classList.add('current');
    var marks = highlightsOf(id);
    marks.forEach(function (element) { element.classList.add('current'); });
    return marks[0] || document.getElementById(id);
  }

  function reveal(id) {
    var target = select(id);
    if (!target) return false;
    target.scrollIntoView({ block: 'center', inline: 'nearest' });
    return true;
  }

  boxes.forEach(function (box) { box.addEventListener('change', applyFilter); });
  function setAll(checked) {
    boxes.forEach(function (box) { box.checked = checked; });
    applyFilter();
  }
  var showAll = document.getElementById('show-all');
  var hideAll = document.getElementById('hide-all');
  if (showAll) showAll.addEventListener('click', function () { setAll(true); });
  if (hideAll) hideAll.addEventListener('click', function () { setAll(false); });

  document.addEventListener('click', function (event) {
    var link = event.target.closest && event.target.closest('a.goto');
    if (link) {
      var id = link.getAttribute('href').slice(1);
      if (reveal(id)) {
        event.preventDefault();
        history.replaceState(null, '', '#' + id);
      }
      return;
    }
    var mark = event.target.closest && event.target.closest('[data-findings]');
    if (mark) {
      var first = mark.dataset.findings.split(' ')[0];
      select(first);
      var finding = findings.get(first);
      if (finding) finding.item.scrollIntoView({ block: 'nearest' });
    }
  });

  applyFilter();
  if (location.hash.length > 1) reveal(decodeURIComponent(location.hash.slice(1)));
})();
`;
