"""Write the contract's tables: CSVs, one JSON per document, datapackage.json; atomically.

A run writes into a new hidden folder next to the output folder
(``.extracted.new-…``) and switches it in with one atomic rename: on Linux the
two folders are exchanged (``renameat2(RENAME_EXCHANGE)``), so the output path
names a whole run at every moment; elsewhere the old folder is renamed aside
first, and the next run puts it back if a kill fell between the two renames.
The previous run stays in place until the switch and is deleted after it. A
lock file next to the output folder (``.extracted.lock``) keeps two runs from
writing the same folder; leftovers of a killed run are removed by the next one.

Rows go to disk as documents finish: each document's output is rendered once (a CSV chunk per table, its
JSON), appended to a part file per table, and the tables are assembled at the end in doc_id order from those
parts, so memory does not grow with the number of documents. The files are byte for byte what sorting all
rows at once would give.

Text is written as valid UTF-8 (lone surrogates become U+FFFD). In the CSVs
only, text cells that a spreadsheet would take for a formula get a leading
single quote (OWASP CSV injection); the JSON keeps every value as it is.
"""

from __future__ import annotations

import ctypes
import json
import os
import re
import secrets
import shutil
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pipeline import __version__, folder_readme
from pipeline.schema import CONTRACT_ORDER, TABLES, columns, table_schema

if TYPE_CHECKING:  # pandas is imported where rows are rendered: a re-run from the cache never needs it
    import pandas as pd

try:
    import fcntl
except ImportError:  # pragma: no cover - not on POSIX
    fcntl = None  # type: ignore[assignment]

TYPED = frozenset({"integer", "boolean", "number"})  # column types written as they are: never a formula
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"[+-]?\d+(?:[.,]\d+)*")
OUTPUT_NAMES = frozenset({f"{t}.{ext}" for t in CONTRACT_ORDER for ext in ("csv", "parquet")}
                         | {"documents", "datapackage.json", "README.md", "review"})
ORDER_COLUMNS = ("doc_id", "char_start", "first_char_start", "anchor_char")  # rows are sorted by these
_LEGACY_LEFTOVERS = (".staging-", ".old-documents-")  # what older versions left inside the output folder


class OutputError(Exception):
    """The output folder cannot be written (a file, someone else's folder, locked by another run)."""


def valid_text(s: str) -> str:
    """``s`` encodable as UTF-8: surrogate pairs joined, lone surrogates replaced by U+FFFD."""
    if s.isascii():
        return s
    try:
        s.encode("utf-8")
        return s
    except UnicodeEncodeError:
        return s.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")


def neutralise(value: Any) -> Any:
    """A text cell a spreadsheet would run as a formula, prefixed with a single quote; plain numbers stay."""
    if isinstance(value, str) and value.startswith(_FORMULA_START) and not _PLAIN_NUMBER.fullmatch(value):
        return "'" + value
    return value


def restore(value: str) -> str:
    """A text cell as extracted: without the quote :func:`neutralise` put before a formula."""
    if value.startswith("'") and value[1:].startswith(_FORMULA_START) and not _PLAIN_NUMBER.fullmatch(value[1:]):
        return value[1:]
    return value


def cell(value: Any) -> Any:
    """Lists joined with '; ', None as empty, booleans as true/false, text as valid UTF-8."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, tuple)):
        return valid_text("; ".join(str(v) for v in value if v not in (None, "")))
    if isinstance(value, str):
        return valid_text(value)
    return value


def frame(table: str, rows: Iterable[dict[str, Any]]) -> pd.DataFrame:
    """Rows as a frame with exactly the table's columns, ordered by doc_id then offset."""
    import pandas as pd

    cols = columns(table)
    df = pd.DataFrame([{c: cell(r.get(c)) for c in cols} for r in rows], columns=cols)
    for f in TABLES[table]:
        if f.type == "integer":
            df[f.name] = pd.to_numeric(df[f.name], errors="coerce").astype("Int64")
    order = [c for c in ORDER_COLUMNS if c in cols]
    if len(df) and order:
        df = df.sort_values(order, kind="mergesort", na_position="first").reset_index(drop=True)
    return df


def for_spreadsheets(table: str, df: pd.DataFrame) -> pd.DataFrame:
    """The frame as written to CSV: text columns neutralised against formulas; typed columns untouched."""
    df = df.copy()
    for f in TABLES[table]:
        if f.type not in TYPED and f.name in df:
            df[f.name] = df[f.name].map(neutralise)
    return df


def check_output(out_dir: str | Path) -> Path:
    """The folder a run may replace (a symlink's target), or OutputError saying why not.

    It may be missing, empty or hold a previous run; a file, or a folder with
    files this pipeline did not write, is refused, so a run never deletes them.
    """
    out = Path(os.path.realpath(out_dir))
    if out.exists() and not out.is_dir():
        raise OutputError(f"output {out_dir} is a file, not a folder")
    if out == Path(out.anchor) or Path.cwd().resolve().is_relative_to(out):
        raise OutputError(f"output {out_dir} is the current folder or one above it; name a folder of its own")
    if out.is_dir():
        ours = OUTPUT_NAMES | _listed_in_datapackage(out)
        foreign = sorted(p.name for p in out.iterdir()
                         if p.name not in ours and p.name != ".DS_Store" and not p.name.startswith(_LEGACY_LEFTOVERS))
        if foreign:
            raise OutputError(f"output folder {out_dir} holds files this pipeline did not write "
                              f"({', '.join(foreign[:3])}{', ...' if len(foreign) > 3 else ''}); "
                              "a run replaces the whole folder, so name another one or move them")
    for parent in out.parents:
        if parent.exists():
            if not parent.is_dir():
                raise OutputError(f"output {out_dir}: {parent} is a file, not a folder")
            if not os.access(parent, os.W_OK | os.X_OK) and parent == out.parent:
                raise OutputError(f"output {out_dir}: cannot write in {parent}")
            break
    return out


def _listed_in_datapackage(out: Path) -> set[str]:
    """The tables an earlier run (perhaps of another version) says it wrote."""
    try:
        package = json.loads((out / "datapackage.json").read_text(encoding="utf-8"))
        return {str(r["path"]) for r in package["resources"] if "/" not in str(r["path"])}
    except (OSError, ValueError, KeyError, TypeError):
        return set()


def _exchange(a: Path, b: Path) -> bool:
    """Swap two paths in one atomic step (Linux renameat2 RENAME_EXCHANGE); False where unsupported."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    at_fdcwd, rename_exchange = -100, 2
    if renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange) == 0:
        return True
    err = ctypes.get_errno()
    if err in (22, 38, 95):  # EINVAL, ENOSYS, EOPNOTSUPP: the file system cannot; fall back
        return False
    raise OSError(err, os.strerror(err), str(b))


@dataclass(frozen=True)
class Rendered:
    """One document's output as it will stand in the files: per table its CSV lines (no header) and row count,
    and its JSON. Made where the document was extracted (a worker), so the writer only appends bytes."""

    doc_id: str
    csv: dict[str, tuple[str, int]]
    json: bytes


def render(tables: dict[str, list[dict[str, Any]]], document_json: dict[str, Any]) -> Rendered:
    """A document's rows and JSON in their written form (rows of one document stay together in every table, and
    within it in the order ``frame`` gives them)."""
    from pipeline.csv_lines import csv_lines  # without pandas where the rows allow it (nearly always)

    csv = {}
    for table in CONTRACT_ORDER:
        rows = tables.get(table) or []
        if rows:
            lines = csv_lines(table, rows)
            if lines is None:
                df = for_spreadsheets(table, frame(table, rows))
                lines = df.to_csv(header=False, index=False, lineterminator="\n", encoding="utf-8")
            csv[table] = (lines, len(rows))
    text = json.dumps(document_json, ensure_ascii=False, indent=1, sort_keys=False) + "\n"
    return Rendered(str(document_json["doc_id"]), csv, valid_text(text).encode("utf-8"))


class OutputWriter:
    """Collects a run's outputs in a new folder next to ``out_dir``, then switches it in with one rename.

    Each document's rendered rows are appended to a part file per table as they come; ``commit`` writes the
    tables from the parts in doc_id order (an index of offsets is all that is held per document). ``extras``
    write further outputs from the finished tables (``pipeline.review``): each is called with the staging folder
    before the switch, so they are switched in (or left out) with the run.
    """

    def __init__(self, out_dir: str | Path, parquet: bool = False,
                 extras: Iterable[Callable[[Path], Any]] = ()) -> None:
        self._extras = tuple(extras)
        self.out_dir = check_output(out_dir)
        self.parquet = parquet  # also <table>.parquet beside each CSV (pipeline.parquet)
        parent, name = self.out_dir.parent, self.out_dir.name
        try:
            parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise OutputError(f"cannot create {parent}: {exc.strerror or exc}") from None
        self._lock = _lock(parent / f".{name}.lock", out_dir)
        try:
            recover(self.out_dir)
            self.staging = parent / f".{name}.new-{os.getpid()}-{secrets.token_hex(4)}"
            self.staging.mkdir()
            (self.staging / "documents").mkdir()
            (self.staging / ".parts").mkdir()
        except BaseException:
            self._release()
            raise
        self._parts = {t: open(self.staging / ".parts" / f"{t}.csv", "w+b") for t in CONTRACT_ORDER}  # noqa: SIM115
        self._index: dict[str, dict[str, tuple[int, int]]] = {t: {} for t in CONTRACT_ORDER}
        self._counts = dict.fromkeys(CONTRACT_ORDER, 0)

    def add(self, tables: dict[str, list[dict[str, Any]]], document_json: dict[str, Any]) -> None:
        self.add_rendered(render(tables, document_json))

    def add_rendered(self, out: Rendered) -> None:
        for table, (text, n) in out.csv.items():
            part = self._parts[table]
            data = text.encode("utf-8")
            self._index[table][out.doc_id] = (part.tell(), len(data))
            part.write(data)
            self._counts[table] += n
        (self.staging / "documents" / f"{out.doc_id}.json").write_bytes(out.json)

    def _assemble(self, table: str) -> None:
        """The table's CSV: the header, then each document's lines in doc_id order, copied from its part."""
        part, index = self._parts[table], self._index[table]
        part.flush()
        with open(self.staging / f"{table}.csv", "wb") as fh:
            fh.write((",".join(columns(table)) + "\n").encode("utf-8"))
            for doc_id in sorted(index):
                offset, size = index[doc_id]
                part.seek(offset)
                fh.write(part.read(size))
        part.close()

    def commit(self, model: str) -> dict[str, int]:
        for table in CONTRACT_ORDER:
            self._assemble(table)
        shutil.rmtree(self.staging / ".parts")
        if self.parquet:
            from pipeline.parquet import write_parquet

            write_parquet(self.staging)
        (self.staging / "datapackage.json").write_text(
            json.dumps(datapackage(model), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        (self.staging / "README.md").write_text(folder_readme.TEXT, encoding="utf-8")
        for extra in self._extras:
            extra(self.staging)
        try:
            self._switch()
        finally:
            self._release()
        return dict(self._counts)

    def _switch(self) -> None:
        """The new run in place of the old one in one rename; then the old one deleted."""
        out = self.out_dir
        if not os.path.lexists(out):
            os.rename(self.staging, out)
            return
        if _exchange(self.staging, out):
            old = self.staging  # the previous run now has the new folder's name
        else:
            old = out.parent / f".{out.name}.old-{os.getpid()}-{secrets.token_hex(4)}"
            os.rename(out, old)
            os.rename(self.staging, out)  # a kill just before this: the next run puts `old` back
        shutil.rmtree(old, ignore_errors=True)

    def abort(self) -> None:
        for part in self._parts.values():
            part.close()
        shutil.rmtree(self.staging, ignore_errors=True)
        self._release()

    def private_fds(self) -> tuple[int, ...]:
        """The writer's open files a child process must close (the lock: a forked worker that kept it would
        hold the output locked after this run was killed)."""
        return (self._lock,) if self._lock is not None else ()

    def _release(self) -> None:
        if self._lock is not None:
            os.close(self._lock)
            self._lock = None


def _lock(path: Path, shown: str | Path) -> int | None:
    """An exclusive lock on the output (released when the process ends, however it ends)."""
    if fcntl is None:  # pragma: no cover
        return None
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o666)
    except OSError as exc:
        raise OutputError(f"cannot write next to {shown}: {exc.strerror or exc}") from None
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        os.close(fd)
        raise OutputError(f"another run is writing to {shown}") from None
    return fd


def recover(out: Path) -> None:
    """Clean up after a killed run (called under the lock, so nothing found is in use).

    A run killed between the two renames of the fallback switch left no output
    folder, but the previous run aside: that is put back. Half-written new runs
    and previous runs not yet deleted are removed.
    """
    parent, name = out.parent, out.name
    aside = sorted(parent.glob(f".{glob_escape(name)}.old-*"), key=lambda p: p.stat().st_mtime)
    if aside and not os.path.lexists(out):
        os.rename(aside.pop(), out)
    for left in [*aside, *parent.glob(f".{glob_escape(name)}.new-*")]:
        shutil.rmtree(left, ignore_errors=True)
    if out.is_dir():
        for left in out.iterdir():
            if left.name.startswith(_LEGACY_LEFTOVERS):
                shutil.rmtree(left, ignore_errors=True)


def glob_escape(name: str) -> str:
    return re.sub(r"([*?\[])", r"[\1]", name)


def datapackage(model: str) -> dict[str, Any]:
    resources = []
    for table in CONTRACT_ORDER:
        resources.append({
            "name": table,
            "path": f"{table}.csv",
            "profile": "tabular-data-resource",
            "format": "csv",
            "mediatype": "text/csv",
            "encoding": "utf-8",
            "schema": table_schema(table),
        })
    return {
        "profile": "tabular-data-package",
        "name": "kamerstukken-extract",
        "title": "Tables extracted from Dutch government documents for parliament",
        "pipeline": {"name": "kamerstukken-pipeline", "version": __version__},
        "spacy_model": model,
        "resources": resources,
    }
