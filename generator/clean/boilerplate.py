"""Remove page junk (footers, newsletter prompts, photo credits, stray subheads, platform
notices), keeping a record of every removal.

Two layers: the ``cleaning`` patterns of the settings (user-overridable data), then a few
general shapes of page furniture written as code (:func:`furniture`): a line that is only a
date stamp, a credit, share buttons, contact handles or an agency photo caption. Every pattern
here is linear in the line: bounded repeats, no nested quantifiers.
"""

from __future__ import annotations

import re

from ..config import CleaningPattern
from ..models import Removal

_SPACES = re.compile(r"[ \t]{2,}")
# A cleaning pattern whose name ends so marks a platform notice (Twitter, web archive, a
# JavaScript or sign-in wall): a file left with little else is not an article.
NOTICE_SUFFIX = "-notice"

_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
          r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_DAY = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?"
_TIME = r"(?:\d{1,2}[:.]\d{2}\s?(?:[ap]\.?m\.?)?|\d{1,2}\s?[ap]\.?m\.?)(?: [A-Z]{2,4})?"
_DATE = (rf"(?:{_DAY} )?(?:{_MONTH} \d{{1,2}}(?:st|nd|rd|th)?(?:,? \d{{4}})?|\d{{1,2}} {_MONTH}(?:,? \d{{4}})?|"
         r"\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4})")
_STAMP_LEAD = r"(?:(?:published|posted|updated?|last updated|first published)(?: on| at)?:?|[A-Z][\w.]*(?: [A-Z][\w.]*){0,2},?)"
_FURNITURE: tuple[tuple[str, int, re.Pattern[str]], ...] = (  # (kind, longest line it can match, pattern)
    # "Published on Sep 8, 2015", "Updated 6.15pm", "UPDATE: November 8, 8:25 AM CST",
    # "7.57 pm", "2 years ago", "April 10th, 2016", "Associated Press Tue Feb 19, 2013 7:44 PM"
    ("date-stamp", 100, re.compile(rf"(?i)(?:{_STAMP_LEAD} )?{_DATE}(?:,? (?:at )?{_TIME})?\.?")),
    ("date-stamp", 100, re.compile(rf"(?i)(?:{_STAMP_LEAD} )?{_TIME}\.?")),
    ("date-stamp", 100, re.compile(r"(?i)(?:published|posted|updated?|last updated)(?: on| at)?:? ?")),
    ("date-stamp", 100, re.compile(r"(?i)\d{1,3} (?:second|minute|hour|day|week|month|year)s? ago")),
    ("gallery-count", 30, re.compile(r"(?i)(?:photo |image |slide )?\d{1,3} (?:of|/) \d{1,3}|page \d{1,3} of \d{1,3}")),
    # "Photo: KUVP archives", "By X/Getty Images", "(Washington Post Staff Photo/Andrea Bruce)",
    # "Copyright Marvel Comics", "Getty", "Image copyright PA Image caption …"
    ("photo-credit", 300, re.compile(
        r"(?i)\(?(?:by )?[\w .,'’&-]{0,60}(?:/|\bvia )(?:getty(?: images)?|ap(?: photo)?|reuters|afp|epa|"
        r"shutterstock|ap images|rex|pa(?: images)?|wireimage|newscom|istock(?:photo)?)[\w .'’-]{0,30}\)?\.?")),
    ("photo-credit", 300, re.compile(
        r"(?i)\(?(?:[\w .,'’&-]{0,60}\(|(?-i:[A-Z])[\w.'’&-]*(?: (?-i:[A-Z])[\w.'’&-]*){0,5} )?(?:(?:staff |file |ap |associated press )?(?:photo(?:graph)?|image|picture|video|illustration)s?"
        r"(?: illustration)?(?: credit)?(?: by|:|/)|credit:|image copyright)[^\n]{0,160}")),
    ("photo-credit", 300, re.compile(r"(?i)(?:copyright|©)(?: ©)?(?: \d{4})?(?: [A-Z][\w.&'’-]*){1,5}\.?")),
    ("photo-credit", 300, re.compile(r"(?i)(?:getty(?: images)?|ap(?: photo)?|reuters|afp|epa|istock(?:photo)?|"
                                r"shutterstock|associated press|file photo|photo)")),
    ("share-buttons", 160, re.compile(
        r"(?i)(?:(?:play|share|tweet|pin|email|e-mail|print|comment|comments|save|like|follow|facebook|twitter|"
        r"google\+?|linkedin|pinterest|reddit|whatsapp|messenger|sms|copy link|more|close|next|previous|"
        r"share (?:this|on) \w+|follow [\w.]+:?)[\s|,:·•/]*){1,8}")),
    ("rule", 400, re.compile(r"[\W_]{3,400}")),  # a line of dots, dashes or stars
    ("contact", 200, re.compile(r"\(?(?:[\w.+-]+@[\w-]+\.[\w.]+|@\w{2,30})(?:[;,]? (?:[\w.+-]+@[\w-]+\.[\w.]+|@\w{2,30}))*\)?")),
    # An agency caption: "… in Haltom City, Texas. Davis was expected to formally... (Associated Press)"
    ("photo-caption", 1200, re.compile(r"[^\n]{0,600}(?:\.\.\.|…) ?\((?:Associated Press|AP|Reuters|AFP)\)")),
    ("photo-caption", 1200, re.compile(r"(?i)[^\n]{0,400}\((?:photo|image|picture)s? (?:by|credit|courtesy)[^()\n]{0,120}\)\.?")),
    # "… along Daly Street on July 29, 2013. (LUKE RAFFERTY / Staff Photographer)"
    ("photo-caption", 1200, re.compile(r"[^\n]{0,600}\((?:[A-Z][\w.'’-]* ?){1,4}/ ?(?:Staff Photographer|STAFF PHOTOGRAPHER|"
                                       r"Staff|Getty Images|AP Photo|AP|Reuters|REUTERS|AFP)\)\.?")),
    ("photo-caption", 1200, re.compile(r"(?:\((?:Associated Press|AP)\) )?FILE ?[-–—] In th(?:is|ese) [^\n]{0,400}?\b(?:file )?photos?\b[^\n]{0,600}")),
)


def furniture(line: str) -> str | None:
    """The kind of page furniture ``line`` is as a whole (a date stamp, a credit, share
    buttons, contact handles, an agency photo caption), or ``None`` for text."""
    stripped = line.strip()
    size = len(stripped)
    for kind, longest, rx in _FURNITURE:
        if 0 < size <= longest and rx.fullmatch(stripped):
            return kind
    return None


def is_junk_line(line: str, patterns: tuple[CleaningPattern, ...]) -> str | None:
    """The name of the line pattern that matches the whole line, if any, else the kind of
    page furniture it is (:func:`furniture`)."""
    stripped = line.strip()
    for p in patterns:
        if p.scope == "line" and re.fullmatch(p.pattern, stripped):
            return p.name
    return furniture(stripped)


def junk_title(title: str, patterns: tuple[CleaningPattern, ...], detected: bool) -> str | None:
    """Why ``title`` cannot be an article's headline, or ``None`` when it can.

    Any title that is page junk (a cleaning pattern, or furniture) is refused; a title
    ``detected`` from the text (not stated by the maintainer) must also read as a headline: at
    least :data:`MIN_TITLE_WORDS` words, not a dateline ("STORRS, Conn"), not a cut fragment.
    """
    text = " ".join(title.split())
    if not text:
        return "empty-title"
    kind = is_junk_line(text, patterns)
    if kind is None:
        inline = [p for p in patterns if p.scope == "inline"]
        kind = next((p.name for p in inline if re.search(p.pattern, text) and not strip_inline(text, 0, (p,))[0]),
                    None)
    if kind is not None or not detected:
        return kind
    if len(text.split()) < MIN_TITLE_WORDS:
        return "short-title"
    if _DATELINE.fullmatch(text.rstrip(" |—-")) or text.endswith((",", ";", ":", "|", "—", " -")):
        return "fragment-title"
    if sum(c.isalpha() for c in text) < len(text) / 2:
        return "no-words-title"  # a row of dots or digits, not words
    return None


# A detected headline has at least this many words: "World", "Politics", "Getty", "AP" are
# section labels, captions or credits (seen on Multi-News validation headlines, benchmarks.junk).
MIN_TITLE_WORDS = 2
_DATELINE = re.compile(r"[A-Z][A-Z .'’-]{1,40},(?: [A-Z][\w.]{0,12}){1,2}\.?")


def strip_inline(text: str, line: int, patterns: tuple[CleaningPattern, ...]) -> tuple[str, list[Removal]]:
    """Remove every inline pattern match from ``text``; return the text and the removals."""
    removed: list[Removal] = []
    for p in patterns:
        if p.scope != "inline":
            continue
        rx = re.compile(p.pattern)

        def cut(m: re.Match[str], name: str = p.name) -> str:
            if m.group().strip():
                removed.append(Removal(kind=name, text=m.group().strip(), line=line))
            return " "

        text = rx.sub(cut, text)

    def card(m: re.Match[str]) -> str:
        removed.append(Removal(kind="hover-card", text=m.group("card").strip(), line=line))
        return m.group("name") + " "

    if " MORE" in text:  # cheap test first: the pattern is slow to search everywhere
        text = _HOVER_CARD.sub(card, text)

    def teaser(m: re.Match[str]) -> str:
        removed.append(Removal(kind="teaser", text=m.group().strip(), line=line))
        return " "

    text = _TEASER.sub(teaser, text)
    return _SPACES.sub(" ", text).strip(), removed


# The Hill's name hover cards, flattened: "President Trump Donald John TrumpScaramucci warns …
# MORE panned …": after a linked surname, the full name glued to a few headlines, up to "MORE".
# The linked name stays; the card goes.
_HOVER_CARD = re.compile(r"\b(?P<name>(?P<s>[A-Z][a-z]{2,})) (?P<card>(?:[A-Z(][\w.'’()-]* ){1,3}(?P=s)"
                         r"(?=[A-Z0-9“\"‘'])[^\n]{0,400}? MORE(?!\w))")


# A teaser headline printed twice at the start of a line, before the story it links: "Rocky The Bobcat Back On The Loose
# Rocky The Bobcat Back On The Loose South Jersey residents …" (both copies go).
_TEASER = re.compile(r"\A(?P<t>(?:[A-Z0-9][\w'’,:-]* ){3,15})(?P=t)")


def is_notice(kind: str) -> bool:
    """Whether a removal kind is a platform notice (a cleaning pattern named ``*-notice``)."""
    return kind.endswith(NOTICE_SUFFIX)
