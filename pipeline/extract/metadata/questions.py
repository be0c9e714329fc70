"""Answers to written questions (Kamervragen, printed in the Aanhangsel van de Handelingen): who asked, when the
questions were submitted and the answers received, the Aanhangsel number, and the question–answer pairs.

The head of such a print reads::

    Aanhangsel van de Handelingen Vergaderjaar 2023–2024
    Vragen gesteld door de leden der Kamer, met de daarop door de regering gegeven antwoorden
    2271
    Vragen van het lid Westerveld (GroenLinks-PvdA) aan de Staatssecretaris ... (ingezonden 21 juni 2024).
    Antwoord van Staatssecretaris Karremans (...) (ontvangen 12 augustus 2024).
    Vraag 1 ... Antwoord 1 ...

Everything is found in running text as well as on lines of its own, so that a print flattened to one line
reads the same.
"""

from __future__ import annotations

import re

from pipeline.extract.metadata.values import Question
from pipeline.timex import find_date

# 'Vragen van het lid X (Party) aan de ...', 'Vragen van de leden X (P1) en Y (P2) aan ...'
QUESTIONS_BY = re.compile(r"\bVragen van (?:het lid|de leden)\s+(?P<who>[^\n]{2,400}?)\s+aan\s+"
                          r"(?:de|het|mevrouw|de heer)\b(?P<rest>[^\n]{0,600})")
SUBMITTED = re.compile(r"\(\s*ingezonden\s+(?P<d>[^)]{6,30})\)")
RECEIVED = re.compile(r"\(\s*ontvangen\s+(?P<d>[^)]{6,30})\)")
# The number the Aanhangsel prints between its masthead and the questions.
AANHANGSEL_NR = re.compile(r"gegeven antwoorden\s+(?P<nr>\d{1,5})\s+(?:Vragen|Mededeling)\b")
# 'Vraag 1', 'Vraag 3, 4, 5 en 6', 'Antwoord 5 en 6', 'Antwoord op vraag 2': a label at a line or sentence start.
# A list of numbers, also with a comma lost before its last items ('7, 8, 9 10 en 11').
_NUMBERS = (r"(?P<n>\d{1,3}(?:(?:\s*(?:,|en|t/m|tot en met|-|–)\s*|\s+(?=\d{1,3}\s*(?:,|en)\s*\d))\d{1,3})*)")
LABEL = re.compile(r"(?:^|(?<=[.?!:;)»”\"'])\s|(?<=\d)\s(?=Antwoord|Vraag))[ \t]*(?P<kind>Vraag|Antwoord)"
                   rf"(?:\s+op\s+(?:vraag|vragen))?\s+{_NUMBERS}(?=\s|$|[:.])", re.M)
_PARTY_SPLIT = re.compile(r",\s+|\s+en\s+(?![^()]*\))")


def questioners(text: str) -> tuple[str, ...]:
    """The members who asked, 'Name (Party)' as printed."""
    m = QUESTIONS_BY.search(text[:4000])
    if not m:
        return ()
    names, depth, cur = [], 0, ""
    who = " ".join(m.group("who").split())
    for ch in who:  # split on ', ' and ' en ' outside brackets
        depth += {"(": 1, ")": -1}.get(ch, 0)
        cur += ch
        if depth == 0 and (cur.endswith(", ") or cur.endswith(" en ")):
            names.append(cur[: -2 if cur.endswith(", ") else -4])
            cur = ""
    names.append(cur)
    return tuple(n.strip(" ,") for n in names if n.strip(" ,"))


def questions_title(text: str) -> str:
    """'Vragen van het lid ... over ...' without the submission date."""
    m = QUESTIONS_BY.search(text[:4000])
    if not m:
        return ""
    title = " ".join(text[m.start(): m.end()].split())
    cut = re.search(r"\s*\(\s*ingezonden\b|\.\s+(?:Antwoord|Mededeling)\b", title)
    return (title[: cut.start()] if cut else title).rstrip(" .")


def submitted_received(text: str) -> tuple[str, str]:
    """The dates the questions were submitted ('ingezonden') and the answers received ('ontvangen')."""
    head = text[:5000]
    out = []
    for regex in (SUBMITTED, RECEIVED):
        m = regex.search(head)
        found = find_date(m.group("d")) if m else None
        out.append(found[0] if found and found[1] == 0 else "")
    return out[0], out[1]


def aanhangsel_number(text: str) -> str:
    m = AANHANGSEL_NR.search(text[:3000])
    return m.group("nr") if m else ""


def question_pairs(text: str) -> tuple[Question, ...]:
    """Each 'Vraag N' with the text up to the next label, paired with its 'Antwoord N' (which runs to the next
    question). A question without an answer of its own ('Vraag 5', 'Vraag 6', 'Antwoord 5 en 6') takes the
    answer that names its number."""
    labels = list(LABEL.finditer(text))
    asked: list[tuple[str, int, int]] = []
    answers: list[tuple[str, int, int]] = []
    for i, m in enumerate(labels):
        start = m.end()
        while start < len(text) and text[start] in " \t\n:.":
            start += 1
        end = labels[i + 1].start() if i + 1 < len(labels) else len(text)
        while end > start and text[end - 1].isspace():
            end -= 1
        (asked if m.group("kind") == "Vraag" else answers).append((_numbers(m.group("n")), start, end))
    out = []
    for number, q0, q1 in asked:
        a0, a1 = next(((s, e) for n, s, e in answers if _covers(n, number)), (None, None))
        out.append(Question(number=number, question=text[q0:q1], answer=text[a0:a1] if a0 is not None else "",
                            question_start=q0, question_end=q1, answer_start=a0, answer_end=a1))
    return tuple(out)


def _numbers(raw: str) -> str:
    """'3, 4, 5 en 6' -> '3, 4, 5, 6'; '7 t/m 9' -> '7, 8, 9'."""
    raw = " ".join(raw.split())
    m = re.fullmatch(r"(\d+)\s*(?:t/m|tot en met|-|–)\s*(\d+)", raw)
    if m and int(m.group(1)) < int(m.group(2)) <= int(m.group(1)) + 30:
        return ", ".join(str(n) for n in range(int(m.group(1)), int(m.group(2)) + 1))
    return ", ".join(re.findall(r"\d+", raw))


def _covers(answer_numbers: str, question_numbers: str) -> bool:
    """An answer answers a question when it names all of the question's numbers."""
    have = set(answer_numbers.split(", "))
    return set(question_numbers.split(", ")) <= have
