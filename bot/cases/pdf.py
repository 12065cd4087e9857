"""Plain-text documents as A4 PDFs in a Thai font (fpdf2, shaped with HarfBuzz).

The font comes from Debian's fonts-thai-tlwg, which the project's setup installs
(scripts/setup-browser.sh): Laksaman is TLWG's libre version of TH Sarabun, the
typeface of Thai official letters. NAMJAI_THAI_FONT may name another TTF file.
Thai has no spaces between words, so lines are broken between the words that
PyThaiNLP finds, never inside a syllable; leading spaces become an indent.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from functools import cache
from pathlib import Path

from fpdf import FPDF
from fpdf.errors import FPDFException

from bot.cases.errors import LetterError, ThaiFontMissing

FONT_ENV = "NAMJAI_THAI_FONT"
TLWG = Path("/usr/share/fonts/truetype/tlwg")
PREFERRED = ("Laksaman.ttf", "Garuda.ttf", "Loma.ttf", "Norasi.ttf", "Waree.ttf")
SIZE = 15  # points (official letters use 16; 15 keeps a letter on one page)
LINE = 7.2  # mm: room for Thai marks above and below
LEFT, RIGHT_MARGIN, TOP, BOTTOM = 30.0, 20.0, 15.0, 12.0  # mm
INDENT_STEP = 2.0  # mm a leading space


def _fc_list() -> list[Path]:
    """TrueType files with Thai glyphs that fontconfig knows, if fc-list is there."""
    fc_list = shutil.which("fc-list")
    if fc_list is None:
        return []
    try:
        out = subprocess.run([fc_list, ":lang=th", "file"], capture_output=True, text=True,
                             timeout=10, check=True).stdout
    except (OSError, subprocess.SubprocessError):
        return []
    files = [Path(line.split(":")[0].strip()) for line in out.splitlines() if line.strip()]
    ttf = [f for f in files if f.suffix.lower() == ".ttf"]
    rank = {name: i for i, name in enumerate(PREFERRED)}
    return sorted(ttf, key=lambda f: (rank.get(f.name, len(rank)), f.name))


def find_thai_font() -> Path:
    """The TTF file to use; ThaiFontMissing says how to install one."""
    override = os.environ.get(FONT_ENV, "").strip()
    if override:
        path = Path(override)
        if not path.is_file():
            raise ThaiFontMissing(f"{FONT_ENV}={override}: no such font file")
        return path
    for name in PREFERRED:
        if (TLWG / name).is_file():
            return TLWG / name
    found = _fc_list()
    if found:
        return found[0]
    raise ThaiFontMissing(
        "No Thai TrueType font found: install fonts-thai-tlwg "
        f"(sh scripts/setup-browser.sh) or set {FONT_ENV} to a .ttf file")


@cache
def _words(line: str) -> tuple[str, ...]:
    from pythainlp.tokenize import word_tokenize

    words: list[str] = []
    for word in word_tokenize(line, engine="newmm", keep_whitespace=True):
        # keep runs of Latin letters, digits and punctuation whole (NJ-7K3QX2, 1,350)
        if words and _latin(word) and _latin(words[-1]):
            words[-1] += word
        else:
            words.append(word)
    return tuple(words)


def _latin(word: str) -> bool:
    return bool(word) and not word.isspace() and all(
        not ("\u0e00" <= c <= "\u0e7f") and not c.isspace() for c in word)


_MARKS = frozenset("\u0e31\u0e33\u0e34\u0e35\u0e36\u0e37\u0e38\u0e39\u0e3a"
                   "\u0e47\u0e48\u0e49\u0e4a\u0e4b\u0e4c\u0e4d\u0e4e")


def _break_word(pdf: FPDF, word: str, width: float) -> list[str]:
    """A word wider than the line, cut between characters (marks stay on their base)."""
    parts: list[str] = []
    current = ""
    for char in word:
        if current and char not in _MARKS and pdf.get_string_width(current + char) > width:
            parts.append(current)
            current = ""
        current += char
    return [*parts, current] if current else parts


def wrap(pdf: FPDF, line: str, first: float, rest: float | None = None) -> list[str]:
    """`line` broken at word boundaries: the first piece at most `first` wide, the others
    at most `rest` (default: `first`)."""
    pieces: list[str] = []
    current = ""
    for word in _words(line):
        width = first if not pieces else rest or first
        if pdf.get_string_width(current + word) <= width:
            current += word
            continue
        if current.strip():
            pieces.append(current.rstrip())
            width = rest or first
        current = "" if word.isspace() else word
        if pdf.get_string_width(current) > width:
            *whole, current = _break_word(pdf, current, width)
            pieces.extend(whole)
    if current.strip() or not pieces:
        pieces.append(current.rstrip())
    return pieces


def render_pdf(text: str, title: str = "") -> bytes:
    """`text` laid out line by line on A4 pages; returns the PDF file's bytes."""
    pdf = FPDF(format="A4", unit="mm")
    pdf.set_margins(LEFT, TOP, RIGHT_MARGIN)
    pdf.set_auto_page_break(auto=True, margin=BOTTOM)
    pdf.add_font("thai", fname=str(find_thai_font()))
    pdf.set_font("thai", size=SIZE)
    try:
        pdf.set_text_shaping(True)
    except FPDFException as exc:  # uharfbuzz missing: Thai marks would collide
        raise LetterError(f"Thai text shaping is unavailable (install uharfbuzz): {exc}") from exc
    pdf.set_lang("th")
    if title:
        pdf.set_title(title)
    pdf.add_page()
    full = pdf.w - LEFT - RIGHT_MARGIN
    for raw in text.splitlines():
        body = raw.lstrip(" ")
        indent = min((len(raw) - len(body)) * INDENT_STEP, full / 2)
        # a paragraph's first-line indent applies to its first line only; a column
        # further right (address, date, signature) keeps its indent on every line
        hanging = indent if indent >= full / 3 else 0.0
        pieces = wrap(pdf, body, full - indent, full - hanging) if body else [""]
        for number, piece in enumerate(pieces):
            x = indent if number == 0 else hanging
            pdf.set_x(LEFT + x)
            pdf.cell(full - x, LINE, piece, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())
