"""Quotation ledger: each attribution pattern and each exclusion on tiny hand-written texts,
verbatim checks, and the seeds' Flake quotes."""

from __future__ import annotations

from generator.analyse.entities import find_entities
from generator.analyse.quotes import find_quotes, speaker_index, verify
from generator.pipeline import Generated

from ._timing import best_time
from ._tiny import tiny


def _quotes(text: str, entities: bool = True):
    art = tiny(text + "\n")
    found = find_quotes(art, find_entities([art]) if entities else [])
    for q in found:
        assert verify(art, q), q
    return art, found


def test_name_after_the_quote() -> None:
    art, [q] = _quotes("Mayor Anna Berg opened the bridge. “We waited ten years for this,” Berg said.")
    assert q.text == "We waited ten years for this" and q.speaker == "Berg"
    assert q.speaker_entity == "anna-berg" and not q.partial and verify(art, q)


def test_said_then_name_with_title_cut() -> None:
    _, [q] = _quotes("“The talks will go on,” said Secretary of State Antony Blinken on Monday.")
    assert q.speaker == "Antony Blinken"


def test_name_then_said_colon_before_the_quote() -> None:
    _, [q] = _quotes("Anna Berg said: “The bridge opens on Friday and the ferry stops.”")
    assert q.speaker == "Anna Berg" and not q.partial


def test_told_someone_before_the_quote() -> None:
    _, [q] = _quotes("Anna Berg told reporters: “We will not raise the fares this year.”")
    assert q.speaker == "Anna Berg"


def test_according_to() -> None:
    _, [q] = _quotes("According to the historian Tom Reyes, “the mound was built a thousand years ago.”")
    assert q.speaker == "Tom Reyes"


def test_appositive_between_name_and_verb() -> None:
    _, [q] = _quotes("“We ask all of our allies to help,” Blinken, the top US diplomat, said.")
    assert q.speaker == "Blinken"


def test_description_after_a_named_speaker() -> None:
    _, qs = _quotes("“The fares stay,” Mayor Anna Berg said. Buses will run late.\n\n"
                    "“We will look again in May,” the mayor added.")
    assert qs[1].speaker == "Anna Berg"


def test_blurb_signed_with_a_dash() -> None:
    _, [q] = _quotes("“A must-read for every commuter in the city.”—Anna Berg, mayor of Oslo")
    assert q.speaker == "Anna Berg"


def test_particle_names_and_editor_in_chief() -> None:
    _, [q] = _quotes("“We will help by all means,” said Sheikh Hamad bin Jassim al-Thani.")
    assert q.speaker == "Hamad bin Jassim al-Thani"
    _, [q] = _quotes("Editor in Chief Frank Newport said the method is “extremely solid.”")
    assert q.speaker == "Frank Newport"


def test_outlet_before_a_role_is_not_the_speaker() -> None:
    _, [q] = _quotes("“It looks like a cover-up to me,” said CNN senior political analyst David Gergen.")
    assert q.speaker == "David Gergen"


def test_adding_that_after_a_quote_keeps_its_speaker() -> None:
    _, qs = _quotes("“Our priority is a ceasefire,” Anna Berg said on Friday, adding that the town wanted "
                    "“new ways to keep everyone safe”.")
    assert [q.speaker for q in qs] == ["Anna Berg", "Anna Berg"]


def test_with_someone_saying() -> None:
    _, [q] = _quotes("The town recalled its envoy, with Mayor Anna Berg publicly saying she had “written off” the deal.")
    assert q.speaker == "Anna Berg"


def test_attribution_at_the_end_of_a_reported_sentence() -> None:
    _, qs = _quotes("Mayor Anna Berg visited the yard. “Several old ferries, two cranes and a dock,” were sold "
                    "last year, the mayor added. The inquiry found “nothing at all to hide” in the books, "
                    "said Tom Reyes.")
    assert [q.speaker for q in qs] == ["Anna Berg", "Tom Reyes"]


def test_participle_after_an_object_belongs_to_the_subject() -> None:
    _, qs = _quotes("On the radio last week, Mayor Anna Berg praised Tom Reyes, saying he had “kept the ferry "
                    "running through the storm”. She also called him “the hero of the whole winter”.")
    assert qs[0].speaker == "Anna Berg" and [q.speaker_entity for q in qs] == ["anna-berg", "anna-berg"]


def test_name_after_a_relative_clause_is_not_the_speaker() -> None:
    _, [q] = _quotes("“He told me it was not his decision,” said the colleague who spoke to Reyes after the "
                     "story ran in The Daily Post.")
    assert q.speaker == "the colleague" and q.speaker_entity is None  # the description, cut at its clause


def test_organisation_speaks() -> None:
    _, [q] = _quotes("“The president has full confidence in the plan,” the White House said.")
    assert q.speaker == "White House"


def test_quoted_as_saying() -> None:
    _, qs = _quotes("“Prices will fall,” said Professor Tom Reyes. The agency quoted Reyes as saying "
                    "“the worst is over now” at a briefing.")
    assert [q.speaker_entity for q in qs] == ["tom-reyes", "tom-reyes"]


def test_attribution_in_the_next_sentence() -> None:
    _, [q] = _quotes("“Should we have kept quiet for a year?” Reyes said on the radio.")
    assert q.speaker == "Reyes"
    _, [q] = _quotes("Tom Reyes spoke to the crowd. “Should we have kept quiet for a year?”\nReyes said on the radio.")
    assert q.speaker is None  # a new paragraph is not the attribution


def test_multi_sentence_quote_attributed_in_its_last_sentence() -> None:
    art, [q] = _quotes("Chief Ada Moss spoke. “So we are looking to improve. I know it is hard,” Moss said.")
    assert q.text == "So we are looking to improve. I know it is hard" and len(q.sentences) == 2 and verify(art, q)
    assert q.speaker == "Moss"


def test_quote_continues_after_the_attributed_sentence() -> None:
    _, qs = _quotes("“We are ready,” Minister Lena Holt said. “The plan starts today and runs all year.”")
    assert [q.speaker for q in qs] == ["Lena Holt", "Lena Holt"] and qs[1].speaker_entity == "lena-holt"


def test_open_quote_continues_into_the_next_paragraph() -> None:
    _, qs = _quotes("Professor Tom Reyes said: “The excavation found the old wall.\n\n"
                    "“The dating shows it was built in the eleventh century.”")
    assert [q.speaker for q in qs] == ["Tom Reyes", "Tom Reyes"]


def test_pronoun_resolves_to_the_subject_not_the_nearest_name() -> None:
    _, [q] = _quotes("Mayor Anna Berg visited the plant that Tom Reyes runs in Oslo. “It is a good day,” she said.")
    assert q.speaker == "she" and q.speaker_entity == "anna-berg"


def test_pronoun_resolves_to_the_last_speaker() -> None:
    _, qs = _quotes("“The fares stay,” said Lena Holt. Prices rose in March and in April.\n\n"
                    "“We will look again in May,” she said.")
    assert qs[1].speaker_entity == "lena-holt"


def test_pronoun_of_the_other_gender_gets_no_speaker() -> None:
    _, qs = _quotes("Anna Berg walked in. “What, what?” she says. Her colleague laughs. “That was a moment,” he says.")
    assert qs[0].speaker_entity == "anna-berg" and qs[1].speaker is None


def test_name_inside_an_appositive_is_not_the_speaker() -> None:
    _, [q] = _quotes("Prof Ada Moss, from the University of Oslo in the US, who led the work, said: "
                     "“The risk is very large indeed.”")
    assert q.speaker in (None, "Ada Moss")


def test_pronoun_with_no_one_before_gets_no_speaker() -> None:
    _, [q] = _quotes("The bridge opened on Friday after ten years of work. “It is a good day,” he said.")
    assert q.speaker is None and q.speaker_entity is None


def test_speaker_the_entity_finder_missed_is_kept_as_written() -> None:
    _, [q] = _quotes("“We waited ten years for this,” Ada Moss said.", entities=False)
    assert q.speaker == "Ada Moss" and q.speaker_entity is None


def test_no_attribution_no_guess() -> None:
    _, [q] = _quotes("Tom Reyes spoke first.\n\nThe hall was full. “Nobody expected this many people to come.”")
    assert q.speaker is None


def test_an_opening_mark_that_never_closes_does_not_swallow_the_next_quote() -> None:
    _, qs = _quotes("The letter said Reyes “had met the mayor twice. “We spoke about the ferry,” Anna Berg said.")
    assert [q.text for q in qs] == ["We spoke about the ferry"] and qs[0].speaker == "Anna Berg"


def test_titles_of_works_are_not_quotes() -> None:
    _, qs = _quotes("“Hell or High Water” and “Manchester by the Sea” were nominated, and "
                    "the band played “Every Other Time” last.")
    assert qs == ()


def test_scare_quotes_terms_and_words_as_words_are_not_quotes() -> None:
    _, qs = _quotes("The reform is a “historic step” for the town. The so-called “peace dividend plan” failed. "
                    "He used the phrase “law and order” again. Critics called it a “paper exercise”.")
    assert qs == ()


def test_a_statement_that_reads_is_a_quote() -> None:
    _, [q] = _quotes("The family statement read: “We are heartbroken and thank everyone who searched for him.”")
    assert q.text.startswith("We are heartbroken")


def test_short_quote_with_a_speech_verb_stays() -> None:
    _, [q] = _quotes("Anna Berg said the plan was “a good start” for the town.")
    assert q.text == "a good start" and q.speaker == "Anna Berg" and q.partial


def test_hypothetical_words_are_not_attributed() -> None:
    _, qs = _quotes("Anna Berg expects that a critic would say “you are late” at once.")
    assert qs == ()


def test_speaker_index_is_reused() -> None:
    art = tiny("Mayor Anna Berg opened the bridge. “We waited ten years for this,” Berg said.\n")
    ents = find_entities([art])
    assert find_quotes(art, ents, speaker_index(ents)) == find_quotes(art, ents)


def test_time_is_linear_in_article_length() -> None:
    unit = "Mayor Anna Berg opened bridge number one. “We waited ten years for this,” she said. "
    small = tiny((unit * 200) + "\n")
    large = tiny((unit * 1600) + "\n")

    t_small, _ = best_time(lambda: find_quotes(small, []))
    t_large, found = best_time(lambda: find_quotes(large, []))
    assert len(found) == 1600 and all(q.speaker == "Anna Berg" for q in found)
    assert t_large < 20 * max(t_small, 0.01)  # 8× the text, well under 20× the time


def test_every_seed_quote_is_verbatim(seed_generated: Generated) -> None:
    arts = {a.id: a for a in seed_generated.digest.articles}
    assert seed_generated.digest.quotes
    for q in seed_generated.digest.quotes:
        assert verify(arts[q.article_id], q)


def test_flake_quoted_differently_side_by_side(seed_generated: Generated) -> None:
    quotes = {q.id: q for q in seed_generated.digest.quotes}
    pairs = [(quotes[p.a], quotes[p.b]) for p in seed_generated.digest.quote_pairs]
    flake = [(a, b) for a, b in pairs if a.speaker_entity == "jeff-flake"]
    assert any("We are asking all of our allies" in a.text and "We ask all of our allies" in b.text for a, b in flake)
    page = seed_generated.pages["stories/story-000_8ac4934ad0f0b599.md"]
    assert "The same remarks, quoted differently" in page and "We ask all of our allies" in page


def test_described_speaker_after_the_verb_is_kept_as_written() -> None:
    _, qs = _quotes("“He had so much on the go,” says a producer who worked with him. “That is why it hurts.”")
    assert [(q.speaker, q.speaker_entity) for q in qs] == [("a producer who worked with him", None)] * 2


def test_described_speaker_before_the_verb() -> None:
    _, [q] = _quotes("“Nobody may bring this medicine into the country,” the document says.")
    assert q.speaker == "the document"
    _, [q] = _quotes("“We have arrested four of the suspects,” police said on Friday.")
    assert q.speaker == "police"
    _, [q] = _quotes("“Several suspects” were arrested in the raids, State Department officials said.")
    assert q.speaker == "State Department officials"
    _, [q] = _quotes("The sheriff, whose office ran the inquiry, stated publicly that she believed “a crime occurred”.")
    assert q.speaker == "the sheriff"


def test_a_statement_read_and_its_continuation() -> None:
    _, qs = _quotes("“It is with great sadness that we confirm his death,” the statement read. "
                    "“He was in hospital for a week before he died.”")
    assert [q.speaker for q in qs] == ["the statement", "the statement"]


def test_according_to_a_description() -> None:
    _, [q] = _quotes("“Those bullied were at higher risk of anxiety later in life,” according to the study.")
    assert q.speaker == "the study"
    _, [q] = _quotes("According to the motion to dismiss, there is “no credible evidence” of any crime.")
    assert q.speaker == "the motion to dismiss"
    _, qs = _quotes("He left for a resort, according to a recently released “jail escort plan” from the county.")
    assert qs == ()  # the description runs on into the quotation: no speaker, so a short title stays out


def test_a_name_wins_over_its_description_and_no_entity_inside_a_description() -> None:
    _, [q] = _quotes("“We will appeal the ruling,” a spokeswoman for the firm, Jo Bell, said.")
    assert q.speaker == "Jo Bell"
    _, [q] = _quotes("Tom Reyes of Reuters spoke. “The work goes on as before,” a Reuters spokesman said.")
    assert q.speaker == "a Reuters spokesman" and q.speaker_entity is None


def test_no_one_described_gets_no_speaker() -> None:
    _, [q] = _quotes("A shot rang out and someone yells, “Get down, get down, everybody get down.”")
    assert q.speaker is None


def test_pronoun_after_a_described_speaker_is_unsure() -> None:
    _, qs = _quotes("Mayor Anna Berg opened the bridge. “We will wait for the report,” a spokeswoman said. "
                    "“It is early days yet,” she added.")
    assert qs[0].speaker == "a spokeswoman" and qs[1].speaker in (None, "a spokeswoman")
    assert qs[1].speaker_entity is None  # never the mayor
    _, qs = _quotes("Tom Reyes has warned of a storm. In an interview, the ferry captain said the sea was “rising "
                    "faster than ever before”. He said people “must not sit around and wait”.")
    assert qs[0].speaker == "the ferry captain" and qs[1].speaker_entity == "tom-reyes"  # "the …": often named before


def test_description_inside_another_clause_is_not_the_speaker() -> None:
    _, [q] = _quotes("Walker said that although his office offered suggestions, the plan “did not come from us.”")
    assert q.speaker != "his office"
    _, qs = _quotes("An angry crowd shouted down the senator when they appeared in a “free speech zone” outside.")
    assert qs == ()


def test_words_of_a_what_clause_are_not_the_main_speakers() -> None:
    _, [q] = _quotes("In what the daily Post called “an atmosphere of endless agony,” analysts said the cabinet would fall.")
    assert q.speaker != "analysts"


def test_alias_inside_a_longer_name_is_not_that_entity() -> None:
    from generator.models import Entity

    ents = [Entity("hurriyet", "Hurriyet", "organisation", ("Hurriyet",), configured=True),
            Entity("recep-tayyip-erdogan", "Recep Tayyip Erdogan", "person", ("Recep Tayyip Erdogan", "Erdogan")),
            Entity("donald-trump", "Donald Trump", "person", ("Donald Trump", "Trump"))]

    def who(text: str) -> tuple[str | None, str | None]:
        [q] = find_quotes(tiny(text + "\n"), ents)
        return q.speaker, q.speaker_entity

    assert who("“The talks have stalled for good,” Hurriyet Daily News said.") == ("Hurriyet Daily News", None)
    assert who("“The talks have stalled for good,” Hurriyet said.") == ("Hurriyet", "hurriyet")
    assert who("“The talks have stalled for good,” said Erdogan Bayraktar.") == ("Erdogan Bayraktar", None)
    assert who("“The talks have stalled for good,” said President Recep Tayyip Erdogan.")[1] == "recep-tayyip-erdogan"
    assert who("“The talks have stalled for good,” said Donald J. Trump.")[1] == "donald-trump"


def test_benchmark_description_match() -> None:
    from benchmarks.quotes import head_noun, same_speaker

    assert head_noun("~one of the prosecutors in the case") == "prosecutor"
    assert head_noun("a spokeswoman for the agency") == "spokeswoman" and head_noun("an older, male colleague") == "colleague"
    assert same_speaker("the producer", "~a producer who worked with him")
    assert same_speaker("officials", "~State Department officials")
    assert not same_speaker("the document", "~a producer") and not same_speaker("Producer", "~a producer")
    assert not same_speaker("the company", "Crayola") and same_speaker("Trump", "~the president|Donald Trump")


def test_benchmark_scanner_and_person_match() -> None:
    from benchmarks.quotes import candidates, same_person

    art = tiny("Anna Berg said: “The bridge opens. It is late.\n\n“Next paragraph.” And a “term” here.\n")
    assert [c.text for c in candidates(art)] == ["The bridge opens. It is late.", "Next paragraph.", "term"]
    assert same_person("Trump", "Donald Trump") and same_person("President Donald Trump", "Donald Trump|Trump")
    assert same_person("Jerry Demoski", "Demoski") and not same_person("Melania Trump", "Donald Trump")
    assert not same_person("Jay Carney", "Piers Morgan")
