"""``python -m pipeline check [INPUT...] [--expected DIR] [--update]``: a regression check on reference documents.

Extracts the inputs (``raw/`` by default) as ``extract`` does, into a temporary folder, and compares every
table and every document's JSON with the expected output kept in the repository (``tests/reference/`` by
default; see pipeline.compare). Exit status: 0 the same, 1 any difference (a row, a column, a document's JSON,
or the spaCy model), 2 bad arguments (no expected output yet: make it with ``--update``), 3 the extraction
itself failed. ``--update`` reports the differences and then makes the new output the expected one (exit 0).

The expected output records the spaCy model it was made with, and the check runs that model again when it is
installed (``blank:nl`` always is), so a clone with another model installed checks the same thing; where the
model is missing the check runs the default one and says so above the differences.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from pipeline.compare import compare, model_of, report
from pipeline.model_choice import BLANK

DEFAULT_INPUTS = ("raw",)
DEFAULT_EXPECTED = "tests/reference"

Extract = Callable[[list[str]], int]  # runs ``python -m pipeline extract`` with these arguments


def check(inputs: list[str], expected: str, extract: Extract, update: bool = False, show: int = 10,
          model: str | None = None, no_cache: bool = False) -> int:
    from pipeline.tables import OutputError, check_output

    exp = Path(expected)
    if not update and not (exp / "datapackage.json").is_file():
        print(f"error: no expected output in {expected}: make it with "
              f"'python -m pipeline check {' '.join(inputs)} --expected {expected} --update'", file=sys.stderr)
        return 2
    if show < 0:
        print("error: --show wants a number of at least 0", file=sys.stderr)
        return 2
    try:
        check_output(exp)  # --update replaces the folder: it must hold nothing but an output
    except OutputError as exc:
        print(f"error: expected {exc}", file=sys.stderr)
        return 2
    run_model, note = _model_to_run(model_of(exp), model)
    if note:
        print(note, file=sys.stderr)
    with tempfile.TemporaryDirectory(prefix="pipeline-check-") as tmp:
        actual = Path(tmp) / "actual"
        argv = ["extract", *inputs, "-o", str(actual), "-q"] + (["--model", run_model] if run_model else []) + \
            (["--no-cache"] if no_cache else [])
        status = extract(argv)
        if status not in (0, 1):  # 1: some documents failed; their status rows are output to compare too
            print(f"error: the extraction of {' '.join(inputs)} failed (exit {status}); nothing compared",
                  file=sys.stderr)
            return status
        if not exp.is_dir():
            _accept(actual, exp)
            print(f"check: no expected output yet; wrote {expected} from {' '.join(inputs)}")
            return 0
        comparison = compare(exp, actual)
        print(f"check: {' '.join(inputs)} against {expected}")
        print(report(comparison, show))
        if comparison.differences and update:
            _accept(actual, exp)
            print(f"\nUPDATED: {expected} now holds this run's output ({comparison.differences} differences "
                  "accepted); commit it")
            return 0
    if comparison.differences:
        print(f"\nFAILED: {comparison.differences} difference{'s' if comparison.differences != 1 else ''} "
              f"from {expected}; if they are intended, accept them with "
              f"'python -m pipeline check{''.join(' ' + i for i in inputs)} --expected {expected} --update'")
        return 1
    print(f"\nOK: the same as {expected}")
    return 0


def _model_to_run(expected_model: str, requested: str | None) -> tuple[str | None, str | None]:
    """The --model for the extraction (None: the default choice) and a note when the recorded one is missing."""
    if requested or not expected_model:
        return requested, None
    if expected_model == BLANK:
        return BLANK, None
    package = expected_model.split()[0]
    try:
        installed = importlib.util.find_spec(package) is not None
    except (ImportError, ValueError):
        installed = False
    if installed:
        return package, None
    return None, (f"note: the expected output was made with spaCy model {expected_model}, which is not installed "
                  "here; running the default model")


def _accept(actual: Path, expected: Path) -> None:
    """Make ``actual`` the expected output: copied next to it, then swapped in by renames."""
    expected.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{expected.name}.new-", dir=expected.parent))
    shutil.copytree(actual, staging, dirs_exist_ok=True)
    staging.chmod(0o755)  # mkdtemp makes it private
    old = expected.with_name(f".{expected.name}.old-{os.getpid()}")
    if expected.exists():
        os.replace(expected, old)
    os.replace(staging, expected)
    shutil.rmtree(old, ignore_errors=True)
