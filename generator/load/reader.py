"""Read article files from disk. The only place that opens the corpus; it never writes there.

Every file under the articles folder ends up in exactly one place: read as an article, used
as an article's metadata sidecar, skipped with a note (not an article), or refused with a
problem that says why and how to fix it.
"""

from __future__ import annotations

import codecs
import errno
import os
import stat
from pathlib import Path, PurePosixPath
from typing import cast

from ..errors import Problem
from ..models import SourceFile
from .decode import Decoded, DecodeError, decode_bytes
from .fields import BIDI_CONTROLS, clean_field
from .html import ExtractionError, declared_charset, extract

TEXT_SUFFIXES = (".txt", ".text")
MARKDOWN_SUFFIXES = (".md", ".markdown")
HTML_SUFFIXES = (".html", ".htm")
ARTICLE_SUFFIXES = TEXT_SUFFIXES + MARKDOWN_SUFFIXES + HTML_SUFFIXES
# Metadata for an article that must stay verbatim: "000_x.txt" + "000_x.txt.meta.yml".
SIDECAR_SUFFIXES = (".meta.yml", ".meta.yaml")
# A saved page carries scripts and styles around its text, so it may be this much bigger.
HTML_SIZE_FACTOR = 10
_PROJECT_NOTES = ("readme", "license", "licence", "changelog", "contributing", "authors", "notes")
_BACKUP_SUFFIXES = (".bak", ".orig", ".swp", ".swo", ".tmp", ".old", ".part", ".crdownload")
_SYSTEM_FILES = ("thumbs.db", "desktop.ini", "icon\r")
_HINT_SUFFIXES = f"articles are {', '.join(ARTICLE_SUFFIXES)} files"


class _Refused(Exception):
    def __init__(self, message: str, hint: str) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint


def kind_of(name: str) -> str | None:
    """``"text"``, ``"markdown"`` or ``"html"`` for an article file name, else ``None``."""
    suffix = PurePosixPath(name).suffix.lower()
    if suffix in TEXT_SUFFIXES:
        return "text"
    if suffix in MARKDOWN_SUFFIXES:
        return "markdown"
    if suffix in HTML_SUFFIXES:
        return "html"
    return None


def _why_skipped(name: str) -> str | None:
    """Why a file is not an article, or ``None`` if it is one."""
    lower = name.lower()
    if lower in (".ds_store", *_SYSTEM_FILES) or lower.startswith("._"):
        return "system file, not an article"
    if lower.endswith("~") or lower.endswith(_BACKUP_SUFFIXES) or lower.startswith((".#", "#")):
        return "editor backup or temporary file, not an article"
    if lower.startswith("."):
        return "hidden file, not an article"
    if kind_of(name) is None:
        suffix = PurePosixPath(name).suffix or "no extension"
        return f"not an article file ({suffix})"
    if lower.split(".", 1)[0] in _PROJECT_NOTES:
        return "project notes, not an article"
    return None


# Codecs Python has that do not read a charset: they turn escapes or IDNA into characters
# (lone surrogates among them), or cannot fail. A page declaring one is detected instead.
_NOT_CHARSETS = frozenset({"punycode", "unicode-escape", "raw-unicode-escape", "idna", "utf-7", "undefined"})


def _bad_name(rel: str) -> str | None:
    if any("\udc80" <= ch <= "\udcff" for ch in rel):
        return "name is not valid UTF-8 (the bytes shown as \\x.. are not characters)"
    if any(ord(ch) < 32 or ord(ch) == 127 for ch in rel):
        return "file name contains control characters (such as a line break)"
    if BIDI_CONTROLS.search(rel):
        return ("name contains characters that change the direction text is shown in (U+202E and the like), "
                "so it would not read as what it is")
    return None


def shown_path(rel: str) -> str:
    """A path as it may be printed and published: undecodable bytes as ``\\xe9``, control
    characters escaped."""
    if any("\udc80" <= ch <= "\udcff" for ch in rel):
        rel = os.fsencode(rel).decode("utf-8", "backslashreplace")
    if any(ord(ch) < 32 or ord(ch) == 127 for ch in rel) or BIDI_CONTROLS.search(rel):
        rel = rel.encode("unicode_escape").decode("ascii")
    return rel


def _inside(root: Path, target: str) -> bool:
    return os.path.commonpath([str(root), target]) == str(root)


def _read(path: Path, root: Path, limit: int) -> bytes:
    """The bytes of a regular file inside ``root``, at most ``limit`` of them, never following
    a link out of ``root``."""
    real = os.path.realpath(path)
    if path.is_symlink():
        if not os.path.exists(real):
            raise _Refused("broken symbolic link", "remove the link or copy the article into the articles folder")
        if not _inside(root, real):
            raise _Refused("symbolic link pointing outside the articles folder",
                           "copy the file into the articles folder instead of linking to it")
    elif not _inside(root, real):  # a parent folder is a link out of the corpus
        raise _Refused("inside a linked folder that points outside the articles folder",
                       "copy the files into the articles folder instead of linking to them")
    try:
        fd = os.open(real, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise _Refused("symbolic link changed while reading", "build again") from exc
        raise _Refused(f"cannot be read: {exc.strerror}", "check the file's permissions") from exc
    try:
        return _read_open(fd, limit)
    except OSError as exc:
        raise _Refused(f"read failed: {exc.strerror or exc}", "the file or the disk may be damaged: copy the "
                       "article again from its source, or check the disk") from exc
    finally:
        os.close(fd)


def _read_open(fd: int, limit: int) -> bytes:
    info = os.fstat(fd)
    if not stat.S_ISREG(info.st_mode):
        raise _Refused("not a regular file (a device, pipe or socket)", "remove it from the articles folder")
    if info.st_size > limit:
        raise _Refused(f"file is {info.st_size} bytes, over the limit of {limit}",
                       "split the article, or raise max_article_bytes in briefing.yml")
    chunks = []
    size = 0
    while size <= limit:
        chunk = os.read(fd, min(1 << 20, limit + 1 - size))
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    if size > limit:  # grew while we read
        raise _Refused(f"file is over the limit of {limit} bytes",
                       "split the article, or raise max_article_bytes in briefing.yml")
    return b"".join(chunks)


def _decode(data: bytes, kind: str) -> tuple[Decoded, str | None]:
    """The decoded text, and a note when a declared charset was not used (unknown, not a
    charset, or wrong)."""
    if kind == "html" and not data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        charset = declared_charset(data)
        if charset and charset not in ("utf-8", "utf8"):
            try:
                info = codecs.lookup(charset)
            except LookupError:
                return decode_bytes(data), f"declares charset '{charset}', which is unknown: encoding detected instead"
            if info.name in _NOT_CHARSETS or not getattr(info, "_is_text_encoding", True):
                return decode_bytes(data), (f"declares charset '{charset}', which is not a character set: "
                                            "encoding detected instead")
            try:
                return decode_bytes(data.decode(info.name).encode("utf-8", "surrogatepass")), None
            except (UnicodeError, ValueError):
                return decode_bytes(data), f"is not valid '{charset}' as it declares: encoding detected instead"
    return decode_bytes(data), None


def _walk(folder: Path, unreadable: list[OSError]) -> list[tuple[str, Path, bool]]:
    """Every entry under ``folder`` as (relative POSIX path, path, is a folder link), sorted;
    folders that cannot be listed go to ``unreadable``."""
    found = []
    for top, dirs, files in os.walk(folder, followlinks=False, onerror=unreadable.append):
        base = Path(top)
        for name in list(dirs):
            if (base / name).is_symlink():
                found.append(((base / name).relative_to(folder).as_posix(), base / name, True))
        dirs[:] = sorted(d for d in dirs if not (base / d).is_symlink())
        for name in files:
            found.append(((base / name).relative_to(folder).as_posix(), base / name, False))
    return sorted(found)


def read_corpus(folder: Path, max_bytes: int) -> tuple[list[SourceFile], list[Problem], list[Problem]]:
    """Read every article file under ``folder``, sorted by path.

    Returns the files, the problems (refused files, with severity "error", and things to fix
    in files that were read, "warning") and notes (files skipped as not articles, encodings
    guessed or repaired: severity "note").
    """
    files: list[SourceFile] = []
    problems: list[Problem] = []
    notes: list[Problem] = []
    if not folder.is_dir():
        problems.append(Problem(str(folder), "articles folder not found", "create it and put article files in it"))
        return files, problems, notes
    root = Path(os.path.realpath(folder))
    unreadable: list[OSError] = []
    entries = _walk(folder, unreadable)
    for exc in unreadable:
        where = Path(exc.filename) if exc.filename else folder
        rel_dir = where.relative_to(folder).as_posix() if where != folder else "."
        problems.append(Problem(shown_path(rel_dir), f"folder cannot be read: {exc.strerror or exc}; its articles "
                                "are not published", "check the folder's permissions (it must be readable and "
                                "searchable: chmod u+rx), then build again"))
    names = {rel for rel, _, _ in entries}
    sidecars: dict[str, tuple[str, Path]] = {}
    for rel, path, _ in entries:
        if rel.lower().endswith(SIDECAR_SUFFIXES) and not _bad_name(rel):
            article = rel[: rel.lower().rindex(".meta.")]
            if article in names:
                sidecars[article] = (rel, path)
            else:
                problems.append(Problem(rel, "metadata sidecar without its article (expected "
                                        f"'{article}')", "rename the sidecar to the article's file name "
                                        "followed by .meta.yml, or remove it", severity="warning"))
    hidden_dirs: set[str] = set()
    bad_dirs: set[str] = set()
    for rel, path, is_link_dir in entries:
        parts = rel.split("/")
        bad_dir = next((i for i, p in enumerate(parts[:-1]) if _bad_name(p)), None)
        if bad_dir is not None:  # one problem for the folder, not one per file in it
            folder_rel = "/".join(parts[: bad_dir + 1])
            if folder_rel not in bad_dirs:
                bad_dirs.add(folder_rel)
                problems.append(Problem(shown_path(folder_rel), f"folder {_bad_name(parts[bad_dir])}; its files are "
                                        "not read", "rename the folder (UTF-8 letters, no control characters)"))
            continue
        bad = _bad_name(rel)
        if bad:
            problems.append(Problem(shown_path(rel), bad, "rename the file"))
            continue
        if rel.lower().endswith(SIDECAR_SUFFIXES):
            continue
        hidden = next((p for p in parts[:-1] if p.startswith(".")), None)
        if hidden is not None:
            folder_rel = "/".join(parts[: parts.index(hidden) + 1])
            if folder_rel not in hidden_dirs:
                hidden_dirs.add(folder_rel)
                notes.append(Problem(folder_rel, "hidden folder, not read", "move articles out of hidden folders",
                                     severity="note"))
            continue
        if is_link_dir:
            real = os.path.realpath(path)
            if not _inside(root, real):
                problems.append(Problem(rel, "symbolic link to a folder outside the articles folder, not followed",
                                        "copy the articles into the articles folder instead of linking"))
            else:
                notes.append(Problem(rel, "symbolic link to a folder, not followed (its articles are read "
                                     "where they really are)", "nothing to do", severity="note"))
            continue
        why = _why_skipped(path.name)
        if why is not None:
            notes.append(Problem(rel, f"{why}, skipped", _HINT_SUFFIXES, severity="note"))
            continue
        kind = kind_of(path.name) or "text"
        limit = max_bytes * (HTML_SIZE_FACTOR if kind == "html" else 1)
        try:
            data = _read(path, root, limit)
            decoded, charset_note = _decode(data, kind)
            if charset_note:
                notes.append(Problem(rel, charset_note, "fix or remove the <meta charset> of the page",
                                     severity="note"))
            text, found = decoded.text, cast(tuple[tuple[str, str], ...], ())
            if kind == "html":
                text, raw_found = extract(decoded.text)
                found = tuple((key, clean_field(key, value)[0]) for key, value in raw_found)
                for key, value in raw_found:
                    changes = clean_field(key, value)[1]
                    if changes:
                        problems.append(Problem(rel, f"page metadata '{key}': {'; '.join(changes)}",
                                                "check the page's title and metadata tags", severity="warning"))
                if len(text.encode("utf-8")) > max_bytes:
                    raise _Refused(f"article text is {len(text.encode('utf-8'))} bytes, over the limit of "
                                   f"{max_bytes}", "split the article, or raise max_article_bytes in briefing.yml")
        except _Refused as exc:
            problems.append(Problem(rel, exc.message, exc.hint))
            continue
        except DecodeError as exc:
            problems.append(Problem(rel, exc.reason, exc.hint))
            continue
        except ExtractionError as exc:
            problems.append(Problem(rel, str(exc), "save the complete page (HTML with the article text), "
                                    "or copy the article text into a .txt file"))
            continue
        except Exception as exc:  # one file must never stop the others: refuse it, say so
            problems.append(Problem(rel, f"could not be read ({type(exc).__name__}: {str(exc)[:200]})",
                                    "save the article as plain UTF-8 text; if it looks fine, report this as a bug "
                                    "in Briefing with the file"))
            continue
        for note in _decoding_notes(rel, decoded):
            (notes if note.severity == "note" else problems).append(note)
        sidecar_text = sidecar_rel = None
        if rel in sidecars:
            sidecar_rel, sidecar_file = sidecars[rel]
            try:
                sidecar_text = decode_bytes(_read(sidecar_file, root, max_bytes)).text
            except _Refused as exc:
                problems.append(Problem(sidecar_rel, exc.message, exc.hint))
                continue
            except DecodeError as exc:
                problems.append(Problem(sidecar_rel, exc.reason, exc.hint))
                continue
        files.append(SourceFile(path=rel, text=text, kind=kind, found=found,
                                sidecar=sidecar_text, sidecar_path=sidecar_rel))
    return files, problems, notes


def _decoding_notes(rel: str, decoded: Decoded) -> list[Problem]:
    notes = []
    if decoded.replaced:
        notes.append(Problem(rel, f"{decoded.replaced} byte(s) are not valid UTF-8 and are shown as �",
                             "re-save the file as UTF-8 from its original", severity="warning"))
    if decoded.encoding == "cp1252":
        notes.append(Problem(rel, "not UTF-8: read as cp1252/latin-1 (Western European)",
                             "if accents look wrong, re-save the file as UTF-8", severity="note"))
    if decoded.repaired:
        notes.append(Problem(rel, "garbled characters (UTF-8 read as cp1252, e.g. 'â€™') were repaired",
                             "nothing to do; re-save the file as UTF-8 to silence this note", severity="note"))
    return notes
