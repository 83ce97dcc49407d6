"""Character-level normalisation shared by the parser and by question understanding."""

from __future__ import annotations

import re
import unicodedata

_CJK = r"\u3400-\u9fff\uf900-\ufaff"
_SPACE_NEXT_TO_CJK = re.compile(rf"(?<=[{_CJK}“”‘’（）《》，。；：、！？])\s+|\s+(?=[{_CJK}“”‘’（）《》，。；：、！？])")
_SPACE_IN_NUMBERS = re.compile(r"(?<=\d)\s+(?=[年月日号%])|(?<=[年月日])\s+(?=\d)")
_TAGS = re.compile(r"</?p>|<[^>]{1,40}>")
_MD_LINK = re.compile(r"\[([^\]]*)\]\(#?\)")

# ASCII punctuation in running Chinese text becomes its full-width form, so that the same sentence
# printed two ways by the PDF conversion compares equal.
_TO_FULL_WIDTH = str.maketrans({",": "，", ";": "；", ":": "：", "(": "（", ")": "）", "?": "？", "!": "！"})


def to_half_width(text: str) -> str:
    """Full-width digits, letters and ASCII symbols (ＡＢＣ１２３) become half-width; CJK punctuation stays."""
    out = []
    for ch in text:
        code = ord(ch)
        if ch == "\u3000":
            out.append(" ")
        elif 0xFF10 <= code <= 0xFF19 or 0xFF21 <= code <= 0xFF3A or 0xFF41 <= code <= 0xFF5A:
            out.append(chr(code - 0xFEE0))
        else:
            out.append(ch)
    return "".join(out)


def strip_markup(text: str) -> str:
    """Remove the HTML ``<p>`` fragments and empty markdown links the conversion left behind."""
    return _MD_LINK.sub(r"\1", _TAGS.sub(" ", text))


def squeeze(text: str) -> str:
    """Drop the line-wrap spaces the PDF put inside Chinese words and numbers ("刘华 彬", "2021 年")."""
    text = unicodedata.normalize("NFC", text).replace("\u00a0", " ")
    text = _SPACE_NEXT_TO_CJK.sub("", text)
    text = _SPACE_IN_NUMBERS.sub("", text)
    return re.sub(r"\s+", " ", text).strip()


def no_space(text: str) -> str:
    return re.sub(r"\s+", "", text)


def full_width_punct(text: str) -> str:
    return text.translate(_TO_FULL_WIDTH)


def clean_cell(raw: str) -> str:
    """One table cell as the parser sees it: markup gone, digits half-width, wrap spaces squeezed."""
    return squeeze(to_half_width(strip_markup(raw)))
