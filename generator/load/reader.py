"""Read article files from disk. The only place that opens the corpus; it never writes there."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from ..errors import Problem
from ..models import SourceFile

ARTICLE_SUFFIXES = (".txt", ".md", ".markdown")


def decode(data: bytes) -> str:
    """Decode bytes as UTF-8 (with or without BOM), else cp1252; NFC and ``\\n`` line ends."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text)


def read_corpus(folder: Path, max_bytes: int) -> tuple[list[SourceFile], list[Problem], list[Problem]]:
    """Read every article file under ``folder``, sorted by path.

    Returns the files, the problems (refused files) and the skipped non-article files.
    """
    files: list[SourceFile] = []
    problems: list[Problem] = []
    skipped: list[Problem] = []
    if not folder.is_dir():
        problems.append(Problem(str(folder), "articles folder not found", "create it and put article files in it"))
        return files, problems, skipped
    root = folder.resolve()
    for path in sorted(folder.rglob("*")):
        rel = path.relative_to(folder).as_posix()
        if path.is_dir():
            continue
        if path.name.startswith(".") or path.suffix.lower() not in ARTICLE_SUFFIXES or path.name.lower().startswith("readme"):
            skipped.append(Problem(rel, "not an article file, skipped",
                                   f"articles are {', '.join(ARTICLE_SUFFIXES)} files", severity="warning"))
            continue
        if path.is_symlink() and not path.resolve().is_relative_to(root):
            problems.append(Problem(rel, "symbolic link pointing outside the articles folder",
                                    "copy the file into the articles folder instead"))
            continue
        data = path.read_bytes()
        if len(data) > max_bytes:
            problems.append(Problem(rel, f"file is {len(data)} bytes, over the limit of {max_bytes}",
                                    "split the article or raise max_article_bytes in briefing.yml"))
            continue
        files.append(SourceFile(path=rel, text=decode(data)))
    return files, problems, skipped
