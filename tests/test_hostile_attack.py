"""The hostile-input suite, part two: every class of failure the outside attack of issue 10
found, each tried in several variants. Each test asserts what a user sees: the exit code, a
message naming the file (and line) with the fix, files that must stay intact, and the other
articles published.

Classes: deletes or overwrites what is not ours; one file crashes the build; stalls and
blow-ups; escaping and validation; determinism (tests/test_determinism.py); faults with exit
codes.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import io
import json
import os
import shutil
import time
from pathlib import Path

import pytest

from generator.clean import article_id
from generator.cli import main
from generator.write import writer
from generator.write.writer import JOURNAL, MANIFEST, STAGING

from .conftest import copy_project

GOOD = ("Turkey and the United States resume talks\n\nOfficials in Ankara said on Monday that talks with "
        "Washington would continue next week. The two governments have disagreed for months over the war in "
        "Gaza and trade with Russia.\n\nA second paragraph says more about the talks.\n")
OTHER = ("Ministers meet in Brussels on trade\n\nEuropean ministers met in Brussels on Tuesday to discuss "
         "tariffs on steel. Turkey sent an observer to the talks, officials said.\n")


def run(root: Path, *args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["--root", str(root), *args])
    return code, out.getvalue(), err.getvalue()


def project(tmp_path: Path, files: dict[str, str | bytes] | None = None, config: str = "") -> Path:
    """A copy of the project with two good articles plus ``files`` (name → text or bytes)."""
    (tmp_path / "p").mkdir()
    root = copy_project(tmp_path / "p")
    shutil.rmtree(root / "articles")
    arts = root / "articles"
    arts.mkdir()
    (arts / "good.txt").write_text(GOOD, encoding="utf-8")
    (arts / "other.txt").write_text(OTHER, encoding="utf-8")
    for name, body in (files or {}).items():
        path = arts / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(body if isinstance(body, bytes) else body.encode("utf-8"))
    if config:
        with open(root / "briefing.yml", "a", encoding="utf-8") as fh:
            fh.write("\n" + config)
    return root


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def published(root: Path) -> set[str]:
    digest = json.loads((root / "docs" / "digest.json").read_text(encoding="utf-8"))
    return {a["source_path"] for a in digest["articles"]}


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# --- Deletes or overwrites what is not ours -----------------------------------------------------

def test_manifest_entries_outside_the_generated_pages_never_delete_anything(tmp_path: Path) -> None:
    root = project(tmp_path)
    assert run(root, "generate")[0] == 0
    outside = tmp_path / "outside.txt"
    outside.write_text("not ours")
    hand = root / "docs" / "about.md"
    hand.write_text("# About\n\nwritten by hand\n")
    article = root / "articles" / "good.txt"
    manifest = json.loads((root / "docs" / MANIFEST).read_text())
    manifest["files"].update({
        "../articles/good.txt": sha(article.read_bytes()),  # an article
        "../../outside.txt": sha(outside.read_bytes()),  # out of the project
        str(outside): sha(outside.read_bytes()),  # absolute
        "about.md": sha(hand.read_bytes()),  # a hand-written page: not a path the generator writes
        "sources/./x.md": sha(b""), "sources\\x.md": sha(b""), "topics/a.md": "not a digest",
    })
    (root / "docs" / MANIFEST).write_text(json.dumps(manifest))
    before = snapshot(root / "articles")
    code, _, err = run(root, "generate")
    assert code == 0
    assert snapshot(root / "articles") == before
    assert outside.read_text() == "not ours" and hand.read_text().startswith("# About")
    assert "ignored (not the generator's, left alone)" in err and "../articles/good.txt" in err
    assert "../articles/good.txt" not in json.loads((root / "docs" / MANIFEST).read_text())["files"]


def test_a_forged_journal_cannot_move_delete_or_overwrite_what_is_not_ours(tmp_path: Path) -> None:
    root = project(tmp_path)
    assert run(root, "generate")[0] == 0
    docs = root / "docs"
    article = root / "articles" / "good.txt"
    outside = tmp_path / "outside.txt"
    outside.write_text("not ours")
    # A staging folder whose "sources" is a link to the articles: moving "sources/good.md" in
    # would take the article away.
    (root / "articles" / "good.md").write_text(GOOD)
    (docs / STAGING).mkdir(parents=True)
    os.symlink(root / "articles", docs / STAGING / "sources")
    plan = {"write": ["sources/good.md", "../articles/good.txt"],
            "delete": {"../articles/good.txt": sha(article.read_bytes()), str(outside): sha(outside.read_bytes()),
                       "index.md": None},
            "manifest": {"sources/good.md": sha(GOOD.encode()), "../x": sha(b"")}}
    (docs / JOURNAL).write_text(json.dumps(plan))
    before = snapshot(root / "articles")
    code, _, err = run(root, "generate")
    assert snapshot(root / "articles") == before and outside.read_text() == "not ours"
    assert (docs / "index.md").exists() and (root / "articles" / "good.md").read_text() == GOOD
    assert not (docs / JOURNAL).exists() and not (docs / STAGING).exists()
    # The forged manifest it recorded disowns the real pages: the write stops rather than guess.
    assert code == 4 and "were not written by the generator" in err and "../articles/good.txt" in err


def test_links_inside_docs_are_never_followed_to_delete(tmp_path: Path) -> None:
    root = project(tmp_path, {"page.md": GOOD})
    assert run(root, "generate")[0] == 0
    docs = root / "docs"
    # Someone replaces docs/sources by a link to the articles and lists an article as ours.
    shutil.rmtree(docs / "sources")
    os.symlink(root / "articles", docs / "sources")
    manifest = json.loads((docs / MANIFEST).read_text())
    manifest["files"]["sources/page.md"] = sha((root / "articles" / "page.md").read_bytes())
    (docs / MANIFEST).write_text(json.dumps(manifest))
    before = snapshot(root / "articles")
    code, _, err = run(root, "generate")
    assert code == 4 and "symbolic link" in err
    assert snapshot(root / "articles") == before
    # The state folder itself as a link: refused before anything is written.
    os.unlink(docs / "sources")
    shutil.move(docs / ".briefing", tmp_path / "state")
    os.symlink(tmp_path / "state", docs / ".briefing")
    code, _, err = run(root, "generate")
    assert code == 4 and ".briefing: is a symbolic link" in err


@pytest.mark.parametrize("setting", ["site_dir: x/../articles", "docs_dir: x/../articles", "site_dir: ..",
                                     "site_dir: .", "docs_dir: ..", "site_dir: docs/../articles/sub",
                                     "site_dir: /tmp", "site_dir: templates", "site_dir: x/../docs"])
def test_output_folders_are_checked_as_the_file_system_resolves_them(tmp_path: Path, setting: str) -> None:
    root = project(tmp_path, config=setting)
    before = snapshot(root / "articles")
    templates = snapshot(root / "templates")
    code, _, err = run(root, "build")
    assert code == 2, err
    assert setting.split(":")[0] in err and "fix:" in err
    assert snapshot(root / "articles") == before and snapshot(root / "templates") == templates
    assert run(root, "check")[0] == 2


def test_a_linked_docs_folder_pointing_at_the_articles_is_refused(tmp_path: Path) -> None:
    root = project(tmp_path, config="docs_dir: pages")
    os.symlink(root / "articles", root / "pages")
    before = snapshot(root / "articles")
    code, _, err = run(root, "generate")
    assert code == 2 and "overlap" in err
    assert snapshot(root / "articles") == before


def test_an_article_named_index_keeps_the_sources_index(tmp_path: Path) -> None:
    root = project(tmp_path, {"index.txt": GOOD.replace("next week", "next month in Izmir"),
                              "INDEX.md": OTHER.replace("Brussels", "Vienna"),
                              "sub/index.txt": OTHER.replace("Brussels", "Oslo")})
    code, _, err = run(root, "generate", "--strict")
    assert code == 0, err
    ids = [article_id(p) for p in ("index.txt", "INDEX.md", "sub/index.txt")]
    assert len(set(ids)) == 3 and all(i.startswith("index-") or i == "sub-index" for i in ids), ids
    assert ids == [article_id(p) for p in ("index.txt", "INDEX.md", "sub/index.txt")]  # stable
    sources_index = (root / "docs" / "sources" / "index.md").read_text(encoding="utf-8")
    for i in ids:
        assert f"{i}.md" in sources_index
        assert (root / "docs" / "sources" / f"{i}.md").exists()


def test_two_pages_at_one_path_are_refused_not_replaced(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from generator.render import pages

    root = copy_project(tmp_path)
    before = {p: p.read_bytes() for p in (root / "docs").rglob("*") if p.is_file()}
    # Two sources whose pages land at one path (ids are made apart; this forces it).
    monkeypatch.setattr(pages, "source_path", lambda article_id: "sources/same.md")
    code, _, err = run(root, "generate")
    assert code != 0 and "two generated pages would be written at docs/sources/same.md" in err
    assert {p: p.read_bytes() for p in (root / "docs").rglob("*") if p.is_file()} == before
    assert not (root / "docs" / STAGING).exists()


# --- One file never crashes the build ----------------------------------------------------------

def test_year_one_with_a_weekday_is_published(tmp_path: Path) -> None:
    text = "---\ntitle: Year one\ndate: 0001-01-01\n---\nTurkey said on Sunday that the talks in Ankara " \
           "would go on. Officials in Turkey said on Monday that talks were useful.\n"
    root = project(tmp_path, {"year_one.md": text, "year_one_b.md": text.replace("Year one", "Year one again")
                              .replace("0001-01-01", "0001-01-06").replace("on Sunday", "last Saturday")
                              .replace("were useful", "began on January 3")})
    assert run(root, "check")[0] == 0
    code, _, err = run(root, "generate")
    assert code == 0, err
    assert {"year_one.md", "year_one_b.md", "good.txt"} <= published(root)


def _bytes_name(folder: Path, name: bytes, body: bytes) -> None:
    fd = os.open(os.fsencode(folder) + b"/" + name, os.O_WRONLY | os.O_CREAT, 0o644)
    os.write(fd, body)
    os.close(fd)


def test_names_that_are_not_utf8_are_refused_one_by_one(tmp_path: Path) -> None:
    root = project(tmp_path)
    arts = root / "articles"
    _bytes_name(arts, b"caf\xe9.txt", GOOD.encode())
    _bytes_name(arts, b"photo\xff.png", b"\x89PNG")
    os.mkdir(os.fsencode(arts) + b"/d\xe9j\xe0")
    _bytes_name(arts, b"d\xe9j\xe0/inner.txt", OTHER.encode())
    code, _, out = run(root, "check")  # check writes its problems to stderr
    assert code == 3
    assert "caf\\xe9.txt: error: name is not valid UTF-8" in out and "rename the file" in out
    assert "photo\\xff.png" in out and "d\\xe9j\\xe0: error: folder name is not valid UTF-8" in out
    code, out, err = run(root, "build")
    assert code == 0, err
    assert published(root) == {"good.txt", "other.txt"}
    report = (root / "site" / "report" / "index.html").read_text(encoding="utf-8")
    assert "caf\\xe9.txt" in report and "d\\xe9j\\xe0" in report


@pytest.mark.parametrize("field", ['title: "bad \\ud800 title"', 'url: "https://x.example/\\udfff"',
                                   '"\\ud83d": value', 'author: "\\U0010ffff ok \\udc00"'])
def test_lone_surrogates_escaped_in_front_matter_refuse_that_file(tmp_path: Path, field: str) -> None:
    root = project(tmp_path, {"surrogate.md": f"---\n{field}\n---\nAnother text about talks in Ankara. "
                              "Officials met on Monday.\n"})
    code, _, out = run(root, "check")  # check writes its problems to stderr
    assert code == 3
    line = next(x for x in out.splitlines() if x.startswith("surrogate.md"))
    assert line.startswith("surrogate.md:2: error:") and ("lone surrogate" in line or "escape" in line), line
    code, _, err = run(root, "generate")
    assert code == 0 and published(root) == {"good.txt", "other.txt"}
    assert "surrogate.md" in err


@pytest.mark.parametrize("charset", ["punycode", "unicode_escape", "raw-unicode-escape", "idna", "utf-7",
                                     "rot13", "hex", "no-such-codec", "undefined"])
def test_a_page_declaring_a_codec_that_is_not_a_charset_is_read_anyway(tmp_path: Path, charset: str) -> None:
    body = " ".join(["Officials in Ankara said on Monday that the talks with Washington would continue."] * 3)
    page = (f'<html><head><meta charset="{charset}"><title>Talks go on</title></head><body><article>'
            f'<h1>Talks go on</h1><p>{body} \\ud800 \\x41 xn--caf-dma</p><p>{body}</p></article></body></html>')
    root = project(tmp_path, {"page.html": page})
    code, _, out = run(root, "check")  # check writes its problems to stderr
    assert code == 0, out
    assert "page.html: note: declares charset" in out
    assert run(root, "generate")[0] == 0
    assert "page.html" in published(root)


def test_an_io_error_while_reading_refuses_that_file_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = project(tmp_path, {"bad_disk.txt": GOOD.replace("Turkey", "Greece")})
    real_read = os.read

    def failing_read(fd: int, n: int) -> bytes:
        if os.readlink(f"/proc/self/fd/{fd}").endswith("bad_disk.txt"):
            raise OSError(errno.EIO, "Input/output error")
        return real_read(fd, n)

    monkeypatch.setattr(os, "read", failing_read)
    code, _, out = run(root, "check")  # check writes its problems to stderr
    assert code == 3 and "bad_disk.txt: error: read failed: Input/output error" in out
    assert run(root, "generate")[0] == 0
    assert published(root) == {"good.txt", "other.txt"}


def test_an_unreadable_folder_is_reported_not_skipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = project(tmp_path, {"locked/inside.txt": OTHER.replace("Brussels", "Vienna")})
    real_scandir = os.scandir

    def scandir(path: object = ".") -> object:
        if str(path).endswith("locked"):
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_scandir(path)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "scandir", scandir)
    code, _, out = run(root, "check")  # check writes its problems to stderr
    assert code == 3 and "locked: error: folder cannot be read: Permission denied" in out
    assert "chmod" in out


def test_a_parser_crash_on_one_page_refuses_that_page(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import trafilatura

    def boom(*args: object, **kwargs: object) -> None:
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr(trafilatura, "bare_extraction", boom)
    root = project(tmp_path, {"deep.html": "<html><body>" + "<div>" * 50 + "text</body></html>"})
    code, _, out = run(root, "check")  # check writes its problems to stderr
    assert code == 3 and "deep.html: error: could not be read (RecursionError" in out
    assert run(root, "generate")[0] == 0 and published(root) == {"good.txt", "other.txt"}


# --- Stalls and blow-ups ------------------------------------------------------------------------

def test_a_huge_title_is_cut_with_a_warning(tmp_path: Path) -> None:
    title = "Turkey " * 270_000  # 1.9 MB
    root = project(tmp_path, {"huge_title.md": f"---\ntitle: {title}\nauthor: {'A' * 100_000}\n---\n{OTHER}",
                              "huge_headline.txt": "Talks " + "x" * 500_000 + "\n\n" + GOOD.split("\n", 2)[2]})
    start = time.perf_counter()
    code, _, err = run(root, "generate")
    assert code == 0 and time.perf_counter() - start < 30
    assert "huge_title.md:2: warning: front matter 'title': 1,889,999 characters long, cut to 300" in err
    digest = json.loads((root / "docs" / "digest.json").read_text(encoding="utf-8"))
    titles = {a["source_path"]: a["title"] for a in digest["articles"]}
    assert len(titles["huge_title.md"]) == 300 and titles["huge_title.md"].endswith("…")
    assert len(titles["huge_headline.txt"]) <= 300
    assert sum(p.stat().st_size for p in (root / "docs").rglob("*.md")) < 3_000_000


@pytest.mark.parametrize("pattern", [r"(a|aa)+$", r"(a+)+$", r"(\w+\s?)*$", r"(.*a){12}", r"\s*\s*$",
                                     r"(x+x+)+y", r"([a-z]+)*$", r"(\d+|\d+\.\d+)+"])
def test_cleaning_patterns_that_backtrack_are_refused_at_load(tmp_path: Path, pattern: str) -> None:
    root = project(tmp_path, config=f"cleaning:\n  - name: evil\n    scope: inline\n    pattern: '{pattern}'\n")
    start = time.perf_counter()
    code, _, out = run(root, "check")  # check writes its problems to stderr
    assert code == 2 and time.perf_counter() - start < 20
    assert "briefing.yml:" in out and "cleaning[0].pattern: pattern can take exponential or polynomial time" in out
    assert "atomic group" in out


def test_outlet_text_patterns_are_checked_too(tmp_path: Path) -> None:
    root = project(tmp_path, config="outlets:\n  - name: Evil\n    text: ['\\w+ News']\n    byline: ['(a|a)*b']\n")
    code, _, out = run(root, "check")  # check writes its problems to stderr
    assert code == 2
    assert "outlets[0].text[0]" in out and "starts with an unbounded repeat" in out
    assert "outlets[0].byline[0]" in out


def test_the_default_patterns_pass_and_stay_fast_on_adversarial_lines() -> None:
    import yaml

    from generator.clean.boilerplate import is_junk_line, strip_inline
    from generator.config import CleaningPattern
    from generator.regex_safety import backtracking_risk

    defaults = yaml.safe_load((Path(__file__).parents[1] / "generator" / "defaults.yml").read_text())
    patterns = tuple(CleaningPattern(**p) for p in defaults["cleaning"])
    assert all(backtracking_risk(p.pattern, p.scope == "inline") is None for p in patterns)
    for line in ("A" * 65_000, "Aaa " * 16_000, " " * 65_000, ". " * 32_000, "(" * 65_000, ". Aaa Bbb " * 6_000):
        start = time.perf_counter()
        is_junk_line(line, patterns)
        strip_inline(line, 1, patterns)
        assert time.perf_counter() - start < 2.0, line[:20]


BILLION_LAUGHS = 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n' + "".join(
    f"{chr(98 + i)}: &{chr(98 + i)} [" + ",".join([f"*{chr(97 + i)}"] * 9) + "]\n" for i in range(8))


@pytest.mark.parametrize("where", ["briefing.yml", "topics.yml"])
@pytest.mark.parametrize("payload", [BILLION_LAUGHS, "x: " + "[" * 10_000 + "]" * 10_000 + "\n",
                                     "x:\n" + "".join("  " * i + "- \n" for i in range(1, 60)) + "  " * 60 + "- 1\n"])
def test_yaml_bombs_in_config_are_refused_quickly(tmp_path: Path, where: str, payload: str) -> None:
    root = project(tmp_path)
    (root / where).write_text(payload)
    start = time.perf_counter()
    code, _, out = run(root, "check")  # check writes its problems to stderr
    assert code == 2 and time.perf_counter() - start < 20
    line = next(x for x in out.splitlines() if x.startswith(where))
    assert "error:" in line and ("YAML" in line or "nested" in line), line
    assert "Traceback" not in out


@pytest.mark.parametrize("payload", [BILLION_LAUGHS.replace("a:", "title:", 1),
                                     "title: " + "[" * 5_000 + "]" * 5_000])
def test_yaml_bombs_in_front_matter_refuse_that_file(tmp_path: Path, payload: str) -> None:
    root = project(tmp_path, {"bomb.md": f"---\n{payload}\n---\n{OTHER}"})
    code, _, out = run(root, "check")  # check writes its problems to stderr
    assert code == 3 and "bomb.md:" in out and "malformed front matter" in out


# --- Escaping and validation --------------------------------------------------------------------

@pytest.mark.parametrize(("setting", "expected"), [
    ("max_article_bytes: -5", "max_article_bytes: expected a whole number from 1 to 100000000, got -5"),
    ("max_article_bytes: 0", "max_article_bytes: expected a whole number from 1 to 100000000, got 0"),
    ("latest_sources: -1", "latest_sources: expected a whole number >= 0, got -1"),
    ("summary: {min_sentences: 0}", "summary.min_sentences: expected a whole number >= 1, got 0"),
    ("summary: {overview_sentences: 1000}", "summary.overview_sentences: expected a whole number from 1 to 100"),
])
def test_numbers_are_range_checked(tmp_path: Path, setting: str, expected: str) -> None:
    root = project(tmp_path, config=setting)
    code, _, out = run(root, "check")  # check writes its problems to stderr
    assert code == 2 and expected in out, out


def test_topic_numbers_and_lengths_are_range_checked(tmp_path: Path) -> None:
    root = project(tmp_path)
    topics = (root / "topics.yml").read_text(encoding="utf-8")
    topics = topics.replace("    terms:", "    min_sentences: 0\n    expand: -1\n    terms:", 1)
    topics = topics.replace("title: Gaza ceasefire", "title: " + "G" * 500, 1)
    (root / "topics.yml").write_text(topics, encoding="utf-8")
    code, _, out = run(root, "check")  # check writes its problems to stderr
    assert code == 2
    assert "topics[0].min_sentences: expected a whole number >= 1, got 0" in out
    assert "topics[0].expand: expected a whole number from 0 to 1000, got -1" in out
    assert "topics[1].title: expected text of at most 200 characters, got 500" in out


def test_a_topics_file_that_is_not_yaml_topics_is_quoted_one_line_only(tmp_path: Path) -> None:
    secret = tmp_path / "secret"
    secret.write_text("root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1:daemon:/usr/sbin\nhunter2-password-line\n")
    root = project(tmp_path, config=f"topics_file: {secret}")
    code, _, out = run(root, "check")  # check writes its problems to stderr
    assert code == 2
    assert "daemon" not in out and "hunter2" not in out
    assert out.count("root:x:0:0") <= 1


def test_topic_titles_reach_the_navigation_escaped(tmp_path: Path) -> None:
    root = project(tmp_path)
    topics = (root / "topics.yml").read_text(encoding="utf-8")
    evil = "<img src=x onerror=alert(1)>Gaza \u202eevil\u202c"
    (root / "topics.yml").write_text(topics.replace("title: Gaza ceasefire", f"title: '{evil}'", 1), encoding="utf-8")
    assert run(root, "generate")[0] == 0
    nav = (root / "docs" / ".briefing" / "nav.yml").read_text(encoding="utf-8")
    assert "<img" not in nav and "&lt;img src=x onerror=alert(1)&gt;Gaza evil" in nav and "\u202e" not in nav


def test_the_nav_hook_escapes_a_nav_file_edited_by_hand(tmp_path: Path) -> None:
    from generator.mkdocs_hooks import on_config

    docs = tmp_path / "docs"
    (docs / ".briefing").mkdir(parents=True)
    (docs / ".briefing" / "nav.yml").write_text(
        "- Home: index.md\n- '<script>alert(1)</script>': topics/a.md\n- Evil: javascript:alert(1)\n"
        "- Out: ../../etc/passwd.md\n- Already &lt;escaped&gt;: topics/b.md\n")
    config = on_config({"docs_dir": str(docs), "nav": None})
    assert config["nav"] == [{"Home": "index.md"}, {"&lt;script&gt;alert(1)&lt;/script&gt;": "topics/a.md"},
                             {"Already &lt;escaped&gt;": "topics/b.md"}]


def test_bidi_controls_in_titles_and_names_are_shown_escaped_or_removed(tmp_path: Path) -> None:
    text = ("---\ntitle: \"Harmless \u202egpj.exe\u202c \u2066isolate\u2069 \u200fmark\"\n---\n"
            "Officials in Vienna met on Friday to discuss gas prices. Turkey sent a delegation.\n")
    root = project(tmp_path, {"rtl\u202etxt.exe.md": text, "bad\u202e\x01.txt": GOOD})
    (root / "articles" / "plain.md").write_text(text, encoding="utf-8")
    code, _, out = run(root, "check")  # check writes its problems to stderr
    assert code == 3 and "\u202e" not in out
    assert "rtl\\u202etxt.exe.md: error: name contains characters that change the direction" in out
    code, _, err = run(root, "generate")
    assert code == 0 and "\u202e" not in err
    digest = json.loads((root / "docs" / "digest.json").read_text(encoding="utf-8"))
    assert "\u202e" not in json.dumps(digest, ensure_ascii=False)
    title = next(a["title"] for a in digest["articles"] if a["source_path"] == "plain.md")
    assert title == "Harmless gpj.exe isolate mark"
    assert "plain.md:2: warning: front matter 'title': right-to-left" in err
    for page in (root / "docs").rglob("*.md"):
        text = page.read_text(encoding="utf-8")
        assert not any(ch in text for ch in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"), page


def test_duplicate_yaml_keys_warn(tmp_path: Path) -> None:
    root = project(tmp_path, {"dup.md": "---\ntitle: First\ntitle: Second\n---\nOfficials in Oslo met on Friday "
                              "to discuss fishing quotas.\n"},
                   config="latest_sources: 3\nlatest_sources: 4\n")
    code, _, out = run(root, "check")  # check writes its problems to stderr
    assert code == 0
    assert "briefing.yml:" in out and "warning: key 'latest_sources' given twice: the last one is used" in out
    assert "dup.md:3: warning: front matter key 'title' given twice" in out
    assert run(root, "check", "--strict")[0] == 2


# --- Faults give the documented exit codes ------------------------------------------------------

@pytest.mark.parametrize(("err", "advice"), [(errno.ENOSPC, "free some disk space"),
                                             (errno.EROFS, "read-only"), (errno.EPERM, "chattr -i"),
                                             (errno.EACCES, "permissions")])
@pytest.mark.parametrize("after", [0, 3])
def test_docs_write_faults_exit_4_and_leave_nothing_behind(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                           err: int, advice: str, after: int) -> None:
    root = project(tmp_path)
    assert run(root, "generate")[0] == 0
    (root / "articles" / "new.txt").write_text(OTHER.replace("Brussels", "Vienna"))
    before = snapshot(root / "docs")
    real = writer._stage
    calls = []

    def failing(path: Path, data: bytes) -> str:  # the staging of the changed pages fails midway
        calls.append(path)
        if len(calls) > after:
            raise OSError(err, os.strerror(err), str(path))
        return real(path, data)

    monkeypatch.setattr(writer, "_stage", failing)
    code, _, out = run(root, "generate")
    assert len(calls) == after + 1
    assert code == 4 and advice in out and "Nothing in docs/ was changed" in out
    assert snapshot(root / "docs") == before
    assert not (root / "docs" / STAGING).exists()
    monkeypatch.undo()
    assert run(root, "generate")[0] == 0


def test_a_full_disk_during_the_site_build_exits_4_and_keeps_the_old_site(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import mkdocs.utils

    root = project(tmp_path)
    assert run(root, "build")[0] == 0
    site = snapshot(root / "site")
    (root / "articles" / "new.txt").write_text(OTHER.replace("Brussels", "Vienna"))

    def full(content: bytes, output_path: str) -> None:
        raise OSError(errno.ENOSPC, "No space left on device", output_path)

    monkeypatch.setattr(mkdocs.utils, "write_file", full)
    code, _, err = run(root, "build")
    assert code == 4 and "free some disk space" in err and "previous site is unchanged" in err
    assert {k: v for k, v in snapshot(root / "site").items()} == site
    assert not (root / ".site.building").exists()
