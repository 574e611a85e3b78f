"""The pipeline, top to bottom: load → clean → analyse → render → write → site.

Files are read at the start and written at the end; everything between is pure.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from .analyse import build_digest
from .clean import clean_corpus
from .config import Config
from .errors import BriefingError, CorpusError, Problem
from .load import read_corpus
from .models import Corpus, Digest
from .render import render_site
from .render.pages import PACKAGED, write_stylesheet
from .write import WriteResult, write_pages
from .write.site import build_site


@dataclass(frozen=True)
class Generated:
    """The result of one generation: the digest, the rendered files and what was written."""

    digest: Digest
    pages: dict[str, str]
    written: WriteResult | None


def load(config: Config) -> Corpus:
    """Read and clean the corpus."""
    files, problems, skipped = read_corpus(config.articles_path, config.settings.max_article_bytes)
    return clean_corpus(files, config.settings, problems, skipped)


def generate(config: Config, *, strict: bool = False, write: bool = True) -> Generated:
    """Build the digest and its pages; write them into docs/ unless ``write`` is false.

    In strict mode any problem with the corpus stops the build before anything is written.
    """
    corpus = load(config)
    if strict and corpus.problems:
        raise CorpusError(list(corpus.problems))
    digest = _digest_isolating_faults(config, corpus)
    if strict and digest.problems != corpus.problems:
        raise CorpusError(list(digest.problems))
    pages = render_site(config, digest)
    written = write_pages(config.docs_path, pages) if write else None
    if write:
        write_stylesheet(config.docs_path)
    return Generated(digest, pages, written)


def build(config: Config, mkdocs_file: Path, *, strict: bool = False) -> Generated:
    """Generate the pages, then build the site with MkDocs.

    A project without ``mkdocs.yml`` gets the packaged starter written there first (it is the
    project's file from then on, to edit as any MkDocs settings file)."""
    result = generate(config, strict=strict)
    write_starter_mkdocs(mkdocs_file)
    build_site(mkdocs_file, config.site_path, strict=strict)
    return result


def write_starter_mkdocs(mkdocs_file: Path) -> bool:
    """Write the packaged starter ``mkdocs.yml`` (Material theme, the ``briefing`` plugin) where
    there is none. True if it was written."""
    if mkdocs_file.exists() or mkdocs_file.is_symlink():
        return False
    mkdocs_file.write_bytes((PACKAGED / "mkdocs.yml").read_bytes())
    return True


def _digest_isolating_faults(config: Config, corpus: Corpus) -> Digest:
    """Build the digest; if the analysis fails on some article, refuse that article and publish the rest.

    An unexpected failure is a bug, but one article's text must not stop every other article
    from being published: each article is then analysed alone, those that still fail are
    refused with the failure named, and the digest is built again without them.
    """
    try:
        return build_digest(config, corpus)
    except BriefingError:
        raise
    except Exception:  # any fault in the analysis of one article
        refused: list[Problem] = []
        kept = []
        for article in corpus.articles:
            try:
                build_digest(config, replace(corpus, articles=(article,), problems=()))
            except BriefingError:
                raise
            except Exception as exc:
                refused.append(Problem(article.source_path,
                                       f"the analysis failed on this article ({type(exc).__name__}: {str(exc)[:200]})",
                                       "report this as a bug in Briefing, with the file; the other articles were published"))
            else:
                kept.append(article)
        if not refused or not kept:
            raise  # no single article causes it, or every one does: a bug, not one file's doing
        return build_digest(config, replace(corpus, articles=tuple(kept), problems=(*corpus.problems, *refused)))
