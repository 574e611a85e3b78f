"""The package carries what a project needs (templates, stylesheet, schema, starter mkdocs.yml,
the ``briefing`` MkDocs plugin), and ``briefing new`` writes a project that builds at once."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from generator.cli import EXIT_USAGE, main
from generator.render.pages import PACKAGED

from .conftest import ROOT

# Packaged copy → the repository's own file it must equal.
COPIES = {
    "briefing.css": ROOT / "docs" / "stylesheets" / "briefing.css",
    "digest.schema.json": ROOT / "schema" / "digest.schema.json",
    "mkdocs.yml": ROOT / "mkdocs.yml",
    "publish.yml": ROOT / ".github" / "workflows" / "publish.yml",
}


def test_packaged_copies_equal_the_repository_files() -> None:
    for name, original in COPIES.items():
        assert (PACKAGED / name).read_bytes() == original.read_bytes(), name
    ours = {p.name: p.read_bytes() for p in (ROOT / "templates").glob("*.j2")}
    packaged = {p.name: p.read_bytes() for p in (PACKAGED / "templates").glob("*.j2")}
    assert packaged == ours


def test_wheel_carries_templates_stylesheet_schema_and_plugin(tmp_path: Path) -> None:
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-build-isolation", "--no-deps", "-q",
                    "-w", str(tmp_path), str(ROOT)], check=True, capture_output=True, timeout=300)
    [wheel] = tmp_path.glob("briefing-*.whl")
    with zipfile.ZipFile(wheel) as z:
        names = set(z.namelist())
        entry_points = next(z.read(n).decode() for n in names if n.endswith(".dist-info/entry_points.txt"))
    for template in (ROOT / "templates").glob("*.j2"):
        assert f"generator/data/templates/{template.name}" in names
    for name in COPIES:
        assert f"generator/data/{name}" in names
    assert "generator/defaults.yml" in names
    assert "[mkdocs.plugins]" in entry_points and "briefing = generator.mkdocs_hooks:BriefingPlugin" in entry_points


def test_new_then_build_gives_the_topic_page(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    project = tmp_path / "news"
    assert main(["new", str(project)]) == 0
    for rel in ("briefing.yml", "topics.yml", "mkdocs.yml", ".github/workflows/publish.yml", "articles/README.md"):
        assert (project / rel).is_file(), rel
    assert "  - briefing" in (project / "mkdocs.yml").read_text(encoding="utf-8")
    # Zero articles: the README is skipped, and the site still builds.
    assert main(["build", "--root", str(project)]) == 0
    assert (project / "site" / "topics" / "example-topic" / "index.html").is_file()
    assert (project / "docs" / "stylesheets" / "briefing.css").read_bytes() == COPIES["briefing.css"].read_bytes()
    # One article that joins the example topic.
    (project / "articles" / "001.txt").write_text(
        "title: Vote in parliament\nsource: Example News\ndate: 2024-05-01\n\n"
        "The parliament held an election for its speaker on Monday. The minister said the election was fair. "
        "Members of parliament will meet again next week.\n", encoding="utf-8")
    assert main(["build", "--root", str(project)]) == 0
    topic = (project / "docs" / "topics" / "example-topic.md").read_text(encoding="utf-8")
    assert "Vote in parliament" in topic
    assert (project / "site" / "sources" / "001" / "index.html").is_file()
    capsys.readouterr()


def test_build_without_mkdocs_yml_writes_the_starter(tmp_path: Path) -> None:
    project = tmp_path / "p"
    assert main(["new", str(project)]) == 0
    (project / "mkdocs.yml").unlink()
    assert main(["build", "--root", str(project)]) == 0
    assert (project / "mkdocs.yml").read_bytes() == (PACKAGED / "mkdocs.yml").read_bytes()
    assert (project / "site" / "index.html").is_file()


def test_project_template_overrides_the_packaged_one(tmp_path: Path) -> None:
    project = tmp_path / "p"
    assert main(["new", str(project)]) == 0
    (project / "templates").mkdir()
    (project / "templates" / "home.md.j2").write_text("# My own home page\n", encoding="utf-8")
    assert main(["generate", "--root", str(project)]) == 0
    assert (project / "docs" / "index.md").read_text(encoding="utf-8") == "# My own home page\n"
    # The templates it does not override still come from the package.
    topic = (project / "docs" / "topics" / "example-topic.md").read_text(encoding="utf-8")
    assert "\n# Example topic\n" in topic


def test_new_refuses_a_non_empty_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "notes.txt").write_text("mine\n", encoding="utf-8")
    assert main(["new", str(tmp_path)]) == EXIT_USAGE
    err = capsys.readouterr().err
    assert "not an empty folder" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]
    assert (tmp_path / "notes.txt").read_text(encoding="utf-8") == "mine\n"


def _requirements(extra: str | None = None) -> list[Requirement]:
    tomllib = pytest.importorskip("tomllib")  # Python 3.11+
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    declared = project["optional-dependencies"][extra] if extra else project["dependencies"]
    return [Requirement(r) for r in declared]


def test_constraints_pin_every_declared_dependency_within_its_range() -> None:
    """CI installs with constraints.txt: a dependency added to pyproject.toml without its pin would
    float to whatever is newest, and a pin outside the declared range would not install."""
    pins: dict[str, str] = {}
    for line in (ROOT / "constraints.txt").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            name, sep, version = line.partition("==")
            assert sep and version and canonicalize_name(name) not in pins, line
            pins[canonicalize_name(name)] = version
    for req in (*_requirements(), *_requirements("test")):
        if req.marker is not None and not req.marker.evaluate():
            continue
        pinned = pins.get(canonicalize_name(req.name))
        assert pinned, f"{req.name} is declared in pyproject.toml but not pinned in constraints.txt"
        assert req.specifier.contains(pinned, prereleases=True), f"constraints.txt: {req.name}=={pinned} is outside {req}"


def test_moving_ecosystems_have_upper_bounds() -> None:
    bounded = {canonicalize_name(r.name): r for r in _requirements()}
    for name in ("mkdocs", "mkdocs-material"):
        assert any(spec.operator == "<" for spec in bounded[canonicalize_name(name)].specifier), name
