"""The GitHub Actions workflow that publishes the site: valid, and wired to what we build."""

from __future__ import annotations

import subprocess
import sys

import yaml

from .conftest import ROOT

WORKFLOW = ROOT / ".github" / "workflows" / "publish.yml"


def test_workflow_is_valid_against_the_github_schema() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "check_jsonschema", "--builtin-schema", "vendor.github-workflows", str(WORKFLOW)],
        capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


def test_workflow_rebuilds_on_article_changes_and_publishes_the_site() -> None:
    data = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    on = data[True] if True in data else data["on"]  # YAML 1.1 reads the key `on` as true
    assert "articles/**" in on["push"]["paths"]
    steps = data["jobs"]["build"]["steps"]
    runs = [s.get("run", "") for s in steps]
    assert any("briefing build --strict" in r for r in runs)
    upload = [s for s in steps if str(s.get("uses", "")).startswith("actions/upload-pages-artifact")]
    from mkdocs.utils.yaml import yaml_load  # MkDocs' own loader knows its !ENV tag

    with (ROOT / "mkdocs.yml").open(encoding="utf-8") as f:
        site_dir = yaml_load(f)["site_dir"]
    assert upload and upload[0]["with"]["path"] == site_dir
    deploy = data["jobs"]["deploy"]
    assert deploy["needs"] == "build"
    assert any(str(s.get("uses", "")).startswith("actions/deploy-pages") for s in deploy["steps"])
    assert data["permissions"]["pages"] == "write" and data["permissions"]["id-token"] == "write"
