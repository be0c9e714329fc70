"""Review pages: an HTML view of a run for people who check its findings by eye (``extract --review``).

``review/index.html`` lists every document (failed ones with their status and reason), its counts per table
and links; ``review/<doc_id>.html`` shows the document's clean text with every finding highlighted by kind
(its values on hover), its footnotes (with their own findings) and its metadata.

The pages are a projection of the output: they are built from the documents' JSON files
(``documents/<doc_id>.json``) in the run's staging folder, after the tables are written and before the
switch, so they show exactly what the tables hold. Document text is untrusted: every piece of it is escaped
(``html.escape``), and the pages carry no script at all, with a Content-Security-Policy that forbids scripts
and every fetch (they are self-contained: inline CSS only; the kind toggles are CSS checkboxes).

Findings may overlap (a date inside a commitment, a reference inside a motion): the text is cut at every
boundary and the highlights are nested; where two cross, the inner one is closed and reopened after, and the
reopened piece is marked ``cont`` (each finding has one head element, ``data-id``, plus its continuations).
A hand-written template rather than displaCy's span renderer: displaCy needs a tokenized Doc (the JSON has
character offsets, which need not fall on token edges), has no per-span hover text, and renders one block
per token, which makes long documents large and slow.
"""

from __future__ import annotations

import html
import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

KINDS = ("references", "dates", "motions", "commitments", "entities")  # tables whose rows are findings
COUNTED = (*KINDS, "footnotes")
_HIDDEN = {"char_start", "char_end", "sentence", "first_char_start", "in_footnote", "footnote"}  # not in hover
_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; form-action 'none'; base-uri 'none'"
_COLOURS = {"references": "#9fd3ff", "dates": "#ffd36b", "motions": "#c7a6ff", "commitments": "#a6e3a1",
            "entities": "#ffb0c8"}


@dataclass(frozen=True)
class Finding:
    """One highlight: [start, end) in the text it belongs to (start == end: a pin, e.g. a footnote marker)."""

    kind: str
    ident: str  # unique in the page, e.g. "dates-3"
    start: int
    end: int
    title: str  # the values, shown on hover
    href: str = ""  # a pin that links somewhere (a footnote marker)


def write_review(folder: str | Path) -> int:
    """Write ``folder/review/``: one page per ``folder/documents/*.json`` and the index; the number of pages.

    One document is held in memory at a time. A page that cannot be made (a bug here) says so in its place and
    in the index; the run's tables do not depend on it.
    """
    folder = Path(folder)
    out = folder / "review"
    out.mkdir(exist_ok=True)
    summaries = []
    for path in sorted((folder / "documents").glob("*.json")):
        doc = json.loads(path.read_text(encoding="utf-8"))
        summary = _summary(doc)
        try:
            page = document_page(doc)
        except Exception as exc:  # noqa: BLE001 - one page must not cost the run its output
            summary["error"] = f"review page failed: {type(exc).__name__}: {exc}"
            page = _page(summary["doc_id"], f"<p>{_e(summary['error'])}</p>\n")
        (out / f"{summary['doc_id']}.html").write_text(page, encoding="utf-8")
        summaries.append(summary)
    (out / "index.html").write_text(index_page(summaries), encoding="utf-8")
    return len(summaries)


def _summary(doc: dict[str, Any]) -> dict[str, Any]:
    meta = doc.get("metadata") or {}
    return {"doc_id": str(doc["doc_id"]), "status": meta.get("status", ""), "error": meta.get("error", ""),
            "source": meta.get("source", ""), "doc_type": meta.get("doc_type", ""), "date": meta.get("date", ""),
            "title": meta.get("title", ""), "counts": {t: len(doc.get(t) or []) for t in COUNTED}}


def _e(value: Any) -> str:
    return html.escape(_plain(value), quote=True)


def _plain(value: Any) -> str:
    """A value as one line of text: lists joined with '; ', dicts as key=value, None and False-y as ''."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict):
        return ", ".join(f"{k}={_plain(v)}" for k, v in value.items() if v not in (None, "", [], {}))
    if isinstance(value, (list, tuple)):
        return "; ".join(_plain(v) for v in value if v not in (None, ""))
    return str(value)


def _page(title: str, body: str, wide: bool = False) -> str:
    cls = ' class="wide"' if wide else ""
    return ("<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n"
            f"<meta http-equiv=\"Content-Security-Policy\" content=\"{_CSP}\">\n"
            f"<title>{_e(title)}</title>\n<style>{_css()}</style>\n</head>\n<body{cls}>\n"
            f"{body}</body>\n</html>\n")


def _css() -> str:
    rules = ["body{font:15px/1.5 system-ui,sans-serif;margin:1.5em auto;max-width:60em;padding:0 1em}",
             "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:2px 6px;vertical-align:top}",
             ".text,.fn-text{white-space:pre-wrap;font-family:Georgia,serif}",
             "mark.f{background:none;border-bottom:2px solid transparent;padding:1px 0}",
             "mark.f mark.f{padding-bottom:4px}mark.f mark.f mark.f{padding-bottom:7px}",  # nested: layered lines
             "mark.pin::before{content:'\\25C6';font-size:70%;vertical-align:super}",
             "body.wide{max-width:none}",
             ".status-ok{color:#060}.status-bad{color:#a00;font-weight:bold}",
             ".legend label{margin-right:1em;padding:0 4px}"]
    for kind, colour in _COLOURS.items():
        rules.append(f"mark.k-{kind}{{background:{colour}66;border-bottom-color:{colour}}}")
        rules.append(f".legend .k-{kind}{{background:{colour}}}")
        rules.append(f"#show-{kind}:not(:checked)~.doc mark.k-{kind}"
                     "{background:none;border-bottom-color:transparent}")
    return "".join(rules)


def markup(text: str, findings: Iterable[Finding]) -> str:
    """``text`` escaped, with every finding as a ``<mark>`` around its characters (nested where they overlap)."""
    n = len(text)
    spans, pins = [], defaultdict(list)
    for f in findings:
        if not 0 <= f.start <= f.end <= n:
            continue
        (pins[f.start].append(f) if f.start == f.end else spans.append(f))
    starts: dict[int, list[Finding]] = defaultdict(list)
    for f in sorted(spans, key=lambda f: (f.start, -f.end, f.ident)):  # the longer one outside
        starts[f.start].append(f)
    bounds = sorted({0, n, *starts, *(f.end for f in spans), *pins})
    out: list[str] = []
    stack: list[Finding] = []
    for i, p in enumerate(bounds):
        ending = [j for j, f in enumerate(stack) if f.end == p]
        if ending:  # close down to the outermost one ending here; reopen the ones that go on
            cut = ending[0]
            out.append("</mark>" * (len(stack) - cut))
            going_on = [f for f in stack[cut:] if f.end != p]
            del stack[cut:]
            for f in going_on:
                out.append(_open(f, cont=True))
                stack.append(f)
        out.extend(_pin(f) for f in pins.get(p, ()))
        for f in starts.get(p, ()):
            out.append(_open(f))
            stack.append(f)
        if i + 1 < len(bounds):
            out.append(html.escape(text[p:bounds[i + 1]], quote=False))
    return "".join(out)


def _open(f: Finding, cont: bool = False) -> str:
    extra = " cont" if cont else " pin" if f.start == f.end else ""
    return (f'<mark class="f k-{f.kind}{extra}" data-kind="{f.kind}" data-id="{f.ident}" '
            f'title="{html.escape(f.title, quote=True)}">')


def _pin(f: Finding) -> str:
    inner = _open(f) + "</mark>"
    return f'<a href="{html.escape(f.href, quote=True)}">{inner}</a>' if f.href else inner


def _title(kind: str, row: dict[str, Any]) -> str:
    lines = [kind[:-1] if kind.endswith("s") else kind]
    lines += [f"{k}: {_plain(v)}" for k, v in row.items() if k not in _HIDDEN and _plain(v) not in ("", "false")]
    return "\n".join(lines)


def findings(doc: dict[str, Any]) -> tuple[list[Finding], dict[int, list[Finding]]]:
    """The findings of the body text, and those of each footnote (by its place in the list)."""
    text = str(doc.get("text") or "")
    footnotes = doc.get("footnotes") or []
    body: list[Finding] = []
    notes: dict[int, list[Finding]] = defaultdict(list)
    for kind in KINDS:
        for i, row in enumerate(doc.get(kind) or []):
            f = _finding(kind, i, row, text)
            if f is None:
                continue
            if row.get("in_footnote") and kind != "entities":
                note = _footnote_of(row, footnotes)
                if note is not None:
                    notes[note].append(f)
            else:
                body.append(f)
    for i, note in enumerate(footnotes):
        if isinstance(note.get("anchor_char"), int):
            body.append(Finding("footnote", f"fn-ref-{i}", note["anchor_char"], note["anchor_char"],
                                f"footnote {_plain(note.get('number'))}", href=f"#fn-{i}"))
    return body, notes


def _footnote_of(row: dict[str, Any], footnotes: list[dict[str, Any]]) -> int | None:
    """The footnote a finding stands in: the first with its number whose text holds the finding's raw text
    at its offsets (two footnotes may share a number)."""
    start, end, raw = row["char_start"], row["char_end"], row.get("raw")
    for i, note in enumerate(footnotes):
        text = str(note.get("text") or "")
        if str(note.get("number", "")) == str(row.get("footnote", "")) and end <= len(text) and (
                raw is None or text[start:end] == raw):
            return i
    return None


def _finding(kind: str, i: int, row: dict[str, Any], text: str) -> Finding | None:
    """A row as a highlight. An entity row names its first mention's start only: its text is highlighted
    when it stands there, else (a mention written otherwise, an abbreviation) a pin marks the place."""
    ident, title = f"{kind}-{i}", _title(kind, row)
    if kind == "entities":
        start = row.get("first_char_start")
        if not isinstance(start, int):
            return None
        name = str(row.get("text") or "")
        in_text = not row.get("in_footnote") and name and text[start:start + len(name)] == name
        return Finding(kind, ident, start, start + len(name) if in_text else start, title)
    start, end = row.get("char_start"), row.get("char_end")
    if not isinstance(start, int) or not isinstance(end, int):
        return None
    return Finding(kind, ident, start, end, title)


def document_page(doc: dict[str, Any]) -> str:
    """One document's review page."""
    doc_id = str(doc["doc_id"])
    meta = doc.get("metadata") or {}
    body, notes = findings(doc)
    counts = {t: len(doc.get(t) or []) for t in COUNTED}
    parts = [f'<p><a href="index.html">all documents</a> · <a href="../documents/{quote(doc_id)}.json">JSON</a></p>',
             f"<h1>{_e(meta.get('title') or doc_id)}</h1>", _status_line(meta)]
    parts += [f'<input type="checkbox" id="show-{k}" checked hidden>' for k in KINDS]
    parts.append('<p class="legend">' + "".join(
        f'<label for="show-{k}" class="k-{k}" title="show or hide">{k} ({counts[k]})</label>' for k in KINDS) + "</p>")
    parts.append('<div class="doc">')
    parts.append(f'<h2>Text</h2>\n<div class="text" id="text">{markup(str(doc.get("text") or ""), body)}</div>')
    parts.append(_footnotes(doc.get("footnotes") or [], notes))
    parts.append("</div>")
    parts.append(_metadata(meta))
    return _page(f"{doc_id} — review", "\n".join(parts) + "\n")


def _status_line(meta: dict[str, Any]) -> str:
    status = str(meta.get("status", ""))
    cls = "status-ok" if status == "ok" else "status-bad"
    error = f": {_e(meta.get('error'))}" if meta.get("error") else ""
    return f'<p>status <span class="{cls}">{_e(status)}</span>{error} · source {_e(meta.get("source"))}</p>'


def _footnotes(footnotes: list[dict[str, Any]], notes: dict[int, list[Finding]]) -> str:
    if not footnotes:
        return ""
    items = []
    for i, note in enumerate(footnotes):
        number, found = str(note.get("number", "")), notes.get(i, [])
        items.append(f'<li id="fn-{i}"><strong>{_e(number)}</strong> (page {_e(note.get("page_no"))}) '
                     f'<span class="fn-text">{markup(str(note.get("text") or ""), found)}</span></li>')
    return "<h2>Footnotes</h2>\n<ol class=\"footnotes\">\n" + "\n".join(items) + "\n</ol>"


def _metadata(meta: dict[str, Any]) -> str:
    rows = "".join(f"<tr><th>{_e(k)}</th><td>{_e(v)}</td></tr>" for k, v in meta.items())
    return f'<h2>Metadata</h2>\n<table class="metadata">{rows}</table>'


def index_page(summaries: list[dict[str, Any]]) -> str:
    """The list of documents: status (and reason), type, date, title, counts per table, links."""
    head = "".join(f"<th>{t}</th>" for t in ("document", "status", "type", "date", "title", *COUNTED, "JSON"))
    rows = []
    for s in summaries:
        doc_id = s["doc_id"]
        ok = s["status"] == "ok"
        status = f'<span class="{"status-ok" if ok else "status-bad"}">{_e(s["status"])}</span>'
        if s["error"]:
            status += f"<br>{_e(s['error'])}"
        counts = "".join(f"<td>{s['counts'][t]}</td>" for t in COUNTED)
        rows.append(f'<tr class="doc-row" data-status="{_e(s["status"])}">'
                    f'<td><a href="{quote(doc_id)}.html">{_e(doc_id)}</a><br><small>{_e(s["source"])}</small></td>'
                    f"<td>{status}</td><td>{_e(s['doc_type'])}</td><td>{_e(s['date'])}</td><td>{_e(s['title'])}</td>"
                    f'{counts}<td><a href="../documents/{quote(doc_id)}.json">json</a></td></tr>')
    failed = sum(s["status"] != "ok" for s in summaries)
    body = (f"<h1>Review: {len(summaries)} documents, {failed} failed</h1>\n"
            f'<table class="index"><thead><tr>{head}</tr></thead><tbody>\n' + "\n".join(rows) + "\n</tbody></table>\n")
    return _page("Review", body, wide=True)
