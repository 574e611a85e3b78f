"""Turn the bytes of a file into text: detect the encoding, refuse what is not text, repair
mojibake, normalise.

Order of decisions, each a rule a maintainer can predict:

1. a byte-order mark names the encoding (UTF-8, UTF-16, UTF-32);
2. a known binary signature (PDF, ZIP, PNG, …) or NUL bytes that are not UTF-16 mean a binary file;
3. valid UTF-8 is UTF-8;
4. UTF-8 with a few broken bytes is read as UTF-8, the broken bytes shown as U+FFFD, with a warning;
5. otherwise cp1252 (which agrees with latin-1 on every printable character); bytes that are not
   characters in cp1252 (0x81, 0x8D, 0x8F, 0x90, 0x9D) would be C1 control codes in latin-1,
   so such a file is refused as undecodable.

Mojibake (UTF-8 once read as cp1252, e.g. "Ã§" for "ç") is then repaired with ftfy, whose
encoding fixes only change text when the result is unambiguous. Finally: one kind of line
ending (``\\n``), control characters removed, Unicode NFC.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass

import ftfy
from ftfy.badness import BADNESS_RE

_BOMS = (  # UTF-32 first: its little-endian mark starts with the UTF-16 one
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8", "UTF-8 with BOM"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16"),
)
_SIGNATURES = (
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or a Word/OpenDocument file)"),
    (b"\x89PNG", "a PNG image"),
    (b"GIF8", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\x7fELF", "a program"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document"),
    (b"{\\rtf", "an RTF document"),
    (b"RIFF", "a media file"),
)
# Control characters that never belong in article text (tab, newline and carriage return do).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufeff\ufff9-\ufffb\ud800-\udfff]")
_LINE_ENDS = re.compile(r"\r\n|[\r\x85\u2028]")
_FIXER = ftfy.TextFixerConfig(
    unescape_html=False,  # "&amp;" in an article is text, not markup
    uncurl_quotes=False,  # keep the publisher's typography: quotes are compared verbatim
    fix_latin_ligatures=False,
    fix_character_width=False,
    restore_byte_a0=False,  # "Ã " is more often a real "Ã" than a lost no-break space: not reliable
    fix_line_breaks=False,  # done below, the same way for every file
    remove_control_chars=False,  # done below
    normalization=None,  # done below
    explain=True,
)


class DecodeError(ValueError):
    """The bytes are not text Briefing can read; the message says why."""

    def __init__(self, reason: str, hint: str, binary: bool = False) -> None:
        super().__init__(reason)
        self.reason = reason
        self.hint = hint
        self.binary = binary


@dataclass(frozen=True)
class Decoded:
    """Text read from bytes, and what was done to get it."""

    text: str
    encoding: str  # what the bytes were read as, for notes ("UTF-8", "UTF-16", "cp1252")
    repaired: bool = False  # mojibake was repaired
    replaced: int = 0  # broken UTF-8 bytes shown as U+FFFD


def decode_bytes(data: bytes) -> Decoded:
    """Decode a whole file. Raises :class:`DecodeError` for binary or undecodable data."""
    text, encoding, replaced = _to_text(data)
    if "\x00" in text:
        raise DecodeError("binary file: it contains NUL bytes",
                          "articles must be text files; save the article as plain text (UTF-8)", binary=True)
    controls = len(_CONTROL.findall(text))
    if controls > max(8, len(text) // 100):
        raise DecodeError(f"binary file: {controls} control characters in {len(text)} characters",
                          "articles must be text files; save the article as plain text (UTF-8)", binary=True)
    fixed, steps = ftfy.fix_and_explain(text, _FIXER) if _may_need_fixing(text) else (text, [])
    repaired = any(step[0] in ("encode", "decode", "transcode")
                   or step[1] in ("decode_inconsistent_utf8", "fix_c1_controls", "restore_byte_a0",
                                  "replace_lossy_sequences")
                   for step in (steps or ()))
    return Decoded(normalise(fixed), encoding, repaired, replaced)


# What ftfy's fixes enabled in _FIXER act on, besides mojibake: C1 controls, surrogates, terminal escapes.
_FIXABLE = re.compile(r"[\x1b\x80-\x9f\ud800-\udfff]")
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")
# Every alternative of ftfy's mojibake pattern holds a character that is not ASCII and spans at
# most this many characters ("ГўВЂВ.x" is the longest).
_MOJIBAKE_SPAN = 7


def _may_need_fixing(text: str) -> bool:
    """False when ftfy (as configured in _FIXER) would return the text unchanged: none of the
    characters its fixes act on, and its mojibake pattern matches nowhere. The pattern is searched
    only around the characters that are not ASCII (with ``pos``/``endpos``, so ``^`` still means
    the start of the text): on 10,000 news articles, ftfy's search of every whole text was 2 s of
    the 5.5 s taken to read them."""
    if _FIXABLE.search(text):
        return True
    start = end = -1
    for m in _NON_ASCII.finditer(text):
        lo, hi = max(0, m.start() - _MOJIBAKE_SPAN), m.end() + _MOJIBAKE_SPAN
        if lo > end:
            if end > start and BADNESS_RE.search(text, start, end):
                return True
            start = lo
        end = min(len(text), hi)
    return end > start and BADNESS_RE.search(text, start, end) is not None


def normalise(text: str) -> str:
    """One kind of line ending, no control characters, Unicode NFC."""
    text = _LINE_ENDS.sub("\n", text).replace("\u2029", "\n\n")
    text = _CONTROL.sub("", text.replace("\t", " "))
    return unicodedata.normalize("NFC", text)


def _to_text(data: bytes) -> tuple[str, str, int]:
    for bom, bom_codec, name in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(bom_codec), name, 0
            except UnicodeDecodeError as exc:
                raise DecodeError(f"starts with a {name} byte-order mark but is not valid {name} "
                                  f"(byte {exc.start + len(bom)})",
                                  "re-save the file as UTF-8") from exc
    for signature, what in _SIGNATURES:
        if data.startswith(signature):
            raise DecodeError(f"binary file: looks like {what}",
                              "articles must be text: copy the article text into a .txt file", binary=True)
    if b"\x00" in data:
        codec = _utf16_without_bom(data)
        if codec is None:
            raise DecodeError("binary file: it contains NUL bytes",
                              "articles must be text files; save the article as plain text (UTF-8)", binary=True)
        try:
            return data.decode(codec), "UTF-16", 0
        except UnicodeDecodeError as exc:
            raise DecodeError(f"looks like UTF-16 but is not valid UTF-16 (byte {exc.start})",
                              "re-save the file as UTF-8") from exc
    try:
        return data.decode("utf-8"), "UTF-8", 0
    except UnicodeDecodeError:
        pass
    lenient = data.decode("utf-8", errors="replace")
    broken = lenient.count("\ufffd") - data.decode("utf-8", errors="ignore").count("\ufffd")
    multibyte = sum(1 for ch in lenient if ord(ch) > 0x7F and ch != "\ufffd")
    if multibyte >= 3 * broken:  # mostly good UTF-8 with a few damaged bytes
        return lenient, "UTF-8", broken
    try:
        return data.decode("cp1252"), "cp1252", 0
    except UnicodeDecodeError as exc:
        raise DecodeError(
            f"cannot be decoded: not UTF-8, UTF-16 or cp1252/latin-1 text (byte 0x{data[exc.start]:02X} "
            f"at offset {exc.start} is not a character in any of them)",
            "open the file in an editor and save it as UTF-8") from exc


def _utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le'/'utf-16-be' when the NUL bytes sit where UTF-16 puts them for Latin text."""
    if len(data) < 4 or len(data) % 2:
        return None
    even, odd = data[0::2], data[1::2]
    half = len(data) // 2
    if odd.count(0) > 0.6 * half and even.count(0) < 0.1 * half:
        return "utf-16-le"
    if even.count(0) > 0.6 * half and odd.count(0) < 0.1 * half:
        return "utf-16-be"
    return None
