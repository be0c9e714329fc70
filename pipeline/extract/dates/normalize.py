"""Normalization: from each kind of candidate (a pattern name of :mod:`.grammar`) to the function that gives
its value, ISO 8601 or TIMEX3, against the anchor. Calendar dates, months and years live in :mod:`.explicit`,
parts of a year or month in :mod:`.parts`, expressions relative to the anchor in :mod:`.relative`.
"""

from __future__ import annotations

from pipeline.extract.dates.explicit import EXPLICIT
from pipeline.extract.dates.fields import Normalizer
from pipeline.extract.dates.parts import PARTS
from pipeline.extract.dates.relative import RELATIVE

NORMALIZERS: dict[str, Normalizer] = {**EXPLICIT, **PARTS, **RELATIVE}
