"""Clean-text benchmark: how much page junk a reader is shown, on a judged sample.

    python -m benchmarks.junk [--multi-news DIR] [--sample N] [--unjudged] [--all-junk] [--code DIR]

Reads every Multi-News validation cluster as the pipeline reads a folder (``clean_corpus`` with
the project's settings), then collects what a reader is shown for each cluster as if it were
one topic with every sentence relevant: each article's headline, the cluster overview
(``overview`` as the topic page calls it), each article's summary (``summarize_for_topic``) and
the quotes ledger (``find_quotes``). From each half (even / odd cluster numbers) a seeded
sample of ``--sample`` shown items is drawn: items are ranked by a hash of their key, so an
item keeps its place in the sample while the system changes and only newly shown items need
judging. Each sampled item is looked up in :data:`JUDGED` (judged by reading: junk is
navigation, share, subscribe, caption, credit, hover-card, platform notice, cookie or
related-link text, or a fragment that is not a sentence); the junk share per half is
reported. ``--unjudged`` lists the sampled items that have no judgement yet, to be read and
added. The files refused as "not an article" are listed, each with the judgement in
:data:`REFUSALS`.

``--code DIR`` runs another checkout's generator (e.g. ``git worktree add /tmp/jbase 19093a4``
for the code before this benchmark) on the same data, with the same sampling and judgements.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

SEED = "junk-2026"
PREFIX = 60  # characters of the shown text kept in a judgement key
WHERE = ("headline", "overview", "summary", "quote")


@dataclass(frozen=True)
class Shown:
    """One thing a reader is shown: where, from which document, and its text."""

    cluster: str
    doc: str  # "cluster_NNN/doc_K.txt", or the cluster name for an overview sentence's cluster
    where: str  # headline | overview | summary | quote
    text: str

    @property
    def key(self) -> str:
        return f"{self.doc}|{self.where}|{prefix(self.text)}"

    @property
    def rank(self) -> str:
        return hashlib.sha256(f"{SEED}|{self.key}".encode()).hexdigest()

    @property
    def half(self) -> str:
        return "even" if int(re.sub(r"\D", "", self.cluster) or 0) % 2 == 0 else "odd"


def prefix(text: str) -> str:
    return " ".join(text.split())[:PREFIX]


# Judgements by reading, keyed "doc|where|first 60 characters": (key, verdict, reason).
# verdict "ok" is article prose (or a real headline); "junk" is page furniture or a fragment.
JUDGED: tuple[tuple[str, str, str], ...] = (
    # The sample drawn from the code before this benchmark (19093a4).
    ("cluster_226/doc_1.txt|quote|[Losing last year] was the best thing that ever happened to ", "ok", "quoted words of the article"),
    ("cluster_182/doc_1.txt|summary|Napolitano toured the border near Nogales with the highest-r", "ok", "article prose"),
    ("cluster_120/doc_2.txt|quote|Polish death camps", "ok", "quoted words of the article"),
    ("cluster_182/doc_1.txt|overview|A bipartisan group of senators — including Arizona Republica", "ok", "article prose"),
    ("cluster_222/doc_1.txt|summary|Despite the claims, it feels like I drank my coffee very, ve", "ok", "article prose"),
    ("cluster_234/doc_2.txt|quote|At first it was kind of nice, but I'm going a little stir-cr", "ok", "quoted words of the article"),
    ("cluster_114/doc_2.txt|overview|The US Fish and Wildlife Service, responding to a legal suit", "ok", "article prose"),
    ("cluster_158/doc_3.txt|quote|The biggest challenge is to move the minds of the people, an", "ok", "quoted words of the article"),
    ("cluster_134/doc_2.txt|quote|DHS continues to develop requirements and field enhancements", "ok", "quoted words of the article"),
    ("cluster_232/doc_4.txt|summary|The president Obama said last week that Mitt Romney was suff", "ok", "article prose"),
    ("cluster_226/doc_1.txt|quote|Because basically, I got back to the basics, it humbled me, ", "ok", "quoted words of the article"),
    ("cluster_112/doc_2.txt|summary|Just because Obama has House Speaker John Boehner (R-OH) and", "ok", "article prose"),
    ("cluster_122/doc_1.txt|quote|I don't want to speculate about what in fact took place here", "ok", "quoted words of the article"),
    ("cluster_160/doc_1.txt|quote|Pledge to America", "ok", "quoted words of the article"),
    ("cluster_114/doc_1.txt|quote|The government's own studies show about an 80 percent chance", "ok", "quoted words of the article"),
    ("cluster_198/doc_3.txt|summary|As Gillibrand's title infers, the book goes into detail abou", "ok", "article prose"),
    ("cluster_014/doc_1.txt|summary|During one five-day period, the agency billed Zimmerman and ", "ok", "article prose"),
    ("cluster_058/doc_1.txt|headline|WASHINGTON — Two former staff members of a delegate to Congr", "ok", "derived from the first sentence"),
    ("cluster_034/doc_4.txt|headline|Photo illustration by Slate", "junk", "photo credit as headline"),
    ("cluster_108/doc_2.txt|quote|travel north in search of a better life", "ok", "quoted words of the article"),
    ("cluster_178/doc_1.txt|quote|The burden is on Judge Neil Gorsuch to prove himself to be w", "ok", "quoted words of the article"),
    ("cluster_062/doc_1.txt|summary|On Aug. 6, 2013, authorities found Alexis Murphy's white 200", "ok", "article prose"),
    ("cluster_156/doc_1.txt|summary|Menasha police continue to investigate a shooting Monday, Ma", "junk", "AP photo caption"),
    ("cluster_228/doc_3.txt|summary|Someone goes to court and, boom, they get taken away,\" Chris", "ok", "article prose"),
    ("cluster_240/doc_2.txt|summary|An older brother has been charged with second-degree murder ", "ok", "article prose"),
    ("cluster_230/doc_1.txt|summary|Davonia Leach of Burleson, Texas, holds a sign protesting ag", "junk", "AP photo caption"),
    ("cluster_070/doc_3.txt|summary|Among the household items put to unintended use in the new f", "ok", "article prose"),
    ("cluster_156/doc_1.txt|quote|Our prayers go out to the other family who lost their father", "ok", "quoted words of the article"),
    ("cluster_204/doc_1.txt|summary|Attorneys for Scott’s campaign filed emergency motions Sunda", "ok", "article prose"),
    ("cluster_180/doc_1.txt|overview|Brown is charged with possession of drug paraphernalia and l", "ok", "article prose"),
    ("cluster_164/doc_1.txt|overview|The U.S. Coast Guard rescued a 58-year-old man who was force", "ok", "article prose"),
    ("cluster_102/doc_4.txt|summary|First of all, I want to make sure that, once again, I send m", "ok", "article prose"),
    ("cluster_034/doc_3.txt|summary|The lawsuit was filed a week after Mr. Cohen initiated arbit", "ok", "article prose"),
    ("cluster_168/doc_3.txt|overview|South Korean activists estimate 200,000 women were forced in", "ok", "article prose"),
    ("cluster_024/doc_2.txt|quote|have a difficult time seeing these knives on X-ray screening", "ok", "quoted words of the article"),
    ("cluster_160/doc_2.txt|quote|he can’t cut a deal with Reid. If he did, our guys would go ", "ok", "quoted words of the article"),
    ("cluster_016/doc_2.txt|overview|Rocky The Bobcat Back On The Loose In South Jersey Rocky The", "junk", "teaser headline glued twice before the text"),
    ("cluster_000/doc_3.txt|summary|The Good Country Index doesn’t measure what countries do at ", "ok", "article prose"),
    ("cluster_092/doc_2.txt|quote|central to a hard-core, explicitly neo-Nazi tendency in the ", "ok", "quoted words of the article"),
    ("cluster_206/doc_3.txt|summary|The 14 demands include the creation of a fully-funded black ", "ok", "article prose"),
    ("cluster_216/doc_1.txt|quote|The two female and the male burials from Dakhleh, all young ", "ok", "quoted words of the article"),
    ("cluster_228/doc_3.txt|summary|A Baltimore defense attorney was caught on tape telling a ra", "ok", "article prose"),
    ("cluster_134/doc_2.txt|quote|After more than a decade of operation, DHS still lacks cruci", "ok", "quoted words of the article"),
    ("cluster_196/doc_1.txt|summary|A 26-year-old Nulato man says he was returning home from Koy", "ok", "article prose"),
    ("cluster_124/doc_3.txt|quote|racist asides", "ok", "quoted words of the article"),
    ("cluster_092/doc_5.txt|headline|Over the weekend, unnamed leftists leaked the true identity ", "ok", "derived from the first sentence"),
    ("cluster_072/doc_3.txt|overview|WASHINGTON — Around 8 p.m. Thursday, Senator Harry Reid of N", "ok", "article prose"),
    ("cluster_016/doc_1.txt|quote|I can fulfill this job", "ok", "quoted words of the article"),
    ("cluster_080/doc_1.txt|quote|Don't rely on immediate numbers when you've had mixed pre/po", "ok", "quoted words of the article"),
    ("cluster_064/doc_1.txt|quote|may have been celebrating congressional action", "ok", "quoted words of the article"),
    ("cluster_184/doc_1.txt|summary|To dig deeper about public opinion, we used specialized soft", "ok", "article prose"),
    ("cluster_128/doc_1.txt|summary|While anyone familiar with visa issuance processes would dis", "ok", "article prose"),
    ("cluster_082/doc_1.txt|quote|Pon De Replay", "ok", "quoted words of the article"),
    ("cluster_000/doc_3.txt|overview|The Good Country Index doesn’t measure what countries do at ", "ok", "article prose"),
    ("cluster_222/doc_2.txt|quote|Caffeine products currently suck", "ok", "quoted words of the article"),
    ("cluster_110/doc_2.txt|overview|Police who arrived at the scene found a blood trail leading ", "ok", "article prose"),
    ("cluster_002/doc_2.txt|headline|A parking lot in Scotland was once the site of a Viking parl", "ok", "a real headline"),
    ("cluster_088/doc_9.txt|quote|Have you noticed no one my age has seen this so called Sinba", "ok", "quoted words of the article"),
    ("cluster_054/doc_1.txt|quote|So we're just trying to sort it all out right now.", "ok", "quoted words of the article"),
    ("cluster_234/doc_1.txt|quote|Strong winds will cause blowing and drifting of snow with bl", "ok", "quoted words of the article"),
    ("cluster_176/doc_2.txt|quote|excessive use of force against unarmed protesters.", "ok", "quoted words of the article"),
    ("cluster_034/doc_1.txt|summary|Stormy Daniels, whose real name is Stephanie Clifford, is su", "ok", "article prose"),
    ("cluster_020/doc_2.txt|quote|There's all manner of bells and whistles to make it the song", "ok", "quoted words of the article"),
    ("cluster_086/doc_3.txt|quote|I doubt it", "ok", "quoted words of the article"),
    ("cluster_186/doc_1.txt|quote|Many dead leopards bearing injuries inflicted by wire snares", "ok", "quoted words of the article"),
    ("cluster_004/doc_1.txt|quote|I just don’t understand. Where are [the district’s] backgrou", "ok", "quoted words of the article"),
    ("cluster_232/doc_8.txt|quote|You guys also issued polls in the last week that showed us w", "ok", "quoted words of the article"),
    ("cluster_086/doc_3.txt|summary|Former Senate Majority Leader Bob Dole says he doesn't belie", "ok", "article prose"),
    ("cluster_216/doc_1.txt|overview|\"When the Dakhleh cases were first presented at professional", "ok", "article prose"),
    ("cluster_026/doc_3.txt|summary|\"For a couple of decades, may be longer, people have really ", "ok", "article prose"),
    ("cluster_204/doc_2.txt|summary|Scott said Sunday that Nelson wants fraudulent ballots and t", "ok", "article prose"),
    ("cluster_130/doc_2.txt|quote|That is absolutely false", "ok", "quoted words of the article"),
    ("cluster_208/doc_1.txt|overview|\"I just gave the maximum allowed donation to Jennifer Lewis,", "ok", "article prose"),
    ("cluster_004/doc_3.txt|quote|What we can do", "ok", "quoted words of the article"),
    ("cluster_026/doc_3.txt|quote|social infrastructures", "ok", "quoted words of the article"),
    ("cluster_056/doc_1.txt|summary|Although many catalysts4,5,6,7,8,9,10,11 can reduce CO 2 to ", "ok", "article prose"),
    ("cluster_138/doc_2.txt|quote|known by its map designation as Area 51", "ok", "quoted words of the article"),
    ("cluster_226/doc_2.txt|summary|James also publicly acknowledged that he failed miserably as", "ok", "article prose"),
    ("cluster_024/doc_2.txt|quote|I'm really disgusted by this latest news.", "ok", "quoted words of the article"),
    ("cluster_142/doc_1.txt|quote|You shouldn't think you are buying a medical-grade device, a", "ok", "quoted words of the article"),
    ("cluster_152/doc_1.txt|quote|Day care panic or the satanic panic began to occur and it re", "ok", "quoted words of the article"),
    ("cluster_010/doc_1.txt|quote|Thank God, I’m not giving birth right now. I think it will b", "ok", "quoted words of the article"),
    ("cluster_108/doc_2.txt|overview|“Pope Francis has been a powerful voice for life at a time w", "ok", "article prose"),
    ("cluster_034/doc_1.txt|quote|made very well clear that none of these allegations are true", "ok", "quoted words of the article"),
    ("cluster_008/doc_1.txt|headline|STORRS, Conn", "junk", "dateline fragment as headline"),
    ("cluster_102/doc_1.txt|headline|Watching President Barack Obama play the race card late last", "ok", "derived from the first sentence"),
    ("cluster_032/doc_3.txt|quote|So he doesn't actually talk to a 911 operator. But we're hop", "ok", "quoted words of the article"),
    ("cluster_054/doc_2.txt|summary|(Associated Press) FILE - In this May 24, 2016, file photo, ", "junk", "AP file-photo caption"),
    ("cluster_238/doc_2.txt|quote|Cheaper to keep them.", "ok", "quoted words of the article"),
    ("cluster_218/doc_3.txt|quote|black boxes.", "ok", "quoted words of the article"),
    ("cluster_116/doc_2.txt|headline|House Republicans on Wednesday accused former IRS official L", "ok", "derived from the first sentence"),
    ("cluster_166/doc_1.txt|summary|For those of us who are pet owners, we know Ms. Pascoe's dec", "ok", "article prose"),
    ("cluster_128/doc_2.txt|quote|behind the scenes", "ok", "quoted words of the article"),
    ("cluster_028/doc_4.txt|quote|Kris takes other girls’ cell phone numbers all the time", "ok", "quoted words of the article"),
    ("cluster_032/doc_4.txt|quote|It'd be safe to say that not only did my client feel threate", "ok", "quoted words of the article"),
    ("cluster_064/doc_1.txt|quote|And sure enough, I’m usually right.", "ok", "quoted words of the article"),
    ("cluster_194/doc_2.txt|summary|Flowing in every day, these data are added to the Wayback Ma", "junk", "web archive notice"),
    ("cluster_144/doc_2.txt|quote|Spin Co.", "ok", "quoted words of the article"),
    ("cluster_144/doc_1.txt|quote|a lot of anger", "ok", "quoted words of the article"),
    ("cluster_038/doc_1.txt|quote|My passion is finding ways to travel to worlds beyond the we", "ok", "quoted words of the article"),
    ("cluster_046/doc_2.txt|quote|Mark my words, there’ll never be a more screwed-up time in W", "ok", "quoted words of the article"),
    ("cluster_024/doc_2.txt|overview|Unions representing flight attendants and other airline work", "ok", "article prose"),
    ("cluster_136/doc_1.txt|quote|It was quite a remarkable thing. My heart is still beating.", "ok", "quoted words of the article"),
    ("cluster_218/doc_3.txt|quote|It may not", "ok", "quoted words of the article"),
    ("cluster_194/doc_1.txt|summary|Indeed, the Sasanians placed fire pits strategically through", "ok", "article prose"),
    ("cluster_166/doc_1.txt|summary|We are deeply saddened that Jack the cat has passed away, an", "ok", "article prose"),
    ("cluster_196/doc_1.txt|summary|ORIGINAL STORY: Iditarod frontrunners Jeff King and Aliy Zir", "ok", "article prose (label prefix)"),
    ("cluster_104/doc_1.txt|quote|If that deterrence fails then we are in a position to defend", "ok", "quoted words of the article"),
    ("cluster_058/doc_2.txt|summary|Plaskett represents the United States Virgin Islands’ at-lar", "ok", "article prose"),
    ("cluster_090/doc_2.txt|summary|Dr. Kazdin promotes a program called the ABCs, which stands ", "ok", "article prose"),
    ("cluster_104/doc_1.txt|quote|This is a very vital portion of the world and so it’s extrem", "ok", "quoted words of the article"),
    ("cluster_006/doc_2.txt|quote|We're now going to look at how hunger might influence other ", "ok", "quoted words of the article"),
    ("cluster_036/doc_3.txt|summary|Flowing in every day, these data are added to the Wayback Ma", "junk", "web archive notice"),
    ("cluster_058/doc_4.txt|summary|According to the indictment, McCullum worked from April 2015", "ok", "article prose"),
    ("cluster_110/doc_1.txt|overview|Sid Ahmed Ghlam, a 24-year-old Algerian national, was detain", "ok", "article prose"),
    ("cluster_026/doc_3.txt|quote|In some places [it] could over simplify important and comple", "ok", "quoted words of the article"),
    ("cluster_060/doc_2.txt|overview|Keith Fitzgerald Knowles Jr., 27, turned himself in to Fort ", "ok", "article prose"),
    ("cluster_146/doc_1.txt|quote|The budget deal doesn’t have everything Democrats want. It d", "ok", "quoted words of the article"),
    ("cluster_034/doc_3.txt|quote|never even been provided an opportunity to respond", "ok", "quoted words of the article"),
    ("cluster_068/doc_1.txt|headline|The focus would be helping students become more intelligent ", "ok", "derived from the first sentence"),
    ("cluster_212/doc_2.txt|quote|CT scans and neurological examinations", "ok", "quoted words of the article"),
    ("cluster_228/doc_2.txt|overview|\"If we were back home where I'm from, from Greece ... we wou", "ok", "article prose"),
    ("cluster_220/doc_1.txt|summary|In the 1990s, when the \"old-technology\" steel industry in th", "ok", "article prose"),
    ("cluster_040/doc_1.txt|quote|Tolkien cannot hold a right to all compositions in [the Elvi", "ok", "quoted words of the article"),
    ("cluster_146/doc_1.txt|quote|The House, and Republicans in the Senate and some Democrats ", "ok", "quoted words of the article"),
    ("cluster_228/doc_2.txt|quote|looking at this case", "ok", "quoted words of the article"),
    ("cluster_144/doc_2.txt|headline|(bwhite@politico.com; @morningmoneyben)", "junk", "contact line as headline"),
    ("cluster_186/doc_1.txt|summary|\"Understanding how leopards are faring in an increasingly hu", "ok", "article prose"),
    ("cluster_058/doc_1.txt|quote|egregious acts.", "ok", "quoted words of the article"),
    ("cluster_062/doc_2.txt|quote|They assured me there is 100 percent no chance that he is in", "ok", "quoted words of the article"),
    ("cluster_226/doc_2.txt|quote|I’m going to take my talents to South Beach", "ok", "quoted words of the article"),
    ("cluster_232/doc_3.txt|summary|Rubio said Romney had appointed a slew of women to his guber", "ok", "article prose"),
    ("cluster_118/doc_2.txt|headline|Penalty run-ups are just getting ridiculous", "ok", "a real headline"),
    ("cluster_032/doc_1.txt|headline|Then, near the intersection of Magazine and St. Andrew, more", "ok", "derived from the first sentence"),
    ("cluster_040/doc_2.txt|summary|$ 20,000 Stretch Goal - UNLOCKED Everyone who donates gets a", "junk", "crowdfunding perk list"),
    ("cluster_150/doc_1.txt|headline|Thomas Kinkade’s girlfriend said Monday the world-famous 54-", "ok", "derived from the first sentence"),
    ("cluster_114/doc_3.txt|quote|which is likely to become an endangered species in the fores", "ok", "quoted words of the article"),
    ("cluster_032/doc_4.txt|summary|Police say Cardell Hayes's Hummer rear-ended Smith's Mercede", "ok", "article prose"),
    ("cluster_062/doc_2.txt|summary|Kunz Sr. and Mitchell told East Idaho News they're not sure ", "ok", "article prose"),
    ("cluster_204/doc_1.txt|quote|I am deeply troubled by our announcement that you will not p", "ok", "quoted words of the article"),
    ("cluster_108/doc_2.txt|quote|It was striking, and heartbreaking, to see so many congressi", "ok", "quoted words of the article"),
    ("cluster_228/doc_2.txt|overview|A Baltimore defense attorney was arraigned Wednesday on char", "ok", "article prose"),
    ("cluster_184/doc_1.txt|overview|Russian President Vladimir Putin has just imposed harsh new ", "ok", "article prose"),
    ("cluster_206/doc_3.txt|quote|We’re not going to shut anything down", "ok", "quoted words of the article"),
    ("cluster_020/doc_1.txt|quote|These things aren’t to study. They’re to turn up very loud a", "ok", "quoted words of the article"),
    ("cluster_026/doc_3.txt|quote|It was as if it was a default assumption that people had; ev", "ok", "quoted words of the article"),
    ("cluster_034/doc_3.txt|summary|Ms. Clifford’s lawyer, Michael Avenatti, said that he did no", "ok", "article prose"),
    ("cluster_144/doc_3.txt|summary|PRESIDENT OBAMA: --the-- well, the-- you know, the way it's ", "ok", "transcript prose"),
    ("cluster_034/doc_1.txt|quote|well into the year 2007.", "ok", "quoted words of the article"),
    ("cluster_074/doc_1.txt|overview|Light joggers and moderate joggers fared better, in that ord", "ok", "article prose"),
    ("cluster_085/doc_2.txt|quote|You need a certain saturation to have an impact.", "ok", "quoted words of the article"),
    ("cluster_029/doc_2.txt|summary|Current light-therapy treatments for sleep disturbances incl", "ok", "article prose"),
    ("cluster_033/doc_4.txt|summary|Through its Richard Gilder Graduate School, it is the only A", "ok", "article prose"),
    ("cluster_137/doc_3.txt|headline|Published on Jul 18, 2017", "junk", "video upload date as headline"),
    ("cluster_195/doc_1.txt|overview|“Whatever your feelings about the fur industry, there are le", "ok", "article prose"),
    ("cluster_171/doc_1.txt|headline|Google might be a lot of things today -- a provider of…", "ok", "derived from the first sentence"),
    ("cluster_117/doc_1.txt|quote|I want you to be alive/You don't got to die today.", "ok", "quoted words of the article"),
    ("cluster_023/doc_1.txt|quote|The obsession with the Jews – the fixation on the Jewish sta", "ok", "quoted words of the article"),
    ("cluster_073/doc_1.txt|overview|The New York Police Department says officers went to Kroll's", "ok", "article prose"),
    ("cluster_009/doc_2.txt|summary|Samuel Buell, a former federal prosecutor who led the Justic", "ok", "article prose"),
    ("cluster_017/doc_1.txt|summary|The Department of Buildings said the elevator involved was l", "ok", "article prose"),
    ("cluster_103/doc_5.txt|quote|In notorious cases, whether it involves a sexual assault, a ", "ok", "quoted words of the article"),
    ("cluster_205/doc_4.txt|quote|That killed", "ok", "quoted words of the article"),
    ("cluster_191/doc_3.txt|overview|Parents of almost half the young children killed by a gunman", "ok", "article prose"),
    ("cluster_227/doc_2.txt|quote|Everyone Coughs", "ok", "quoted words of the article"),
    ("cluster_025/doc_2.txt|quote|Everyone that you talk to there, they are still in shock and", "ok", "quoted words of the article"),
    ("cluster_227/doc_2.txt|quote|Mercer was smart. He invested in the right people.", "ok", "quoted words of the article"),
    ("cluster_019/doc_1.txt|overview|\"The President's focus is on our long-term economic fundamen", "ok", "article prose"),
    ("cluster_069/doc_1.txt|summary|DENVER (Reuters) - The lawyer for the family of slain child ", "ok", "article prose"),
    ("cluster_027/doc_1.txt|quote|foil future terrorist attacks", "ok", "quoted words of the article"),
    ("cluster_233/doc_2.txt|summary|The National Post reports that Stewart’s dissertation topic ", "ok", "article prose"),
    ("cluster_025/doc_2.txt|summary|At the team's end-of-season banquet, coach Jonathon Magwood ", "ok", "article prose"),
    ("cluster_235/doc_1.txt|quote|Let’s reduce the US mainland into ashes and darkness. Let’s ", "ok", "quoted words of the article"),
    ("cluster_021/doc_2.txt|quote|Rock you in your face, stab your brain with your nose bone", "ok", "quoted words of the article"),
    ("cluster_035/doc_1.txt|quote|Those officers were on scene immediately as the violence eru", "ok", "quoted words of the article"),
    ("cluster_225/doc_1.txt|overview|Resort officials claim that when the resort manager came to ", "ok", "article prose"),
    ("cluster_147/doc_1.txt|quote|This plant is designed to deal with a flood much higher than", "ok", "quoted words of the article"),
    ("cluster_173/doc_1.txt|quote|Everything went just like a textbook", "ok", "quoted words of the article"),
    ("cluster_137/doc_1.txt|summary|Watch Colbert’s trip to Russia’s Evening Urgant in the Late ", "junk", "video embed prompt"),
    ("cluster_127/doc_2.txt|quote|The Bahraini Court of Appeals’ decision to reject Zainab Al-", "ok", "quoted words of the article"),
    ("cluster_209/doc_3.txt|quote|the most credible lead we have so far", "ok", "quoted words of the article"),
    ("cluster_097/doc_1.txt|overview|AICR estimates that 1 in 3 cases could be prevented if women", "ok", "article prose"),
    ("cluster_107/doc_5.txt|quote|Pass This Bill", "ok", "quoted words of the article"),
    ("cluster_179/doc_1.txt|headline|“Ah, what a trifle is a heart,", "junk", "poem fragment as headline"),
    ("cluster_097/doc_2.txt|summary|These crawls are part of an effort to archive pages as they ", "junk", "web archive notice"),
    ("cluster_167/doc_1.txt|quote|I'll leave it at that.", "ok", "quoted words of the article"),
    ("cluster_239/doc_2.txt|overview|Greatly appreciated we didn’t go to jail and that we have di", "ok", "article prose"),
    ("cluster_051/doc_3.txt|summary|CANNES -- American Ferrera's first appearance at the Cannes ", "ok", "article prose"),
    ("cluster_063/doc_2.txt|overview|NEW YORK, May 18 (UPI) -- Art supply company Crayola is warn", "ok", "article prose"),
    ("cluster_235/doc_1.txt|overview|“The four islands of the [Japanese] archipelago should be su", "ok", "article prose"),
    ("cluster_227/doc_2.txt|quote|Hillary: The Movie.", "ok", "quoted words of the article"),
    ("cluster_231/doc_2.txt|quote|We’re incredibly proud to watch ‘Fast & Furious’ take its pl", "ok", "quoted words of the article"),
    ("cluster_049/doc_1.txt|quote|in all thy sons command", "ok", "quoted words of the article"),
    ("cluster_057/doc_2.txt|summary|For the record, it's also topped with cheese and \"spicy-swee", "ok", "article prose"),
    ("cluster_201/doc_1.txt|overview|Swift's other exes include Jake Gyllenhaal, Joe Jonas, Taylo", "ok", "article prose"),
    ("cluster_193/doc_2.txt|summary|As for how he's going to choose a nominee, the president on ", "ok", "article prose"),
    ("cluster_247/doc_1.txt|overview|Even the New York Times’ Manohla Dargis described “New Moon”", "ok", "article prose"),
    ("cluster_119/doc_1.txt|overview|Defense lawyer Jack McMahon had argued Tuesday \"there is not", "ok", "article prose"),
    ("cluster_041/doc_1.txt|quote|the capacity to communicate with the hands in a meaningful w", "ok", "quoted words of the article"),
    ("cluster_153/doc_2.txt|quote|at liberty", "ok", "quoted words of the article"),
    ("cluster_141/doc_4.txt|summary|The police said the boy’s injuries were consistent with Ms. ", "ok", "article prose"),
    ("cluster_095/doc_1.txt|quote|There's a sign on the door that says you have to check your ", "ok", "quoted words of the article"),
    ("cluster_019/doc_3.txt|quote|Presidents historically haven’t commented on the stock marke", "ok", "quoted words of the article"),
    ("cluster_049/doc_3.txt|summary|Karen Vecchio, who became the MP for Elgin-Middlesex-London ", "ok", "article prose"),
    ("cluster_049/doc_1.txt|overview|Hence, soon after Parliament resumes work today, he intends ", "ok", "article prose"),
    ("cluster_153/doc_2.txt|quote|I think people are smart enough in our community to draw the", "ok", "quoted words of the article"),
    ("cluster_065/doc_3.txt|quote|We want them to be the best they can be ... to be a champion", "ok", "quoted words of the article"),
    ("cluster_245/doc_1.txt|summary|Yumenosuke was supposed to be put down that same day, but hi", "ok", "article prose"),
    ("cluster_205/doc_4.txt|quote|Oh, my God. Moonlight won, Moonlight won", "ok", "quoted words of the article"),
    ("cluster_007/doc_1.txt|headline|KATHMANDU, Nepal (AP) — A Swiss climber who found the long-l", "ok", "derived from the first sentence"),
    ("cluster_217/doc_1.txt|overview|Qatar Airways filed under the Hart-Scott-Rodino Act, as requ", "ok", "article prose"),
    ("cluster_029/doc_3.txt|summary|Nevertheless, the absence of an ISI-dependent change in mela", "ok", "article prose"),
    ("cluster_017/doc_3.txt|quote|It was a little shaky", "ok", "quoted words of the article"),
    ("cluster_225/doc_1.txt|summary|Shelby McDowell, 20, told deputies that her boyfriend Darby ", "ok", "article prose"),
    ("cluster_001/doc_1.txt|summary|\"Acknowledging that many fans came to the game for the jerse", "ok", "article prose"),
    ("cluster_049/doc_3.txt|quote|I think it just opens up a can of worms that we can look at ", "ok", "quoted words of the article"),
    ("cluster_117/doc_1.txt|quote|You are beautiful and I love you", "ok", "quoted words of the article"),
    ("cluster_127/doc_1.txt|overview|DUBAI A Bahraini court sentenced a political activist to one", "ok", "article prose"),
    ("cluster_069/doc_2.txt|quote|more modern audio technology", "ok", "quoted words of the article"),
    ("cluster_197/doc_2.txt|overview|Federally facilitated marketplaces will use the 2016 guideli", "ok", "article prose"),
    ("cluster_151/doc_3.txt|quote|hardly ever", "ok", "quoted words of the article"),
    ("cluster_109/doc_1.txt|overview|Nola’s death is also a blow to the northern white rhino sub-", "ok", "article prose"),
    ("cluster_205/doc_4.txt|quote|That has to be an Oscar first.", "ok", "quoted words of the article"),
    ("cluster_071/doc_1.txt|quote|Rural Whites Prefer Ahmadinejad To Obama", "ok", "quoted words of the article"),
    ("cluster_227/doc_2.txt|quote|is into action.", "ok", "quoted words of the article"),
    ("cluster_227/doc_1.txt|overview|With Trump in the Oval Office, Mercer and his daughter Rebek", "ok", "article prose"),
    ("cluster_133/doc_2.txt|summary|FLORENCE, Italy, Feb. 25 (UPI) -- Raffaele Sollecito has con", "ok", "article prose"),
    ("cluster_035/doc_1.txt|summary|Many city workers resigned, but nine of Anaheim's 10 police ", "ok", "article prose"),
    ("cluster_151/doc_3.txt|quote|Republicans are part of our own problem", "ok", "quoted words of the article"),
    ("cluster_227/doc_2.txt|overview|Last month, when President Donald Trump toured a Boeing airc", "ok", "article prose"),
    ("cluster_243/doc_3.txt|summary|The true thermal state of the mantle wedge beneath Mount St ", "ok", "article prose"),
    ("cluster_243/doc_2.txt|summary|Seeking answers, Hansen recently led a seismic mapping surve", "ok", "article prose"),
    ("cluster_099/doc_2.txt|quote|has put together a fact sheet that will pretty much answer a", "ok", "quoted words of the article"),
    ("cluster_199/doc_3.txt|headline|Shop or \"Skip\" The choice to shop is always yours!", "junk", "shop promo as headline"),
    ("cluster_143/doc_1.txt|overview|In a fitting finale to a week Tesla Motors executives would ", "ok", "article prose"),
    ("cluster_209/doc_3.txt|headline|The crucial moments of doomed Malaysia Airlines flight MH370", "ok", "derived from the first sentence"),
    ("cluster_153/doc_2.txt|quote|There’s a lot of blowing up going on at Facebook. A lot of a", "ok", "quoted words of the article"),
    ("cluster_153/doc_2.txt|summary|On Tuesday, police announced they found two bodies in Delphi", "ok", "article prose"),
    ("cluster_009/doc_2.txt|quote|The issue right now is whether there needs to be a serious i", "ok", "quoted words of the article"),
    ("cluster_057/doc_3.txt|overview|The limited-time offer seems even less rib-like than the McR", "ok", "article prose"),
    ("cluster_019/doc_1.txt|quote|Look, markets do fluctuate in the short term", "ok", "quoted words of the article"),
    ("cluster_151/doc_1.txt|quote|I am doing the same thing Rosa Parks did -- I am standing up", "ok", "quoted words of the article"),
    ("cluster_153/doc_2.txt|quote|We just wanted to do whatever we could.", "ok", "quoted words of the article"),
    ("cluster_121/doc_1.txt|quote|This jail is full of blacks and they all act like thugs ... ", "ok", "quoted words of the article"),
    ("cluster_107/doc_4.txt|quote|pass it right away.", "ok", "quoted words of the article"),
    ("cluster_009/doc_3.txt|quote|It looks like he was trying to impede the investigation", "ok", "quoted words of the article"),
    ("cluster_075/doc_2.txt|quote|He was so special to teach…. He was curious to learn and wan", "ok", "quoted words of the article"),
    ("cluster_161/doc_1.txt|quote|I am ready", "ok", "quoted words of the article"),
    ("cluster_139/doc_2.txt|quote|These can be hard cooked successfully, but other uses may be", "ok", "quoted words of the article"),
    ("cluster_001/doc_2.txt|quote|Many of the fans got here early. Took the shirt and left. Th", "ok", "quoted words of the article"),
    ("cluster_227/doc_2.txt|quote|We hit it off right away", "ok", "quoted words of the article"),
    ("cluster_073/doc_3.txt|quote|More soon!", "ok", "quoted words of the article"),
    ("cluster_193/doc_1.txt|quote|It would be a privilege.", "ok", "quoted words of the article"),
    ("cluster_173/doc_2.txt|quote|there is always the possibility of things going wrong. We ha", "ok", "quoted words of the article"),
    ("cluster_045/doc_1.txt|quote|The evidence I’m familiar with, which is anecdotal, is that ", "ok", "quoted words of the article"),
    ("cluster_181/doc_3.txt|summary|At one point, Jason seems to reach from beyond the grave to ", "ok", "article prose"),
    ("cluster_141/doc_3.txt|summary|According to the arrest affidavit, 21-year-old Charisse Stin", "ok", "article prose"),
    ("cluster_209/doc_1.txt|quote|This is incredibly important to us. The reality is we have 2", "ok", "quoted words of the article"),
    ("cluster_095/doc_1.txt|quote|without a doubt saved lives.", "ok", "quoted words of the article"),
    ("cluster_005/doc_1.txt|overview|That may seem like a lot, but consider their movie peers: Ju", "ok", "article prose"),
    ("cluster_033/doc_5.txt|quote|it is the largest dinosaur foot that was ever found, which m", "ok", "quoted words of the article"),
    ("cluster_153/doc_2.txt|quote|Right now, we are following up on hundreds of hundreds of le", "ok", "quoted words of the article"),
    ("cluster_023/doc_2.txt|headline|President Reuven Rivlin was making public on Wednesday previ", "ok", "derived from the first sentence"),
    ("cluster_171/doc_2.txt|quote|social graph", "ok", "quoted words of the article"),
    ("cluster_245/doc_2.txt|quote|An dog abandoned by people is now rescuing them", "ok", "quoted words of the article"),
    ("cluster_099/doc_2.txt|quote|Oh, yes", "ok", "quoted words of the article"),
    ("cluster_067/doc_2.txt|overview|— A judge’s act of compassion has a former Fort Bragg soldie", "ok", "article prose"),
    ("cluster_027/doc_2.txt|summary|The attack, the third in Britain in three months, has raised", "ok", "article prose"),
    ("cluster_017/doc_3.txt|quote|She’s new. She was a month old. That’s my grandchild.", "ok", "quoted words of the article"),
    ("cluster_021/doc_3.txt|quote|Shook Ones (Part II)", "ok", "quoted words of the article"),
    ("cluster_087/doc_1.txt|quote|I'm not going to North Korea to discuss freeing Kenneth Bae", "ok", "quoted words of the article"),
    ("cluster_239/doc_1.txt|quote|I had lost my house and all of our belongings, and I don't h", "ok", "quoted words of the article"),
    ("cluster_241/doc_2.txt|quote|felt that a comprehensive investigation was warranted and of", "ok", "quoted words of the article"),
    ("cluster_155/doc_2.txt|quote|It’s like the mother who gives up their kid for adoption", "ok", "quoted words of the article"),
    ("cluster_155/doc_2.txt|quote|Some people, they just want to move on and forget it", "ok", "quoted words of the article"),
    ("cluster_227/doc_2.txt|quote|He’s not the first person in history to use money in politic", "ok", "quoted words of the article"),
    ("cluster_193/doc_1.txt|overview|Senate Majority Leader Mitch McConnell (R-Ky.), who on Tuesd", "ok", "article prose"),
    ("cluster_223/doc_2.txt|overview|On January 9, 1863, the world’s first-ever underground railw", "ok", "article prose"),
    ("cluster_249/doc_3.txt|quote|deeply concerned", "ok", "quoted words of the article"),
    ("cluster_133/doc_2.txt|quote|I don’t want to be punished for, nor have to continue to jus", "ok", "quoted words of the article"),
    ("cluster_195/doc_2.txt|summary|Joseph Buddenberg and Nicole Kissaneare accused of vandalizi", "ok", "article prose"),
    ("cluster_205/doc_6.txt|quote|By the way, we lost.", "ok", "quoted words of the article"),
    ("cluster_165/doc_1.txt|summary|[Labor union official] advised Obama that [labor union offic", "ok", "article prose"),
    ("cluster_133/doc_1.txt|quote|Just having an end of the Italian justice system and knowing", "ok", "quoted words of the article"),
    ("cluster_157/doc_1.txt|summary|NCMEC recreated images of what Andrea Kuiper may have looked", "ok", "article prose"),
    ("cluster_125/doc_1.txt|summary|The Panorama team also followed three patients at the Royal ", "ok", "article prose"),
    ("cluster_151/doc_1.txt|summary|At the same time, Bundy stood by his general premise that bl", "ok", "article prose"),
    ("cluster_049/doc_3.txt|quote|We will be changing the entire national anthem into somethin", "ok", "quoted words of the article"),
    ("cluster_169/doc_1.txt|summary|My head started spinning with potential applications and how", "ok", "article prose"),
    ("cluster_109/doc_1.txt|overview|Nola, one of just four endangered northern white rhinos left", "ok", "article prose"),
    ("cluster_141/doc_4.txt|summary|In the affidavit, the police said that Ms. Stinson admitted ", "ok", "article prose"),
    ("cluster_227/doc_2.txt|quote|false religion.", "ok", "quoted words of the article"),
    ("cluster_169/doc_2.txt|quote|Planet Facebook", "ok", "quoted words of the article"),
    ("cluster_011/doc_2.txt|quote|I am incredibly flattered to have been suggested to be invol", "ok", "quoted words of the article"),
    ("cluster_219/doc_1.txt|summary|The FBI’s scrutiny of Kushner places the bureau’s sprawling ", "ok", "article prose"),
    ("cluster_031/doc_1.txt|summary|“For example, the first anatomically modern humans found out", "ok", "article prose"),
    ("cluster_009/doc_6.txt|summary|The New York Times has not viewed a copy of the memo, which ", "ok", "article prose"),
    ("cluster_113/doc_2.txt|summary|For the study, the researchers used brain scans to examine i", "ok", "article prose"),
    ("cluster_071/doc_3.txt|overview|\"With his devastatingly handsome, round face, his boyish cha", "ok", "article prose"),
    ("cluster_239/doc_2.txt|summary|But thanks to a kind-hearted Roeland Park Police officer, he", "ok", "article prose"),
    # Newly shown after the cleaning of this benchmark's commit.
    ("cluster_234/doc_2.txt|summary|Travelers facing canceled flights and closed roads were hopi", "ok", "article prose"),
    ("cluster_026/doc_3.txt|quote|If you are upset about the direction things are going in, I ", "ok", "quoted words of the article"),
    ("cluster_078/doc_2.txt|summary|Three ratings agencies have downgraded Italy's public debt, ", "ok", "article prose"),
    ("cluster_044/doc_1.txt|summary|\"Jerry Garcia was a great American master and the Grateful D", "ok", "article prose"),
    ("cluster_170/doc_1.txt|summary|A 39 second slow motion video of an Alabama man jumping from", "ok", "article prose"),
    ("cluster_102/doc_3.txt|quote|at least ambiguous", "ok", "quoted words of the article"),
    ("cluster_108/doc_2.txt|headline|An avowed democratic socialist and a conservative Republican", "ok", "derived from the first sentence"),
    ("cluster_046/doc_2.txt|quote|Have the Cubs won the World Series yet?", "ok", "quoted words of the article"),
    ("cluster_094/doc_2.txt|quote|That went right through the door", "ok", "quoted words of the article"),
    ("cluster_122/doc_1.txt|summary|The Administration for Children's Services will have staff a", "ok", "article prose"),
    ("cluster_088/doc_5.txt|summary|\"Star Trek\" star George Takei had everyone fooled early Satu", "ok", "article prose"),
    ("cluster_012/doc_1.txt|quote|major reporter for CNN.", "ok", "quoted words of the article"),
    ("cluster_052/doc_2.txt|headline|Amber Pasztor, the woman who killed her two children after a", "ok", "derived from the first sentence"),
    ("cluster_112/doc_1.txt|headline|House Minority Leader Nancy Pelosi speaks during a news conf", "junk", "photo caption as headline"),
    ("cluster_164/doc_3.txt|overview|The U.S. Coast Guard was assisting with the search of Randal", "ok", "article prose"),
    ("cluster_076/doc_1.txt|quote|This is a sensitive military matter that we cannot comment a", "ok", "quoted words of the article"),
    ("cluster_086/doc_3.txt|quote|And spend that time going over ideas and positive agendas.", "ok", "quoted words of the article"),
    ("cluster_024/doc_2.txt|quote|I'm flabbergasted", "ok", "quoted words of the article"),
    ("cluster_175/doc_1.txt|overview|Woods immediately asked for her personal phone number, and t", "ok", "article prose"),
    ("cluster_065/doc_1.txt|overview|The stunning decision, coming after a push by former quarter", "ok", "article prose"),
    ("cluster_009/doc_6.txt|quote|The president has never asked Mr. Comey or anyone else to en", "ok", "quoted words of the article"),
    ("cluster_003/doc_1.txt|quote|It's all about balance really", "ok", "quoted words of the article"),
    ("cluster_053/doc_2.txt|quote|Stay away from the kids!", "ok", "quoted words of the article"),
    ("cluster_107/doc_5.txt|headline|This was also a speech aimed directly at his own party -…", "ok", "derived from the first sentence"),
    ("cluster_169/doc_4.txt|summary|Minecraft creator Markus Persson said he’s canceling plans t", "ok", "article prose"),
    ("cluster_037/doc_4.txt|quote|I haven’t thought about that piece of it yet. It is secondar", "ok", "quoted words of the article"),
    ("cluster_079/doc_2.txt|quote|Now we see evidence that even though the ice shell is thick,", "ok", "quoted words of the article"),
    ("cluster_227/doc_2.txt|quote|he was very quiet—he didn’t talk to anybody.", "ok", "quoted words of the article"),
    ("cluster_123/doc_2.txt|overview|There was no correlation between AI, left, or right 2D:4D, B", "ok", "article prose"),
    ("cluster_073/doc_3.txt|summary|HQ has launched a U.K. version and a sports-themed spinoff o", "ok", "article prose"),
    ("cluster_063/doc_3.txt|summary|“DIY: How To Make Eyeliner Out of Colored Pencils!”GET THIS ", "junk", "video title and call for likes"),
    ("cluster_221/doc_3.txt|summary|The only two other Democratic presidents of the last four de", "ok", "article prose"),
    ("cluster_173/doc_2.txt|summary|Bradley regularly flies hot-air balloons in the Duke City an", "ok", "article prose"),
    ("cluster_102/doc_3.txt|quote|some grand, new federal program", "ok", "quoted words of the article"),
    ("cluster_030/doc_2.txt|quote|I'm hoping to get 100,000 real gang members standing on the ", "ok", "quoted words of the article"),
    ("cluster_120/doc_1.txt|summary|Opponents have predicted that the law — which prohibits, amo", "ok", "article prose"),
    ("cluster_231/doc_2.txt|overview|“At Universal we have had franchises with strong results at ", "ok", "article prose"),
    ("cluster_230/doc_3.txt|quote|For now my priorities remain the same—focusing on the work a", "ok", "quoted words (a stray encoding character at the end)"),
    # The sample grown to 300 per half (ranks 151-300: read only after the cleaning was done).
    ("cluster_144/doc_2.txt|quote|Can Apple still find ways to blow everyone away with a new i", "ok", "quoted words of the article"),
    ("cluster_002/doc_2.txt|summary|Historians had long wondered whether Dingwall was a site of ", "ok", "article prose"),
    ("cluster_034/doc_5.txt|headline|Breaking News Emails Get breaking news alerts and special re", "junk", "newsletter prompt as headline"),
    ("cluster_168/doc_2.txt|overview|A government-funded research team from Seoul National Univer", "ok", "article prose"),
    ("cluster_200/doc_1.txt|quote|a critical advance to our basic understanding of the princip", "ok", "quoted words of the article"),
    ("cluster_154/doc_1.txt|headline|An advertisement revealing how alcohol absorbs into bloodstr", "ok", "derived from the first sentence"),
    ("cluster_208/doc_5.txt|quote|(Bobby Goodlatte) never expected this to go viral", "ok", "quoted words of the article"),
    ("cluster_122/doc_1.txt|quote|I know that my daughter goes to this school, and if somethin", "ok", "quoted words of the article"),
    ("cluster_130/doc_1.txt|quote|I walked into the door at The New Yorker with an explosively", "ok", "quoted words of the article"),
    ("cluster_236/doc_2.txt|summary|The prince's lawyers are trying to block mention of the stat", "ok", "article prose"),
    ("cluster_152/doc_3.txt|quote|They are buying a home and can live out their lives in peace", "ok", "quoted words of the article"),
    ("cluster_002/doc_1.txt|quote|The substantial manpower and effort required to create a mon", "ok", "quoted words of the article"),
    ("cluster_232/doc_2.txt|quote|our election cycle.", "ok", "quoted words of the article"),
    ("cluster_106/doc_3.txt|summary|The Community of Christ (formerly the Reorganized Church of ", "ok", "article prose"),
    ("cluster_028/doc_2.txt|summary|(We're hoping Kim and Kris actually tie the knot in the seco", "ok", "article prose"),
    ("cluster_092/doc_5.txt|quote|It just feels like they're just more actors in the same play", "ok", "quoted words of the article"),
    ("cluster_084/doc_2.txt|headline|Jimmy gets a surprise visit from Daenerys Targaryen, and the", "ok", "derived from the first sentence"),
    ("cluster_222/doc_2.txt|headline|The people want Sprayable Energy", "ok", "a real headline"),
    ("cluster_078/doc_1.txt|overview|But it failed to secure a solid majority, making it increasi", "ok", "article prose"),
    ("cluster_216/doc_1.txt|summary|Extrapolating from these cases, the researchers estimated th", "ok", "article prose"),
    ("cluster_092/doc_5.txt|summary|As news of his true identity spread, Peinovich — whose Right", "ok", "article prose"),
    ("cluster_210/doc_2.txt|summary|We crowded into Weiner's private office in his new 5th Avenu", "ok", "article prose"),
    ("cluster_112/doc_3.txt|quote|I think not having revenues is a mistake, but it may be all ", "ok", "quoted words of the article"),
    ("cluster_120/doc_1.txt|headline|WARSAW — President Andrzej Duda said on Tuesday that he woul", "ok", "derived from the first sentence"),
    ("cluster_074/doc_1.txt|quote|We believe that long-term strenuous endurance exercise may i", "ok", "quoted words of the article"),
    ("cluster_074/doc_1.txt|quote|In this study, the dose of running that was most favorable f", "ok", "quoted words of the article"),
    ("cluster_134/doc_2.txt|quote|The biggest consequence of this mistake", "ok", "quoted words of the article"),
    ("cluster_172/doc_3.txt|quote|I have a ton of ideas to put on television about people and ", "ok", "quoted words of the article"),
    ("cluster_184/doc_2.txt|summary|President Vladimir Putin traveled to Sochi last week to insp", "ok", "article prose"),
    ("cluster_112/doc_2.txt|quote|We’re not done yet", "ok", "quoted words of the article"),
    ("cluster_168/doc_2.txt|summary|Japan wants South Korea to remove a statue near the Japanese", "ok", "article prose"),
    ("cluster_158/doc_2.txt|summary|The northernmost city in Sweden, Kiruna, was back in the new", "ok", "article prose"),
    ("cluster_206/doc_3.txt|headline|After days of on-campus protests, students at Occidental col", "ok", "derived from the first sentence"),
    ("cluster_226/doc_2.txt|quote|I hope to see OKC again", "ok", "quoted words of the article"),
    ("cluster_172/doc_2.txt|quote|I think that many of them may say, ‘Well, you are a hypocrit", "ok", "quoted words of the article"),
    ("cluster_112/doc_2.txt|quote|The leaders of both parties in both chambers have reached an", "ok", "quoted words of the article"),
    ("cluster_158/doc_1.txt|summary|Kiruna Church (Swedish: Kiruna kyrka) is a church building i", "ok", "article prose"),
    ("cluster_228/doc_2.txt|overview|\"You know how things are with Trump's laws now; someone goes", "ok", "article prose"),
    ("cluster_202/doc_2.txt|headline|Minister for Health Leo Varadkar has confirmed the Governmen", "ok", "derived from the first sentence"),
    ("cluster_206/doc_4.txt|quote|We're occupying all the hallways", "ok", "quoted words of the article"),
    ("cluster_116/doc_1.txt|quote|I think it's important that the public has an understanding ", "ok", "quoted words of the article"),
    ("cluster_120/doc_3.txt|quote|rapprochement and reconciliation", "ok", "quoted words of the article"),
    ("cluster_202/doc_2.txt|quote|It does affect the possession of certain newer psychoactive ", "ok", "quoted words of the article"),
    ("cluster_026/doc_2.txt|summary|After a year of controversy over Facebook Inc.’s role in spr", "ok", "article prose"),
    ("cluster_196/doc_2.txt|quote|That's not me. I don't do stuff like that.", "ok", "quoted words of the article"),
    ("cluster_160/doc_2.txt|quote|Those things really unnerve people at home.", "ok", "quoted words of the article"),
    ("cluster_032/doc_4.txt|overview|Moments later, the Hummer pulls to the side of the road and ", "ok", "article prose"),
    ("cluster_052/doc_1.txt|quote|That’s when I went straight to Elkhart and that’s when I kil", "ok", "quoted words of the article"),
    ("cluster_230/doc_3.txt|quote|Spanish-style town house�?) and speculation about a potentia", "ok", "article words mis-bounded as a quote (a quotes matter, not page junk)"),
    ("cluster_142/doc_1.txt|quote|see when your health is improving by analyzing your all-day ", "ok", "quoted words of the article"),
    ("cluster_038/doc_1.txt|overview|Danish prosecutors now plan to formally ask the Copenhagen d", "ok", "article prose"),
    ("cluster_032/doc_3.txt|summary|New surveillance video shows a vehicle matching the descript", "ok", "article prose"),
    ("cluster_126/doc_2.txt|overview|This time, the White House aide was discussing video the adm", "ok", "article prose"),
    ("cluster_028/doc_4.txt|overview|Life & Style alleges that on a recent trip to Toronto, Humph", "ok", "article prose"),
    ("cluster_218/doc_3.txt|quote|I stress the source of the oil has yet to be determined, but", "ok", "quoted words of the article"),
    ("cluster_236/doc_1.txt|summary|Prince Jefri Bolkiah, the 55-year-old younger brother of the", "ok", "article prose"),
    ("cluster_172/doc_4.txt|quote|And reality is the situation. And I can’t speak.", "ok", "quoted words of the article"),
    ("cluster_046/doc_2.txt|summary|The opening half hour or so feels like more like a Vietnam f", "ok", "article prose"),
    ("cluster_178/doc_2.txt|quote|If something happens blame him and court system", "ok", "quoted words of the article"),
    ("cluster_134/doc_2.txt|quote|Biodetection is one aspect of a layered approach to biodefen", "ok", "quoted words of the article"),
    ("cluster_232/doc_6.txt|quote|We’re doing great but it’s not unusual for people to bite ba", "ok", "quoted words of the article"),
    ("cluster_082/doc_2.txt|summary|\"Right Now\" hung out in the lower region of the chart for 10", "ok", "article prose"),
    ("cluster_110/doc_3.txt|summary|Paris chief prosecutor Francois Molins said a search of the ", "ok", "article prose"),
    ("cluster_116/doc_2.txt|summary|Democrats cried foul play, accusing Ways and Means Committee", "ok", "article prose"),
    ("cluster_124/doc_3.txt|quote|For me the final straw was when I was informed that the coun", "ok", "quoted words of the article"),
    ("cluster_024/doc_2.txt|quote|What's the difference between a pocketknife and a box cutter", "ok", "quoted words of the article"),
    ("cluster_198/doc_1.txt|summary|Last year in an exchange reported in the New Yorker, Sen. Bo", "ok", "article prose"),
    ("cluster_190/doc_1.txt|quote|Those who said they had been bullied, plus those who were bo", "ok", "quoted words of the article"),
    ("cluster_230/doc_1.txt|quote|I thought the filibuster was inspiring and it seems like she", "ok", "quoted words of the article"),
    ("cluster_156/doc_1.txt|summary|Jim Campbell, Erin Stoffel's brother, told The Associated Pr", "ok", "article prose"),
    ("cluster_178/doc_2.txt|quote|That’s a softball, Mr. Chairman", "ok", "quoted words of the article"),
    ("cluster_036/doc_2.txt|quote|say words good on the TV.", "ok", "quoted words of the article"),
    ("cluster_056/doc_4.txt|overview|Today, nearly all ethanol fuel is made from corn or sugarcan", "ok", "article prose"),
    ("cluster_172/doc_3.txt|quote|and I can’t speak.", "ok", "quoted words of the article"),
    ("cluster_196/doc_1.txt|quote|It's ruining my life", "ok", "quoted words of the article"),
    ("cluster_160/doc_1.txt|summary|President Barack Obama’s spokesman Dan Pfeiffer said last ni", "ok", "article prose"),
    ("cluster_076/doc_3.txt|summary|Elsewhere on Monday, the International Committee of the Red ", "ok", "article prose"),
    ("cluster_092/doc_5.txt|quote|she read a neo-Nazi parody of The Night Before Christmas. In", "ok", "article words mis-bounded as a quote (a quotes matter, not page junk)"),
    ("cluster_108/doc_1.txt|summary|Day was arguably the least famous of the four Americans Fran", "ok", "article prose"),
    ("cluster_238/doc_2.txt|headline|Wisconsin Gov. Scott Walker is a potential Republican conten", "ok", "a real headline"),
    ("cluster_110/doc_1.txt|overview|French police have arrested a man suspected of planning an a", "ok", "article prose"),
    ("cluster_104/doc_3.txt|summary|\"We need to be ready every day to not only fight tonight, bu", "ok", "article prose"),
    ("cluster_164/doc_4.txt|summary|BOSTON — A Coast Guard helicopter crew found and rescued a p", "ok", "article prose"),
    ("cluster_158/doc_1.txt|headline|From Wikipedia, the free encyclopedia", "junk", "site tagline as headline"),
    ("cluster_186/doc_2.txt|summary|(11/07/2012) Kenyir Wildlife Corridor in northeast Malaysia ", "ok", "article prose"),
    ("cluster_158/doc_2.txt|summary|The city, comfortably within the borders of the Arctic Circl", "ok", "article prose"),
    ("cluster_194/doc_1.txt|summary|According to the scholar, a possible contender for the earli", "ok", "article prose"),
    ("cluster_200/doc_1.txt|summary|Using embryonic stem (ES) cells, which in theory can produce", "ok", "article prose"),
    ("cluster_040/doc_3.txt|overview|“Defendants’ use of the Klingon language in their works is s", "ok", "article prose"),
    ("cluster_238/doc_1.txt|quote|He’s going to get pushed on this in the debates, and he’ll h", "ok", "quoted words of the article"),
    ("cluster_004/doc_3.txt|quote|Police don't believe Alcorn's attraction to the girl was sex", "ok", "quoted words of the article"),
    ("cluster_246/doc_3.txt|summary|Bryan Johnson, 24, was found at about 3:30 a.m. by a residen", "ok", "article prose"),
    ("cluster_186/doc_1.txt|quote|Most automatic cameras have an infrared flash, but it's only", "ok", "quoted words of the article"),
    ("cluster_116/doc_3.txt|quote|We have to make sure that the signal goes out that this can’", "ok", "quoted words of the article"),
    ("cluster_212/doc_2.txt|quote|There is no scientific explanation for the fact that while m", "ok", "quoted words of the article"),
    ("cluster_016/doc_1.txt|summary|Former runner-up for the Miss Delaware pageant, Brittany Lew", "ok", "article prose"),
    ("cluster_090/doc_2.txt|summary|Behaviors are where the behavior is defined and shaped, mode", "ok", "article prose"),
    ("cluster_190/doc_2.txt|quote|We were actually able to say being a victim of bullying is h", "ok", "quoted words of the article"),
    ("cluster_152/doc_1.txt|quote|There was not enough evidence left", "ok", "quoted words of the article"),
    ("cluster_164/doc_3.txt|summary|Ipswich police notified the U.S. Coast Guard Tuesday night t", "ok", "article prose"),
    ("cluster_198/doc_2.txt|quote|A must-read for every woman looking to effect change. Gillib", "ok", "quoted words of the article"),
    ("cluster_110/doc_1.txt|headline|French police have arrested a man suspected of planning an a", "ok", "derived from the first sentence"),
    ("cluster_078/doc_2.txt|quote|With Mr. Berlusconi still at the helm, there is nothing that", "ok", "quoted words of the article"),
    ("cluster_112/doc_1.txt|summary|The key to Pelosi’s success in the House — demonstrated in h", "ok", "article prose"),
    ("cluster_058/doc_4.txt|summary|Juan R. McCullum, 35, of Washington, was indicted by a grand", "ok", "article prose"),
    ("cluster_088/doc_9.txt|summary|Based on countless testimonies found on internet message boa", "ok", "article prose"),
    ("cluster_098/doc_3.txt|summary|Choosing the easy challenge resulted in a light turning on f", "ok", "article prose"),
    ("cluster_010/doc_1.txt|quote|When I hear our names, I can’t believe I’m living this dream", "ok", "quoted words of the article"),
    ("cluster_064/doc_2.txt|quote|A few hospitals will have extra babies, so if you go looking", "ok", "quoted words of the article"),
    ("cluster_142/doc_2.txt|overview|With this study, Dr. Brett Dolezal and Dr. Edward Jo set out", "ok", "article prose"),
    ("cluster_104/doc_1.txt|quote|Our friends and our allies, we share common values: democrac", "ok", "quoted words of the article"),
    ("cluster_132/doc_2.txt|headline|UNITED NATIONS (Reuters) - The State Department said on Mond", "ok", "derived from the first sentence"),
    ("cluster_238/doc_2.txt|quote|help restore that American Dream right here in Wisconsin", "ok", "quoted words of the article"),
    ("cluster_026/doc_3.txt|quote|In a free society, it's important that people have the power", "ok", "quoted words of the article"),
    ("cluster_056/doc_2.txt|headline|Scientists said on Wednesday they have developed a new way t", "ok", "derived from the first sentence"),
    ("cluster_128/doc_2.txt|quote|The criminals running the operation were able to pay off cor", "ok", "quoted words of the article"),
    ("cluster_226/doc_1.txt|quote|I didn't want to admit it during the series, but those guys ", "ok", "quoted words of the article"),
    ("cluster_104/doc_3.txt|quote|In terms of the constant day-to-day threat ... it is certain", "ok", "quoted words of the article"),
    ("cluster_024/doc_2.txt|overview|Debra Burlingame, whose brother Charles was the pilot of the", "ok", "article prose"),
    ("cluster_172/doc_1.txt|headline|Submitting to an examination slightly less intense than Rudy", "ok", "derived from the first sentence"),
    ("cluster_208/doc_5.txt|quote|Would anyone sitting here today believe that this was an acc", "ok", "quoted words of the article"),
    ("cluster_238/doc_2.txt|summary|As Gov. Scott Walker opens his presidential campaign Monday,", "ok", "article prose"),
    ("cluster_184/doc_2.txt|headline|Putin has spent $2 billion to keep the Winter Games safe fro", "ok", "derived from the first sentence"),
    ("cluster_104/doc_3.txt|quote|I have never seen a greater concern from a regional perspect", "ok", "quoted words of the article"),
    ("cluster_096/doc_2.txt|summary|Almost immediately he began the Citizens’ Committee of Inqui", "ok", "article prose"),
    ("cluster_216/doc_2.txt|quote|In our opinion, it is doubtful that even if the ancient Dakh", "ok", "quoted words of the article"),
    ("cluster_092/doc_5.txt|quote|Cooper 'Ghoul' Ward (also a member of the American Vanguard,", "ok", "quoted words of the article"),
    ("cluster_232/doc_1.txt|quote|heavily fortified", "ok", "quoted words of the article"),
    ("cluster_020/doc_1.txt|quote|Jimmy and I were just fooling around with the stuff that we ", "ok", "quoted words of the article"),
    ("cluster_162/doc_2.txt|overview|“The new Thor continues Marvel's proud tradition of strong f", "ok", "article prose"),
    ("cluster_116/doc_1.txt|summary|Committee investigators say they have uncovered evidence tha", "ok", "article prose"),
    ("cluster_022/doc_1.txt|quote|The digital team unfortunately did not have the opportunity ", "ok", "quoted words of the article"),
    ("cluster_238/doc_2.txt|quote|I suspect that’s why he’s leading in Iowa. He’s at the top o", "ok", "quoted words of the article"),
    ("cluster_242/doc_1.txt|quote|My clients are happy the Kleins paid the fine and are moving", "ok", "quoted words of the article"),
    ("cluster_128/doc_1.txt|summary|Some consular staff of the real US Embassy in Ghana would be", "ok", "article prose"),
    ("cluster_112/doc_3.txt|quote|I think the president will come in here and sell whatever ag", "ok", "quoted words of the article"),
    ("cluster_162/doc_1.txt|headline|Thor, the Norse god of thunder and Marvel comics superhero, ", "ok", "derived from the first sentence"),
    ("cluster_156/doc_1.txt|quote|But then I realize they're with Jesus", "ok", "quoted words of the article"),
    ("cluster_176/doc_1.txt|overview|There have been widespread reports that Libyan soldiers have", "junk", "photo caption and credit glued before the sentence"),
    ("cluster_224/doc_1.txt|summary|As a question, it pales beside the enormity of the loss that", "ok", "article prose"),
    ("cluster_088/doc_1.txt|overview|The April Fools' Day snowstorm that hit parts of northern Ne", "ok", "article prose"),
    ("cluster_218/doc_2.txt|summary|An international search has focused on waters west of the Au", "ok", "article prose"),
    ("cluster_132/doc_2.txt|overview|In a letter to U.S. Senate Foreign Relations Committee Chair", "ok", "article prose"),
    ("cluster_182/doc_2.txt|summary|A bipartisan group of senators _ including Arizona Republica", "ok", "article prose"),
    ("cluster_112/doc_2.txt|quote|This deal does not even attempt to strike a balance between ", "ok", "quoted words of the article"),
    ("cluster_166/doc_2.txt|overview|American's team of airport employees have been focused on th", "ok", "article prose"),
    ("cluster_146/doc_1.txt|quote|Let Congress work its will. What are you afraid of?", "ok", "quoted words of the article"),
    ("cluster_220/doc_1.txt|summary|My presidency would make it easier for entrepreneurs and sma", "ok", "article prose"),
    ("cluster_145/doc_1.txt|summary|American men ages 18-34 live with their parents 35 percent o", "ok", "article prose"),
    ("cluster_075/doc_1.txt|quote|Please continue to pray for him and also for Jonathan Martin", "ok", "quoted words of the article"),
    ("cluster_227/doc_2.txt|quote|Boo-hoo over 2m Choo-choo", "ok", "quoted words of the article"),
    ("cluster_099/doc_2.txt|quote|I’m an F-18, bro", "ok", "quoted words of the article"),
    ("cluster_173/doc_2.txt|headline|.......... .......... .......... .......... .......... .....", "junk", "row of dots as headline"),
    ("cluster_237/doc_2.txt|summary|The new head of the Catholic Church is usually elected after", "ok", "article prose"),
    ("cluster_205/doc_6.txt|summary|The night’s biggest award — Best Picture — was handed to the", "ok", "article prose"),
    ("cluster_003/doc_1.txt|quote|The Brainy Bunch: The Harding Family's Method to College Rea", "ok", "quoted words of the article"),
    ("cluster_161/doc_2.txt|headline|Jennifer Rivers mourned the death of her 19-year-old son, Ta", "ok", "derived from the first sentence"),
    ("cluster_217/doc_3.txt|quote|the Oscars of the aviation industry.", "ok", "quoted words of the article"),
    ("cluster_223/doc_1.txt|summary|Robert Smith, who published the original diary in 1993, told", "ok", "article prose"),
    ("cluster_227/doc_2.txt|quote|She was at the avant-garde of shuttering both political part", "ok", "quoted words of the article"),
    ("cluster_157/doc_2.txt|quote|Andrea was loved and respected. She was beautiful. But she w", "ok", "quoted words of the article"),
    ("cluster_089/doc_1.txt|quote|The overlap between the Bronze Age and present-day Levantine", "ok", "quoted words of the article"),
    ("cluster_095/doc_1.txt|summary|A troubled patient opened fire on a caseworker and psychiatr", "ok", "article prose"),
    ("cluster_085/doc_2.txt|quote|Indeed, the science is quite clear: Crop improvement by the ", "ok", "quoted words of the article"),
    ("cluster_055/doc_3.txt|quote|She was like me. She had the same symptoms, everything, and ", "ok", "quoted words of the article"),
    ("cluster_151/doc_4.txt|summary|At a press conference Thursday afternoon, Bundy defended his", "ok", "article prose"),
    ("cluster_149/doc_1.txt|overview|Faced with a flood of revelations about U.S. spying practice", "ok", "article prose"),
    ("cluster_061/doc_1.txt|summary|Pods were up 7% while brewer sales plunged 23% due to bad sa", "ok", "article prose"),
    ("cluster_009/doc_3.txt|quote|We're not going to try somebody on a piece of paper.", "ok", "quoted words of the article"),
    ("cluster_029/doc_1.txt|summary|New research is exploring whether targeted light flashes can", "ok", "article prose"),
    ("cluster_227/doc_2.txt|quote|It looked like a scientific paper, but it was completely loa", "ok", "quoted words of the article"),
    ("cluster_149/doc_1.txt|summary|The documents also show the NSA considered tracking targets ", "ok", "article prose"),
    ("cluster_143/doc_1.txt|summary|The firm of Pomerantz Grossman Hufford Dahlstrom & Gross acc", "ok", "article prose"),
    ("cluster_157/doc_1.txt|quote|They believed she was from Virginia, although someone said p", "ok", "quoted words of the article"),
    ("cluster_103/doc_4.txt|quote|I understand", "ok", "quoted words of the article"),
    ("cluster_151/doc_3.txt|quote|I want to tell you one more thing I know about the Negro", "ok", "quoted words of the article"),
    ("cluster_235/doc_2.txt|quote|The four islands of the (Japanese) archipelago should be sun", "ok", "quoted words of the article"),
    ("cluster_191/doc_1.txt|quote|knew, or should have known", "ok", "quoted words of the article"),
    ("cluster_035/doc_2.txt|headline|ANAHEIM, Calif. (AP) — The Latest on the stabbings at a Ku…", "ok", "derived from the first sentence"),
    ("cluster_205/doc_4.txt|quote|Do you want to go?", "ok", "quoted words of the article"),
    ("cluster_001/doc_2.txt|summary|The Colorado Rockies gave out 15,000 replica jerseys honorin", "ok", "article prose"),
    ("cluster_023/doc_3.txt|summary|Among the other artifacts are Ben-Zvi's letter rejecting Eic", "ok", "article prose"),
    ("cluster_017/doc_1.txt|quote|has not been working for 2½ weeks.", "ok", "quoted words of the article"),
    ("cluster_223/doc_1.txt|quote|The new and indisputable evidence, that on March 9 1992, the", "ok", "quoted words of the article"),
    ("cluster_017/doc_3.txt|quote|the love of his life.", "ok", "quoted words of the article"),
    ("cluster_053/doc_1.txt|overview|A stray bullet hit the little girl as she ran back to her ho", "ok", "article prose"),
    ("cluster_025/doc_1.txt|summary|Jonathan Magwood was at Rockbridge Adventures in Peachtree C", "ok", "article prose"),
    ("cluster_017/doc_2.txt|quote|You press a button, it don't stop on that floor, doors open ", "ok", "quoted words of the article"),
    ("cluster_193/doc_2.txt|quote|I recognize the politics are hard for them because the easie", "ok", "quoted words of the article"),
    ("cluster_165/doc_2.txt|overview|President’s Chief of Staff told the FBI “Obama expressed con", "ok", "article prose"),
    ("cluster_055/doc_3.txt|quote|It seemed like it never ever was going to end.", "ok", "quoted words of the article"),
    ("cluster_037/doc_4.txt|quote|The last thing we’re speaking about is the game. It wouldn’t", "ok", "quoted words of the article"),
    ("cluster_139/doc_2.txt|quote|Drugs like insulin can lose their effectiveness if they free", "ok", "quoted words of the article"),
    ("cluster_171/doc_2.txt|summary|For some searches, there may be more than one entity that Go", "ok", "article prose"),
    ("cluster_027/doc_1.txt|summary|The married father-of-two, who worked for London Underground", "ok", "article prose"),
    ("cluster_093/doc_1.txt|quote|There are many studies in the literature showing the benefit", "ok", "quoted words of the article"),
    ("cluster_205/doc_4.txt|quote|It's not really going to be the best show ever", "ok", "quoted words of the article"),
    ("cluster_125/doc_1.txt|summary|A second patient, who was not able to be fully assessed by t", "ok", "article prose"),
    ("cluster_033/doc_4.txt|summary|Funding was provided through the Europasaurus-Projekt by the", "ok", "article prose"),
    ("cluster_157/doc_2.txt|overview|There was too much trauma to Kuiper’s face to release a phot", "ok", "article prose"),
    ("cluster_151/doc_1.txt|quote|They abort their young children, they put their young men in", "ok", "quoted words of the article"),
    ("cluster_141/doc_3.txt|headline|LARGO — The mother of a 2-year-old whose body was found in…", "ok", "derived from the first sentence"),
    ("cluster_125/doc_2.txt|summary|The thought process involved in playing a complex sport like", "ok", "article prose"),
    ("cluster_117/doc_1.txt|quote|I'm the ugliest girl I know ... I look like a boy with long ", "ok", "quoted words of the article"),
    ("cluster_163/doc_2.txt|quote|The chief engineer climbed over the side amidships as Musash", "ok", "quoted words of the article"),
    ("cluster_227/doc_1.txt|quote|has been remarkably restrained regarding the IRS.", "ok", "quoted words of the article"),
    ("cluster_235/doc_1.txt|quote|Seoul plans to decide the details of the aid and its timing ", "ok", "quoted words of the article"),
    ("cluster_075/doc_4.txt|summary|The video shown here explains Williams syndrome and can be s", "junk", "video embed description"),
    ("cluster_159/doc_1.txt|summary|A spokesperson for Integris' Baptist Medical Center told ABC", "ok", "article prose"),
    ("cluster_205/doc_4.txt|quote|I have nothing to worry about.", "ok", "quoted words of the article"),
    ("cluster_121/doc_1.txt|quote|I’m the f*** victim here", "ok", "quoted words of the article"),
    ("cluster_235/doc_1.txt|quote|extremely provocative and egregious", "ok", "quoted words of the article"),
    ("cluster_249/doc_2.txt|quote|But if they force us into that, we will take retaliatory mea", "ok", "quoted words of the article"),
    ("cluster_055/doc_3.txt|quote|After going through what I've gone through —hundreds and tho", "ok", "quoted words of the article"),
    ("cluster_231/doc_3.txt|quote|thrilling, ridiculous, and, yes, sad", "ok", "quoted words of the article"),
    ("cluster_039/doc_2.txt|quote|It's kind of neat that he could go on and be awarded the Nob", "ok", "quoted words of the article"),
    ("cluster_085/doc_2.txt|summary|The No on 37 camp, which opposed GMO labeling, raised $45.9 ", "ok", "article prose"),
    ("cluster_249/doc_3.txt|quote|There will probably be over 10 new names on the list and the", "ok", "quoted words of the article"),
    ("cluster_079/doc_1.txt|headline|New research suggests that lakes of liquid water could be bu", "ok", "derived from the first sentence"),
    ("cluster_035/doc_1.txt|quote|We know there were all kinds of people out here with video, ", "ok", "quoted words of the article"),
    ("cluster_189/doc_2.txt|quote|pulled a firearm out of his backpack and displayed it in a t", "ok", "quoted words of the article"),
    ("cluster_103/doc_5.txt|quote|nestling a shot glass full of liquor in her exposed cleavage", "ok", "quoted words of the article"),
    ("cluster_227/doc_1.txt|quote|The guy’s got a big case in front of the IRS", "ok", "quoted words of the article"),
    ("cluster_019/doc_2.txt|quote|President Trump is not getting the credit he deserves for th", "ok", "quoted words of the article"),
    ("cluster_215/doc_1.txt|quote|That's not who we are", "ok", "quoted words of the article"),
    ("cluster_103/doc_2.txt|summary|WASHINGTON — Rep. Ted Poe called today for the removal of a ", "ok", "article prose"),
    ("cluster_023/doc_1.txt|quote|Even respected western opinion leaders have become afflicted", "ok", "quoted words of the article"),
    ("cluster_047/doc_3.txt|summary|Analysis The confusion surrounding the whereabouts of the wo", "ok", "article prose (an 'Analysis' label before it)"),
    ("cluster_021/doc_2.txt|quote|R.I.P to Prodigy you will always be loved, and missed. God B", "ok", "quoted words of the article"),
    ("cluster_143/doc_1.txt|overview|The firm of Pomerantz Grossman Hufford Dahlstrom & Gross acc", "ok", "article prose"),
    ("cluster_205/doc_8.txt|quote|I will say I saw two cards. I wanted to see the card, and Wa", "ok", "quoted words of the article"),
    ("cluster_037/doc_1.txt|quote|We do regret that this decision has denied the players who h", "ok", "quoted words of the article"),
    ("cluster_235/doc_1.txt|quote|Regardless of whether this most recent test was an operation", "ok", "quoted words of the article"),
    ("cluster_033/doc_2.txt|summary|Maltese and his team of researchers from the U.S., Switzerla", "ok", "article prose"),
    ("cluster_075/doc_4.txt|summary|Children with Williams syndrome often have more sensitive he", "ok", "article prose"),
    ("cluster_161/doc_3.txt|overview|The suspected shooter, 27-year-old Kanasho Johns, was taken ", "ok", "article prose"),
    ("cluster_193/doc_1.txt|quote|I don’t pick the justices, but I know if he were picked, I w", "ok", "quoted words of the article"),
    ("cluster_049/doc_1.txt|quote|I intend to table my bill when the House of Commons resumes ", "ok", "quoted words of the article"),
    ("cluster_043/doc_2.txt|overview|Pennsylvania Gov. Tom Corbett, a Republican, is up for re-el", "ok", "article prose"),
    ("cluster_219/doc_2.txt|quote|Mr. Kushner previously volunteered with Congress what he kno", "ok", "quoted words of the article"),
    ("cluster_027/doc_2.txt|quote|help the police in any way we can", "ok", "quoted words of the article"),
    ("cluster_153/doc_2.txt|quote|preying on people that they need to be afraid of.", "ok", "quoted words of the article"),
    ("cluster_011/doc_2.txt|overview|Republican allies of President-elect Donald J. Trump made ov", "ok", "article prose"),
    ("cluster_247/doc_1.txt|quote|A franchise fueled by girls and women has the potential of b", "ok", "quoted words of the article"),
    ("cluster_037/doc_4.txt|headline|Police officers at Maryland SoccerPlex were assigned to Seat", "ok", "derived from the first sentence"),
    ("cluster_105/doc_2.txt|quote|We do not have any information linking the Saddle Ridge Hoar", "ok", "quoted words of the article"),
    ("cluster_163/doc_2.txt|quote|The executive officer swam off from one of the upper levels ", "ok", "quoted words of the article"),
    ("cluster_047/doc_2.txt|summary|The shelling began Sunday night, and Syrian troops have ente", "ok", "article prose"),
    ("cluster_205/doc_4.txt|quote|Twenty-one times. Twenty-one times, that's just crazy.", "ok", "quoted words of the article"),
    ("cluster_109/doc_1.txt|quote|They are like the elderly couple who met late in life and be", "ok", "quoted words of the article"),
    ("cluster_123/doc_2.txt|summary|The 2D:4D AI was statistically significantly lower in the pa", "ok", "article prose"),
    ("cluster_161/doc_1.txt|headline|Murder charges have been filed against three men suspected o", "ok", "derived from the first sentence"),
    ("cluster_039/doc_3.txt|quote|the entirety of the history of African Americans in Hollywoo", "ok", "quoted words of the article"),
    ("cluster_233/doc_2.txt|quote|Stewart explains that he ‘wanted to make a point about abori", "ok", "quoted words of the article"),
    ("cluster_227/doc_2.txt|quote|It took several years", "ok", "quoted words of the article"),
    ("cluster_131/doc_2.txt|summary|While global warming will put more people around the world a", "ok", "article prose"),
    ("cluster_151/doc_1.txt|quote|they don't have nothing to do with their children, their fam", "ok", "quoted words of the article"),
    ("cluster_053/doc_2.txt|quote|There was already shooting in the neighborhood", "ok", "quoted words of the article"),
    ("cluster_181/doc_2.txt|summary|\"Hereafter\" stars Matt Damon as George, a man who sincerely ", "ok", "article prose"),
    ("cluster_153/doc_2.txt|headline|Two missing girls were found dead after they vanished while ", "ok", "derived from the first sentence"),
    ("cluster_177/doc_2.txt|summary|Similarly showing damage in the center, Obama's dropped by 1", "ok", "article prose"),
    ("cluster_061/doc_3.txt|summary|“My sister bought a new Keurig and did not know it only take", "ok", "article prose"),
    ("cluster_035/doc_1.txt|quote|I’ve lived in Anaheim my whole life and I have never heard o", "ok", "quoted words of the article"),
    ("cluster_205/doc_8.txt|quote|I was ecstatic, it was amazing. I thought we won an Oscar", "ok", "quoted words of the article"),
    ("cluster_189/doc_1.txt|summary|UC Berkeley Chancellor Robert Birgeneau said at the press co", "ok", "article prose"),
    ("cluster_019/doc_2.txt|summary|Trump sent a tweet quoting Fox Business Network host Stuart ", "ok", "article prose"),
    ("cluster_055/doc_3.txt|quote|Most doctors have never heard of this disease, so they don't", "ok", "quoted words of the article"),
    ("cluster_249/doc_1.txt|overview|WASHINGTON -- President Barack Obama said Wednesday there is", "ok", "article prose"),
    ("cluster_219/doc_2.txt|quote|He will do the same if he is contacted in connection with an", "ok", "quoted words of the article"),
    ("cluster_129/doc_2.txt|overview|Ida, 88, is a resident of Irvine Cottages, an assisted livin", "ok", "article prose"),
    ("cluster_237/doc_1.txt|quote|You gave us so many signs of humility and gentleness in your", "ok", "quoted words of the article"),
    ("cluster_199/doc_3.txt|overview|VIP Member Credits If you don't shop or \"Skip the Month\" by ", "junk", "shop membership terms"),
    ("cluster_095/doc_2.txt|headline|A psychiatric patient opened fire inside a wellness center i", "ok", "derived from the first sentence"),
    ("cluster_057/doc_3.txt|summary|Every time McDonald's trots out its McRib sandwich, fans cla", "ok", "article prose"),
    ("cluster_093/doc_2.txt|headline|Because most babies at those ages are not yet talking, the r", "ok", "derived from the first sentence"),
    ("cluster_167/doc_2.txt|summary|President Donald Trump on Sunday continued escalating his rh", "ok", "article prose"),
    ("cluster_193/doc_2.txt|summary|\"I believe the overwhelming view of the Republican conferenc", "ok", "article prose"),
    ("cluster_159/doc_1.txt|overview|Keith Rogers said that he visits his wife every day at the h", "ok", "article prose"),
    ("cluster_009/doc_4.txt|quote|where there’s smoke there’s fire", "ok", "quoted words of the article"),
    ("cluster_031/doc_1.txt|quote|Some of this is doubtless due to environmental conditions, b", "ok", "quoted words of the article"),
    ("cluster_227/doc_1.txt|summary|“Bob (Mercer) has always been very good at leveraging his mo", "ok", "article prose"),
    ("cluster_191/doc_2.txt|headline|In an article appearing on Today Parents, Nicole Hockley wri", "ok", "derived from the first sentence"),
    ("cluster_027/doc_2.txt|headline|LONDON (AP) — British police have named the third London Bri", "ok", "derived from the first sentence"),
    ("cluster_205/doc_8.txt|quote|No, I'm not going to speak about it.", "ok", "quoted words of the article"),
    ("cluster_035/doc_1.txt|quote|They were definitely dressed up (for) the occasion.", "ok", "quoted words of the article"),
    ("cluster_105/doc_2.txt|quote|Nearly all of the 1,427 coins, dating from 1847 to 1894, are", "ok", "quoted words of the article"),
    ("cluster_133/doc_2.txt|quote|very agitated.", "ok", "quoted words of the article"),
    ("cluster_121/doc_2.txt|summary|The man who shot and killed a teenager in Florida after an a", "ok", "article prose"),
    ("cluster_139/doc_1.txt|summary|In the wild, king penguins often dwell in sub-Antarctic regi", "ok", "article prose"),
    ("cluster_039/doc_3.txt|quote|you can't watch it without 21st century eyes. You have to ad", "ok", "quoted words of the article"),
    ("cluster_011/doc_1.txt|summary|\"I am incredibly flattered to have been suggested to be invo", "ok", "article prose"),
    ("cluster_229/doc_4.txt|summary|Was it just something that I made up for fun?", "ok", "article prose"),
    ("cluster_009/doc_1.txt|quote|It is important to get to the bottom of it", "ok", "quoted words of the article"),
    ("cluster_031/doc_1.txt|overview|In a study published in Nature Genetics on Monday, scientist", "ok", "article prose"),
    ("cluster_047/doc_2.txt|quote|Today's decisions will put further pressure on those who are", "ok", "quoted words of the article"),
    ("cluster_241/doc_2.txt|quote|There’s investigations still going on to try and make that d", "ok", "quoted words of the article"),
    ("cluster_205/doc_4.txt|quote|Send me a copy!", "ok", "quoted words of the article"),
    ("cluster_073/doc_2.txt|summary|Cops went to downtown Manhattan to do a welfare check, enter", "ok", "article prose"),
    ("cluster_106/doc_3.txt|quote|Transformation 2000", "ok", "quoted words of the article"),
    ("cluster_014/doc_2.txt|quote|jail escort plan", "ok", "quoted words of the article"),
    ("cluster_102/doc_2.txt|quote|Nigger: The Strange Career of a Troublesome Word.", "ok", "quoted words of the article"),
    ("cluster_088/doc_9.txt|quote|lost footage", "ok", "quoted words of the article"),
    ("cluster_128/doc_3.txt|quote|fake embassy.", "ok", "quoted words of the article"),
    ("cluster_022/doc_2.txt|quote|more autonomy", "ok", "quoted words of the article"),
    ("cluster_032/doc_3.txt|quote|Good Morning America", "ok", "quoted words of the article"),
    ("cluster_228/doc_3.txt|quote|stellar reputation", "ok", "quoted words of the article"),
    ("cluster_230/doc_3.txt|overview|The summer’s Democratic hero, Texas State Sen. Wendy Davis —", "ok", "article prose"),
    ("cluster_098/doc_2.txt|summary|Flowing in every day, these data are added to the Wayback Ma", "junk", "web archive notice"),
    ("cluster_026/doc_3.txt|quote|spiritual needs", "ok", "quoted words of the article"),
    ("cluster_082/doc_2.txt|quote|Pon De Replay", "ok", "quoted words of the article"),
    ("cluster_014/doc_1.txt|quote|negative counter surveillance", "ok", "quoted words of the article"),
    ("cluster_046/doc_2.txt|quote|Jurassic Park", "ok", "quoted words of the article"),
    ("cluster_204/doc_2.txt|quote|lock her up", "ok", "quoted words of the article"),
    ("cluster_156/doc_1.txt|overview|Four people are dead and one person is injured after a man o", "junk", "fragment of an agency photo caption"),
    ("cluster_140/doc_1.txt|summary|You always have the option to delete your Tweet location his", "junk", "Twitter location notice"),
    ("cluster_214/doc_1.txt|quote|terrible person", "ok", "quoted words of the article"),
    ("cluster_202/doc_1.txt|headline|Updated 6.15pm", "junk", "time stamp as headline"),
    ("cluster_058/doc_4.txt|quote|50 Most Beautiful", "ok", "quoted words of the article"),
    ("cluster_122/doc_3.txt|headline|A statement from Elijah’s parents, following the recent medi", "ok", "a real line of the article used as headline"),
    ("cluster_066/doc_1.txt|overview|Flowing in every day, these data are added to the Wayback Ma", "junk", "web archive notice"),
    ("cluster_206/doc_1.txt|summary|Starting in 1996, Alexa Internet has been donating their cra", "junk", "web archive notice"),
    ("cluster_188/doc_1.txt|quote|It's Clobberin' Time", "ok", "quoted words of the article"),
    ("cluster_237/doc_1.txt|quote|Your Holiness", "ok", "quoted words of the article"),
    ("cluster_167/doc_1.txt|quote|Fox News Sunday", "ok", "quoted words of the article"),
    ("cluster_237/doc_1.txt|quote|emeritus pope", "ok", "quoted words of the article"),
    ("cluster_099/doc_2.txt|quote|Violent Torpedo of Truth: Defeat Is Not an Option", "ok", "quoted words of the article"),
    ("cluster_105/doc_1.txt|quote|In God We Trust", "ok", "quoted words of the article"),
    ("cluster_107/doc_1.txt|quote|right away.", "ok", "quoted words of the article"),
    ("cluster_127/doc_2.txt|quote|destroying public property", "ok", "quoted words of the article"),
    ("cluster_069/doc_1.txt|overview|L. Lin Wood, an Atlanta attorney who said he had successfull", "ok", "article prose"),
    ("cluster_007/doc_2.txt|headline|April 10th, 2016", "junk", "date stamp as headline"),
    ("cluster_075/doc_4.txt|quote|failure to thrive", "ok", "quoted words of the article"),
    ("cluster_063/doc_4.txt|quote|Day of Silent Social Media", "ok", "quoted words of the article"),
    ("cluster_077/doc_3.txt|summary|In this Saturday, July 1, 2017, photo, people line up at the", "junk", "AP photo caption"),
    ("cluster_075/doc_3.txt|summary|Crawls of supported \"No More 404\" sites.", "junk", "web archive notice"),
    ("cluster_213/doc_1.txt|quote|Dawned on Me", "ok", "quoted words of the article"),
    ("cluster_061/doc_1.txt|quote|below expectations", "ok", "quoted words of the article"),
    ("cluster_037/doc_3.txt|summary|You can switch location on/off before each Tweet and always ", "junk", "Twitter location notice"),
    ("cluster_051/doc_1.txt|quote|How to Train Your Dragon 2.", "ok", "quoted words of the article"),
    ("cluster_181/doc_3.txt|quote|The Queen", "ok", "quoted words of the article"),
    ("cluster_141/doc_3.txt|quote|unexplained, serious injury", "ok", "quoted words of the article"),
    ("cluster_021/doc_3.txt|quote|Hell on Earth", "ok", "quoted words of the article"),
    ("cluster_249/doc_3.txt|quote|Crimea Russia.", "ok", "quoted words of the article"),
    # Newly shown after the second round of cleaning.
    ("cluster_078/doc_2.txt|quote|no small part", "ok", "quoted words of the article"),
    ("cluster_238/doc_1.txt|summary|The Washington Post reports that following Walker’s initial ", "ok", "article prose"),
    ("cluster_053/doc_2.txt|quote|So I figured that if I set up a big tent and a candy store, ", "ok", "quoted words of the article"),
    ("cluster_205/doc_4.txt|quote|Too early for that", "ok", "quoted words of the article"),
    ("cluster_111/doc_1.txt|quote|I wish we had better news to share", "ok", "quoted words of the article"),
)

# Files refused as "not an article": (doc, verdict, reason); verdict "right" or "wrong".
REFUSALS: tuple[tuple[str, str, str], ...] = (
    # Each file read whole before judging.
    ("cluster_133/doc_4.txt", "right", "web archive collection description only"),
    ("cluster_199/doc_3.txt", "right", "a shop's membership terms only, no article"),
    ("cluster_010/doc_2.txt", "right", "web archive capture notice, nothing of the article"),
    ("cluster_012/doc_2.txt", "right", "web archive capture notice, nothing of the article"),
    ("cluster_015/doc_2.txt", "right", "web archive capture notice, nothing of the article"),
    ("cluster_021/doc_6.txt", "right", "web archive capture notice, nothing of the article"),
    ("cluster_021/doc_7.txt", "right", "Twitter location notice only"),
    ("cluster_036/doc_3.txt", "right", "web archive capture notice, nothing of the article"),
    ("cluster_037/doc_2.txt", "right", "Twitter location notice only"),
    ("cluster_037/doc_3.txt", "right", "Twitter location notice only"),
    ("cluster_043/doc_1.txt", "right", "web archive capture notice, nothing of the article"),
    ("cluster_055/doc_2.txt", "right", "web archive capture notice, nothing of the article"),
    ("cluster_066/doc_1.txt", "right", "web archive capture notice, nothing of the article"),
    ("cluster_071/doc_2.txt", "right", "web archive capture notice, nothing of the article"),
    ("cluster_075/doc_3.txt", "right", "web archive capture notice, nothing of the article"),
    ("cluster_086/doc_5.txt", "right", "web archive capture notice, nothing of the article"),
    ("cluster_087/doc_2.txt", "right", "web archive capture notice, nothing of the article"),
    ("cluster_091/doc_2.txt", "right", "web archive capture notice, nothing of the article"),
    ("cluster_091/doc_4.txt", "right", "web archive capture notice, nothing of the article"),
    ("cluster_092/doc_4.txt", "right", "web archive capture notice, nothing of the article"),
    ("cluster_092/doc_6.txt", "right", "web archive capture notice, nothing of the article"),
    ("cluster_097/doc_2.txt", "right", "web archive capture notice, nothing of the article"),
    ("cluster_097/doc_3.txt", "right", "web archive capture notice, nothing of the article"),
    ("cluster_098/doc_2.txt", "right", "web archive capture notice, nothing of the article"),
    ("cluster_099/doc_1.txt", "right", "web archive capture notice, nothing of the article"),
    ("cluster_101/doc_2.txt", "right", "web archive capture notice, nothing of the article"),
    ("cluster_113/doc_1.txt", "right", "web archive capture notice, nothing of the article"),
    ("cluster_140/doc_1.txt", "right", "Twitter location notice only"),
    ("cluster_140/doc_3.txt", "right", "Twitter location notice only"),
    ("cluster_154/doc_3.txt", "right", "video player / JavaScript notice only"),
    ("cluster_155/doc_1.txt", "right", "web archive capture notice, nothing of the article"),
    ("cluster_164/doc_2.txt", "right", "missing page or sign-in wall only"),
    ("cluster_168/doc_1.txt", "right", "video player / JavaScript notice only"),
    ("cluster_175/doc_2.txt", "right", "web archive capture notice, nothing of the article"),
    ("cluster_183/doc_2.txt", "right", "Twitter location notice only"),
    ("cluster_194/doc_2.txt", "right", "web archive capture notice, nothing of the article"),
    ("cluster_206/doc_1.txt", "right", "web archive capture notice, nothing of the article"),
    ("cluster_206/doc_2.txt", "right", "web archive capture notice, nothing of the article"),
    ("cluster_208/doc_3.txt", "right", "Twitter location notice only"),
    ("cluster_208/doc_4.txt", "right", "Twitter location notice only"),
    ("cluster_214/doc_2.txt", "right", "video player / JavaScript notice only"),
    ("cluster_222/doc_3.txt", "right", "web archive capture notice, nothing of the article"),
)


def load_clusters(folder: Path) -> list[tuple[str, Any]]:
    """Each cluster's name and its corpus, read as the pipeline reads a folder of articles."""
    from generator.clean import clean_corpus
    from generator.models import SourceFile

    from .data import read_text, settings

    config = settings()
    out = []
    for d in sorted(p for p in folder.iterdir() if p.is_dir() and p.name.startswith("cluster_")):
        files = [SourceFile(f"{d.name}/{p.name}", read_text(p).replace("\r\n", "\n"))
                 for p in sorted(d.glob("doc_*.txt"))]
        out.append((d.name, clean_corpus(files, config)))
    return out


def shown_items(name: str, corpus: Any) -> list[Shown]:
    """Everything the site would show a reader for one cluster taken as a topic."""
    from generator.analyse.entities import EntitySetting, find_entities
    from generator.analyse.quotes import find_quotes
    from generator.analyse.summarize import overview, summarize_for_topic

    from .data import settings

    config = settings()
    summary = config.summary
    articles = list(corpus.articles)
    if not articles:
        return []
    relevance = {a.id: {s.index: 1.0 for s in a.sentences} for a in articles}
    out = [Shown(name, a.source_path, "headline", a.meta.title) for a in articles]
    by_id = {a.id: a for a in articles}
    refs = overview(articles, relevance, summary.overview_sentences,
                    min_sentences=min(summary.min_sentences, summary.overview_sentences))
    out += [Shown(name, by_id[r.article_id].source_path, "overview", by_id[r.article_id].sentences[r.index].text)
            for r in refs]
    for a in articles:
        for i in summarize_for_topic(a, relevance[a.id], summary.min_sentences, summary.max_sentences):
            out.append(Shown(name, a.source_path, "summary", a.sentences[i].text))
    entities = find_entities(articles, [EntitySetting(e.name, e.kind, e.aliases, e.role)
                                        for e in config.entities])
    for a in articles:
        out += [Shown(name, a.source_path, "quote", q.text) for q in find_quotes(a, entities)]
    return out


def sample(items: Sequence[Shown], n: int) -> list[Shown]:
    """The ``n`` items of lowest hash rank (one per key): stable as other items come and go."""
    unique = {it.key: it for it in sorted(items, key=lambda it: (it.rank, it.key))}
    return sorted(unique.values(), key=lambda it: (it.rank, it.key))[:n]


def verdicts() -> tuple[dict[str, str], dict[str, str]]:
    """Judgements by exact key, and by "doc|text prefix" (the same words judged anywhere)."""
    exact = {k: v for k, v, _ in JUDGED}
    loose = {f"{k.split('|')[0]}|{k.split('|', 2)[2]}": v for k, v, _ in JUDGED}
    return exact, loose


def verdict(item: Shown, exact: dict[str, str], loose: dict[str, str]) -> str | None:
    return exact.get(item.key) or loose.get(f"{item.doc}|{prefix(item.text)}")


def run(folder: Path, n: int) -> dict[str, Any]:
    clusters = load_clusters(folder)
    items = [it for name, corpus in clusters for it in shown_items(name, corpus)]
    exact, loose = verdicts()
    result: dict[str, Any] = {"halves": {}, "unjudged": [], "junk": []}
    for half in ("even", "odd"):
        chosen = sample([it for it in items if it.half == half], n)
        judged = [(it, verdict(it, exact, loose)) for it in chosen]
        junk = [it for it, v in judged if v == "junk"]
        known = [it for it, v in judged if v is not None]
        result["halves"][half] = {
            "shown": sum(1 for it in items if it.half == half),
            "sampled": len(chosen),
            "judged": len(known),
            "junk": len(junk),
            "junk_share": round(len(junk) / len(known), 4) if known else None,
            "by_where": {w: sum(1 for it in chosen if it.where == w) for w in WHERE},
        }
        result["unjudged"] += [it for it, v in judged if v is None]
        result["junk"] += junk
    refused = sorted({(p.path, p.message) for _, corpus in clusters for p in corpus.problems
                      if p.severity == "error" and p.message.startswith("not an article")})
    judged_refusals = {d: v for d, v, _ in REFUSALS}
    result["refused"] = [(path, message, judged_refusals.get(path)) for path, message in refused]
    result["docs"] = sum(len(corpus.articles) for _, corpus in clusters) + len({p for p, _ in refused})
    return result


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.junk", description=__doc__.split("\n\n")[0])
    parser.add_argument("--multi-news", type=Path, default=None, help="Multi-News validation folder")
    parser.add_argument("--sample", type=int, default=300, help="items sampled per half (default 300)")
    parser.add_argument("--unjudged", action="store_true", help="list sampled items not judged yet")
    parser.add_argument("--code", type=Path, default=None, help="run the generator of another checkout")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    if args.code is not None:
        sys.path.insert(0, str(args.code.resolve()))
    from .data import MULTI_NEWS, missing

    folder = args.multi_news or MULTI_NEWS
    if (why := missing(folder)) is not None:
        print(f"skipped: {why}", file=sys.stderr)
        return 2
    result = run(folder, args.sample)
    if args.unjudged:
        for it in result["unjudged"]:
            print(json.dumps([it.key, it.text]))
        return 0
    figures = {"halves": result["halves"], "docs": result["docs"],
               "refused": len(result["refused"]),
               "refusals_judged_right": sum(1 for *_, v in result["refused"] if v == "right"),
               "refusals_unjudged": [p for p, _, v in result["refused"] if v is None],
               "unjudged": len(result["unjudged"])}
    if args.json:
        print(json.dumps(figures, indent=1))
        return 0
    for half, h in result["halves"].items():
        share = "n/a" if h["junk_share"] is None else f"{h['junk_share']:.1%}"
        print(f"{half}: {h['shown']} shown, {h['sampled']} sampled ({h['by_where']}), {h['judged']} judged, "
              f"{h['junk']} junk = {share}")
    for it in result["junk"]:
        print(f"  junk: {it.key}")
    print(f"refused as not an article: {len(result['refused'])} of {result['docs']} docs "
          f"({figures['refusals_judged_right']} judged right)")
    for path, message, v in result["refused"]:
        print(f"  {path}: {message} [{v or 'unjudged'}]")
    if result["unjudged"]:
        print(f"{len(result['unjudged'])} sampled items not judged yet: run with --unjudged")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
