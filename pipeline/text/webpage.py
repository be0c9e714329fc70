"""Keep the article of a web page saved as text; drop the site's chrome.

The page is read as paragraphs (one per line). A paragraph is *content* when it
is prose (enough words, a sentence end, not a bullet) in the page's main
language and carries none of the chrome cues of ``models/webpage.json``. The
article runs from the first to the last content paragraph; the short lines
just before it give the headline and the date, a ``Bron:`` line after it the
source. Everything outside, and chrome inside, is dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from pipeline.resources import load_json


@dataclass
class WebPage:
    lines: list[str]  # the kept lines, in order
    title: str = ""
    date_line: str = ""
    site: str = ""
    dropped: int = 0
    notes: list[str] = field(default_factory=list)


def _cfg() -> dict:
    return load_json("webpage.json")


def looks_like_webpage(lines: list[str]) -> bool:
    cfg = _cfg()
    nonblank = [ln for ln in lines if ln.strip()]
    if not nonblank:
        return False
    bullets = sum(1 for ln in nonblank if ln.strip()[:1] in "•·▪◦‣●")
    chrome = sum(1 for ln in nonblank if _is_chrome(ln.strip(), cfg))
    return bullets >= 8 and bullets >= 0.1 * len(nonblank) or chrome >= 6


def _is_chrome(line: str, cfg: dict) -> bool:
    low = line.lower().strip()
    if not low:
        return True
    if low[0] in "•·▪◦‣●":
        return True
    any_cue, chrome_line = _chrome_patterns(tuple(cfg["chrome_substrings"]), tuple(cfg["chrome_lines"]))
    if any_cue.search(low):  # most lines name no cue: then none is counted
        cues = sum(1 for s in cfg["chrome_substrings"] if s in low)
        # Prose may mention privacy once; a cookie banner names several cues.
        if cues >= (2 if _is_prose(line) else 1):
            return True
    return chrome_line.fullmatch(low) is not None


@lru_cache(maxsize=8)
def _chrome_patterns(substrings: tuple[str, ...], lines: tuple[str, ...]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """One search for any of the cue substrings, and one alternation of the chrome lines: it matches the whole
    line exactly when one of them does (re backtracks into every alternative), instead of a lookup in re's cache
    and a match per pattern for every line of every document."""
    return (re.compile("|".join(map(re.escape, substrings)) or "(?!)"),
            re.compile("|".join(f"(?:{p})" for p in lines) or "(?!)"))


def _language(line: str, cfg: dict) -> str:
    words = re.findall(r"[a-zà-ÿ]+", line.lower())
    nl = sum(1 for w in words if w in cfg["dutch_stopwords"])
    en = sum(1 for w in words if w in cfg["english_stopwords"])
    if nl == en:
        return ""
    return "nl" if nl > en else "en"


def _is_prose(line: str) -> bool:
    words = line.split()
    return len(words) >= 12 and bool(re.search(r"[.!?:”\"’]\s*$|[.!?]\s", line))


def extract_article(lines: list[str], is_date) -> WebPage:
    """``is_date(line)`` tells whether a short line is a date (metadata decides that)."""
    cfg = _cfg()
    stripped = [ln.strip() for ln in lines]
    idx = [i for i, ln in enumerate(stripped) if ln]
    prose = [i for i in idx if _is_prose(stripped[i]) and not _is_chrome(stripped[i], cfg)]
    site = stripped[idx[0]] if idx and len(stripped[idx[0]].split()) <= 6 else ""
    if not prose:
        return WebPage(lines=[stripped[i] for i in idx if not _is_chrome(stripped[i], cfg)], site=site)
    langs = [_language(stripped[i], cfg) for i in prose]
    main = max(("nl", "en"), key=langs.count)
    content = [i for i, lang in zip(prose, langs) if lang in (main, "")]
    first, last = content[0], content[-1]
    # Headline and date: short non-chrome lines right before the first paragraph.
    head: list[int] = []
    j = idx.index(first) - 1
    while j >= 0 and len(head) < 4:
        line = stripped[idx[j]]
        if _is_chrome(line, cfg) or len(line.split()) > 25:
            break
        head.insert(0, idx[j])
        j -= 1
    date_line = next((stripped[i] for i in head if is_date(stripped[i])), "")
    titles = [stripped[i] for i in head if not is_date(stripped[i]) and len(stripped[i].split()) >= 3]
    title = titles[-1] if titles else ""
    keep_head = [i for i in head if stripped[i] in (title, date_line)]
    # A source line ("Bron: Rijksoverheid") right after the article belongs to it.
    tail: list[int] = []
    k = idx.index(last) + 1
    while k < len(idx) and k <= idx.index(last) + 2:
        if re.match(cfg["source_line"], stripped[idx[k]], re.I):
            tail.append(idx[k])
            break
        k += 1
    body = [i for i in idx if first <= i <= last and not _is_chrome(stripped[i], cfg)]
    prose_lines, content_lines = set(prose), set(content)  # sets: a long page has thousands of each
    body = [i for i in body if i not in prose_lines or i in content_lines]
    kept = keep_head + body + tail
    return WebPage(lines=[stripped[i] for i in kept], title=title, date_line=date_line, site=site,
                   dropped=len(idx) - len(kept))
