"""Reading files: encodings, binary files, links, pipes, size limits, HTML pages, sidecars."""

from __future__ import annotations

import os
from pathlib import Path

import ftfy
import pytest
from ftfy.badness import BADNESS_RE
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.load.decode import _FIXER, DecodeError, _may_need_fixing, decode_bytes
from generator.load.html import ExtractionError, extract
from generator.load.reader import read_corpus

TEXT = "Café “naïve” façade – Ünïcödé ’quotes’ and €5."


@pytest.mark.parametrize("data", [
    TEXT.encode("utf-8"),
    b"\xef\xbb\xbf" + TEXT.encode("utf-8"),
    TEXT.encode("utf-16"),
    TEXT.encode("utf-16-le"),  # no byte-order mark
    TEXT.encode("utf-16-be"),
    TEXT.encode("utf-32"),
    TEXT.encode("cp1252"),
], ids=["utf8", "utf8-bom", "utf16", "utf16le-nobom", "utf16be-nobom", "utf32", "cp1252"])
def test_every_encoding_reads_the_same_text(data: bytes) -> None:
    assert decode_bytes(data).text == TEXT


def test_latin1_is_read_and_noted_as_cp1252() -> None:
    decoded = decode_bytes("München, señor, à la carte".encode("latin-1"))
    assert decoded.text == "München, señor, à la carte" and decoded.encoding == "cp1252"


def test_mojibake_is_repaired_and_reported() -> None:
    decoded = decode_bytes("The merchantâ€™s shop in Ã‡anakkale sold Ã§ay.".encode())
    assert decoded.text == "The merchant’s shop in Çanakkale sold çay." and decoded.repaired


def test_correct_text_is_left_alone() -> None:
    for text in ("Crème brûlée", "naïve café", "Ça va?", "I ♥ NY", "“Quoted” — dash", "SÃO PAULO", "Ñandú"):
        decoded = decode_bytes(text.encode("utf-8"))
        assert decoded.text == text and not decoded.repaired, text


# Letters ftfy's mojibake pattern is made of, some ASCII, and what its other fixes act on.
_MOJIBAKE_ALPHABET = "aZ .,?!\n\t\x1b\x85\ud800ÂÃÎÐØÙàâéèêëçñ×²³°µ»«€œŠš¢£Ÿž\xa0\xad®©·–—´’“”‘…√±∂≈‚ÄвЂВГРСβ€ΒΓΞΟā¦¤¨¬¯¸ƒˆˇ˘˛˜†‡‰⌐◊\ufffdª"


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_MOJIBAKE_ALPHABET), max_size=60).map("".join),
       st.integers(min_value=0, max_value=400))
def test_the_quick_check_never_skips_text_ftfy_would_change(text: str, padding: int) -> None:
    padded = text[: len(text) // 2] + "x" * padding + text[len(text) // 2:]
    for t in (text, padded):
        if not _may_need_fixing(t):
            assert not BADNESS_RE.search(t), repr(t)  # ftfy's own test for mojibake, on the whole text
            assert ftfy.fix_and_explain(t, _FIXER) == (t, []), repr(t)


def test_the_quick_check_finds_mojibake_deep_in_a_long_text() -> None:
    clean = "A plain sentence with a “quote” in it. " * 200
    assert not _may_need_fixing(clean)
    assert _may_need_fixing(clean + "The merchantâ€™s shop. " + clean)
    assert _may_need_fixing(clean + "costs aÂ lot" + clean)  # ASCII on both sides is part of the match
    assert _may_need_fixing("Ã naïve start")  # "^" is the start of the text, not of the part searched
    assert not _may_need_fixing("Naïve: 9 Ã start")
    assert decode_bytes((clean + "Ã§ay").encode()).repaired


def test_line_endings_and_normal_form() -> None:
    decoded = decode_bytes("one\r\ntwo\rthree\u2028four\nCafe\u0301\x0c".encode("utf-8"))
    assert decoded.text == "one\ntwo\nthree\nfour\nCafé"


def test_a_few_broken_bytes_in_utf8_are_replaced_not_fatal() -> None:
    data = ("Ünïcödé text with many accents: é è ê ë à â ä ô ö û ü ç " * 3).encode("utf-8") + b"\xff end"
    decoded = decode_bytes(data)
    assert decoded.encoding == "UTF-8" and decoded.replaced == 1 and "\ufffd end" in decoded.text


@pytest.mark.parametrize(("data", "reason"), [
    (b"%PDF-1.7\n" + bytes(200), "PDF"),
    (b"PK\x03\x04" + bytes(50), "ZIP"),
    (b"text\x00with\x00nul\x00bytes here and there\x00", "NUL"),
    (bytes(range(1, 32)) * 10, "control characters"),
    (b"bytes \x81\x8d\x90 that are nothing", "cannot be decoded"),
    (b"\xff\xfe\x00\xd8", "UTF-16"),
])
def test_undecodable_and_binary_files_are_refused_with_a_reason(data: bytes, reason: str) -> None:
    with pytest.raises(DecodeError) as exc:
        decode_bytes(data)
    assert reason in exc.value.reason and exc.value.hint


def _corpus(tmp_path: Path, files: dict[str, bytes | str], max_bytes: int = 10_000):
    folder = tmp_path / "articles"
    for name, data in files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return read_corpus(folder, max_bytes)


def test_non_articles_are_skipped_with_a_note(tmp_path: Path) -> None:
    files, problems, notes = _corpus(tmp_path, {
        "a.txt": "Article.", "README.md": "# readme", ".DS_Store": b"\x00", "a.txt~": "x", "b.md.swp": "x",
        "#a.txt#": "x", "image.jpg": b"\xff\xd8\xff", "notes/.git/config": "x", "LICENSE": "x"})
    assert [f.path for f in files] == ["a.txt"]
    assert not problems
    assert sorted(n.path for n in notes) == sorted(
        ["README.md", ".DS_Store", "a.txt~", "b.md.swp", "#a.txt#", "image.jpg", "notes/.git", "LICENSE"])
    assert all(n.severity == "note" and n.hint for n in notes)


def test_size_limit_is_checked_before_reading(tmp_path: Path) -> None:
    files, problems, _ = _corpus(tmp_path, {"big.txt": "x" * 101, "ok.txt": "y" * 100}, max_bytes=100)
    assert [f.path for f in files] == ["ok.txt"]
    assert problems[0].path == "big.txt" and "over the limit of 100" in problems[0].message


def test_links_out_of_the_folder_are_refused_and_pipes_never_block(tmp_path: Path) -> None:
    outside = tmp_path / "outside.txt"
    outside.write_text("secret")
    (tmp_path / "dir").mkdir()
    (tmp_path / "dir" / "x.txt").write_text("secret too")
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "real.txt").write_text("Real article.")
    os.symlink(outside, folder / "out.txt")
    os.symlink(tmp_path / "dir", folder / "outdir")
    os.symlink(folder / "real.txt", folder / "in.txt")
    os.symlink(tmp_path / "missing.txt", folder / "broken.txt")
    os.mkfifo(folder / "fifo.txt")
    files, problems, _ = read_corpus(folder, 1000)
    assert sorted(f.path for f in files) == ["in.txt", "real.txt"]
    reasons = {p.path: p.message for p in problems}
    assert "outside the articles folder" in reasons["out.txt"]
    assert "outside the articles folder" in reasons["outdir"]
    assert "broken" in reasons["broken.txt"]
    assert "not a regular file" in reasons["fifo.txt"]
    assert all("secret" not in f.text for f in files)


def test_sidecar_is_attached_and_orphan_reported(tmp_path: Path) -> None:
    files, problems, _ = _corpus(tmp_path, {"a.txt": "Text.", "a.txt.meta.yml": "title: T\n",
                                            "gone.txt.meta.yml": "title: X\n"})
    assert files[0].sidecar == "title: T\n" and files[0].sidecar_path == "a.txt.meta.yml"
    assert problems[0].path == "gone.txt.meta.yml" and problems[0].severity == "warning"


PAGE = """<html><head><meta charset="windows-1252"><title>Headline here | Site</title>
<meta property="og:title" content="Headline here"><meta property="og:site_name" content="The Site">
<meta name="author" content="Ann Author"><meta property="article:published_time" content="2024-02-03">
<link rel="canonical" href="https://site.example/a"><script>var x = "tracking";</script></head>
<body><nav>Home News Sport Weather</nav><article><h1>Headline here</h1>
<p>The first paragraph of the article has enough words to be taken as text by the extractor.</p>
<p>The second paragraph costs \x80 5 and talks about caf\xe9 owners in the city for a while.</p>
</article><footer>Copyright</footer></body></html>"""


def test_html_page_gives_main_text_and_metadata(tmp_path: Path) -> None:
    files, problems, _ = _corpus(tmp_path, {"page.html": PAGE.encode("latin-1")})  # declared windows-1252
    assert not problems
    page = files[0]
    assert page.kind == "html"
    meta = dict(page.found)
    assert meta["title"] == "Headline here" and meta["outlet"] == "The Site" and meta["author"] == "Ann Author"
    assert meta["date"] == "2024-02-03" and meta["url"] == "https://site.example/a"
    assert page.text.startswith("The first paragraph") and "€ 5" in page.text and "café" in page.text
    assert "tracking" not in page.text and "Home News" not in page.text and "Copyright" not in page.text


def test_html_without_article_text_is_refused() -> None:
    with pytest.raises(ExtractionError):
        extract("<html><body><nav>Home</nav></body></html>")
