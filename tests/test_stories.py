"""Same-story groups on the seeds: who is grouped, independent origins, what each source adds,
and ids that stay put when an unrelated article arrives."""

from __future__ import annotations

from dataclasses import replace

from generator.analyse.stories import find_stories
from generator.models import Article
from generator.pipeline import Generated

from ._tiny import tiny

A000, A001, A002, A003, A004 = ("000_8ac4934ad0f0b599", "001_0c4358038d950f96", "002_9bead7feb380e395",
                                "003_0fd4dcf16330c07a", "004_db8ebea197603826")


def _story(gen: Generated, member: str):
    return next(g for g in gen.digest.stories if member in g.article_ids)


def test_seed_groups(seed_generated: Generated) -> None:
    groups = {g.article_ids for g in seed_generated.digest.stories}
    assert groups == {(A000, A001), (A003, A004)}  # 002 is a different visit: not merged


def test_a_rewrite_is_one_independent_origin(seed_generated: Generated) -> None:
    g = _story(seed_generated, A000)
    assert len(g.article_ids) == 2 and len(g.origins) == 1
    assert g.origin_evidence and g.origin_evidence[0][:2] == (A000, A001)


def test_what_each_source_adds(seed_generated: Generated) -> None:
    g = _story(seed_generated, A003)
    adds = {s.article_id: s.sentences for s in g.adds}
    art = {a.id: a for a in seed_generated.digest.articles}
    text004 = [art[A004].sentences[i].text for i in adds[A004]]
    text003 = [art[A003].sentences[i].text for i in adds[A003]]
    assert any("international mechanism to observe the ceasefire" in t for t in text004)
    assert any("protested outside an airbase" in t for t in text004)
    assert any("sanctions against Turkish entities linked to Russia" in t for t in text003)
    # A sentence both sources carry is not an addition of either.
    assert not any("follows strained meetings with Arab leaders" in t for t in text003)


def test_story_page_links_what_each_adds(seed_generated: Generated) -> None:
    page = seed_generated.pages[f"stories/story-{A003}.md"]
    assert "**2 sources, 1 independent origin.**" in page
    assert f"](../sources/{A004}.md#s6)" in page and f"](../sources/{A003}.md#s17)" in page
    index = seed_generated.pages["stories/index.md"]
    assert f"](story-{A000}.md)" in index


def test_story_ids_survive_an_unrelated_article(seed_generated: Generated) -> None:
    before = {g.id: g.article_ids for g in seed_generated.digest.stories}
    extra = tiny("Fishermen in Cornwall landed a record catch of mackerel this week. The harbour was busy.\n",
                 path="000_aaa_extra.txt")
    after = {g.id: g.article_ids for g in find_stories((extra, *seed_generated.digest.articles))}
    assert after == before


def test_near_copy_groups_and_different_stories_do_not() -> None:
    base = ("The city council approved a new budget for the harbour on Tuesday. "
            "The budget doubles spending on flood defences along the river. "
            "Councillors voted 30 to 12 in favour after a long debate. "
            "The mayor said the money would protect hundreds of homes.\n")
    copy = tiny(base, "b.txt")
    other = tiny("A new bakery opened in the old railway station. Its owner trained in Lyon for ten years. "
                 "Queues formed before dawn on the first morning. Bread sold out by noon.\n", "c.txt")
    groups = find_stories((tiny(base, "a.txt"), copy, other))
    assert [g.article_ids for g in groups] == [("a", "b")]


def test_a_reworded_sentence_is_not_an_addition(seed_generated: Generated) -> None:
    g = _story(seed_generated, A000)
    adds = {s.article_id: s.sentences for s in g.adds}
    art = {a.id: a for a in seed_generated.digest.articles}
    text000 = [art[A000].sentences[i].text for i in adds[A000]]
    # 001 words Flake's appeal differently ("We ask all of our allies that have any relations
    # with Iran to prevail on them…"): the same content, so not something 000 adds.
    assert not any("We are asking all of our allies" in t for t in text000)
    assert not any("Relations between the United States and Turkey have been strained" in t for t in text000)
    # …while what only 000 reports stays.
    assert any("Ambassador Jeff Flake made the comments as the region braces" in t for t in text000)


# Filler on other subjects, so words shared by the articles under test are rare in the corpus.
_FILLER = (
    "A new bakery opened in the old railway station. Its owner trained in Lyon for ten years. "
    "Queues formed before dawn on the first morning. Bread sold out by noon.\n",
    "The county cricket team signed a fast bowler from New Zealand. He joins for the summer season. "
    "The coach praised his accuracy in the nets. Tickets for the opening match went on sale.\n",
    "Researchers counted more otters on the river than in any year since records began. "
    "Cleaner water is credited. Volunteers walked the banks every week. The survey will continue.\n",
    "A jazz festival returns to the seafront in August with forty concerts. "
    "Organisers expect twenty thousand visitors. Most events are free. Local hotels are nearly full.\n",
)


def _with_filler(*articles):
    return (*articles, *(tiny(t, f"filler{i}.txt") for i, t in enumerate(_FILLER)))


def _quake() -> tuple[Article, Article]:
    a = tiny("A magnitude 6.1 earthquake struck the Andean town of Huancapata early on Sunday, killing at "
             "least 14 people. Rescuers pulled survivors from collapsed adobe homes in the Quispe valley. "
             "Governor Elena Mayta declared an emergency and asked Lima for tents and water. "
             "Aftershocks rattled the region through the morning. The national seismology institute "
             "placed the epicentre 12 kilometres below Huancapata.\n", "outlet-a.txt")
    b = tiny("At least 14 people died when a 6.1-magnitude quake hit Huancapata on Sunday morning, "
             "officials said. Many victims were trapped as adobe houses fell across the Quispe valley. "
             "Regional governor Elena Mayta called a state of emergency, requesting tents and drinking "
             "water from Lima. Residents slept outside as aftershocks continued. Seismologists said the "
             "quake was shallow, centred 12 km beneath the town.\n", "outlet-b.txt")
    return a, b


def test_two_outlets_wording_one_event_differently_are_one_story() -> None:
    a, b = _quake()
    groups = find_stories(_with_filler(a, b))
    assert [g.article_ids for g in groups] == [("outlet-a", "outlet-b")]
    g = groups[0]
    assert len(g.origins) == 2  # two newsrooms, each writing its own report: two origins


def _from(outlet: str | None, article: Article) -> Article:
    return replace(article, meta=replace(article.meta, outlet=outlet))


def _follow_ups() -> tuple[Article, Article]:
    background = ("The council approved a flood defence plan for the harbour last year after storms "
                  "flooded more than two hundred homes along the river. The plan doubles spending on "
                  "sea walls and pumping stations over the next decade.")
    first = tiny("Contractors began building the first sea wall at the harbour on Monday. Cranes arrived "
                 "at dawn and the quay was closed to traffic. Work on the first section should take eight "
                 "months, the site manager said.\n\n" + background + "\n", "first.txt")
    later = tiny("The harbour sea wall project is six million pounds over budget, an audit found on "
                 "Thursday. Auditors blamed steel prices and a late design change. Opposition councillors "
                 "called for an inquiry into how the contract was managed.\n\n" + background + "\n", "later.txt")
    return first, later


def test_one_outlets_follow_ups_sharing_a_background_paragraph_are_not_one_story() -> None:
    first, later = _follow_ups()
    # Outlets compare without case or spacing.
    assert find_stories(_with_filler(_from("Harbour Gazette", first), _from("harbour  gazette", later))) == ()


def test_the_outlet_decides_between_a_follow_up_and_related_coverage() -> None:
    # The same two texts from two outlets (or unknown ones) pass the related-coverage test: the
    # detector cannot tell a follow-up from another outlet's report by the words alone.
    first, later = _follow_ups()
    for outlets in (("Harbour Gazette", "River Times"), (None, None), ("Harbour Gazette", None)):
        pair = (_from(outlets[0], first), _from(outlets[1], later))
        assert [g.article_ids for g in find_stories(_with_filler(*pair))] == [("first", "later")], outlets


def test_two_outlets_report_one_event_while_one_outlets_follow_ups_stay_apart() -> None:
    a, b = _quake()
    first, later = _follow_ups()
    groups = find_stories(_with_filler(_from("Andes Post", a), _from("Lima Wire", b),
                                       _from("Harbour Gazette", first), _from("Harbour Gazette", later)))
    assert [g.article_ids for g in groups] == [("outlet-a", "outlet-b")]


def test_a_chain_does_not_join_two_unrelated_articles() -> None:
    a = tiny("The national museum returned a bronze mask to the village of Ondoro on Friday. The mask was "
             "taken by colonial officers in 1897. Elders in Ondoro welcomed it with a ceremony. The museum "
             "director called the return overdue.\n", "a.txt")
    c = tiny("A ferry carrying 300 passengers ran aground off Karvik island on Friday. Coastguards "
             "evacuated everyone by lifeboat. The ferry company blamed a steering failure. Nobody was "
             "hurt, the harbour master said.\n", "c.txt")
    b = tiny("The national museum handed back a bronze mask to Ondoro village on Friday, where elders held a "
             "ceremony for the mask taken by colonial officers in 1897. A ferry with 300 passengers went "
             "aground off Karvik island the same day and coastguards took everyone off by lifeboat. The "
             "ferry company blamed steering failure. The museum director said the return was overdue. "
             "Nobody was hurt, the harbour master said.\n", "b.txt")
    groups = find_stories(_with_filler(a, b, c))
    assert not any({"a", "c"} <= set(g.article_ids) for g in groups)


def test_linking_needs_a_majority_of_cross_pairs() -> None:
    from generator.analyse.stories import link as _link

    # a~b and b~c but not a~c: b joins one of them, never both.
    assert _link(["a", "b", "c"], {("a", "b"): 0.9, ("b", "c"): 0.8}) == [["a", "b"], ["c"]]
    # Three mutual links make one group.
    assert _link(["a", "b", "c"], {("a", "b"): 0.9, ("b", "c"): 0.8, ("a", "c"): 0.7}) == [["a", "b", "c"]]


# Six outlets report one dam burst, each in its own words; one of them later reports the schools
# reopening, with the burst as background.
_DAM = (
    ("Valley Herald", "The Korvath dam on the Misel river burst on Wednesday night, flooding the town of Brenik. "
     "At least 9 people drowned and 400 homes were swept away, the regional governor Ana Pellic said. "
     "Army helicopters lifted families from rooftops. The dam was built in 1962."),
    ("Brenik Times", "Floodwater tore through Brenik after the Misel river broke the Korvath dam late on Wednesday. "
     "Governor Ana Pellic put the toll at nine dead, with some 400 houses destroyed. "
     "Soldiers in helicopters rescued residents stranded on roofs."),
    ("Capital Wire", "Nine people are dead in Brenik, governor Ana Pellic said on Thursday, after the 1962 Korvath "
     "dam gave way and the Misel river poured into the town. Four hundred homes are gone. "
     "Helicopters from the army plucked survivors off roofs overnight."),
    ("Northern Post", "Rescuers searched the mud of Brenik on Thursday for survivors of the Korvath dam collapse. "
     "The Misel burst through the old wall on Wednesday evening, killing nine, Ana Pellic, the governor, said. "
     "About 400 dwellings were washed away."),
    ("Radio Misel", "Residents of Brenik described a wall of water when the Korvath dam failed on Wednesday. "
     "The governor, Ana Pellic, confirmed nine deaths. Army crews winched people from rooftops "
     "while the Misel flooded some 400 homes."),
    ("Daily Ledger", "An inquiry will ask why the Korvath dam, finished in 1962, collapsed on Wednesday, sending "
     "the Misel river into Brenik. Nine people died and 400 homes were lost, said governor Ana Pellic. "
     "Helicopter crews saved dozens from roofs."),
)
_SCHOOLS = ("Brenik's schools reopened on Monday in tents donated by a charity. Teachers held lessons on mats and "
            "handed out notebooks. The mayor, Ivo Ranic, promised new classrooms by winter. The old school "
            "buildings were flooded when the Korvath dam burst and the Misel river poured into Brenik, killing "
            "nine people and destroying 400 homes.")


def test_six_outlets_wording_one_event_are_one_story_and_a_follow_up_stays_apart() -> None:
    # Six reports of one event: each article's 5th-nearest neighbour is one of the others, so only
    # the pair's distance from the deep neighbourhood (CLEAR_GAP) can hold them together.
    reports = [_from(outlet, tiny(text + "\n", f"dam{i}.txt")) for i, (outlet, text) in enumerate(_DAM)]
    schools = _from("Valley Herald", tiny(_SCHOOLS + "\n", "schools.txt"))
    groups = find_stories(_with_filler(*reports, schools))
    assert [g.article_ids for g in groups] == [tuple(f"dam{i}" for i in range(6))]
    assert len(groups[0].origins) == 6  # six newsrooms, six reports of their own


def _hood(pairs: dict[tuple[str, str], float], outlets: dict[str, str] | None = None):
    """A hand-made neighbourhood: the given cosines as each article's neighbour list."""
    from generator.analyse.stories import Neighbourhood

    near: dict[str, list[tuple[float, str]]] = {}
    for (a, b), v in pairs.items():
        near.setdefault(a, []).append((v, b))
        near.setdefault(b, []).append((v, a))
    ids = sorted(near)
    return Neighbourhood(docs={x: {x: 1.0} for x in ids},
                         near={x: tuple(sorted(near[x], key=lambda t: (-t[0], t[1]))) for x in ids},
                         outlet={x: (outlets or {}).get(x) for x in ids})


def _crowd(members: str, close: dict[tuple[str, str], float], outside: float = 0.1,
           strays: dict[str, float] | None = None) -> dict[tuple[str, str], float]:
    """Cosines among ``members`` (``close``), each member at ``outside`` from twelve other
    articles, and at ``strays[m]`` from one more article each."""
    pairs = dict(close)
    for m in members:
        for i in range(12):
            pairs[(m, f"o{i:02}")] = outside
        if strays and m in strays:
            pairs[(m, f"s{m}")] = strays[m]
    return pairs


def _groups_after_merge(pairs: dict[tuple[str, str], float], first: list[list[str]],
                        outlets: dict[str, str] | None = None) -> list[list[str]]:
    from generator.analyse.stories import merge_isolated

    hood = _hood(pairs, outlets)
    placed = {x for g in first for x in g}
    groups = first + [[x] for x in sorted(hood.near) if x not in placed]
    return [g for g in merge_isolated(groups, hood) if len(g) > 1]


def test_a_group_that_stands_clear_of_everything_else_merges() -> None:
    # a~b already linked; c is as close to both as they are to each other's neighbourhood allows.
    close = {("a", "b"): 0.5, ("a", "c"): 0.3, ("b", "c"): 0.3}
    assert _groups_after_merge(_crowd("abc", close), [["a", "b"]]) == [["a", "b", "c"]]
    # One stray close article (0.25 from a) does not veto the group: its second outsider is far.
    assert _groups_after_merge(_crowd("abc", close, strays={"a": 0.25}), [["a", "b"]]) == [["a", "b", "c"]]


def test_a_group_in_a_crowded_topic_does_not_merge() -> None:
    close = {("a", "b"): 0.5, ("a", "c"): 0.3, ("b", "c"): 0.3}
    # Everything around is nearly as close as c is: c is not clear of the topic.
    assert _groups_after_merge(_crowd("abc", close, outside=0.22), [["a", "b"]]) == [["a", "b"]]


def test_a_group_merge_needs_most_cross_pairs_close_and_a_neighbourhood() -> None:
    # c is close to b only: no chain from a to c.
    chain = {("a", "b"): 0.5, ("b", "c"): 0.4, ("a", "c"): 0.01}
    assert _groups_after_merge(_crowd("abc", chain), [["a", "b"]]) == [["a", "b"]]
    # Three articles and nothing else: nothing to stand clear of, no evidence.
    alone = {("a", "b"): 0.5, ("a", "c"): 0.3, ("b", "c"): 0.3}
    assert _groups_after_merge(alone, [["a", "b"]]) == [["a", "b"]]


def test_a_group_merge_never_joins_two_articles_of_one_known_outlet() -> None:
    close = {("a", "b"): 0.5, ("a", "c"): 0.3, ("b", "c"): 0.3}
    outlets = {"a": "Valley Herald", "b": "Brenik Times", "c": "Valley Herald"}
    assert _groups_after_merge(_crowd("abc", close), [["a", "b"]], outlets) == [["a", "b"]]


def test_mutual_nearest_neighbours_need_a_smaller_margin() -> None:
    from generator.analyse.stories import PairEvidence

    # Background 0.2: 0.3 is not 2.1 times clear of it, but the two are each other's nearest.
    p = PairEvidence(a="a", b="b", whole=0.3, aligned=0.0, near_copy=False, copied=0, near=0.3, deep=0.2,
                     same_outlet=False, rank=1, crowd=12)
    assert p.related()
    assert not replace(p, rank=3).related()  # third-nearest of one of them: the full gap applies
    assert not replace(p, crowd=4).related()  # among four neighbours, "nearest" says little
    assert not replace(p, whole=0.25).related()  # under 1.4 times the background


def test_a_shared_quotation_links_two_outlets_clear_of_nothing_else() -> None:
    from generator.analyse.stories import PairEvidence, _quoted_runs

    a = tiny('The minister said: "We will rebuild every school that the flood destroyed, and we will '
             'start this week." Engineers arrived on Monday.\n', "a.txt")
    b = tiny('Crews reached the valley. "We will rebuild every school that the flood destroyed, and we '
             'will start this week," the minister told reporters in the capital.\n', "b.txt")
    shared = _quoted_runs(a) & _quoted_runs(b)
    assert len(shared) >= 2 and all(len(run.split()) == 8 for run in shared)
    assert not any({"engineers", "crews"} & set(run.split()) for run in _quoted_runs(a) | _quoted_runs(b))
    # Close to each other, but no clearer of the background than the topic's other articles.
    p = PairEvidence(a="a", b="b", whole=0.2, aligned=0.0, near_copy=False, copied=0, near=0.3, deep=0.2,
                     same_outlet=False, rank=3, crowd=12)
    assert not p.related()
    assert replace(p, quoted=2).related()
    assert not replace(p, quoted=1).related()  # one run: a famous line quoted twice is not enough
    assert not replace(p, quoted=5, whole=0.1).related()  # and the articles must share COVERAGE


def _joined(pairs: dict[tuple[str, str], float], first: list[list[str]],
            outlets: dict[str, str] | None = None) -> list[list[str]]:
    from generator.analyse.stories import join_nearest

    hood = _hood(pairs, outlets)
    placed = {x for g in first for x in g}
    groups = first + [[x] for x in sorted(hood.near) if x not in placed]
    return [g for g in join_nearest(groups, hood) if len(g) > 1]


def test_a_lone_article_joins_the_group_of_its_nearest_neighbours() -> None:
    # a~b are a story; x is nearest to both, and they to x, well above the rest of the topic.
    close = {("a", "b"): 0.5, ("a", "x"): 0.2, ("b", "x"): 0.2}
    assert _joined(_crowd("abx", close), [["a", "b"]]) == [["a", "b", "x"]]
    # …but not when one of its two nearest is outside the group,
    assert _joined(_crowd("abx", {**close, ("a", "x"): 0.22, ("x", "o"): 0.21}), [["a", "b"]]) == [["a", "b"]]
    # when the group's members have someone closer outside (it does not point back to x),
    assert _joined(_crowd("abx", close, strays={"a": 0.3, "b": 0.3}), [["a", "b"]]) == [["a", "b"]]
    # when it is no clearer of the topic than 1.3 times,
    assert _joined(_crowd("abx", close, outside=0.16), [["a", "b"]]) == [["a", "b"]]
    # with nothing around to stand clear of (a corpus of a few articles),
    assert _joined(close, [["a", "b"]]) == [["a", "b"]]
    # or when a member is of its own known outlet.
    outlets = {"a": "Valley Herald", "b": "Brenik Times", "x": "Valley Herald"}
    assert _joined(_crowd("abx", close), [["a", "b"]], outlets) == [["a", "b"]]


def test_run_keys_count_what_the_runs_share(seed_generated: Generated) -> None:
    """The pair measures compare 64-bit keys of word runs: on every pair of seed articles they
    count exactly the runs the strings share (inside quotation marks and outside), and a run
    never spans two sentences."""
    from itertools import combinations

    from generator.analyse.stories import _quoted_keys, _quoted_runs, _run_keys, _runs, _shared

    arts = seed_generated.digest.articles
    runs = {a.id: set().union(*(_runs(s.text) for s in a.sentences)) for a in arts}
    for a, b in combinations(arts, 2):
        assert _shared(_run_keys(a), _run_keys(b)) == len(runs[a.id] & runs[b.id])
        assert _shared(_quoted_keys(a), _quoted_keys(b)) == len(_quoted_runs(a) & _quoted_runs(b))
    assert any(runs[a.id] & runs[b.id] for a, b in combinations(arts, 2))  # the rewrite shares runs
    for a in arts:
        assert len(_run_keys(a)) == len(runs[a.id])
    across = tiny("One two three four five six seven. Eight nine ten eleven twelve thirteen fourteen.\n")
    assert len(across.sentences) == 2 and len(_run_keys(across)) == 0  # seven words each: no run
