"""Normalization: from each kind of candidate (a pattern name of :mod:`.grammar`) to the function that gives
its value, ISO 8601 or TIMEX3, against the anchor. Calendar dates, months and years live in :mod:`.explicit`,
parts of a year or month in :mod:`.parts`, the periods of the parliamentary year in :mod:`.periods`, expressions
relative to the anchor's year in :mod:`.relative`, the day words of speech in :mod:`.spoken`.
"""

from __future__ import annotations

from pipeline.extract.dates.explicit import EXPLICIT
from pipeline.extract.dates.fields import Normalizer
from pipeline.extract.dates.parts import PARTS
from pipeline.extract.dates.periods import PERIODS
from pipeline.extract.dates.relative import RELATIVE
from pipeline.extract.dates.spoken import SPOKEN

NORMALIZERS: dict[str, Normalizer] = {**EXPLICIT, **PARTS, **PERIODS, **RELATIVE, **SPOKEN}
