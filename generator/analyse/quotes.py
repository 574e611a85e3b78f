"""Direct quotations: the quoted words, who said them, and where they stand.

A quotation is the text between double quotation marks, possibly over several sentences of one
paragraph; an opening mark with no closing mark runs to the paragraph's end, and a paragraph that
opens with a mark right after it continues it (the news convention). The words are kept exactly
as written and checked against the sentences before a quote is kept.

The speaker is read from the attribution the way news writes it: after the quote ("…,” Flake
said", "…,” said Mahjoob Zweiri", "…,” Blinken, the top US diplomat, said"), before it ("Flake
said: “…", "Berg told reporters, “…", "according to Dr Ada Moss, “…", "Added Lesh: “…"), in
the sentence after it when the splitter cut it off ("“…?” | Gingrich said on CNN."), or from
the quote it continues. Titles and roles are cut from the name ("Secretary of State Antony
Blinken" → "Antony Blinken"); a named organisation may speak ("the White House said"). A
pronoun ("he said") is resolved to the person most recently named as a speaker or as the
subject of a sentence, within a few sentences; when that is not clear there is no speaker.
A speaker the text describes without naming ("…,” says a producer who worked with him", "the
document says", "according to the study", "State Department officials said", "the statement
read") is kept as the text describes them, with no entity: never resolved to a name. "Someone",
"some" and the like describe no one. Nothing is guessed: a wrong speaker is worse than none.

Not quotations: titles of works (“Hell or High Water”), terms and words-as-words ("the word
“peace”", "known as “…”"), and short scare quotes — under four words, inside the reporter's
sentence, with no speech verb attributing them to anyone.

The work is linear in the article: one pass over its sentences, each quotation looking only at
its own sentences and a bounded window around them.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from ..models import Article, Entity, Quote, QuotePair, Sentence, StoryGroup
from .text import content_words, jaccard

# Uppercase letters, Latin-1 and Latin Extended-A/B included ("Élisabeth", "Łukasz").
_UP = "".join(chr(c) for c in range(0x41, 0x250) if chr(c).isupper() and unicodedata.category(chr(c)) == "Lu")
_UP_CLASS = "[" + re.escape(_UP) + "]"
_WORD = rf"(?:(?:al|el)-)?{_UP_CLASS}[\w'’.-]*"  # "al-Thani"
# A name: capitalised words, with the particles names carry ("Ursula von der Leyen", "bin Salman").
_NAME = rf"(?:{_WORD}(?:\s+(?:(?:de|da|del|der|van|von|bin|ibn|al|el|la|le|di|du|dos|of)\s+)*{_WORD}){{0,6}})"
_PRONOUN = r"(?:he|she|He|She)"
_VERBS = ("said|says|say|told|tells|added|adds|stated|states|asked|asks|noted|notes|warned|warns|insisted|insists|"
          "stressed|emphasi[sz]ed|explained|explains|argued|argues|wrote|writes|continued|continues|replied|"
          "replies|declared|announced|acknowledged|observed|tweeted|posted|recalled|recalls|admitted|admits|"
          "conceded|claimed|claims|answered|responded|suggested|predicted|complained|joked|cautioned|urged|"
          "agreed|testified|shouted|yelled|offered|remarked|remarks|concluded|quipped|pointed out|went on|implored|"
          "pleaded|demanded|vowed|promised|pledged|wondered|mused|boasted|observes|recounted|reiterated")
_SPEECH = rf"(?:{_VERBS})"
_PAREN = r"(?:\s*\([^()“”\"]{1,40}\))?"  # "Dianne Feinstein (D-Calif.)"
_ADVERB = r"(?:(?:also|then|later|again|once|further|simply|only|previously|earlier|recently|\w+ly)\s+)"
_WHEN = r"(?:(?:on|last|this)\s+(?:{day}|week|month|year|night)\s+|(?:{day})\s+)".format(
    day="Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Wed|Thu|Fri|Sat|Sun")

# After the closing mark: "…,” Flake said" / "…,” he said" / "…,” the younger Goodlatte tweeted" /
# "…,” Blinken, the top US diplomat, said" / "…,” Kushner's lawyer, Jamie Gorelick, told NBC".
_AFTER_SUBJECT = re.compile(
    rf"^[\s,.;:!?—–-]*(?P<pre>(?:[\w'’.,-]+\s+){{0,6}}?)(?P<sp>{_NAME}|{_PRONOUN}){_PAREN}"
    rf"(?P<app>,[^,“”\"]{{1,100}},)?,?\s+{_WHEN}?{_ADVERB}?{_SPEECH}\b")
# "…,” the minister added" / "…,” the North Carolina Republican told reporters": a description of
# someone named before, resolved like a pronoun. Not "the official", "the spokesman": in news those
# are mostly unnamed people.
_DESCRIBED = r"(?:{roles})".format(roles="|".join(
    "minister senator congressman congresswoman lawmaker governor mayor president chancellor nominee host actor "
    "actress singer star coach judge Democrat Republican chairman chairwoman".split()))
_AFTER_DESCRIPTION = re.compile(
    rf"^[\s,.;:!?—–-]*the\s+(?:[\w-]+\s+){{0,4}}?{_DESCRIBED}\s+{_WHEN}?{_ADVERB}?{_SPEECH}\b")
# Reported speech with the attribution at the end of the sentence: "“…,” were found in his car,
# the minister added." / "The documents established “beyond doubt” that …, said Mr Cazeneuve."
_TRAILING = re.compile(
    rf",\s+(?:(?P<sp>{_NAME}|{_PRONOUN}){_PAREN}|(?P<desc>the\s+(?:[\w-]+\s+){{0,2}}?{_DESCRIBED}))\s+"
    rf"(?:{_ADVERB})?{_SPEECH}\b[^“”\",]{{0,60}}$|,\s+(?:said|says|added)\s+(?P<sp2>{_NAME})[^“”\",]{{0,60}}$")
_AFTER_DASH = re.compile(rf"^\s*[—–]\s*(?P<sp>{_NAME})(?:,|\s*$)")
_AFTER_QUOTED = re.compile(rf"^[\s,.;:!?—–-]*(?:[^“”\".]{{0,60}}?\s)?quoted\s+(?P<sp>{_NAME})\s+as\s+saying")
_AFTER_ACCORDING = re.compile(rf"^[\s,.;:!?—–-]*according\s+to\s+(?:the\s+)?(?:[a-z]+\s+){{0,2}}(?P<sp>{_NAME})")
# "…,” said Mahjoob Zweiri" / "…,” says Kimmel, walking …".
_AFTER_VERB = re.compile(rf"^[\s,.;:!?—–-]*(?:{_ADVERB})?{_SPEECH}\s+(?P<rest>[^“”\"]{{1,160}})")
# A speaker the text describes without naming: "a producer who worked with him", "the document",
# "one of the prosecutors", "Kushner's lawyer", "State Department officials", "police". Kept as
# written (the determiner lowercased); never resolved to a name.
_DET = (rf"(?:\b(?i:the|an?|one|two|three|several|some|another|his|her|their|its)"
        rf"(?:\s+of\s+(?i:the|his|her|their))?|{_UP_CLASS}[\w.-]*['’]s?)")
_MOD_WORD = (r"(?!(?:who|whose|which|that|and|or|but|is|was|are|were|has|had|have|he|she|they|it|him|her|them)\b)"
             r"[\w'’.-]+(?:,(?!\s+(?:the|an?)\b))?")  # "an older, male colleague"; not "X's Y, the designer"
_GROUPS = ("police|officials|authorities|prosecutors|investigators|researchers|scientists|witnesses|sources|"
           "experts|analysts|doctors|organi[sz]ers|protesters|residents|lawyers|attorneys|officers|regulators|"
           "diplomats|aides|relatives|neighbou?rs|friends|survivors")
_DESC = (rf"(?P<desc>{_DET}\s+(?:{_MOD_WORD}\s+){{0,5}}?(?P<head>[a-z][a-z'’-]+)"
         rf"|(?:{_UP_CLASS}[\w.'’-]*\s+){{0,3}}(?:[a-z][\w-]*\s+){{0,2}}(?P<group>{_GROUPS})|Police)")
# "…,” the document says" / "…,” a spokeswoman for the agency, Jo Bell, said" (the name wins, above).
# A document speaks with "read" too ("…,” the statement read"); a person who reads speaks another's words.
_DESC_SPEECH = rf"(?:{_VERBS}|reads|read)"
_AFTER_DESC = re.compile(rf"^[\s,.;:!?—–-]*{_DESC}(?:,[^,“”\"]{{1,100}},)?\s+{_WHEN}?{_ADVERB}?(?:has\s+|had\s+)?"
                         rf"{_DESC_SPEECH}\b")
# The described subject of a speech verb that ends the text before the mark: "The Medium post noted …".
_DESC_SUBJECT = re.compile(rf"{_DESC}(?:,[^,“”\"]{{1,100}},)?\s+(?:{_WHEN})?(?:{_ADVERB})?(?:has\s+|had\s+)?$")
_DESC_START = re.compile(rf"{_DET}\s+\S|(?:{_UP_CLASS}[\w.'’-]*\s+){{0,3}}(?:[a-z][\w-]*\s+){{0,2}}(?:{_GROUPS})\b"
                         r"|Police\b")
_TRAILING_DESC = re.compile(rf",\s+{_DESC}\s+(?:{_ADVERB})?{_DESC_SPEECH}\b[^“”\",]{{0,60}}$")
_ACCORDING_DESC = re.compile(r"\b[Aa]ccording\s+to\s+(?P<rest>[^“”\"]{1,160})")
# Not a described speaker: pronouns and quantifiers ("someone yells", "some calling it").
_NOT_HEADS = frozenset("""him her them it us me you himself herself themselves itself one ones someone somebody
    anyone anybody everyone everybody nobody others other some many few all both also then later now never not only
    and or but nor so yet as than if while because where when what whom whose which that this these those he she
    they we i has have had would will could should may might must can be is was are were been being do does did
    just still again even already too there here way time day week year""".split())
# Words that end a description's head phrase when it is long: "the colleague who spoke to Reyes after …".
_DESC_CUT = re.compile(r"\s+(?:who|whose|which|that|on|last|this|yesterday|today|tonight|earlier|when|after|before|"
                       r"in\s+a|in\s+an)\b.*$")
_RUNS_ON = frozenset("""and or but nor so yet as than if while because he she they we i has have had would will could
    should may might must can be is was are were been being do does did who which that whose""".split())
_DESC_PARTICIPLE = re.compile(r"\s+(?:released|issued|posted|published|obtained|sent|filed|seen|reviewed)\b.*$")
MAX_DESCRIPTION_WORDS = 8  # a longer described speaker is cut at its relative clause, else not kept

# The subject of a speech verb that ends the text before the mark: "Flake said that …" etc. The
# text between the verb and the mark is checked separately (bounded, no other mark in it).
_SUBJECT = re.compile(
    rf"(?P<sp>{_NAME}|{_PRONOUN}){_PAREN}(?P<app>,[^,“”\"]{{1,100}},|,\s+who|,)?\s+(?:{_WHEN})?(?:{_ADVERB})?"
    rf"(?:has\s+|had\s+)?$")
_ACCORDING = re.compile(rf"\b[Aa]ccording\s+to\s+(?:the\s+)?(?:[a-z]+\s+){{0,2}}(?P<sp>{_NAME})")
_QUOTED_AS = re.compile(rf"\bquoted\s+(?P<sp>{_NAME})\s+as\s+$")
_VERB_FIRST = re.compile(rf"^(?:Added|Said|Says|Adds|Asked|Replied|Wrote)\s+(?P<sp>{_NAME})\s*[:,]?\s*$")
_PARTICIPLES = ("saying|telling|adding|calling|suggesting|insisting|arguing|claiming|admitting|warning|noting|"
                "writing|explaining|declaring|asking|urging")
_VERB_ANYWHERE = re.compile(rf"\b{_SPEECH}\b|\b(?:{_PARTICIPLES}|called|described)\b")
_PARTICIPLE = re.compile(rf"(?:{_PARTICIPLES})")
# "Walden … said" anywhere in a sentence: a person named as a speaker, for a later "he said".
_SPEAKS = re.compile(rf"(?P<sp>{_NAME}){_PAREN}(?:,[^,“”\"]{{1,100}},)?\s+(?:{_ADVERB})?{_SPEECH}\b"
                     rf"|\b(?:said|says|added)\s+(?P<sp2>{_NAME})")
_NOT_SUBJECT_BEFORE = frozenset("for of to with by from at about and or than in on as like whose".split())
# Words before a mark that make the quotation a term, a name or words-as-words, not someone's words.
_TERM_BEFORE = re.compile(r"\b(?:the\s+(?:words?|terms?|phrases?|labels?|slogans?|name|hashtag|title|"
                          r"nickname|motto|expression|sign|signs)|known\s+as|dubbed|nicknamed|titled|entitled|"
                          r"so-called|branded|labell?ed|spelled|spelt|marked|reads?|read)\s*[,:]?\s*$", re.IGNORECASE)
# Role and title words cut from the front of a speaker's name.
_TITLES = frozenset("""President Vice Prime Minister Secretary State Senator Sen Sen. Rep Rep. Representative
    Governor Gov Gov. Mayor Mr Mr. Mrs Mrs. Ms Ms. Miss Dr Dr. Prof Prof. Professor Judge Justice General Gen Gen.
    Lt Lt. Col Col. Sgt Sgt. Capt Capt. Officer Detective Chief Executive CEO Chairman Chairwoman Chair Director
    Spokesman Spokeswoman Spokesperson Leader Speaker Commissioner Ambassador Chancellor King Queen Prince
    Princess Sheikh Pope Rev Rev. Father Sister Brother Sir Dame Lord Lady Coach Attorney Deputy Assistant
    Acting Foreign Defence Defense Interior Finance Health Justice Majority Minority Flying Police Sheriff
    Inspector Superintendent Constable Commander Admiral Major Private Corporal Archbishop Bishop Cardinal
    Rabbi Imam Emir Crown Premier Councillor Councilman Councilwoman Alderman Trooper Deputy Chancellor
    Founder Co-founder Host Anchor Senior Former Reporter Correspondent Editor Analyst Economist Manager
    Pastor Dean Provost Nurse Doctor Surgeon Secretary-General Assemblyman Assemblywoman Congressman
    Congresswoman Delegate Lieutenant Marshal Warden Captain""".split())
_NOT_NAMES = frozenset("""I It Its It's This That These Those There Their They We You Your Our My The A An But And
    Or So Yet If When While Although Though Because As In On At For With From Then Now Here Still Also However
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August
    September October November December Today Yesterday Tomorrow Meanwhile Earlier Later Asked Speaking
    Separately Instead Indeed Moreover Nevertheless Nonetheless What Who Why How Where Which Everyone
    Everybody Nobody Someone Somebody Officials Police Authorities Critics Experts Others Many Some Both
    Neither Each Every All Most Several Few No Yes Please Thank Thanks God He She His Her Him Hers They Them
    One Two Three Four Five Six Seven Eight Nine Ten Twenty Thirty Forty Fifty Hundreds Thousands Dozens
    People Patients Residents Students Workers Witnesses Lawmakers Republicans Democrats Americans""".split())
_CONNECTIVES = frozenset("But And However Separately Also Then Meanwhile Earlier Later So Yet Still Now Instead".split())
# Lowercase words after a capitalised run that show the run is not the speaker but modifies one
# ("Facebook founder", "White House press secretary", "Kushner's lawyer").
_ROLE_NOUNS = frozenset("""founder co-founder spokesman spokeswoman spokesperson secretary lawyer attorney official
    officials chief head director president chairman chairwoman executive leader minister analyst researcher
    professor teacher student officer manager owner member members representative correspondent reporter
    editor host anchor press campaign adviser advisor aide aides staff staffer source sources sheriff deputy
    coach player captain father mother son daughter wife husband brother sister friend cousin partner
    colleague neighbor neighbour resident residents supervisor commissioner administrator""".split())
_NOT_MODIFIERS = frozenset("""who which that the a an after before during since until into over under was were is
    are has had have been being when where while""".split())
_DETERMINERS = frozenset("the a an his her their its another former fellow longtime veteran local senior".split())
_SMALL = frozenset("""a an the of and or for to in on at by with from as is are be but nor vs vs. v. &
    de la le du des van von""".split())

# Sentences back a "he"/"she" may reach for its person. benchmarks/quotes.py, Multi-News even clusters:
# 1-2 → 48 right, 3 → 50, 5 or more → 51, never a wrong one; 3 was kept as the shorter reach for one
# quote less (on the odd clusters 5 would add two wrong speakers and no right one).
PRONOUN_WINDOW = 3
SHORT_QUOTE = 4  # words: a shorter quotation needs a speech verb and a speaker to count (issue 8's rule)
MAX_QUOTE_SENTENCES = 12  # an opening mark that never closes stops here rather than swallow a paragraph
_TERM_WORDS = 8  # a longer quotation after "the sign read" is someone's words, not a term
_WINDOW = 200  # characters of the reporter's text before or after a mark that attribution may use
_VERB_REACH = 160  # characters between a speech verb and the opening mark it attributes


@dataclass(frozen=True)
class _Span:
    """The quoted words of one quotation: (sentence index, start, end) pieces, in order."""

    pieces: tuple[tuple[int, int, int], ...]
    paragraph: int
    open_ended: bool  # no closing mark before the paragraph ended


@dataclass(frozen=True)
class SpeakerIndex:
    """Names of people and organisations, to resolve a speaker's name to an entity."""

    ids: dict[str, str]  # alias → entity id
    kinds: dict[str, str]  # alias → kind


def speaker_index(entities: Sequence[Entity]) -> SpeakerIndex:
    """Index the entities once; pass it to :func:`find_quotes` for every article of a corpus."""
    ids: dict[str, str] = {}
    kinds: dict[str, str] = {}
    for e in sorted(entities, key=lambda e: e.id):
        for alias in e.aliases:
            kinds.setdefault(alias, e.kind)
            if e.kind in ("person", "organisation"):
                ids.setdefault(alias, e.id)
    return SpeakerIndex(ids, kinds)


_MARKS = re.compile(r"[“”\"]")
_HAS_SPEECH = re.compile(rf"\b(?:{_VERBS})\b")


def _opens(text: str, pos: int) -> bool:
    if text[pos] == "“":
        return True
    return text[pos] == '"' and (pos == 0 or not text[pos - 1].isalnum())


def _closes(text: str, pos: int) -> bool:
    return text[pos] in "”\""


def _spans(article: Article) -> list[_Span]:
    """Quotation spans, paragraph by paragraph."""
    out: list[_Span] = []
    for para in article.paragraphs:
        current: list[tuple[int, int, int]] | None = None
        for s in para:
            text = s.text
            start = 0
            for mark in _MARKS.finditer(text):
                pos = mark.start()
                if current is None:
                    if _opens(text, pos):
                        current, start = [], pos + 1
                elif _closes(text, pos):
                    current.append((s.index, start, pos))
                    out.append(_Span(tuple(current), s.paragraph, False))
                    current = None
                elif text[pos] == "“":  # an opening mark inside an open quotation: the first never closed
                    current, start = [], pos + 1
            if current is not None:
                current.append((s.index, start, len(text)))
                if len(current) >= MAX_QUOTE_SENTENCES:
                    current = None  # an unmatched mark: give up rather than swallow the paragraph
        if current:
            out.append(_Span(tuple(current), para[0].paragraph, True))
    return out


def verify(article: Article, quote: Quote) -> bool:
    """True when the quoted words stand, word for word, in the quote's sentences."""
    joined = " ".join(article.sentences[i].text for i in quote.sentences)
    return bool(quote.text) and quote.text in joined


def _clean_name(raw: str) -> str | None:
    """The name in a capitalised run, titles and leading connectives cut; ``None`` when nothing
    of a name is left ("President" alone, "It", "Monday")."""
    words = raw.split()
    while words and (words[0] in _CONNECTIVES or words[0] in _NOT_NAMES):
        words = words[1:]
    if words and re.search(r"['’]s$", words[-1]):
        return None  # "Kushner's" modifies the speaker, it is not one
    # Cut everything up to the last title word: "Roeland Park Police Officer Mark Engravalle".
    last_title = max((i for i, w in enumerate(words) if w in _TITLES or w.rstrip(".") in _TITLES), default=-1)
    if last_title >= 0 and last_title < len(words) - 1:
        words = words[last_title + 1:]
    elif last_title == len(words) - 1:
        return None
    while words and words[0].lower() in ("of", "the"):
        words = words[1:]
    if "of" in words[2:]:  # "Joseph Crowley of Queens"; not "University of Minnesota"
        cut = words.index("of")
        if not any(w in _ORG_WORDS for w in words[:cut]):
            words = words[:cut]
    if not words or any(w in _NOT_NAMES for w in words):
        return None
    name = " ".join(words).strip(" ,.;:")
    return name or None


def _is_pronoun(sp: str) -> bool:
    return sp.lower() in ("he", "she")


_DESCRIPTION = "the one described"  # a speaker written as a description, resolved like a pronoun
_UNNAMED = "someone described, not named"  # the latest speaker was a description: "he" is unsure
_PREVIOUS = "the one quoted before"  # "…,” he said, adding that “…": the previous quotation's speaker


def _demonym(word: str) -> bool:
    """"German", "Israeli", "Frenchman": a person described by nationality, not an organisation."""
    return (" " not in word and not word.isupper() and word not in ("Vatican", "Taliban", "Kremlin", "Pentagon")
            and bool(re.search(r"(?:an|ese|ish|i|man|woman)$", word)))


class _Described(str):
    """A speaker the text describes without a name ("a producer", "the document"): shown as
    written, never looked up as an entity nor taken for a later "he"/"she"."""


def _head(description: str) -> str:
    """The head noun of a description: "a spokeswoman for the agency" → "spokeswoman"."""
    text = re.sub(r"^(?:one|two|three|some|several)\s+of\s+", "", description, flags=re.IGNORECASE)
    words: list[str] = []
    for w in text.split():
        if words and w.lower().strip(",") in _POST_HEAD:
            break
        words.append(w)
    return words[-1].strip(".,'’") if words else ""


_POST_HEAD = frozenset("of for from at in on with to by who whose which that obtained released published".split())


def _described(raw: str) -> str | None:
    """A described speaker as shown, or ``None`` when ``raw`` is not a description of one: the
    determiner lowercased, a long phrase cut at its relative clause; "the minister" (a role
    written for someone named before) → :data:`_DESCRIPTION`, resolved like a pronoun."""
    text = _DESC_PARTICIPLE.sub("", raw.strip(" ,.;:"))  # "a statement released Tuesday" → "a statement"
    if len(text.split()) > MAX_DESCRIPTION_WORDS:
        text = _DESC_CUT.sub("", text)
        if len(text.split()) > MAX_DESCRIPTION_WORDS:
            return None
    if not text.split() or text.split()[-1].lower() in _RUNS_ON:
        return None  # "the victim's husband in April and": the phrase runs into another clause
    if not _DESC_START.match(text):
        return None
    head = _head(text)
    if not re.fullmatch(r"[a-z][a-z'’-]+", head) or head in _NOT_HEADS or head.endswith("ly"):
        return None
    first = text.split()[0]
    if first.lower() == "the" and re.fullmatch(_DESCRIBED, head):
        return _DESCRIPTION
    if re.fullmatch(r"(?i:the|an?|one|two|three|several|some|another|his|her|their|its|police)", first):
        text = first.lower() + text[len(first):]
    return _Described(text)


def _description_in(rest: str, ended: bool = False) -> str | None:
    """The described speaker that opens ``rest`` (the words after a speech verb or "according
    to"): "a producer who worked with him.", "the study published in …". With ``ended``, only
    when punctuation ends it ("According to the motion, there is “…", not "according to a
    recently released “plan”": that description runs on into the quotation)."""
    rest = _REST_END.split(rest, maxsplit=1)[0]
    parts = re.split(r"[,;:()]|\s[—–]\s", rest, maxsplit=1)
    if ended and len(parts) == 1:
        return None
    return _described(parts[0])


def _after_speaker(after: str) -> str | None:
    """The speaker right after the closing mark, as written (a pronoun or a description included)."""
    named = _after_named(after)
    if named is not None:
        return named
    m = _AFTER_DESC.match(after)
    if m:
        return _described(m.group("desc"))
    m = _AFTER_VERB.match(after)
    if m:
        return _description_in(m.group("rest"))
    m = re.match(r"^[\s,.;:!?—–-]*according\s+to\s+(?P<rest>[^“”\"]{1,160})", after)
    if m:
        return _description_in(m.group("rest"))
    if not any(c in after for c in "“”\""):
        m = _TRAILING_DESC.search(after.rstrip(" .!?"))
        if m:
            return _described(m.group("desc"))
    return None


def _after_named(after: str) -> str | None:
    """The speaker named right after the closing mark, as written (a pronoun included)."""
    m = _AFTER_SUBJECT.match(after)
    if m:
        pre = m.group("pre").split()
        sp = m.group("sp")
        if pre and pre[-1].lower().strip(",") in _NOT_SUBJECT_BEFORE:
            return None  # "a spokesman for Mayor Bill de Blasio said": the name is not the speaker
        if _is_pronoun(sp):
            return sp if not pre else None
        if pre and pre[-1].lower() == "the" and (sp.split()[-1] in _PARTIES or _demonym(sp)):
            return _DESCRIPTION  # "the California Democrat said", "the German wrote"
        if _VERB_ANYWHERE.search(" ".join(pre)):
            return None  # the name belongs to another clause
        return _clean_name(sp)
    m = _AFTER_DASH.match(after)
    if m:  # a blurb or an epigraph: "…”—Ursula Burns, chairman"
        return _clean_name(m.group("sp"))
    m = _AFTER_QUOTED.match(after)
    if m:
        return _clean_name(m.group("sp"))
    if _AFTER_DESCRIPTION.match(after):
        return _DESCRIPTION
    m = _AFTER_ACCORDING.match(after)
    if m:
        return _clean_name(m.group("sp"))
    m = _AFTER_VERB.match(after)
    if m:
        return _name_in_rest(m.group("rest"))
    if not any(c in after for c in "“”\""):
        m = _TRAILING.search(after.rstrip(" .!?"))
        if m and m.group("desc"):
            return _DESCRIPTION
        if m:
            sp = m.group("sp") or m.group("sp2")
            return sp if _is_pronoun(sp) else _clean_name(sp)
    return None


# A sentence end inside the text after a verb, not after an initial or a title ("William E. Copeland").
_REST_END = re.compile(r"(?<![A-Z])(?<!Mr|Ms|Dr|Sr|Jr|St)(?<!Mrs|Sen|Rep|Gov|Gen|Col|Sgt|Rev)(?<!Prof|Capt)"
                       r"[.;!?](?:\s|$)|\s[—–]\s")


def _name_in_rest(rest: str) -> str | None:
    """The speaker named after a speech verb: "Dr. Marc Haber, from …", "Facebook founder and CEO,
    Mark Zuckerberg", "another relative, Nisha Odell, 18", "the White House"."""
    rest = _REST_END.split(rest, maxsplit=1)[0]
    first = re.match(r"(?:he|she)\b(?P<end>\s*(?:[,.;:]|$))?", rest, re.IGNORECASE)
    if first:  # "…,” said he." is an attribution; "…,” claims she bedded …" is not
        return rest[:3].strip() if first.group("end") is not None else None
    skipped = False  # a modifier run was passed over: the name after it is the speaker
    for m in re.finditer(_NAME, rest):
        following = rest[m.end():].lstrip()
        next_word = following.split()[0].strip(",.").lower() if following.split() else ""
        raw = m.group()
        between = re.match(rf"((?:[a-z][\w'’-]*\s+){{1,5}}){_WORD}", following)
        if between is not None and not any(w in _NOT_SUBJECT_BEFORE or w in _NOT_MODIFIERS
                                           for w in between.group(1).split()):
            # "CNN senior political analyst David Gergen": the name right after the modifier words
            return _name_in_rest(following[len(between.group(1)):])
        if re.search(r"['’]s$", raw) or next_word in _ROLE_NOUNS or next_word == "and":
            skipped = True
            continue  # "Facebook founder and CEO, Mark Zuckerberg", "Kushner's lawyer": the name comes later
        name = _clean_name(raw)
        if name is None:
            continue  # a title alone ("CEO, Mark Zuckerberg")
        before = rest[: m.start()]
        if before.strip() and not skipped and not (before.rstrip().endswith(",") or all(
                w in _DETERMINERS or w in _ROLE_NOUNS or w in _TITLES for w in before.split())):
            return None  # "claims she bedded Woods": the name is not the speaker
        return name
    return None


def _before_speaker(before: str, sentence: str) -> tuple[str | None, bool]:
    """The speaker named before the opening mark, and whether a speech verb attributes the
    quotation there (for short quotations)."""
    window = before[-_WINDOW:]
    m = _VERB_FIRST.match(window.strip())
    if m:
        return _clean_name(m.group("sp")), True
    acc = None
    acc = verb = None
    for acc in _ACCORDING.finditer(window):  # noqa: B007 (the last one)
        pass
    for verb in _VERB_ANYWHERE.finditer(window):  # noqa: B007
        pass
    if acc is not None and (verb is None or acc.start() > verb.start()) and "“" not in window[acc.end():]:
        return _clean_name(acc.group("sp")), True
    accd = None
    for accd in _ACCORDING_DESC.finditer(window):  # noqa: B007 (the last one)
        pass
    if accd is not None and (verb is None or accd.start() > verb.start()):
        described = _description_in(accd.group("rest"), True)  # "According to the motion, there is “…"
        if described is not None and described != _DESCRIPTION:
            return described, True
    if verb is None:
        return None, False
    between = window[verb.end():]
    if len(between) > _VERB_REACH or any(c in between for c in "“”\""):
        return None, False
    if re.search(rf"\b{_SPEECH}\b|\bsaying\b", between):
        return None, False
    head = re.sub(r"\b(?:Editor|Commander)[- ]in[- ][Cc]hief\b", "Chief", window[: verb.start()])
    if re.search(rf"\b[Tt]he\s+(?:[\w-]+\s+){{0,2}}?{_DESCRIBED}\s+(?:{_ADVERB})?$", head):
        return _DESCRIPTION, True  # "The president added that “…"
    if re.search(r"\b(?:would|could|might|should|will|may|to|not|never|n[o’']t)\s+$", head):
        return None, False  # "would say “…”", "refused to say": no one said these words here
    qm = _QUOTED_AS.search(head)
    if qm:  # "Al Jazeera quoted Erdogan as saying “…"
        return _clean_name(qm.group("sp")), True
    sm = _SUBJECT.search(head)
    if sm and not _is_pronoun(sm.group("sp")) and _clean_name(sm.group("sp")) is None:
        sm = None  # "… said on Friday, adding that": no name right before the verb; read on below
    if sm and (sm.group("app") or "").strip() == "," and _PARTICIPLE.fullmatch(verb.group()):
        sm = None  # "Mr. Farrow praised Mr. McHugh, saying": the participle's subject opens the sentence
    if sm:
        words_before = [w.lower() for w in head[: sm.start()].split()[-2:]]
        if len(words_before) == 2 and words_before[1] in ("the", "a", "an"):
            words_before = words_before[:1]  # "the chair of the Calvin Coolidge …", "in the US"
        prev_word = words_before[-1] if words_before else ""
        who = (sm.group("app") or "").strip(", ") == "who"
        saying = verb.group() in ("saying", "telling")
        if prev_word in _NOT_SUBJECT_BEFORE and prev_word != "and" and not who \
                and not (saying and prev_word == "with"):  # "with Erdogan publicly saying he had “…"
            # "a spokeswoman for Mayor Bill de Blasio said": not the name; perhaps the description
            return (_described_subject(head, verb.group()) if _CLAUSE_BREAK.search(between) is None else None), True
        sp = sm.group("sp")
        if _is_pronoun(sp):
            return sp, True
        if sp.split()[-1] in _PARTIES and re.search(r"\bthe\s+$", head[: sm.start()]):
            return _DESCRIPTION, True  # "the California Democrat said"
        return _clean_name(sp), True
    described = _described_subject(head, verb.group()) if _CLAUSE_BREAK.search(between) is None else None
    if described is not None:
        return described, True  # "The document says …", "the sheriff, whose …, stated that she believed “…"
    if re.search(r"\band\s+(?:then\s+)?$", head) or (
            _PARTICIPLE.fullmatch(verb.group()) and re.search(r",\s*$", head)):
        # "Carney acknowledged … and said the White House was “…" / "Fitbit objects, suggesting it “…"
        subject = _sentence_subject(sentence)
        if subject is None and any(c in head for c in "“”\""):
            return _PREVIOUS, True  # "“…,” Erdogan said, adding that “…": the same speaker
        return subject, True
    return None, True


# Between a described subject's verb and the mark, a subordinate clause with its own subject: the
# words are theirs ("An angry crowd shouted down X when they appeared in a “free speech zone”").
_SUBORDINATE = "when|while|although|though|because|after|before|if|since|until|as|whether"
_CLAUSE_BREAK = re.compile(rf"\b(?:{_SUBORDINATE})\s+(?:he|she|they|it|we|i|you)\b")


def _described_subject(head: str, verb: str) -> str | None:
    """The described subject of a finite speech verb that ends ``head``: "The Medium post noted",
    "the sheriff, whose department …, stated", "Labor union official told"; not after a
    preposition ("a tribute by the family said") nor "and" (two speakers)."""
    if not re.fullmatch(_SPEECH, verb):
        return None
    m = _DESC_SUBJECT.search(head)
    if m is None:
        return None
    before = head[: m.start()].split()
    if before and (before[-1].lower().strip(",") in _NOT_SUBJECT_BEFORE
                   or re.fullmatch(_SUBORDINATE, before[-1].lower())):
        return None  # "a tribute by the family said", "although his office offered suggestions, …"
    return _described(m.group("desc"))


_LEAD_CLAUSE = re.compile(r"^(?:(?:But|And|Still|Yet|So|Then|Now|Meanwhile|However|Later|Earlier|Instead),?\s+)?")
_SUBJECT_START = re.compile(rf"(?P<sp>{_NAME}){_PAREN}(?=,|\s+(?:{_ADVERB})?[a-z])")


def _sentence_subject(sentence: str, names: SpeakerIndex | None = None) -> str | None:
    """The person a sentence opens with: "Still, Carney acknowledged …", "Joplin, Mo., Mayor
    Melodee Colbert-Kean, whose city …, said", "One day in 2007, Alison Jing Xu, who …"."""
    starts = [_LEAD_CLAUSE.match(sentence).end()]  # type: ignore[union-attr]
    comma = sentence.find(", ", starts[0])
    if 0 < comma < 90:
        starts.append(comma + 2)
        comma2 = sentence.find(", ", comma + 2)
        if 0 < comma2 < 90:
            starts.append(comma2 + 2)
    for start in starts:
        m = _SUBJECT_START.match(sentence, start)
        if m is None or (m.group("sp").split()[0] in _NOT_NAMES and m.group("sp").split()[0] not in _CONNECTIVES):
            continue  # no name, or a lead clause ("On Twitter last fall, Mr. Farrow praised …")
        if re.match(rf"\s+and\s+{_UP_CLASS}", sentence[m.end():]):
            return None  # two people ("Damon and Affleck exit"): no one subject
        name = _clean_name(m.group("sp"))
        if name is not None and (names is None or _is_person(name, names, False)):
            return name
    return None


_NEXT_ATTRIBUTION = re.compile(
    rf"^(?P<sp>{_NAME}|{_PRONOUN}){_PAREN}(?:,[^,“”\"]{{1,100}},)?\s+(?:{_ADVERB})?{_SPEECH}\b")


def _title_case(text: str) -> bool:
    """Every word that is not a small word starts with a capital: a title, not speech."""
    words = re.findall(r"[\w'’]+", text)
    big = [w for w in words if w.lower() not in _SMALL]
    return bool(big) and all(w[0].isupper() or w[0].isdigit() for w in big) and len(words) <= 12


@dataclass
class _Referents:
    """People recently named as speaker or subject, for "he"/"she": (sentence index, name), newest
    last; and the gender a pronoun has shown for a name ("m"/"f"), once one has resolved to it."""

    recent: list[tuple[int, str]]
    gender: dict[str, str]

    def note(self, index: int, name: str) -> None:
        if self.recent and self.recent[-1][1] == name:
            self.recent[-1] = (index, name)
        else:
            self.recent.append((index, name))
            del self.recent[:-8]

    def resolve(self, index: int, pronoun: str | None = None) -> str | None:
        """The most recent person within reach; ``None`` when that person is known to be of the
        other gender than ``pronoun`` ("he" after a "she" for the same name): unsure, no one."""
        if not self.recent:
            return None
        i, name = self.recent[-1]
        if index - i > PRONOUN_WINDOW or name == _UNNAMED:
            return None
        g = {"he": "m", "she": "f"}.get((pronoun or "").lower())
        if g is not None and self.gender.setdefault(name, g) != g:
            return None
        return name


def _is_person(name: str, index: SpeakerIndex, speaking: bool) -> bool:
    """Whether a name may be a "he"/"she": a person entity, or — not an entity — a name of two or
    more words, or one word that speaks ("Walden said")."""
    kind = index.kinds.get(name)
    if kind is not None:
        return kind == "person"
    words = name.split()
    if any(w in _ORG_WORDS or w.split("-")[0] in _NOT_NAMES for w in words) or words[-1] in _PARTIES:
        return False  # an organisation, "Twenty-three", "the California Democrat"
    return 2 <= len(words) <= 4 or (len(words) == 1 and speaking)


_PARTIES = frozenset("Democrat Republican Independent Democrats Republicans Conservative Labour Liberal".split())
_ORG_WORDS = frozenset("""Department Ministry Group Media University College Congress Council Party Agency Office
    Association Press News Times Journal Company Corporation Corp Inc Ltd Union Commission Organization
    Organisation Court Parliament Senate Army Forces Committee Institute Foundation Authority Police Service
    Network Broadcasting Reuters Airlines Club League Federation Fund House Government Bank Centre Center
    Hospital School Board Bureau Administration Post Tribune Herald Guardian Telegraph""".split())


@dataclass
class _Previous:
    """The last quotation's speaker, for a quotation that continues it."""

    speaker: str | None = None
    entity: str | None = None
    last: int = -10  # its last sentence (or the sentence after, when the attribution stood there)
    paragraph: int = -10
    open_ended: bool = False


def find_quotes(article: Article, entities: Sequence[Entity], index: SpeakerIndex | None = None) -> tuple[Quote, ...]:
    """Every direct quotation of ``article``, with its speaker where the text says who.

    ``index`` (from :func:`speaker_index`) saves re-indexing ``entities`` for every article.
    """
    names = index if index is not None else speaker_index(entities)
    sents = article.sentences
    by_first: dict[int, list[_Span]] = {}
    for sp in _spans(article):
        by_first.setdefault(sp.pieces[0][0], []).append(sp)
    referents = _Referents([], {})
    out: list[Quote] = []
    prev = _Previous()
    n = 0
    for s in sents:
        spans = by_first.get(s.index, [])
        for m in _SPEAKS.finditer(s.text) if _HAS_SPEECH.search(s.text) else ():
            if m.group("sp") and re.search(r"\bthe\s+$", s.text[max(m.start() - 4, 0): m.start()], re.IGNORECASE):
                continue  # "the North Carolina Republican told": a description, not a name
            name = _clean_name(m.group("sp") or m.group("sp2"))
            if name and _is_person(name, names, True):
                referents.note(s.index, name)
        if s.text[:1] not in "“\"":  # the subject last: "Mendelson said Lanier told him …" → Mendelson
            subject = _sentence_subject(s.text, names)
            if subject:
                referents.note(s.index, subject)
        for span in spans:
            quote, prev = _quote(article, span, n, names, referents, prev)
            n += 1
            if quote is not None:
                out.append(quote)
    return tuple(out)


# "In what the daily Corriere called “…,” analysts said": the words belong to the "what" clause's
# subject, not to the speaker after the mark.
_WHAT_CALLED = re.compile(r"\bwhat\s+[^“”\"]{1,80}?\b(?:called|calls|termed|dubbed|described\s+as)\s*$")


def _attribution(span: _Span, sents: Sequence[Sentence], before: str, after: str) -> tuple[str | None, bool, int]:
    """(speaker as written, whether a speech verb attributes it in its own sentence, the last
    sentence the attribution used)."""
    first_i, last_i = span.pieces[0][0], span.pieces[-1][0]
    if after.strip(" .,;:!?") and not _WHAT_CALLED.search(before):
        speaker = _after_speaker(after)
        if speaker is not None:
            return speaker, True, last_i
    if before.strip():
        speaker, verb = _before_speaker(before, sents[first_i].text)
        if speaker is not None or verb:
            return speaker, verb, last_i
    if not after.strip(" .,;:") and last_i + 1 < len(sents) and sents[last_i + 1].paragraph == sents[last_i].paragraph:
        nxt = _NEXT_ATTRIBUTION.match(sents[last_i + 1].text)
        if nxt and len(sents[last_i + 1].text.split()) <= 25:
            sp = nxt.group("sp")
            speaker = sp if _is_pronoun(sp) else _clean_name(sp)
            if speaker is not None:
                return speaker, True, last_i + 1
    return None, False, last_i


def _quote(article: Article, span: _Span, n: int, names: SpeakerIndex, referents: _Referents,
           prev: _Previous) -> tuple[Quote | None, _Previous]:
    sents = article.sentences
    pieces = span.pieces
    first_i, first_start, _ = pieces[0]
    last_i, _, last_end = pieces[-1]
    text = " ".join(sents[i].text[a:b] for i, a, b in pieces).strip().rstrip(" ,")
    before = sents[first_i].text[: max(first_start - 1, 0)]
    after = "" if span.open_ended else sents[last_i].text[last_end + 1:][:_WINDOW]
    words = len(text.split())
    speaker, verb_here, used = _attribution(span, sents, before, after)
    opens_sentence = not before.strip(" “\"'‘—–-")
    # Not someone's words: a title, a term, words-as-words, a short scare quote.
    if words < 2 or (words < _TERM_WORDS and _TERM_BEFORE.search(before)) or (_title_case(text) and words <= 10):
        return None, prev
    if words < SHORT_QUOTE and not (verb_here and speaker is not None):
        return None, prev
    entity: str | None = None
    if speaker == _PREVIOUS:
        speaker = prev.speaker if prev.last >= first_i else None
    shown = speaker
    if speaker is not None and speaker == prev.speaker and prev.last >= first_i:
        entity = prev.entity
    elif speaker is not None and (_is_pronoun(speaker) or speaker == _DESCRIPTION):
        resolved = referents.resolve(first_i, speaker if _is_pronoun(speaker) else None)
        if resolved is None:
            speaker = shown = None
        else:
            entity = _lookup(resolved, names)
            shown = speaker if entity and speaker != _DESCRIPTION else resolved
            speaker = resolved
    elif speaker is not None and not isinstance(speaker, _Described):
        entity = _lookup(speaker, names)
    elif speaker is not None and not speaker.startswith("the "):
        referents.note(used, _UNNAMED)  # a later "she said" may be this spokeswoman: no one is sure
    elif speaker is not None:
        pass  # "the Facebook founder said": most often the person named just before; "he" still reaches them
    elif opens_sentence and prev.speaker is not None and (
            prev.last >= first_i - 1 or (prev.open_ended and prev.paragraph == span.paragraph - 1)):
        # A quotation that opens a sentence right after a speaker's words continues them (also a
        # paragraph that opens with a mark after a quotation left open).
        speaker, entity, shown = prev.speaker, prev.entity, prev.speaker
    if speaker is not None and not isinstance(speaker, _Described) and _is_person(speaker, names, True):
        referents.note(used, speaker)
    introduced = bool(re.search(r"[:,]\s*$", before)) and text[:1].isupper()  # "Berg said: “The …”"
    partial = not (opens_sentence or introduced) or (speaker is None and bool(after.strip(" .")))
    q = Quote(f"{article.id}-q{n}", article.id, tuple(dict.fromkeys(i for i, _, _ in pieces)), text,
              shown, entity, partial)
    if not verify(article, q):
        return None, prev
    if speaker is not None:
        return q, _Previous(speaker, entity, used, span.paragraph, span.open_ended)
    return q, _Previous()


def _lookup(speaker: str, named: SpeakerIndex) -> str | None:
    """The entity a speaker's name refers to: the name itself, else the longest alias in it with
    only titles around it ("President Recep Tayyip Erdogan" → Recep Tayyip Erdogan), or a
    person's alias that ends it ("Donald J. Trump" → Trump). An alias inside a longer name is
    not that name: "Hurriyet Daily News" is not Hurriyet, "Erdogan Bayraktar" is not Erdogan."""
    if speaker in named.ids:
        return named.ids[speaker]
    words = [w.strip(".,;:!?\"'“”‘’") for w in speaker.split()]
    spans = sorted(((i, j) for i in range(len(words)) for j in range(i + 1, len(words) + 1)),
                   key=lambda s: (s[0] - s[1], s))
    for i, j in spans:
        alias = " ".join(words[i:j])
        if alias not in named.ids:
            continue
        outside = words[:i] + words[j:]
        if all(w in _TITLES or w + "." in _TITLES for w in outside) or (
                j == len(words) and named.kinds.get(alias) == "person"):
            return named.ids[alias]
    return None


def same_occasion(stories: Sequence[StoryGroup], quotes: Sequence[Quote]) -> tuple[QuotePair, ...]:
    """Pairs of quotations by the same speaker in different sources of one story whose words
    differ but say the same thing: the same remarks, quoted differently."""
    by_article: dict[str, list[Quote]] = {}
    for q in quotes:
        by_article.setdefault(q.article_id, []).append(q)
    pairs: list[QuotePair] = []
    for g in stories:
        members = list(g.article_ids)
        for ai, a in enumerate(members):
            for b in members[ai + 1:]:
                for qa in by_article.get(a, []):
                    best: tuple[float, Quote] | None = None
                    for qb in by_article.get(b, []):
                        if not qa.speaker_entity or qa.speaker_entity != qb.speaker_entity or qa.text == qb.text:
                            continue
                        sim = jaccard(_roots(qa.text), _roots(qb.text))
                        if sim >= 0.3 and (best is None or sim > best[0]):
                            best = (sim, qb)
                    if best is not None:
                        pairs.append(QuotePair(g.id, qa.id, best[1].id, round(best[0], 3)))
    return tuple(pairs)


def _roots(text: str) -> list[str]:
    return [w[:5] for w in content_words(text)]
