"""The differences between two output folders, table by table and row by row, and a report of them for a CI log.

Rows are matched by their document and what identifies them in it (``KEYS``: the offsets of a finding, the
name of an entity, the number of a footnote), so that a changed cell reads ``changed: column old -> new``
instead of a removed row and an added one. Rows left over on both sides are paired again by their text
(``raw``, ``text``, ``sentence``) within their document, so that a finding whose offsets moved is one changed
row too. Everything a user sees is compared, offsets and sentences included, except ``source`` (how the
input's path was written on the command line) and ``model``, which is compared once for the whole run.
"""

from __future__ import annotations

import csv
import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from pipeline.schema import CONTRACT_ORDER

KEYS: dict[str, tuple[str, ...]] = {
    "documents": ("doc_id",),
    "references": ("doc_id", "in_footnote", "footnote", "char_start", "char_end", "kind"),
    "dates": ("doc_id", "in_footnote", "footnote", "char_start", "char_end"),
    "motions": ("doc_id", "in_footnote", "footnote", "char_start", "char_end", "source"),
    "commitments": ("doc_id", "char_start", "char_end"),
    "entities": ("doc_id", "label", "normalized"),
    "footnotes": ("doc_id", "number"),
}
_TEXT_COLUMNS = ("raw", "text", "sentence", "number")  # pair leftover rows of one document by these
IGNORED = frozenset({"source", "model"})  # documents.csv; metadata.* in the document JSON
JSON_TABLE = "documents/*.json"
_CELL = 70  # characters of a long value shown around its first difference


@dataclass(frozen=True)
class RowDiff:
    kind: str  # added, removed or changed
    doc_id: str
    key: tuple[tuple[str, str], ...]  # the identifying columns besides doc_id, with their values
    changes: tuple[tuple[str, str, str], ...] = ()  # (column, expected, actual) of a changed row


@dataclass(frozen=True)
class TableDiff:
    table: str
    expected_rows: int
    actual_rows: int
    rows: tuple[RowDiff, ...]
    columns_added: tuple[str, ...] = ()
    columns_removed: tuple[str, ...] = ()

    def count(self, kind: str) -> int:
        return sum(1 for r in self.rows if r.kind == kind)

    @property
    def differences(self) -> int:
        return len(self.rows) + len(self.columns_added) + len(self.columns_removed)


@dataclass(frozen=True)
class Comparison:
    expected_model: str
    actual_model: str
    tables: tuple[TableDiff, ...]

    @property
    def model_differs(self) -> bool:
        return self.expected_model != self.actual_model

    @property
    def differences(self) -> int:
        return sum(t.differences for t in self.tables) + int(self.model_differs)


def model_of(folder: Path) -> str:
    """The spaCy model an output folder was made with (datapackage.json), '' when it does not say."""
    try:
        return str(json.loads((folder / "datapackage.json").read_text(encoding="utf-8")).get("spacy_model", ""))
    except (OSError, ValueError):
        return ""


def compare(expected: Path, actual: Path) -> Comparison:
    tables = [_compare_table(t, *_read_csv(expected / f"{t}.csv"), *_read_csv(actual / f"{t}.csv"))
              for t in CONTRACT_ORDER]
    tables.append(_compare_json(expected / "documents", actual / "documents"))
    return Comparison(model_of(expected), model_of(actual), tuple(tables))


def _read_csv(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    if not path.is_file():
        return [], []
    with open(path, encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        return list(reader.fieldnames or []), list(reader)


def _compare_table(table: str, exp_cols: list[str], exp: list[dict[str, str]], act_cols: list[str],
                   act: list[dict[str, str]]) -> TableDiff:
    shared = [c for c in exp_cols if c in act_cols and c not in IGNORED]
    key_cols = tuple(c for c in KEYS.get(table, ("doc_id",)) if c in shared) or ("doc_id",)
    diffs = _match(_keyed(exp, key_cols), _keyed(act, key_cols), shared, key_cols)
    return TableDiff(table, len(exp), len(act), tuple(diffs),
                     columns_added=tuple(c for c in act_cols if c not in exp_cols),
                     columns_removed=tuple(c for c in exp_cols if c not in act_cols))


def _keyed(rows: list[dict[str, str]], key_cols: tuple[str, ...]) -> dict[tuple[str, ...], dict[str, str]]:
    """Rows by their key; a key met again gets its occurrence number (two commitments in one sentence)."""
    out: dict[tuple[str, ...], dict[str, str]] = {}
    seen: dict[tuple[str, ...], int] = defaultdict(int)
    for row in rows:
        key = tuple(row.get(c, "") for c in key_cols)
        seen[key] += 1
        out[key + ((f"#{seen[key]}",) if seen[key] > 1 else ())] = row
    return out


def _match(exp: dict, act: dict, columns: list[str], key_cols: tuple[str, ...]) -> list[RowDiff]:
    diffs: list[RowDiff] = []
    for key in exp.keys() & act.keys():
        changes = _changes(exp[key], act[key], columns)
        if changes:
            diffs.append(_row("changed", exp[key], key_cols, changes))
    removed = [exp[k] for k in exp if k not in act]
    added = [act[k] for k in act if k not in exp]
    by_text: dict[tuple[str, ...], list[dict[str, str]]] = defaultdict(list)
    text_cols = [c for c in _TEXT_COLUMNS if c in columns]
    for row in added:
        by_text[_text_key(row, text_cols)].append(row)
    paired: set[int] = set()
    for row in removed:
        partners = by_text.get(_text_key(row, text_cols)) if text_cols else None
        if partners:
            partner = partners.pop(0)
            paired.add(id(partner))
            diffs.append(_row("changed", row, key_cols, _changes(row, partner, columns)))
        else:
            diffs.append(_row("removed", row, key_cols))
    diffs.extend(_row("added", row, key_cols) for row in added if id(row) not in paired)
    return sorted(diffs, key=_order)


def _text_key(row: dict[str, str], text_cols: list[str]) -> tuple[str, ...]:
    return (row.get("doc_id", ""),) + tuple(row.get(c, "") for c in text_cols)


def _changes(exp: dict[str, str], act: dict[str, str], columns: Iterable[str]) -> tuple[tuple[str, str, str], ...]:
    return tuple((c, exp.get(c, ""), act.get(c, "")) for c in columns if exp.get(c, "") != act.get(c, ""))


def _row(kind: str, row: dict[str, str], key_cols: tuple[str, ...], changes: tuple = ()) -> RowDiff:
    key = tuple((c, row.get(c, "")) for c in key_cols if c != "doc_id" and row.get(c, ""))
    return RowDiff(kind, row.get("doc_id", ""), key, changes)


def _order(diff: RowDiff) -> tuple:
    def offset(value: str) -> tuple[int, str]:
        return (int(value), "") if value.isdigit() else (0, value)

    return diff.doc_id, tuple(offset(v) for _, v in diff.key), diff.kind


def _compare_json(expected: Path, actual: Path) -> TableDiff:
    """Each document's JSON, key by key (the keys of ``metadata`` one by one)."""
    exp = {p.stem: p for p in sorted(expected.glob("*.json"))} if expected.is_dir() else {}
    act = {p.stem: p for p in sorted(actual.glob("*.json"))} if actual.is_dir() else {}
    rows = [RowDiff("removed", d, ()) for d in exp if d not in act]
    rows += [RowDiff("added", d, ()) for d in act if d not in exp]
    for doc_id in sorted(exp.keys() & act.keys()):
        old, new = _flat_json(exp[doc_id]), _flat_json(act[doc_id])
        changes = _changes(old, new, sorted(old.keys() | new.keys()))
        if changes:
            rows.append(RowDiff("changed", doc_id, (), changes))
    return TableDiff(JSON_TABLE, len(exp), len(act), tuple(sorted(rows, key=_order)))


def _flat_json(path: Path) -> dict[str, str]:
    data = json.loads(path.read_text(encoding="utf-8"))
    flat: dict[str, str] = {}
    for key, value in data.items():
        items = value.items() if isinstance(value, dict) else [("", value)]
        for sub, item in items:
            name = f"{key}.{sub}" if sub else key
            if sub not in IGNORED:
                flat[name] = item if isinstance(item, str) else json.dumps(item, ensure_ascii=False, sort_keys=True)
    return flat


def report(comparison: Comparison, show: int = 10) -> str:
    """The comparison for a CI log: the model, the counts per table, then up to ``show`` differences a table."""
    lines = [_model_line(comparison), "",
             f"{'table':<18}{'expected':>9}{'actual':>8}{'added':>7}{'removed':>9}{'changed':>9}"]
    for t in comparison.tables:
        lines.append(f"{t.table:<18}{t.expected_rows:>9}{t.actual_rows:>8}{t.count('added'):>7}"
                     f"{t.count('removed'):>9}{t.count('changed'):>9}")
    for t in comparison.tables:
        if t.differences:
            lines += ["", f"{t.table}: {t.differences} difference{'s' if t.differences != 1 else ''}"]
            lines += [f"  column added: {c}" for c in t.columns_added]
            lines += [f"  column removed: {c}" for c in t.columns_removed]
            lines += [line for row in t.rows[:show] for line in _row_lines(row)]
            if len(t.rows) > show:
                lines.append(f"  ... and {len(t.rows) - show} more (--show N to see more)")
    return "\n".join(lines)


def _model_line(c: Comparison) -> str:
    if not c.model_differs:
        return f"model: {c.actual_model or 'unknown'} (as expected)"
    return (f"MODEL DIFFERS: the expected output was made with {c.expected_model or 'an unknown model'}, this run "
            f"used {c.actual_model or 'an unknown model'}; the differences below may come from the model alone")


def _row_lines(row: RowDiff) -> list[str]:
    where = row.doc_id + (" [" + " ".join(f"{c}={v}" for c, v in row.key) + "]" if row.key else "")
    if row.kind != "changed":
        return [f"  {row.kind}: {where}"]
    return [f"  changed: {where}"] + [f"      {column}: {old} -> {new}" for column, old, new in
                                      (_shown(c, o, n) for c, o, n in row.changes)]


def _shown(column: str, old: str, new: str) -> tuple[str, str, str]:
    """Long values cut to a window around their first difference, quoted so that spaces show."""
    if len(old) <= _CELL and len(new) <= _CELL:
        return column, repr(old), repr(new)
    at = next((i for i, (a, b) in enumerate(zip(old, new)) if a != b), min(len(old), len(new)))
    start = max(0, at - _CELL // 3)

    def cut(value: str) -> str:
        part = value[start:start + _CELL]
        return ("…" if start else "") + repr(part) + ("…" if start + _CELL < len(value) else "")

    return (f"{column} (from character {at})" if at else column), cut(old), cut(new)
