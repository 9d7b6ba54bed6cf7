"""Every word list srccheck uses, in one place: cues, titles, source nouns, pronouns,
organisation heads, document heads, role nouns, vague descriptors, demonyms, and the
neutral, adopting and denying cues, anonymity reasons and certainty markers the score reads.

Everything is lower-case. The lists are general English newsroom vocabulary, not
tuned to any one article: a cue is a verb that presents its subject as the origin
of a claim, a source noun is a word that can head a phrase naming such an origin.
Knowledge that is data rather than vocabulary (countries, offices and the bodies they
belong to, given names) lives in ``srccheck/data`` and is read here on first use.
Detector modules keep no word sets of their own; they import these by name.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum
from functools import cache
from pathlib import Path

from srccheck.model import Kind


def _inflect(base: str) -> set[str]:
    """Return the regular -s, -ed and -ing forms of a verb (plus the base form)."""
    forms = {base}
    if base.endswith("e"):
        forms |= {base + "s", base + "d", base[:-1] + "ing"}
    elif base.endswith("y") and base[-2:-1] not in "aeiou":
        forms |= {base[:-1] + "ies", base[:-1] + "ied", base + "ing"}
    elif base.endswith(("s", "sh", "ch", "x", "z")):
        forms |= {base + "es", base + "ed", base + "ing"}
    else:
        forms |= {base + "s", base + "ed", base + "ing"}
    return forms


def words(text: str) -> frozenset[str]:
    """The whitespace-separated words of ``text``, as a set."""
    return frozenset(text.split())


def _verbs(regular: Iterable[str], irregular: dict[str, tuple[str, ...]]) -> frozenset[str]:
    words: set[str] = set()
    for base in regular:
        words |= _inflect(base)
    for base, forms in irregular.items():
        words |= {base, *forms}
    return frozenset(words)


class CueClass(Enum):
    """How much context a cue word needs before it counts as an attribution."""

    STRONG = "strong"
    """A verb of saying or reporting: its subject is a source whatever follows."""
    WEAK = "weak"
    """Counts only next to a quotation or before "that", ":" or the end of a clause."""
    STANCE = "stance"
    """A verb of belief; counts only before a clause ("believes that ...")."""
    FINDING = "finding"
    """Counts only with a document, poll or data set as subject ("polls show")."""
    MEDIA = "media"
    """Counts only with an outlet, channel or analyst as subject ("the channel discussed")."""
    CALLED = "called"
    """"called X a Y" and "called for": not "called the governor"."""


_STRONG = _verbs(
    words(
        """
        acknowledge admit allege announce argue assert assess boast brag caution claim comment
        complain concede conclude confirm contend declare deny describe disclose emphasise emphasize
        estimate explain insist joke mention note predict proclaim recall remark report reveal
        retort state stress suggest testify tweet urge vow warn affirm reiterate quip lament surmise
        clarify recount accuse criticise criticize praise blame allege dismiss concur opine theorize
        theorise speculate complain express object liken promise pledge condemn denounce decry
        """
    ),
    {
        "say": ("says", "said", "saying"),
        "tell": ("tells", "told", "telling"),
        "write": ("writes", "wrote", "written", "writing"),
        "forecast": ("forecasts", "forecasted"),
    },
)
_WEAK = _verbs(
    words(
        """
        add answer continue counter reply respond repeat ask maintain observe agree propose demand
        promise pledge detail signal indicate hint charge project calculate specify plead shout yell
        scream muse relay question underline underscore confide
        """
    ),
    {"speak": ("speaks", "spoke", "spoken", "speaking")},
)
_STANCE = _verbs(
    [
        "believe",
        "doubt",
        "expect",
        "fear",
        "hope",
        "worry",
        "reckon",
        "suspect",
        "realize",
        "realise",
        "assume",
        "guess",
        "imagine",
        "acknowledge",
        "recognize",
        "recognise",
        "regard",
    ],
    {
        "think": ("thinks", "thought", "thinking"),
        "feel": ("feels", "felt", "feeling"),
        "know": ("knows", "knew", "known"),
        "see": ("sees", "saw", "seen"),
    },
)
_FINDING = _verbs(
    ["indicate", "reveal", "suggest", "conclude", "estimate", "project", "put", "corroborate"],
    {"show": ("shows", "showed", "shown", "showing"), "find": ("finds", "found", "finding")},
)
_MEDIA = _verbs(
    [
        "discuss",
        "publish",
        "post",
        "share",
        "cite",
        "quote",
        "broadcast",
        "air",
        "circulate",
        "relay",
    ],
    {},
)


def _cue_table() -> dict[str, CueClass]:
    table: dict[str, CueClass] = {}
    # Later classes win: a word in several lists keeps the most permissive reading.
    for words, cue_class in (
        (_FINDING, CueClass.FINDING),
        (_MEDIA, CueClass.MEDIA),
        (_STANCE, CueClass.STANCE),
        (_WEAK, CueClass.WEAK),
        (_STRONG, CueClass.STRONG),
    ):
        for word in words:
            table[word] = cue_class
    return table


#: Single-word cues and how much context each needs.
CUE_WORDS: dict[str, CueClass] = _cue_table()

#: Words that are also findings verbs for documents (used with CueClass.FINDING subjects).
FINDING_WORDS = _FINDING

#: Base forms that double as nouns ("a report", "the claim"): they need a clear subject.
NOUN_LIKE_BASES = words(
    """
    report claim note state estimate post comment tweet forecast answer reply question charge
    project signal demand promise pledge detail vow blame praise warn show find share air repeat
    hint joke remark counter doubt fear hope worry suspect
    """
)

#: Multi-word cues (lower-case token sequences) and their class.
PHRASE_CUES: dict[tuple[str, ...], CueClass] = {
    ("told", "reporters"): CueClass.STRONG,
    ("told", "journalists"): CueClass.STRONG,
    ("tells", "reporters"): CueClass.STRONG,
    ("told", "a", "news", "conference"): CueClass.STRONG,
    ("told", "a", "press", "conference"): CueClass.STRONG,
    ("declined", "to", "comment"): CueClass.STRONG,
    ("declines", "to", "comment"): CueClass.STRONG,
    ("refused", "to", "comment"): CueClass.STRONG,
    ("declined", "comment"): CueClass.STRONG,
    ("did", "not", "respond"): CueClass.STRONG,
    ("did", "not", "return"): CueClass.STRONG,
    ("did", "not", "immediately", "respond"): CueClass.STRONG,
    ("could", "not", "be", "reached"): CueClass.STRONG,
    ("in", "a", "statement"): CueClass.STRONG,
    ("called",): CueClass.CALLED,
    ("calls",): CueClass.CALLED,
    ("calling",): CueClass.CALLED,
    ("raised", "the", "alarm"): CueClass.STRONG,
    ("raise", "the", "alarm"): CueClass.STRONG,
    ("raises", "the", "alarm"): CueClass.STRONG,
    ("raising", "the", "alarm"): CueClass.STRONG,
    ("sounded", "the", "alarm"): CueClass.STRONG,
    ("sound", "the", "alarm"): CueClass.STRONG,
    ("made", "it", "clear"): CueClass.STRONG,
    ("makes", "it", "clear"): CueClass.STRONG,
    ("pointed", "out"): CueClass.STRONG,
    ("points", "out"): CueClass.STRONG,
    ("went", "on", "to", "say"): CueClass.STRONG,
    ("called", "for"): CueClass.STRONG,
    ("calls", "for"): CueClass.STRONG,
    ("called", "on"): CueClass.STRONG,
    ("calls", "on"): CueClass.STRONG,
    ("took", "to", "twitter"): CueClass.STRONG,
    ("took", "to", "telegram"): CueClass.STRONG,
    ("took", "to", "x"): CueClass.STRONG,
    ("weighed", "in"): CueClass.STRONG,
    ("put", "it"): CueClass.STRONG,
    ("puts", "it"): CueClass.STRONG,
    ("spelled", "out"): CueClass.WEAK,
    ("laid", "out"): CueClass.WEAK,
    ("went", "on"): CueClass.WEAK,
    ("drew", "attention", "to"): CueClass.STRONG,
    ("is", "quoted", "as", "saying"): CueClass.STRONG,
    ("was", "quoted", "as", "saying"): CueClass.STRONG,
}
PHRASE_CUE_FIRST_WORDS = frozenset(words[0] for words in PHRASE_CUES)

# Words that may stand between a subject and its cue ("has also said", "later told").
AUXILIARIES = words(
    """
    has have had also later earlier previously recently once would will could may might must
    should can did does do then further again publicly privately separately already now still
    even just first repeatedly frequently often reportedly allegedly apparently has been was
    were is are be been started starting began begun begins starts continued continues to not
    never ultimately initially subsequently openly flatly only cannot
    """
)

# Verbs of saying that mean the text distances itself from the claim.
HEDGE_CUES = words(
    """
    claim claims claimed claiming allege alleges alleged alleging purport purports purported
    insist insists insisted boasted boasts
    """
)
HEDGE_PHRASES = (
    "could not be verified",
    "cannot be verified",
    "could not independently verify",
    "could not be independently verified",
    "has not been verified",
    "have not been verified",
    "not independently verified",
    "without evidence",
    "without providing evidence",
    "without offering evidence",
    "unverified",
    "unconfirmed",
    "without any evidence",
    "could not immediately verify",
    "could not be independently confirmed",
)

PERSONAL_PRONOUNS = frozenset({"he", "she", "they", "we", "i", "it", "you"})
RELATIVE_PRONOUNS = frozenset({"who", "which", "that"})
#: Function words that, written in capitals, are a body's initials (the World Health
#: Organization) and never the word itself: "The WHO said" has a speaker.
FUNCTION_WORD_INITIALS = frozenset({"who"})

# Titles and honorifics that precede a person's name (checked without a final dot).
PERSON_TITLES = words(
    """
    mr mrs ms miss dr prof professor sen senator rep representative gov governor president vice
    prime minister gen general col colonel lt lieutenant maj major capt captain adm admiral sgt
    cpl corporal pvt pte brig brigadier
    sergeant judge justice mayor secretary ambassador speaker chairman chairwoman chancellor
    king queen prince pope rev reverend father sir dame lord lady commander commissioner
    spokesman spokeswoman spokesperson deputy foreign defence defense attorney former state
    chief head director envoy patriarch metropolitan mufti sheikh marshal adviser advisor aide
    analyst expert blogger milblogger correspondent journalist reporter columnist pollster
    strategist economist historian researcher scholar fellow candidate nominee congressman
    congresswoman lawmaker deputy mp mep ceo founder editor host commentator propagandist
    chairperson secretary-general superintendent inspector detective constable financier owner
    boss manager officer leader whip executive sheriff councilman councilwoman councilmember
    alderman alderwoman coroner trooper
    """
)

# Words in a capitalised name that make it an organisation of some kind.
OFFICIAL_WORDS = words(
    """
    ministry department office kremlin government administration staff police army forces force
    navy command service services guard council parliament duma rada senate congress house court
    prosecutor prosecutors commission committee agency bureau directorate mod fsb sbu gur hur
    military embassy consulate mission cabinet presidency headquarters authority authorities
    governorate board treasury exchequer
    administration white pentagon nato un eu iaea osce district region oblast city county state
    federal national republic intelligence group brigade battalion regiment division corps
    fleet unit
    """
)
#: Words that make a capitalised "Agency" a news agency ("Xinhua News Agency", "Press
#: Agency"), not a public body ("Environment Agency").
NEWS_AGENCY_WORDS = words("news press wire information telegraph media")
THINK_TANK_WORDS = words(
    """
    institute institution center centre foundation council forum endowment society club tank
    university school academy initiative project programme program laboratory lab corporation
    association alliance coalition
    """
)
OUTLET_WORDS = words(
    """
    news times post journal gazette daily herald telegraph tribune press media tv television
    radio broadcasting broadcaster newspaper magazine review wire agency observer guardian
    independent pravda izvestia vedomosti kommersant chronicle inquirer sun mirror mail express
    standard examiner monitor reporter today week weekly insider online network channel report
    dispatch bulletin gazeta novaya zvezda ria tass interfax ukrinform pravda courier courant
    sentinel ledger globe enquirer advertiser spectator recorder clarion
    """
)
#: A pronoun with its verb ("You'll", "We’re", "Let's"): capitalised by the sentence, never a name.
PRONOUN_CONTRACTION = re.compile(
    r"(?:i|you|we|they|he|she|it|let|there|here|that|who|what)['’](?:ll|re|ve|d|s|m)"
)
#: What ends a lower-case title with "of" before a name ("chief of staff Tom Reed").
TITLE_OF_TAILS = words("staff police communications security intelligence operations")
#: A government's cabinet named by the word alone ("Cabinet Minister Tom Reed"): the body is
#: the cabinet of the country in play.
CABINET_NAMES = words("cabinet government")
#: What the press calls an outlet by its kind ("told the paper"): never the outlet's name.
OUTLET_NOUNS = words(
    "paper newspaper outlet broadcaster magazine station network website publication tabloid"
)
CHANNEL_WORDS = words(
    """
    channel channels resource blog blogger bloggers milblogger milbloggers telegram account page
    z-channel z-channels vk youtube x twitter tiktok substack feed handle podcast stream
    """
)

# Heads of a company's or a party's name: such a body speaks as an organisation ("Kestrel Holdings
# said", "the Green Party said"), and the entity guidelines give it kind `official`.
COMPANY_AND_PARTY_WORDS = words(
    """
    inc corp co ltd llc plc gmbh ag sa holdings pharma pharmaceuticals airlines airways bank
    industries motors company companies party capital therapeutics technologies
    biotech biosciences semiconductor semiconductors logistics petroleum chemicals aerospace
    robotics telecom ventures insurance
    """
)

#: Words that make a capitalised name an organisation of some kind.
ORGANISATION_WORDS = (
    OFFICIAL_WORDS | THINK_TANK_WORDS | OUTLET_WORDS | CHANNEL_WORDS | COMPANY_AND_PARTY_WORDS
)

# Lower-case heads that can name a source ("the ministry said", "a new poll found").
SOURCE_NOUNS = words(
    """
    ruling rulings order decision opinion verdict indictment ad ads commercial spot narrator
    filing petition motion brief transcript minutes agenda platform manifesto resolution
    manager managers moderator moderators chair frontrunner contender challenger incumbent rival
    rivals staffer staffers employee employees worker workers student students teacher teachers
    parent parents mother father son daughter wife husband brother sister man woman men women
    person owner owners executive executives defendant plaintiff veteran veterans farmer farmers
    protester protesters demonstrator demonstrators fan fans follower followers backer backers
    pundit pundits writer writers publisher biographer assistant partner partners neighbor
    neighbors neighbour neighbours relative relatives immigrant immigrants refugee refugees
    trooper agent agents inspector inspectors auditor regulator regulators premier bishop priest
    rabbi imam pastor chancellor secretary-general director-general
    embassy consulate parliament navy force fleet guard presidency cabinet bureau directorate
    campaigner campaigners survivor survivors victim victims participant
    participants attendee attendees respondent respondents caller callers viewer viewers reader
    readers percent majority minority others some many most few half third quarter plurality
    everyone nobody somebody someone anyone ceo chairperson nominees hopeful hopefuls contenders
    representative senators congressmen lawmakers legislators legislator councilman councilwoman
    sheriff commissioner prosecutors investigators spokespeople aides surrogate surrogates
    announcer commentators correspondents anchors hosts economists historians scientists
    official officials spokesman spokeswoman spokesperson spokespeople aide aides adviser
    advisers advisor advisors analyst analysts expert experts observer observers critic critics
    supporter supporters opponent opponents voter voters resident residents local locals witness
    witnesses eyewitness eyewitnesses source sources insider insiders diplomat diplomats
    lawmaker lawmakers senator senators leader leaders candidate candidates nominee governor
    mayor president minister secretary ambassador envoy general commander commanders officer
    officers soldier soldiers fighter fighters investigator investigators prosecutor prosecutors
    researcher researchers scientist scientists economist economists historian historians
    strategist strategists pollster pollsters consultant consultants operative operatives donor
    donors delegate delegates member members activist activists advocate advocates organizer
    organizers organiser organisers ally allies colleague colleagues friend friends journalist
    journalists reporter reporters correspondent correspondents blogger bloggers milblogger
    milbloggers commentator commentators columnist editor host anchor author professor scholar
    fellow lawyer lawyers attorney attorneys doctor doctors businessman businesswoman
    billionaire founder chairman chairwoman chief director head judge congressman congresswoman
    representative representatives republicans democrats conservatives liberals people citizens
    users netizens propagandists authorities administration government ministry department
    agency office committee commission council court police military army kremlin campaign party
    team group organization organisation institute center centre tank foundation company firm
    bank union network coalition movement alliance headquarters staff service services regiment
    authority board utility operator association federation university
    brigade battalion unit command media outlet outlets newspaper paper magazine broadcaster
    station agency website site channel channels resource blog account publication tabloid daily
    network press wire z-channel z-channels telegram feed poll polls survey surveys report
    reports study studies analysis assessment statement statements data figures records
    documents document memo letter filing filings complaint lawsuit estimate estimates
    intelligence investigation review audit census research findings footage video photos images
    reporting release communique bulletin briefing update post posts tweet message
    statistics elders executive executives forces troops countries nations governments partners
    newspapers broadcasters stations websites magazines publications
    """
)

# Words that open a noun phrase and belong to it ("the", "a", "his").
DETERMINERS = words(
    """
    the a an his her their its our my your this that these those some many several most other
    another two three four five few both all each one any numerous multiple
    """
)

# Lower-case words that can modify a source noun inside its phrase ("senior US officials").
MODIFIER_STOPS = words(
    """
    and or but if when while because as than then so of in on at for to from with by about after
    before into over under not no is are was were be been has have had will would could should
    may might must can do does did which who whom whose what where why how there here it he she
    they we i you also said says say told that this these those just only even still yet all any
    more less very too much such like against between through during since until without within
    among across per via now later earlier ago today yesterday tomorrow despite amid amidst
    regarding concerning
    """
)

# Prepositions that may attach a post-modifier to a role noun ("a spokesman for the ministry").
ROLE_PREPOSITIONS = frozenset({"for", "of", "at", "with", "from", "in", "by", "to"})

# Role nouns that take such a post-modifier.
ROLE_NOUNS = words(
    """
    spokesman spokeswoman spokesperson aide aides adviser advisers advisor analyst analysts
    expert experts official officials head chief director member members representative
    representatives fellow scholar professor researcher researchers leader leaders secretary
    minister commander officer officers source sources ambassador envoy chairman chairwoman
    president founder editor author supporters critics people study survey poll report analysis
    spokespeople lawyer lawyers attorney strategist pollster economist correspondent
    correspondents journalist journalists reporter reporters residents users estimate estimates
    data records documents executive executives employee employees worker workers manager
    managers member staffer staffers insider insiders chancellor governor mayor premier senator
    organizers organisers organiser organizer participants
    """
)

# Months and days: capitalised but never a source on their own.
CALENDAR_WORDS = words(
    """
    monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december jan feb mar apr jun jul aug sep sept
    oct nov dec
    """
)

# Capitalised words that start a sentence but never name a source.
SENTENCE_STARTERS = words(
    """
    but and or so yet still however meanwhile instead also in on at for to from with by after
    before during when while if as since though although because then now here there today
    yesterday last this that these those it what why how where who which earlier later
    previously once according asked speaking writing not no yes well even indeed moreover
    furthermore finally first second third again reportedly allegedly apparently generally
    separately similarly additionally importantly notably clearly obviously initially ultimately
    eventually currently recently fortunately unfortunately interestingly surprisingly
    specifically typically usually traditionally historically officially publicly privately
    likewise nonetheless nevertheless thus hence overall please
    """
)

# Lower-case nouns that name a place or the story's subject, never a source on their own.
NOT_SOURCE_HEADS = words(
    """
    time times year years day days week weeks month months way ways thing things lot part kind
    sort front area region village town city country world war attack offensive situation side
    fact point question issue problem case
    """
)


# -- what the sourcing score reads (srccheck.sourcing, srccheck.voice) ------------------------

#: Neutral reporting cues (AP and Reuters: "said" is the neutral verb of attribution). A
#: sentence attributed with one of these reports who said what without judging it; loaded
#: verbs ("slammed", "admitted", "ripped") tell the reader what to think of the claim.
NEUTRAL_CUES = words(
    """
    say says said saying tell tells told telling according state states stated stating add
    adds added adding report reports reported reporting note notes noted noting explain
    explains explained explaining write writes wrote writing announce announces announced
    announcing ask asks asked asking reply replies replied replying respond responds responded
    responding answer answers answered testify testifies testified
    """
)

#: Cue verbs with which the text itself vouches for the claim: a low-rated source's claim
#: introduced this way is adopted in the article's own voice.
ADOPTING_CUES = words(
    """
    confirm confirms confirmed confirming reveal reveals revealed revealing show shows showed
    shown showing prove proves proved proven proving expose exposes exposed exposing establish
    establishes established demonstrate demonstrates demonstrated
    """
)

#: Cue verbs of denial: a party denying something is the other side, never an adopted claim.
DENYING_CUES = words(
    """
    deny denies denied denying reject rejects rejected rejecting dismiss dismisses dismissed
    dismissing dispute disputes disputed disputing refute refutes refuted refuting rebut rebuts
    rebutted
    """
)

#: Words just before a quotation that make it a slogan, sign or chant, not someone's claim.
SLOGAN_WORDS = words(
    """
    sign signs reading read reads banner banners placard placards poster posters slogan slogans
    chant chants chanted chanting hashtag t-shirt t-shirts shirt caption captioned headline
    headlined titled entitled dubbed nicknamed motto
    """
)

#: Phrases that give the reason a source is not named (AP: say why anonymity was granted).
ANONYMITY_REASONS = (
    "condition of anonymity",
    "on condition they not be named",
    "on condition that they not be named",
    "not authorized to",
    "not authorised to",
    "not allowed to speak",
    "not permitted to speak",
    "requested anonymity",
    "asked not to be named",
    "asked not to be identified",
    "declined to be named because",
    "for fear of",
    "because of the sensitivity",
    "to discuss private",
    "to discuss internal",
    "to discuss confidential",
)

#: Words that assert certainty the text does not source (calibration of confidence).
CERTAINTY_MARKERS = (
    "clearly",
    "obviously",
    "undeniably",
    "undoubtedly",
    "unquestionably",
    "of course",
    "truly",
    "indeed",
    "surely",
    "absolutely",
    "totally",
    "evidently",
    "in fact",
    "simply",
    "literally",
    "no doubt",
    "without a doubt",
    "needless to say",
)


# -- knowledge shipped as package data (srccheck/data), read on first use -----------------------

DATA_DIR = Path(__file__).resolve().parent.parent / "data"


@dataclass(frozen=True, slots=True)
class Country:
    """A country as the text can name it, and the bodies that speak for it."""

    code: str
    name: str
    demonym: str
    presidency: str | None
    cabinet: str | None = None
    """The government's own name for its cabinet ("Cabinet of Ministers of Ukraine"), if any."""

    @property
    def government(self) -> str:
        """The name of its government as a source ("Russian government")."""
        return f"{self.demonym} government"


@dataclass(frozen=True, slots=True)
class Places:
    """Countries by every lower-case word or phrase that stands for them."""

    by_demonym: dict[str, Country]
    """"russian", "us", "u.s." → the country."""
    by_name: dict[str, Country]
    """"russia", "the united states", "moscow" (a capital speaks for its government)."""
    by_code: dict[str, Country]
    capitals: frozenset[str]
    """Lower-case capital names: a place before a title ("Leeds Mayor"), not a demonym."""


@cache
def places() -> Places:
    """The countries of ``data/places.toml``."""
    with (DATA_DIR / "places.toml").open("rb") as handle:
        data = tomllib.load(handle)
    by_demonym: dict[str, Country] = {}
    by_name: dict[str, Country] = {}
    by_code: dict[str, Country] = {}
    capitals: set[str] = set()
    for record in data["country"].values():
        capitals.update(name.lower() for name in record.get("capitals", ()))
        country = Country(
            record["code"],
            record["name"],
            record["demonyms"][0],
            record.get("presidency"),
            record.get("cabinet"),
        )
        by_code[country.code] = country
        for demonym in record["demonyms"]:
            by_demonym.setdefault(demonym.lower().replace(".", ""), country)
        for name in (record["name"], *record.get("aliases", ()), *record.get("capitals", ())):
            by_name.setdefault(name.lower(), country)
    return Places(by_demonym, by_name, by_code, frozenset(capitals))


@dataclass(frozen=True, slots=True)
class Offices:
    """Offices a person holds and the body each belongs to (``data/offices.toml``)."""

    bodies: dict[str, str]
    """Lower-case title → body template ({country}, {presidency}, {cabinet}, {place})."""
    default_country: dict[str, str]
    """Lower-case title → the demonym assumed when the text gives none."""
    aliases: dict[str, str]
    """Lower-case other words for an office → its title ("top diplomat" → "foreign minister")."""
    parents: dict[str, str]
    """Lower-case body words after a country → the larger body it speaks within ("navy" →
    "{country} armed forces")."""

    @property
    def titles_with_of(self) -> tuple[str, ...]:
        """The titles that hold an "of" of their own ("secretary of state")."""
        return tuple(title for title in self.bodies if " of " in f" {title} ")


@cache
def offices() -> Offices:
    """The offices of ``data/offices.toml``."""
    with (DATA_DIR / "offices.toml").open("rb") as handle:
        data = tomllib.load(handle)
    return Offices(
        dict(data["body"]),
        dict(data.get("defaults", {})),
        dict(data.get("aliases", {})),
        dict(data.get("parent", {})),
    )


@cache
def parties() -> dict[str, str]:
    """Lower-case member word → the party's name, from ``data/parties.toml``
    ("tory" → "Conservative Party", "democrat" → "Democratic Party")."""
    with (DATA_DIR / "parties.toml").open("rb") as handle:
        data = tomllib.load(handle)
    return {
        member.casefold(): record["name"]
        for record in data["party"].values()
        for member in record["members"]
    }


@cache
def party_names() -> frozenset[str]:
    """The lower-case names of the parties of ``data/parties.toml``."""
    return frozenset(name.casefold() for name in parties().values())


def party_of(text: str | None) -> str | None:
    """The party a member word names ("Tory", "a Democrat", "Labour"), else None."""
    if not text:
        return None
    words = text.split()
    if words and words[0].casefold() in ("a", "an", "the"):
        words = words[1:]
    return parties().get(" ".join(words).casefold())


@cache
def given_names() -> dict[str, str]:
    """Lower-case given name → "m" or "f", from ``data/given_names.txt`` (US Census 1990)."""
    sexes: dict[str, str] = {}
    sex = ""
    with (DATA_DIR / "given_names.txt").open(encoding="utf-8") as handle:
        for line in handle:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            if line.startswith("["):
                sex = "m" if line == "[male]" else "f"
                continue
            for name in line.split():
                sexes[name] = sex
    return sexes


# -- offices, for role phrases that refer back to a named person ---------------------------------

#: Heads of a role phrase that may name a person already in play ("the foreign minister").
OFFICE_HEADS = words(
    """
    president minister secretary chancellor premier mayor governor spokesman spokeswoman
    spokesperson senator leader chief ambassador envoy commander general director chairman
    chairwoman head prosecutor judge congressman congresswoman lawmaker diplomat
    """
)
#: Platforms whose name alone is the company speaking ("Twitter said"), not a channel on it.
PLATFORM_NAMES = words("twitter telegram youtube tiktok facebook meta instagram vk")
#: Unnamed people who speak for their body: "a Twitter spokeswoman" is Twitter's voice.
SPOKESPERSON_WORDS = words("spokesman spokeswoman spokesperson spokespeople representative")
#: Staff (singular key) whose definite plural is their body speaking, and words that name
#: that body: "the Danish diplomats" after the Danish Foreign Ministry is the ministry.
BODY_OF_STAFF: dict[str, tuple[tuple[str, ...], ...]] = {
    "diplomat": (("foreign",), ("state", "department"), ("department", "of", "state")),
}
#: Unnamed staff whose findings are their body's own when the body speaks too ("researchers at
#: the Nordic Council's lab" and "the Nordic Council said"), and who may be called the authors.
RESEARCH_STAFF_NOUNS = words("researchers scientists authors investigators team")
#: An outlet's people whose seeing or saying is the outlet reporting ("Reuters journalists saw").
REPORTER_NOUNS = words("journalists reporters correspondents journalist reporter correspondent")
#: Roles of people who report for an outlet: the outlet carries what they say.
JOURNALIST_ROLES = words("editor correspondent reporter journalist columnist")
#: Nouns after a place name that make it a region ("the Tver region", "Poltava oblast").
REGION_NOUNS = words("region oblast province krai governorate prefecture")
#: "the region's administration" is the region's own: "Tula regional administration".
REGION_ADJECTIVES = {"region": "regional", "province": "provincial"}
#: Verbs that state a post with its body as object ("She heads the city council").
HEADING_VERBS = {
    "heads": "head",
    "headed": "head",
    "leads": "leader",
    "led": "leader",
    "chairs": "chair",
    "chaired": "chair",
    "directs": "director",
    "runs": "head",
}
#: Ranks and forms of address: they say how to address a person, not the post they hold
#: ("the governor's envoy, retired Gen. Jane Roe" is an envoy).
ADDRESS_TITLES = words(
    """
    gen general col colonel lt lieutenant maj major capt captain adm admiral sgt sergeant cpl
    corporal pvt pte brig brigadier marshal dr prof professor rev reverend sir dame lord lady mr
    mrs ms miss
    """
)
#: Roles only a company has ("Chief Commercial Officer Jane Roe"): with no body in the
#: phrase, the holder works for the company the article is about.
COMPANY_OFFICER_WORDS = words("officer ceo cfo coo cto cmo executive chairman chairwoman founder")
#: Staff roles of any organisation ("operations manager Jane Roe", "spokeswoman Jane Roe"):
#: with no body in the phrase, the holder works for the organisation in play.
STAFF_ROLE_WORDS = words("manager spokesman spokeswoman spokesperson")
#: Words of a staff role that name the body it serves ("government spokeswoman"): its holder
#: speaks for that body, never for whichever organisation the article named last.
STATE_ROLE_QUALIFIERS = words("government presidential")
#: Heads that name whoever leads a body ("the Russian leader", "UN chief").
LEADER_WORDS = words("leader chief head")
#: Words of a role that make its holder the leader of a body.
HEAD_OF_BODY_WORDS = words(
    """
    president prime premier chancellor secretary-general secretary general leader head chief
    king queen director chairman chairwoman
    """
)

#: Words that tie a role noun to a topic rather than a body ("a source familiar with the plan").
TOPIC_LINKS = words("familiar briefed knowledgeable involved aware")

#: Words before a vague descriptor that do not change which descriptor it is.
# Determiners that make a bare noun point back at a source already in play ("the ministry",
# "another milblogger" in a text grouping milbloggers by descriptor).
BACK_REFERRING_DETERMINERS = words("the this that another")

#: Pronouns that head a group known by what it is close to ("Those close to him say").
GROUP_PRONOUNS = words("those some others many few")
#: Words that head a group of people without saying what they do: never a role ("People
#: familiar with her thinking", "Those close to him").
ROLELESS_GROUP_HEADS = GROUP_PRONOUNS | words("people persons person someone somebody anyone")
#: Lower-case heads of a body's unnamed staff ("two Senate aides", "a Pentagon official"):
#: they speak from within the body, unnamed, and are not the body speaking.
STAFF_HEADS = words(
    "official officials aide aides staffer staffers adviser advisers advisor advisors "
    "employee employees insider insiders"
)
#: A relative clause after a name that says what the person is ("Ann Poe, who lives nearby,
#: said"): its verb → the role, which the role classes rate.
RELATIVE_CLAUSE_ROLES = {
    "lives": "resident",
    "lived": "resident",
    "resides": "resident",
    "witnessed": "witness",
    "saw": "witness",
    "survived": "survivor",
}
#: Bodies news names without an article ("Police said", "Prosecutors allege"), which stand
#: for the one of that kind the article names.
ARTICLELESS_BODY_NOUNS = words("police prosecutors")
#: Words that make an office a past one ("the former chancellor", "an ex-minister").
FORMER_WORDS = frozenset({"former", "ex"})
#: Plural heads a common word may qualify at the start of a sentence ("Election officials",
#: "Rescue workers"): who the staff are, not a name.
GROUP_STAFF_HEADS = STAFF_HEADS | words("workers officers crews volunteers organizers organisers")
#: Object pronouns: "close to him" ties the group to a person, not to a body.
OBJECT_PRONOUNS = words("him her them us me his their its our")
#: Numbers written as words, in proportions ("one in five").
NUMBER_WORDS = words("one two three four five six seven eight nine ten")
#: Words that hedge a number ("About 4 in 10 say").
APPROXIMATORS = words("about around nearly almost roughly some over under just only")

#: Determiners that make a bare plural point back at a group in play ("the sources").
BACK_REFERRING_PLURALS = words("the these those")

# Heads whose definite description is its own anonymous source, never a back-reference:
# "a Russian source said … The source also reported" is annotated as two sources.
SELF_STANDING_HEADS = words("source")

DESCRIPTOR_QUANTIFIERS = words(
    """
    a an the another other others some several many most these those this that one two three
    four five multiple numerous various both all any few more senior top high-ranking
    high-level
    """
)

#: Qualifiers that set a group apart from the plain one ("former officials" are not the
#: "officials" of the story): a shorter descriptor never refers back to such a group.
CONTRASTING_QUALIFIERS = words("former retired ex ex- other outgoing opposition")
#: Words that join two groups into one descriptor ("embassies and consulates").
GROUP_CONJUNCTIONS = words("and or nor &")

#: "Pro-Russia", "anti-war": a capitalised compound with these first parts is a stance.
STANCE_PREFIXES = words("pro anti non ex")
#: "Kremlin-affiliated", "Moscow-based": a capitalised compound with these endings is a modifier.
COMPOUND_ADJECTIVE_ENDINGS = ("ed", "based", "linked", "backed", "leaning", "friendly", "run")

#: Determiners that introduce someone new ("a minister said"), never one already named.
INDEFINITE_DETERMINERS = words("a an another one some his her their its our several many")

#: Documents that speak for whoever issued them ("the statement said"): never a source of
#: their own. Studies, polls and data sets, which can be vague sources, are not here.
OWNED_DOCUMENT_HEADS = words(
    """
    statement statements letter communique communiqué release memo memorandum notice
    announcement readout transcript report
    """
)

#: Capitalised or upper-case words that name a kind of medium, not an outlet ("state TV").
GENERIC_MEDIA_WORDS = words("tv television radio media")

#: Endings of adjectives that open a sentence capitalised ("Surveys in Moldova find").
ADJECTIVE_ENDINGS = ("ate", "ive", "al", "ous", "ful", "ent", "ant", "ary", "ing", "ed", "less")

#: Cues whose object is the one spoken to, before the claim: "told the newspaper that …".
RECIPIENT_CUES = words(
    "tell tells told telling inform informs informed informing assure assures assured assuring "
    "warn warns warned warning remind reminds reminded reminding"
)

#: How far a recipient may run before its "that" ("told lawmakers in a closed session that").
RECIPIENT_MAX_TOKENS = 10

#: Heads of what someone speaks to rather than through ("told a news briefing").
AUDIENCE_HEADS = words(
    """
    briefing briefings conference conferences meeting session summit audience crowd forum
    rally hearing gathering assembly commons lords parliament congress committee
    """
)

#: Prepositions after which a place is where something happens, never who speaks.
PLACE_PREPOSITIONS = words("in at near from to of for outside inside across with against between")


# -- lists the detectors used to keep to themselves -------------------------------------------

PASSIVE_AUX = frozenset({"is", "are", "was", "were", "be", "been", "being"})

DOCUMENT_PARTICIPLES = frozenset(
    {"released", "conducted", "published", "taken", "issued", "commissioned", "obtained", "filed"}
)

#: Prepositions that attach what a document is about before its verb ("data on the
#: shoreline shows").
DOCUMENT_PREPOSITIONS = words("on about from of for in")

#: Data published as a running series: "new figures show" is the publisher's voice when the
#: text names who publishes them ("transport ministry figures show"), like "the figures".
DATA_SERIES_HEADS = words("figures data statistics numbers estimates")
#: Words that say only that a data series is new, never whose it is.
FRESH_DATA_MODIFIERS = words("new latest recent fresh updated provisional")

POLL_HEADS = frozenset({"poll", "polls", "survey", "surveys", "average", "averages"})

DOCUMENT_HEADS = words(
    """
    poll polls survey surveys study studies report reports data records figures analysis
    research investigation estimates estimate documents document images footage video
    intelligence assessment census audit review findings statistics numbers count tally
    """
)

MEDIA_HEADS = words(
    """
    media outlet outlets newspaper paper magazine broadcaster station agency website site
    channel channels resource blog account publication tabloid network z-channel z-channels
    bloggers blogger milbloggers milblogger correspondents correspondent analysts analyst
    experts journalists tank institute center centre feed page
    """
)

# Cues that may come before their subject ("…," said the minister).
INVERTIBLE = words(
    """
    said says say wrote writes added adds asked asks continued continues explained explains
    noted notes argued argues stated states recalled recalls declared declares
    insisted insists warned warns claimed claims replied replies responded responds concluded
    concludes observed observes remarked remarks posted tweeted reported reports predicted
    predicts acknowledged conceded cautioned quipped joked admitted emphasized stressed
    """
)

QUESTION_WORDS = frozenset({"if", "whether", "why", "how", "what", "who", "when", "where", "about"})

# Cues that headlines capitalise ("Mayor Says Bridge Will Reopen").
TITLE_CUES = frozenset(
    {"says", "said", "tells", "told", "warns", "claims", "admits", "insists", "denies", "urges"}
)

# Words that open a new clause, whose subject is no part of an earlier claim.
CLAUSE_JOINERS = frozenset({"and", "but", ";", "while", "whereas"})

#: Words that add unnamed company to a named subject ("She and others say"): only the named
#: one is a source.
UNNAMED_COMPANIONS = words("others another colleagues")

#: Participles whose agent ("by X") is the source of the evidence or claim before them
#: ("footage released by Serbian fighters", "accusations made by the authorities").
EVIDENCE_PARTICIPLES = words(
    """
    released published posted issued made levelled leveled voiced shared circulated aired
    broadcast compiled presented
    """
)
#: Nouns of evidence or claim that such a participle may follow.
EVIDENCE_NOUNS = words(
    """
    footage video videos images photos photographs recording recordings statement statements
    claim claims accusation accusations allegation allegations assertion assertions report
    reports data figures document documents assessment assessments estimate estimates
    findings analysis study survey poll polls remarks comments warning warnings threat threats
    """
)
#: Weak cues that report speech only with no object after them ("…," she continued): with
#: one ("continued efforts to", "continued to face") they are ordinary verbs.
CUES_NEVER_WITH_OBJECT = words("continue continues continued continuing")
#: Cues whose agent asks rather than tells ("asked by workers if …"): a questioner is no source.
QUESTION_CUES = words("asked questioned quizzed")
#: "followed up by asking whether …": a question put, unlike "responded by adding labels".
QUESTIONING_GERUNDS = words("asking questioning")
#: Words that open a gerund's circumstance rather than its claim: in ", speaking on condition
#: of anonymity, said …" and ", responding to questions, said …" the finite cue carries the claim.
GERUND_ASIDE_OPENERS = words("on to from in at after under with via by during before while")
#: Verbs that make someone speak: "prompting European governments to promise more aid".
CAUSATIVE_VERBS = words(
    """
    prompt prompts prompted prompting lead leads led leading force forces forced forcing
    spur spurs spurred spurring push pushes pushed pushing cause causes caused causing
    """
)
#: Collectives that speak as one and are named as written ("The West has condemned").
COLLECTIVE_SPEAKERS = frozenset(
    {"west", "international community", "global community", "free world"}
)
#: Possessives that make a group someone's own staff ("Jane Roe and her aides"), not a group.
PERSONAL_POSSESSIVES = words("his her my your")
#: Words that open where or when something was said, not what ("said in a statement").
CIRCUMSTANCE_OPENERS = words("in on at during late early earlier later last this yesterday today")
#: Nouns of claim that are a vague source when no one is said to make them ("reports of …").
REPORT_NOUNS = words("reports claims allegations accusations")
#: Of these, the ones that are a source with no qualifier ("despite reports of …"); the others
#: need one that says whose they are ("Moldovan and Western claims").
SELF_STANDING_REPORTS = words("reports")
#: Determiners that say whose a claim is ("his claims", "its accusations").
OWNING_DETERMINERS = words("his her its their our my your")
#: Possessives that tie a second conjunct to the first as one group ("Riga and its partners").
GROUP_POSSESSIVES = words("its their")

# Participles that name where a relayed claim comes from ("…, citing a source").
RELAY_PARTICIPLES = frozenset({"citing", "quoting"})

# Honorifics: they mark a person (and maybe their sex) but are no role.
HONORIFIC_SEX = {
    "mr": "m",
    "messrs": "m",
    "sir": "m",
    "lord": "m",
    "mrs": "f",
    "ms": "f",
    "miss": "f",
    "dame": "f",
    "lady": "f",
    "dr": None,
    "prof": None,
}

TITLE_SEX = {
    "king": "m",
    "prince": "m",
    "queen": "f",
    "princess": "f",
    "chairman": "m",
    "chairwoman": "f",
    "spokesman": "m",
    "spokeswoman": "f",
    "congressman": "m",
    "congresswoman": "f",
}

PRONOUN_SEX = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}

NAME_PARTICLES = words("de da dos van von der den al el bin ben la le du di")

OFFICE_LINKS = frozenset({"of", "for"})

# Words that may join the capitalised words of one name ("Institute for the Study of War").
NAME_CONNECTORS = words(
    """
    of for the and on de von van der den al bin la le du & without
    """
)

# Lower-case words that may stand before a name as part of a title ("senior fellow Jane Doe").
#: A minister's or secretary's portfolio, written before the title: part of the title
#: ("Dutch Economy Minister Karin Jansen"), never a body of its own called "Economy".
PORTFOLIO_WORDS = words(
    """
    economy economic economics finance financial treasury budget health interior home justice
    energy labour labor employment education agriculture farming food transport transportation
    environment climate culture trade commerce industry digital housing infrastructure science
    technology research sport sports tourism social welfare family families youth women
    veterans security immigration migration refugees development regional communications
    information media water fisheries mining resources foreign defence defense
    """
)
#: Words of an age before a name ("37-year-old Ann Poe"): no role, no part of the name.
AGE_WORDS = words("year-old years-old year old aged")
#: Titles a portfolio word may come before ("Economy Minister").
PORTFOLIO_TITLES = words("minister ministers secretary commissioner")
#: Capitalised words that belong to the title after them, whatever the title, and name no
#: body of their own: "Majority Leader", "Press Secretary", "Political Analyst", "Chief
#: Economist".
TITLE_PREFIXES = words(
    """
    majority minority opposition press political senior chief deputy assistant associate
    principal executive managing general acting interim vice lead
    """
)

TITLE_MODIFIERS = words(
    """
    former senior deputy acting chief top leading prominent veteran military political
    independent retired ex then lead principal associate assistant visiting nonresident non-
    resident pro-kremlin pro-war pro-russian russian ukrainian american british german french
    kremlin-linked state defence defense foreign press well-known regional local government
    presidential police
    """
)

DEMONYM_ENDINGS = ("ian", "ean", "ese", "ish", "ic", "i", "an", "en")

DEMONYMS = words(
    """
    us u.s. uk eu un western eastern european american russian ukrainian british german french
    chinese israeli iranian polish belarusian georgian turkish syrian kremlin-backed pro-kremlin
    local foreign international independent state federal national regional pro-russian pro-
    ukrainian pro-war moscow-based kyiv-based
    """
)

KNOWN_ADJECTIVES = words(
    """
    russian ukrainian american british german french italian spanish polish chinese japanese
    korean indian iranian israeli turkish syrian belarusian georgian lithuanian latvian estonian
    finnish swedish norwegian danish dutch belgian hungarian romanian czech slovak austrian
    swiss canadian australian european african asian arab palestinian lebanese egyptian saudi
    qatari emirati pakistani afghan kazakh chechen crimean moldovan serbian croatian bulgarian
    greek irish scottish welsh mexican brazilian venezuelan cuban republican democratic soviet
    western eastern northern southern
    """
)

PROFESSION_ENDINGS = ("ist", "ian", "ologist", "ographer", "eer")

# Adjectives that link a role noun to what it knows or belongs to.
LINKING_ADJECTIVES = words(
    """
    familiar close briefed knowledgeable involved linked loyal connected aligned affiliated
    speaking working based embedded
    """
)

# Words that open an aside between a subject and its verb ("Smith, in her dissent, said").
# Degrees and honours written after a name ("Jane Roe, MD, PhD, of the institute"), dots
# dropped: they are letters, not a role or a body.
POSTNOMINALS = words(
    """
    md phd dphil msc mba mph jd llb llm dds rn bsc frcp frs obe mbe cbe kc qc esq jr sr
    """
)

ASIDE_OPENERS = words(
    """
    in meanwhile however too though for on by after during speaking writing asked when while
    instead moreover also like unlike as then now once still again later earlier citing
    talking addressing responding replying testifying appearing
    """
)

# Words that end an organisation's name inside an appositive ("… Analysis in Washington").
ORGANISATION_STOPS = frozenset(
    {"in", "at", "near", "on", "who", "which", "that", "since", "from", "until", "during", "where"}
)

# Vague phrases by head noun, used when the table has no class default that matches.
CLASS_BY_HEAD = {
    "source": "anonymous-source",
    "sources": "anonymous-source",
    "insiders": "anonymous-source",
    "insider": "anonymous-source",
    "official": "unnamed-official",
    "officials": "unnamed-official",
    "authorities": "unnamed-official",
    "analysts": "analysts",
    "analyst": "analysts",
    "experts": "analysts",
    "expert": "analysts",
    "observers": "analysts",
    "commentators": "analysts",
    "residents": "locals",
    "locals": "locals",
    "witnesses": "locals",
    "eyewitnesses": "locals",
    "users": "social-media",
    "netizens": "social-media",
    "bloggers": "z-channel",
    "milbloggers": "z-channel",
    "milblogger": "z-channel",
    "correspondents": "z-channel",
    "z-channel": "z-channel",
    "z-channels": "z-channel",
    "reports": "reports",
    "media": "reports",
    "outlets": "reports",
}

# Heads that make a description refer back to an earlier source of that kind.
KIND_BY_HEAD = {
    "channel": Kind.CHANNEL,
    "resource": Kind.CHANNEL,
    "blog": Kind.CHANNEL,
    "account": Kind.CHANNEL,
    "blogger": Kind.CHANNEL,
    "milblogger": Kind.CHANNEL,
    "tank": Kind.THINK_TANK,
    "institute": Kind.THINK_TANK,
    "center": Kind.THINK_TANK,
    "centre": Kind.THINK_TANK,
    "foundation": Kind.THINK_TANK,
    "ministry": Kind.OFFICIAL,
    "department": Kind.OFFICIAL,
    "government": Kind.OFFICIAL,
    "kremlin": Kind.OFFICIAL,
    "administration": Kind.OFFICIAL,
    "agency": Kind.OUTLET,
    "newspaper": Kind.OUTLET,
    "paper": Kind.OUTLET,
    "outlet": Kind.OUTLET,
    "broadcaster": Kind.OUTLET,
    "website": Kind.OUTLET,
    "site": Kind.OUTLET,
    "publication": Kind.OUTLET,
    "tabloid": Kind.OUTLET,
    "magazine": Kind.OUTLET,
    "station": Kind.OUTLET,
    "network": Kind.OUTLET,
    "staff": Kind.OFFICIAL,
    "military": Kind.OFFICIAL,
    "army": Kind.OFFICIAL,
    "office": Kind.OFFICIAL,
    "committee": Kind.OFFICIAL,
    "treasury": Kind.OFFICIAL,
    # Bodies a definite description points back to ("the authority", "the utility", "the
    # company"): kind `official`, as for any body speaking as one.
    "authority": Kind.OFFICIAL,
    "commission": Kind.OFFICIAL,
    "council": Kind.OFFICIAL,
    "court": Kind.OFFICIAL,
    "regulator": Kind.OFFICIAL,
    "police": Kind.OFFICIAL,
    "board": Kind.OFFICIAL,
    "company": Kind.OFFICIAL,
    "firm": Kind.OFFICIAL,
    "utility": Kind.OFFICIAL,
    "operator": Kind.OFFICIAL,
    "party": Kind.OFFICIAL,
    "union": Kind.OFFICIAL,
    "association": Kind.OFFICIAL,
    "federation": Kind.OFFICIAL,
    "organisation": Kind.OFFICIAL,
    "organization": Kind.OFFICIAL,
    "university": Kind.THINK_TANK,
    "journal": Kind.OUTLET,
    "drugmaker": Kind.OFFICIAL,
    "carmaker": Kind.OFFICIAL,
    "automaker": Kind.OFFICIAL,
    "manufacturer": Kind.OFFICIAL,
    "lender": Kind.OFFICIAL,
    "insurer": Kind.OFFICIAL,
    "retailer": Kind.OFFICIAL,
    "airline": Kind.OFFICIAL,
    "woman": Kind.PERSON,
    "man": Kind.PERSON,
    "resident": Kind.PERSON,
    "soldier": Kind.PERSON,
    "officer": Kind.PERSON,
    "nurse": Kind.PERSON,
    "doctor": Kind.PERSON,
    "driver": Kind.PERSON,
    "volunteer": Kind.PERSON,
    "medic": Kind.PERSON,
    "farmer": Kind.PERSON,
    "mother": Kind.PERSON,
    "father": Kind.PERSON,
    "witness": Kind.PERSON,
    "journalist": Kind.PERSON,
    "spokesman": Kind.PERSON,
    "spokeswoman": Kind.PERSON,
    "spokesperson": Kind.PERSON,
    "analyst": Kind.PERSON,
    "expert": Kind.PERSON,
    "candidate": Kind.PERSON,
    "senator": Kind.PERSON,
    "president": Kind.PERSON,
    "minister": Kind.PERSON,
    "governor": Kind.PERSON,
    "commander": Kind.PERSON,
    "general": Kind.PERSON,
    "campaign": Kind.UNKNOWN,
    "group": Kind.UNKNOWN,
    "team": Kind.UNKNOWN,
}

FIRST_PERSON = frozenset({"i", "we", "you"})

#: Verbs that govern "to <say>" and keep their subject as the speaker ("declined to say").
SAYING_GOVERNORS = words(
    """
    want wants wanted refuse refuses refused decline declines declined agree agrees agreed
    expect expects expected seem seems seemed appear appears appeared go going went need
    needs needed used like likes liked try tries tried hope hopes hoped plan plans planned
    promised vowed sought seeks seek able unable willing likely set due quick ready
    """
)

#: Words that open a condition or a time clause: its subject is no source ("When people say").
CONDITION_WORDS = words("when if whenever unless until once")

#: What something is done "according to" without anyone saying it ("according to plan").
NORM_HEADS = words("law laws rule rules regulation regulations plan plans schedule tradition")

#: Prepositions that say where someone is ("a soldier fighting near Kupiansk said").
LOCATING_PREPOSITIONS = words("in near outside inside at across around")

#: Determiners of one unnamed person ("a soldier", "one resident").
SINGLE_UNNAMED_DETERMINERS = words("a an one")

#: Words in a sentence that make its unnamed speaker an anonymous source.
ANONYMITY_MARKERS = (
    "anonymity",
    "anonymously",
    "not to be named",
    "not be named",
    "not to be identified",
    "not be identified",
    "not authorized to speak",
    "not authorised to speak",
)

#: Words by which a description knows its people only by their access ("familiar with the
#: talks"): an anonymous source, whatever the noun before them.
ACCESS_LINKS = ("familiar with", "briefed on", "with knowledge of", "with direct knowledge of")

# Words before a month or weekday that make it a date, not a surname ("in May", "since March",
# "early June", "by Sunday").
DATE_LEADS = words(
    """
    in on since until till by from through throughout during before after last next early late
    mid of this that every each between to around about
    """
)

# Capitalised words that often open a sentence as a quantity, not a name ("Little is known",
# "Much remains"): a surname only once the text has named the person in full.
QUANTITY_WORDS = words("little much few many most none several both each all some plenty")

# Nouns a person's possessive governs that a month's never does ("May's office", "May's aides"):
# they tell a surname that is also a month from the month.
OWNED_BY_PERSON = (
    ROLE_NOUNS
    | SPOKESPERSON_WORDS
    | words(
        """
    office government cabinet administration campaign party team allies aide aides deputy
    successor predecessor husband wife son daughter remarks comments speech statement
    """
    )
)

# Months shortened; without their dot and before a capitalised word, a given name ("Jun Park").
MONTH_ABBREVIATIONS = words("jan feb mar apr jun jul aug sep sept oct nov dec")

# Determiners that open a role set off after a name ("Jun Park, a chemist").
APPOSITIVE_DETERMINERS = words("a an the")
