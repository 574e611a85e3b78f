"""The pipeline, top to bottom: load → clean → analyse → render → write → site.

Files are read at the start and written at the end; everything between is pure.
"""

from __future__ import annotations

import gc
import itertools
import sys
from collections.abc import Callable, Iterator, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TypeVar

from .analyse import build_digest
from .analyse.digest import addresses, article_work
from .cache import Cache
from .clean import clean_article, clean_corpus, text_fingerprint
from .config import Config, Settings
from .errors import BriefingError, CorpusError, Problem
from .load import read_corpus
from .models import Addresses, Article, ArticleWork, Corpus, Digest, FileWork, Memo, SourceFile
from .progress import Progress, silent
from .render import render_site, site_pages
from .render.pages import PACKAGED, write_stylesheet, write_theme_override
from .write import WriteResult, WrittenPages, write_pages
from .write.build_info import this_build
from .write.site import build_site

T = TypeVar("T")


@dataclass(frozen=True)
class Generated:
    """The result of one generation: the digest, the rendered files and what was written."""

    digest: Digest
    pages: Mapping[str, str]  # path → text; when written, read back from docs/ on demand
    written: WriteResult | None


def load(config: Config) -> Corpus:
    """Read and clean the corpus."""
    files, problems, skipped = read_corpus(config.articles_path, config.settings.max_article_bytes)
    return clean_corpus(files, config.settings, problems, skipped)


SITE_RECORDS = "site"  # the folder of the site's page cache, inside cache_dir
MIN_PARALLEL = 32  # fewer files to analyse than this are done in this process: starting workers costs more


def generate(config: Config, *, strict: bool = False, write: bool = True, cache: bool = False, jobs: int = 1,
             progress: Progress | None = None) -> Generated:
    """Build the digest and its pages; write them into docs/ unless ``write`` is false.

    In strict mode any problem with the corpus stops the build before anything is written.
    With ``cache``, each file's cleaning and per-article analysis is kept in the project's
    ``cache_dir`` and reused while the file, the settings and the code are unchanged, and page
    addresses are kept from the last build there (see :mod:`generator.cache`). ``jobs`` worker
    processes clean and analyse the files (the output does not depend on it).
    """
    with fewer_collections():
        return _generate(config, strict=strict, write=write, cache=cache, jobs=jobs, progress=progress)


# Allocations between two runs of the garbage collector's youngest generation while a build runs
# (Python's default is 700). A build makes millions of small records that live to its end, and
# each collection walks them: on 1,000 BBC and Multi-News articles, a generation from the cache
# took 9.2-10.3 s of CPU with the default, 7.7-8.7 s with this, 8.2-8.4 s with the collector off
# (benchmarks/incremental.py corpus, two runs each). Memory is unchanged: few cycles are made.
GC_THRESHOLD = 50_000


@contextmanager
def fewer_collections() -> Iterator[None]:
    """Run the youngest generation's collection every GC_THRESHOLD allocations, then restore."""
    before = gc.get_threshold()
    gc.set_threshold(max(before[0], GC_THRESHOLD), *before[1:])
    try:
        yield
    finally:
        gc.set_threshold(*before)


def _generate(config: Config, *, strict: bool, write: bool, cache: bool, jobs: int,
              progress: Progress | None) -> Generated:
    show = progress or silent()
    store = Cache.open(config.root / config.settings.cache_dir, config.settings) if cache else None
    corpus, work = prepare(config, cache=store, jobs=jobs, progress=show)
    if strict and corpus.problems:
        raise CorpusError(list(corpus.problems))
    previous = store.addresses() if store is not None else None
    memo = store.memo() if store is not None else None
    digest = _digest_isolating_faults(config, corpus, work, previous, show, memo, jobs)
    if store is not None and memo is not None:
        show.detail(f"cache: {memo.reused} topic matches and summaries made before")
    if strict and digest.problems != corpus.problems:
        raise CorpusError(list(digest.problems))
    build_info = this_build(config)  # date, site address, previous state
    written = None
    pages: Mapping[str, str]
    if write:
        # Each page is written (staged) as it is rendered, and not kept: the site is never held whole.
        show.stage("render and write", unit="pages")
        written = write_pages(config.docs_path, _counted(site_pages(config, digest, build_info, jobs), show.advance))
        write_stylesheet(config.docs_path)
        write_theme_override(config.root)
        pages = WrittenPages(config.docs_path, written.pages)
        show.detail(f"{len(written.written)} pages written, {written.unchanged} unchanged, "
                    f"{len(written.deleted)} removed")
    else:
        show.stage("render", unit="pages")
        pages = render_site(config, digest, build_info, jobs)
        show.advance(len(pages))
    show.end()
    if store is not None:
        if write:
            store.save_addresses(addresses(digest))
        if memo is not None:
            store.save_memo(memo)
        store.prune()
    return Generated(digest, pages, written)


def _counted(pages: Iterator[T], advance: Callable[[int], None]) -> Iterator[T]:
    """The pages as they come, each counted once it is written."""
    for page in pages:
        yield page
        advance(1)


def build(config: Config, mkdocs_file: Path, *, strict: bool = False, cache: bool = False, jobs: int = 1,
          progress: Progress | None = None) -> Generated:
    """Generate the pages, then build the site with MkDocs.

    A project without ``mkdocs.yml`` gets the packaged starter written there first (it is the
    project's file from then on, to edit as any MkDocs settings file)."""
    result = generate(config, strict=strict, cache=cache, jobs=jobs, progress=progress)
    write_starter_mkdocs(mkdocs_file)
    show = progress or silent()
    show.stage("site (MkDocs)")
    kept = build_site(mkdocs_file, config.site_path, strict=strict,
                      cache=config.root / config.settings.cache_dir / SITE_RECORDS if cache else None)
    if kept is not None and kept.render_key:
        show.detail(f"cache: {kept.hits['render']} of {len(kept.fresh)} pages converted before, "
                    f"{kept.hits['layout']} laid out before")
    show.end()
    return result


def prepare(config: Config, *, cache: Cache | None = None, jobs: int = 1,
            progress: Progress | None = None) -> tuple[Corpus, dict[str, ArticleWork]]:
    """Read every file, then clean and analyse each one on its own (from the cache where it holds
    the file, in ``jobs`` processes otherwise): the corpus, and each article's own analysis."""
    show = progress or silent()
    show.stage("read", unit="files")
    files, problems, skipped = read_corpus(config.articles_path, config.settings.max_article_bytes)
    show.advance(len(files))
    ordered = sorted(files, key=lambda f: f.path)
    show.stage("clean and analyse each article", total=len(ordered), unit="files")
    keys = [cache.key(f) for f in ordered] if cache is not None else []
    results: list[FileWork | None] = [cache.get(k) for k in keys] if cache is not None else [None] * len(ordered)
    todo = [i for i, r in enumerate(results) if r is None]
    show.advance(len(ordered) - len(todo))
    workers = max(1, min(jobs, len(todo) // MIN_PARALLEL))
    if cache is not None:
        show.detail(f"cache: {len(ordered) - len(todo)} of {len(ordered)} files analysed before")
    if todo:
        show.detail(f"{len(todo)} file{'s' if len(todo) > 1 else ''} to clean and analyse in {workers} "
                    f"process{'es' if workers > 1 else ''}")
    for i, done in zip(todo, _file_works([ordered[i] for i in todo], config.settings, workers, show.advance),
                       strict=True):
        results[i] = done
        if cache is not None:
            cache.put(keys[i], done)
    kept = [r for r in results if r is not None]
    corpus, work = collect(kept, problems, skipped)
    return corpus, work


def file_work(source: SourceFile, settings: Settings) -> FileWork:
    """Clean one file and analyse the article alone. A fault in the analysis leaves ``work``
    empty: the digest then analyses that article again and refuses it with the fault named."""
    article, issues = clean_article(source, settings)
    work: ArticleWork | None = None
    if article is not None:
        try:
            work = article_work(article)
        except Exception:  # one article's fault is reported by the digest, not here
            work = None
    return FileWork(source.path, article, tuple(issues), work)


def _file_works(sources: Sequence[SourceFile], settings: Settings, jobs: int,
                advance: Callable[[int], None]) -> Iterator[FileWork]:
    """:func:`file_work` of each source, in order, in ``jobs`` processes."""
    if jobs <= 1:
        for source in sources:
            yield file_work(source, settings)
            advance(1)
        return
    chunk = max(1, min(64, len(sources) // (jobs * 8)))
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        for done in pool.map(file_work, sources, itertools.repeat(settings), chunksize=chunk):
            yield _shared_words(done)
            advance(1)


def _shared_words(done: FileWork) -> FileWork:
    """A worker's result with its words and names interned, as an analysis in this process has
    them: each result comes unpickled with strings of its own (10,000 files: the sentences'
    words were 1.03 million strings for 548,000 distinct ones)."""
    work = done.work
    if work is None:
        return done
    names = work.names
    if names is not None:
        names = replace(names, found=tuple(replace(f, name=sys.intern(f.name)) for f in names.found),
                        cues=tuple(replace(c, name=sys.intern(c.name)) for c in names.cues))
    return replace(done, work=replace(work, stems=tuple(tuple(map(sys.intern, ws)) for ws in work.stems),
                                      capitals=tuple(map(sys.intern, work.capitals)), names=names))


def collect(works: Sequence[FileWork], problems: Sequence[Problem] = (),
            skipped: Sequence[Problem] = ()) -> tuple[Corpus, dict[str, ArticleWork]]:
    """The corpus from files cleaned one by one (in path order), exactly as
    :func:`generator.clean.clean_corpus` makes it: a second file with an article's id or text is
    refused. Also each published article's own analysis, by article id."""
    articles: list[Article] = []
    found = list(problems)
    seen: dict[str, str] = {}
    texts: dict[str, str] = {}
    analysed: dict[str, ArticleWork] = {}
    for w in works:
        found.extend(w.problems)
        article = w.article
        if article is None:
            continue
        if article.id in seen:
            found.append(Problem(w.path, f"two articles with the same id '{article.id}': this file and "
                                 f"{seen[article.id]} (ids are made from file names)",
                                 "rename one of the two files so their names differ in more than case "
                                 "or punctuation"))
            continue
        fingerprint = text_fingerprint(article)
        if fingerprint in texts:
            found.append(Problem(w.path, f"same text as {texts[fingerprint]}, not published twice",
                                 "remove one of the two copies"))
            continue
        seen[article.id] = w.path
        texts[fingerprint] = w.path
        articles.append(article)
        if w.work is not None:
            analysed[article.id] = w.work
    corpus = Corpus(articles=tuple(sorted(articles, key=lambda a: a.id)), problems=tuple(found),
                    skipped=tuple(skipped))
    return corpus, analysed


def write_starter_mkdocs(mkdocs_file: Path) -> bool:
    """Write the packaged starter ``mkdocs.yml`` (Material theme, the ``briefing`` plugin) where
    there is none. True if it was written."""
    if mkdocs_file.exists() or mkdocs_file.is_symlink():
        return False
    mkdocs_file.write_bytes((PACKAGED / "mkdocs.yml").read_bytes())
    return True


def _digest_isolating_faults(config: Config, corpus: Corpus, work: dict[str, ArticleWork] | None = None,
                             previous: Addresses | None = None, progress: Progress | None = None,
                             memo: Memo | None = None, jobs: int = 1) -> Digest:
    """Build the digest; if the analysis fails on some article, refuse that article and publish the rest.

    An unexpected failure is a bug, but one article's text must not stop every other article
    from being published: each article is then analysed alone, those that still fail are
    refused with the failure named, and the digest is built again without them.
    """
    show = progress or silent()
    try:
        return build_digest(config, corpus, work, previous, stage=show.stage, memo=memo, jobs=jobs)
    except BriefingError:
        raise
    except Exception:  # any fault in the analysis of one article
        refused: list[Problem] = []
        kept = []
        for article in corpus.articles:
            try:
                build_digest(config, replace(corpus, articles=(article,), problems=()), work)
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
        return build_digest(config, replace(corpus, articles=tuple(kept), problems=(*corpus.problems, *refused)),
                            work, previous, stage=show.stage, jobs=jobs)
