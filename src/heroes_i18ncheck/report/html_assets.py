"""The HTML report's fixed assets: its style sheet, its one script, and the policy that admits only them.

Both are constants, never built from report data, so no text from an edition
can reach a ``<style>`` or ``<script>`` element; the script reads what it needs
from escaped ``data-*`` attributes. The Content-Security-Policy allows that one
script by its SHA-256 hash, inline styles, and ``data:`` images — nothing else.
"""

from __future__ import annotations

import base64
import hashlib

STYLE = """
:root { color-scheme: light; --error: #b3261e; --warning: #8a5a00; --info: #1f5fa8;
  --error-bg: #fde7e5; --warning-bg: #fff1cc; --info-bg: #e3eefb; --line: #d6d9de; --muted: #5c6470; }
* { box-sizing: border-box; }
[hidden] { display: none !important; }
body { margin: 0 auto; max-width: 96rem; padding: 1rem 1.5rem 4rem; font: 15px/1.45 system-ui, -apple-system,
  "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif; color: #1b1f24; background: #fff; }
h1 { font-size: 1.5rem; margin: .2rem 0 .6rem; }
h2 { font-size: 1.2rem; margin: 0; display: inline; }
h3 { font-size: 1rem; margin: 1.2rem 0 .4rem; }
code, .value { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: .92em; }
table { border-collapse: collapse; margin: .3rem 0 .8rem; }
th, td { border: 1px solid var(--line); padding: .25rem .55rem; text-align: left; vertical-align: top; }
th { background: #f3f4f6; font-weight: 600; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.scroll { overflow-x: auto; }
.status { font-size: 1.1rem; padding: .6rem .9rem; border-radius: .4rem; margin: .6rem 0 1rem; }
.status.clean { background: #e4f5e8; border: 1px solid #7cc08e; }
.status.dirty { background: var(--error-bg); border: 1px solid #e6a39d; }
.status.blocked { background: var(--warning-bg); border: 1px solid #e0bf6c; }
.muted, .loc, .norm { color: var(--muted); }
.sev { display: inline-block; min-width: 4.2rem; font-weight: 600; text-transform: uppercase; font-size: .75rem;
  letter-spacing: .04em; padding: 0 .3rem; border-radius: .2rem; text-align: center; }
.sev-error .sev, .sev.sev-error { background: var(--error); color: #fff; }
.sev-warning .sev, .sev.sev-warning { background: var(--warning); color: #fff; }
.sev-info .sev, .sev.sev-info { background: var(--info); color: #fff; }
#filters { position: sticky; top: 0; z-index: 2; background: #fbfbfc; border: 1px solid var(--line);
  border-radius: .4rem; padding: .4rem .7rem; margin: 1rem 0; display: flex; flex-wrap: wrap; gap: .3rem 1.2rem; }
#filters fieldset { border: 0; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: .1rem .7rem; }
#filters legend { float: left; font-weight: 600; margin-right: .5rem; }
#filters label { white-space: nowrap; }
#shown-count { margin-left: auto; color: var(--muted); }
section.edition { margin: 1.4rem 0; border-top: 2px solid #9aa3ad; padding-top: .4rem; }
section.edition > details > summary { cursor: pointer; padding: .3rem 0; }
.pairs { border: 1px solid var(--line); border-radius: .3rem; }
.pair { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr) minmax(14rem, .62fr);
  border-top: 1px solid var(--line); }
.pair:first-child { border-top: 0; }
.pair.head { background: #f3f4f6; font-weight: 600; position: sticky; top: 0; }
.pair > div { padding: .35rem .6rem; min-width: 0; overflow-wrap: anywhere; }
.pair > .tr { border-left: 1px dashed var(--line); }
.pair > .notes { border-left: 1px solid var(--line); background: #fafafa; }
.pair.has-finding { background: #fffaf0; box-shadow: inset 4px 0 0 var(--warning); }
.pair.has-finding.sev-error { box-shadow: inset 4px 0 0 var(--error); }
.pair.has-finding.sev-info { box-shadow: inset 4px 0 0 var(--info); }
.pair.quiet { background: inherit; box-shadow: none; }
.pair.low-confidence > .tr, .pair.low-confidence > .ref { background-image: repeating-linear-gradient(135deg,
  transparent 0 10px, rgba(140, 90, 0, .07) 10px 20px); }
.block + .block { margin-top: .4rem; padding-top: .4rem; border-top: 1px dotted var(--line); }
.block.heading .text { font-weight: 650; }
.loc { font-size: .75rem; margin-right: .4rem; white-space: nowrap; }
.gap { color: var(--muted); font-style: italic; border: 1px dashed #b9bec6; border-radius: .3rem;
  padding: .3rem .5rem; background: repeating-linear-gradient(45deg, #fff 0 6px, #f4f5f7 6px 12px); }
.badge { display: inline-block; font-size: .72rem; border: 1px solid currentColor; border-radius: .6rem;
  padding: 0 .4rem; margin: 0 .3rem .2rem 0; color: var(--warning); }
mark { padding: 0 .1em; border-radius: .15em; background: var(--warning-bg); outline: 2px solid var(--warning); }
mark.sev-error { background: var(--error-bg); outline-color: var(--error); }
mark.sev-info { background: var(--info-bg); outline-color: var(--info); }
.pair.quiet mark { background: transparent; outline: 1px dotted var(--muted); }
article.finding { border-left: 4px solid var(--warning); padding: .15rem .5rem; margin: .2rem 0 .5rem;
  background: #fff; border-radius: .2rem; scroll-margin-top: 6rem; }
article.finding.sev-error { border-left-color: var(--error); }
article.finding.sev-info { border-left-color: var(--info); }
article.finding:focus { outline: 3px solid #1f5fa8; outline-offset: 2px; }
article.finding p { margin: .2rem 0; }
article.finding dl { display: grid; grid-template-columns: auto 1fr; gap: 0 .5rem; margin: .2rem 0; font-size: .9rem; }
article.finding dt { font-weight: 600; }
article.finding dd { margin: 0; overflow-wrap: anywhere; }
figure.crop { margin: .45rem 0 .2rem; }
figure.crop .frame { position: relative; display: inline-block; max-width: 100%; border: 1px solid var(--line);
  line-height: 0; }
figure.crop img { max-width: 100%; height: auto; display: block; }
figure.crop .box { position: absolute; border: 2px solid var(--error); background: rgba(179, 38, 30, .12);
  border-radius: 2px; }
figure.crop .box.block-box { border-style: dashed; border-color: var(--warning); background: transparent; }
figure.crop figcaption { font-size: .75rem; color: var(--muted); line-height: 1.3; }
.errors li { color: var(--error); }
.keys { color: var(--muted); font-size: .85rem; }
@media (max-width: 60rem) { .pair { grid-template-columns: 1fr; } .pair > .tr, .pair > .notes { border-left: 0; }
  .pair.head { display: none; } }
@media print { #filters { display: none; } section.edition > details { display: block; } }
"""

SCRIPT = """
(function () {
  "use strict";
  var filters = document.getElementById("filters");
  if (!filters) { return; }
  var findings = Array.prototype.slice.call(document.querySelectorAll("article.finding"));
  var pairs = Array.prototype.slice.call(document.querySelectorAll(".pair[data-findings]"));
  var editions = Array.prototype.slice.call(document.querySelectorAll("section.edition"));
  var only = document.getElementById("only-findings");
  var count = document.getElementById("shown-count");
  function wanted(name) {
    var on = {};
    filters.querySelectorAll("input[name='" + name + "']").forEach(function (box) { on[box.value] = box.checked; });
    return on;
  }
  function visible(f) { return !f.hidden && !f.closest("[hidden]"); }
  function apply() {
    var severity = wanted("severity"), rule = wanted("rule"), edition = wanted("edition");
    editions.forEach(function (s) { s.hidden = edition[s.dataset.edition] === false; });
    findings.forEach(function (f) {
      var d = f.dataset;
      f.hidden = severity[d.severity] === false || rule[d.rule] === false || edition[d.edition] === false;
    });
    pairs.forEach(function (row) {
      var ids = row.dataset.findings.split(" ").filter(Boolean);
      var live = ids.some(function (id) { var f = document.getElementById(id); return f && !f.hidden; });
      row.classList.toggle("quiet", ids.length > 0 && !live);
      row.hidden = only.checked && !live;
    });
    count.textContent = findings.filter(visible).length + " of " + findings.length + " findings shown";
  }
  function step(by) {
    var list = findings.filter(visible);
    if (!list.length) { return; }
    var here = document.activeElement && document.activeElement.closest
      ? list.indexOf(document.activeElement.closest("article.finding")) : -1;
    var next = here < 0 ? (by > 0 ? 0 : list.length - 1) : Math.min(list.length - 1, Math.max(0, here + by));
    var target = list[next];
    for (var d = target.closest("details"); d; d = d.parentElement.closest("details")) { d.open = true; }
    target.focus({ preventScroll: true });
    target.scrollIntoView({ block: "center" });
  }
  filters.addEventListener("change", apply);
  document.addEventListener("keydown", function (e) {
    if (e.altKey || e.ctrlKey || e.metaKey || e.defaultPrevented) { return; }
    var by = e.key === "j" || e.key === "n" ? 1 : e.key === "k" || e.key === "p" ? -1 : 0;
    if (!by) { return; }
    e.preventDefault();
    step(by);
  });
  filters.hidden = false;
  apply();
})();
"""


def script_hash(script: str) -> str:
    """The CSP source expression that allows exactly ``script``: ``'sha256-<base64 digest>'``."""
    digest = hashlib.sha256(script.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


CONTENT_SECURITY_POLICY = (
    "default-src 'none'; img-src data:; style-src 'unsafe-inline'; "
    f"script-src {script_hash(SCRIPT)}; base-uri 'none'; form-action 'none'"
)
