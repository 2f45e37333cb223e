"""Who said it: attribution cues, subjects, pronouns and the fullest name.

Word lists are data, kept at the top. The functions work on *masked* text: a
paragraph in which the inside of every quotation is replaced by
:data:`MASK` characters, so words inside quotations are never taken for cue
verbs or speakers, and sentence ends inside quotations do not split the
sentence around them.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from functools import lru_cache
from itertools import accumulate, compress
from operator import itemgetter, methodcaller

MASK = "\ue000"


def word_set(text: str) -> frozenset[str]:
    """A word list written as one space-separated string."""
    return frozenset(text.split())


_words = word_set


_CUE_VERBS = _words(
    "say said says saying tell told tells telling add added adds adding note noted notes noting state stated "
    "states explain explained explains explaining warn warned warns warning write wrote writes describe described "
    "describes describing characterized characterised characterizes characterizing call called calls calling ask "
    "asked asks reply replied replies respond responded responds insist insisted insists insisting argue argued "
    "argues arguing claim claimed claims claiming assert asserted asserts asserting acknowledge acknowledged "
    "acknowledges admit admitted admits announce announced announces declare declared declares declaring stress "
    "stressed stresses stressing emphasize emphasized emphasizes emphasizing emphasise emphasised emphasising "
    "suggest suggested suggests predict predicted predicts promise promised promises promising vow vowed vows "
    "vowing pledge pledged recall recalled recalls recalling continue continued continues conclude concluded "
    "concludes caution cautioned cautions complain complained complains concede conceded concedes confirm "
    "confirmed confirms deny denied denies express expressed expresses indicate indicated indicates maintain "
    "maintained maintains observe observed observes remark remarked remarks reveal revealed reveals tweet tweeted "
    "tweets joke joked jokes quip quipped quips urge urged urges urging dismiss dismissed dismisses criticize "
    "criticized criticised criticizes praise praised praises hail hailed hails accuse accused accuses accusing "
    "demand demanded demands plead pleaded pleads boast boasted boasts wonder wondered wonders exclaim exclaimed "
    "shout shouted whisper whispered yell yelled testify testified testifies comment commented comments counter "
    "countered counters recount recounted recounts reiterate reiterated reiterates reiterating agree agreed "
    "agrees lament lamented laments added mused muses signal signaled signalled signals quoted reported reports "
    "posted writing noted blasted slammed introduced remembered weighed cried chanted chant chanting declaring "
    "recalled recounted explained assured assure assures contended contends opined reasoned retorted scoffed "
    "snapped teased hinted alleged alleges mocked touted advised proclaimed affirmed reaffirmed emailed texted "
    "stating insist insisting pointed promised threatened threatens threatening branded labelled labeled"
)

#: Common speech verbs of other languages written with spaces (French,
#: German, Spanish, Italian, Portuguese, Dutch): enough to attribute
#: ``« … », a déclaré Jean Dupont`` or ``„…“, sagte Angela Merkel``.
_FOREIGN_CUES = _words(
    "dit déclaré déclare affirmé affirme estimé estime ajouté ajoute expliqué explique souligné souligne indiqué "
    "sagte sagt erklärte erklärt betonte betont meinte sagten dijo afirmó declaró explicó aseguró señaló añadió "
    "detto dichiarato spiegato affermato disse afirmou declarou explicou zei zegt verklaarde"
)

#: Forms that are more often nouns than verbs ("his comments", "the United
#: States") and so never count as cues.
_NOT_CUES = _words(
    "state states comments remarks notes claims calls demands signals reports posted promises tweets jokes quips "
    "counters laments pledges vows praises comment remark note call demand signal promise tweet joke quip counter "
    "lament pledge vow praise report express state address post continue"
)

#: Verbs (and participles) that attribute a quotation to the subject of
#: their clause.
#: Verbs that judge what they quote ("rejected the claims as “false”").
_VERDICT_CUES = _words(
    "rejected rejects denounced denounces condemned condemns welcomed welcomes decried lauded lectured lecturing"
)

CUES = (_CUE_VERBS | _FOREIGN_CUES | _VERDICT_CUES) - _NOT_CUES

#: Nouns that attribute a quotation to the subject of the sentence
#: ("softened his warnings of “severe consequences”").
NOUN_CUES = _words(
    "statement statements remarks comments warning warnings words interview testimony speech address tweet "
    "message letter post memo announcement response reply pledge promise vow call appeal plea message"
)

#: Words right before a quotation that make it a name or a title, not speech.
NAMING = _words(
    "known titled entitled dubbed nicknamed so-called reading read labelled labeled branded named called term "
    "word words phrase slogan hashtag headline motto banner sign caption album song film movie book novel series "
    "show episode podcast play single track poem column article essay report magazine newspaper brand program "
    "programme project operation campaign codenamed code-named alias aka played sang performed starred stars "
    "featuring"
)

#: Naming words that are speech when a person stands right before them
#: ("he called it “a disgrace”" but "a car called “The Beast”").
_NAMING_VERBS = _words("called named dubbed labelled labeled branded")

PRONOUNS = _words("he she they it we i you")

#: Titles stripped from names ("President Donald Trump" -> "Donald Trump").
TITLES = _words(
    "president vice prime minister secretary sen senator rep representative gov governor mayor chancellor king "
    "queen prince princess dr mr mrs ms miss mx prof professor judge justice general gen col colonel lt "
    "lieutenant sgt sergeant capt captain chief ceo cfo coo cto chairman chairwoman chair director spokesman "
    "spokeswoman spokesperson ambassador commissioner pope rev reverend sir dame lord lady coach officer "
    "detective deputy speaker leader attorney founder cardinal bishop archbishop sheikh emir premier "
    "president-elect congressman congresswoman councilman councilwoman councillor councilor superintendent "
    "inspector commander admiral marshal st sr jr u.s us uk un eu former acting interim senior assistant "
    "associate executive managing"
)

#: Lower-case role nouns that an article uses for a person it named before
#: ("the spokesman said").
ROLE_WORDS = _words(
    "spokesman spokeswoman spokesperson president minister secretary senator governor mayor chancellor director "
    "chief executive ceo official officer aide adviser advisor analyst professor researcher scientist author "
    "lawyer attorney prosecutor judge coach manager founder chairman chairwoman chair leader lawmaker congressman "
    "congresswoman ambassador commissioner economist expert doctor representative head actor actress singer "
    "producer writer reporter editor player teacher student owner pilot astronaut diplomat envoy premier king "
    "queen prince general commander captain investor strategist researcher physician surgeon nurse activist "
    "campaigner candidate politician mother father son daughter wife husband brother sister woman man engineer "
    "designer developer artist musician star striker quarterback negotiator fellow consultant meteorologist"
)

#: Roles that, after "the", mean the person the article has been about
#: ("the singer told the audience", "the president said").
ANAPHORIC_ROLES = _words(
    "president singer guitarist drummer bassist rapper actor actress coach governor mayor senator minister premier "
    "chancellor king queen prince princess star ceo founder manager player striker quarterback author novelist "
    "musician composer filmmaker pitcher"
)

#: Words that never start a subject noun phrase (prepositions, adverbs,
#: conjunctions opening a sentence or clause).
_NOT_SUBJECT = _words(
    "in on at after before during for with from by since speaking asked meanwhile however still yet also then now "
    "later earlier last this yesterday today tomorrow separately instead moreover furthermore additionally while "
    "when although though as if because despite according about over under into to of back once thus so and but "
    "or nor not never more most some than there here such like unlike even just only indeed overall next first "
    "finally again what how why where whether whose given amid against through throughout without within until "
    "unless upon toward towards across around among between beyond following including regarding"
)

_DETERMINERS = _words("the a an his her their its our my your this that these those one another some")

#: Words that end a subject phrase when they follow it ("Smith also said").
_AFTER_SUBJECT = _words(
    "also then later previously recently again once has had have was were is are will would could can may might "
    "should did does do who which that further earlier repeatedly reportedly publicly privately first finally "
    "himself herself themselves itself simply just not never already still often always"
)

_CLAUSE_BREAK = _words("that who which whom whose")

#: Conjunctions that open a clause of their own inside a sentence.
_SUBORDINATORS = _words("when while because although though since until unless whereas after before if")

_ORG_WORDS = _words(
    "ministry department agency office house kremlin company corporation corp inc ltd llc group party council "
    "committee commission union association bank university institute police government administration court "
    "board team club army navy force forces service services network news times post journal press foundation "
    "organization organisation authority bureau center centre church school hospital fund embassy cabinet "
    "parliament congress senate state states republic"
)

_PARTICLES = _words("de van von der da del bin al la le of")

_STOP_CAPS = _words(
    "the a an but and or so yet in on at as after before when while if though although because since for from "
    "with by to of this that these those it its he she they we i you his her their our my there here what who why "
    "how where which meanwhile however still also then now later earlier last yesterday today monday tuesday "
    "wednesday thursday friday saturday sunday january february march april may june july august september "
    "october november december not no yes one two three i"
)

ABBREVIATIONS = _words(
    "mr mrs ms dr prof sen rep gov gen lt col sgt capt st jr sr inc co corp ltd no vs etc mt ft u.s u.k u.n e.g "
    "i.e a.m p.m jan feb mar apr jun jul aug sep sept oct nov dec rev messrs fig approx dept est al"
)

_APPOSITIVE = re.compile(r"[Tt](?<!\w[Tt])he ([a-z]{3,20}), ((?:[A-Z][\w&'’.-]{0,30} ){0,4}[A-Z][\w&'’.-]{0,30}),")
_TOKEN = re.compile(r"[^\s,;:()\[\]—–]+|[,;:()\[\]—–]")
_PUNCTUATION = ",;:()[]—–"  # the marks that are tokens of their own (see _TOKEN)
_PUNCTUATION_ASCII = ",;:()[]"  # those an ASCII text can hold
_SPACED = {mark: f" {mark} " for mark in _PUNCTUATION}
_WORD_START = re.compile(r"(?<=[\s,;:()\[\]—–])[^\s,;:()\[\]—–]")  # a token that is a word, whole
_SEPARATOR = re.compile(r"[\s,;:()\[\]—–]")
_NEAR_NAME = 40  # how far around a name its words are read first (characters)
_FAR_NAME = 2560  # past this, a paragraph is read whole
_SEARCH_SHARE = 32  # how many characters searched (in C) cost as much budget as one read
_CLOSE_CHARS = "”»›」』\"'’“«"
_OPEN_CHARS = "“„«»‹「『\"'‘"
_OPEN_PAREN = _OPEN_CHARS + "("
#: A possible sentence end: ``.``, ``!``, ``?``, ``…`` or a closing mark right
#: after a quotation, then closing marks and brackets, then a space (group
#: ``space``) or the end of the text.
_SENTENCE_END = re.compile(  # one class first: the regex engine skips to its characters at C speed
    f"[.!?…{_CLOSE_CHARS}](?:(?<=[.!?…])|(?<={MASK}.))[{_CLOSE_CHARS})]*(?P<space>\\s+|\\Z)"
    "(?![a-z])"  # no sentence starts lower-case: most such candidates are dropped in C
)
_INITIALS = re.compile(r"(?:\w\.)+\w")
_DOTTED = re.compile(r"(?:\w\.)+")


def token_offset(text: str, start: int, index: int) -> int:
    """Where the token numbered ``index`` of ``text[start:]`` starts (see :func:`words`)."""
    for i, found in enumerate(_TOKEN.finditer(text, start)):
        if i == index:
            return found.start()
    return len(text)


def words(text: str, start: int = 0, end: int | None = None) -> list[str]:
    """The tokens of ``text[start:end]``: words (trailing sentence
    punctuation and quote marks kept) and separate punctuation.

    The same as ``_TOKEN.findall(text, start, end)`` at a fraction of the
    cost: the regex tests each character against its classes, where spacing
    out the punctuation and splitting at spaces run at C speed (``str.split``
    and the regex agree on what is a space)."""
    chunk = text[start:end]
    for mark in _PUNCTUATION_ASCII if chunk.isascii() else _PUNCTUATION:  # (isascii reads a flag)
        if mark in chunk:
            chunk = chunk.replace(mark, _SPACED[mark])
    return chunk.split()


@lru_cache(maxsize=16384)
def _word(token: str) -> str:
    """A token without surrounding quote marks and closing punctuation,
    case-folded."""
    return token.strip(_CLOSE_CHARS + _OPEN_CHARS + ".!?").casefold().replace("’", "'")


@lru_cache(maxsize=16384)
def _bare(token: str) -> str:
    """A token without quote marks, trailing punctuation and possessive 's."""
    word = token.strip(_CLOSE_CHARS + _OPEN_CHARS + "!?")
    if word.endswith((".", "…")) and _word(word) not in ABBREVIATIONS and not _DOTTED.fullmatch(word):
        word = word.rstrip(".…")
    for suffix in ("'s", "’s", "'", "’"):
        if word.endswith(suffix) and len(word) > len(suffix) + 1:
            return word[: -len(suffix)]
    return word


#: Token -> its first character (or ``""``): for C-speed passes over whole
#: sentences, ``map(FIRST, tokens)``.
FIRST = itemgetter(slice(None, 1))
_UNOPENED = methodcaller("lstrip", _OPEN_CHARS)


def starts_upper(toks: list[str]) -> list[bool]:
    """Whether each token starts upper-case after any opening mark."""
    # The first characters, joined, are tested at C speed; only the few tokens that
    # start with an opening mark are stripped of it (a method call per token costs
    # more than the rest of the test).
    firsts = "".join(map(FIRST, toks))
    if len(firsts) != len(toks):  # an empty token: no string of first characters
        return list(map(str.isupper, map(FIRST, map(_UNOPENED, toks))))
    upper = list(map(str.isupper, firsts))
    if firsts.isascii() and '"' not in firsts and "'" not in firsts:
        return upper  # no opening mark: all of them but '"' and "'" are non-ASCII
    for mark in _OPEN_CHARS:
        i = firsts.find(mark)
        while i >= 0:
            upper[i] = toks[i].lstrip(_OPEN_CHARS)[:1].isupper()
            i = firsts.find(mark, i + 1)
    return upper


@lru_cache(maxsize=16384)
def _name_token(token: str) -> tuple[str, bool, bool, bool]:
    """A token as the name reader sees it: its bare form, whether it can be
    part of a name, whether it is a particle ("van", "de"), and whether it
    ends the name (a possessive or a trailing mark)."""
    bare = _bare(token)
    return (
        bare,
        bool(bare) and bare[0].isupper() and bare.casefold() not in _STOP_CAPS,
        bare in _PARTICLES,
        bare != token.strip(_OPEN_CHARS) and not token.endswith("."),
    )


def _capital(token: str) -> bool:
    return bool(token) and token[0].isupper()


def sentence_bounds(masked: str, original: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each sentence of a masked paragraph. A period
    after an abbreviation or an initial does not end a sentence; a
    quotation ending in ``.``, ``!`` or ``?`` does when a capital follows."""
    bounds: list[tuple[int, int]] = []
    start = 0
    n = len(masked)
    for found in _SENTENCE_END.finditer(masked):  # only these can end a sentence
        i = found.start()
        ch = masked[i]
        if ch not in ".!?…" and original[i - 1] not in ".!?…":
            continue  # a closing mark after a quotation that ends with no sentence punctuation
        k, m = found.start("space"), found.end()
        if m < n and not (masked[m].isupper() or masked[m].isdigit() or masked[m] in _OPEN_CHARS):
            continue
        if ch == ".":  # not after an abbreviation or an initial
            before = masked[max(0, i - 24) : i]
            word = "" if not before or before[-1].isspace() else before.rsplit(None, 1)[-1]
            word = word.strip(_OPEN_PAREN).casefold()
            if (
                word in ABBREVIATIONS
                or (len(word) == 1 and word.isalpha())
                or ("." in word and _INITIALS.fullmatch(word))  # initials hold a period
            ):
                continue
        bounds.append((start, k))
        start = m
    if start < n:
        bounds.append((start, n))
    return bounds


# -- names ---------------------------------------------------------------------


def strip_titles(words: list[str]) -> list[str]:
    """The name after the last title or role word of a noun phrase
    ("Secretary of State Mike Pompeo" -> ["Mike", "Pompeo"])."""
    last = -1
    i = 0
    while i < len(words) - 1:  # the last word is a name even when it reads as a title ("Ken Doctor")
        key = words[i].casefold().rstrip(".")
        if key in TITLES or key in ROLE_WORDS or not _capital(words[i]):
            last = i
            if i + 2 < len(words) and words[i + 1] in ("of", "for") and _capital(words[i + 2]):
                last = i + 2
                i += 2
                if i + 1 < len(words) - 1 and _capital(words[i + 1]) and words[i + 1].casefold() in _ORG_WORDS:
                    last = i + 1
                    i += 1
        i += 1
    return words[last + 1 :]


def _name_runs(toks: list[str]) -> Iterator[tuple[list[str], str, int, int]]:
    """The runs of two or more capitalised words (and particles) in a
    paragraph's tokens: ``(bare words, the token before, index of the first,
    index of the token that ended the run)``."""
    n = len(toks)
    before = ""
    idx = 0  # the next token to read
    # most words are lower-case and start no name: only the capitalised ones are read
    for i in compress(range(n), starts_upper(toks)):
        if i < idx:
            continue  # read as part of a name
        if i > idx:
            before = toks[i - 1]
        bare, namey, _, ends = _name_token(toks[i])
        idx = i + 1
        if not namey or ends:
            before = bare  # not a name, or a name of one word
            continue
        run = [bare]
        first = i
        while True:  # the name goes on while capitalised words and particles follow
            bare, namey, particle, ends = _name_token(toks[idx] if idx < n else ",")
            idx += 1
            if namey or particle:
                run.append(bare)
                if not ends:
                    continue
            if len(run) > 1:
                yield run, before, first, idx - 1
            before = bare
            break


@lru_cache(maxsize=16384)
def _nameless(token: str) -> bool:
    """Whether a token can be in no name (neither capitalised nor a particle)."""
    _, namey, particle, _ = _name_token(token)
    return not (namey or particle)


def _ends_runs(token: str) -> bool:
    """Whether no name runs on past a token: it can be in none, or ends one
    (as :func:`_name_runs` reads it)."""
    _, namey, particle, ends = _name_token(token)
    return ends or not (namey or particle)


def _full_name(run: list[str]) -> list[str]:
    """The person's name a run of capitalised words gives, of two to four
    words, without titles ("Secretary of State Mike Pompeo"), or ``[]``.
    Trailing particles are dropped from ``run``."""
    kept, name = _full_name_of(tuple(run))
    del run[kept:]
    return list(name)


@lru_cache(maxsize=4096)  # an article names the same people again and again
def _full_name_of(run: tuple[str, ...]) -> tuple[int, tuple[str, ...]]:
    """:func:`_full_name` of a run: how many of its words are left once
    trailing particles are dropped, and the name."""
    kept = len(run)
    while kept and run[kept - 1] in ("of", "de", "van", "von", "der", "da", "del", "la", "le"):
        kept -= 1
    name = strip_titles(list(run[:kept]))
    if len(name) < 2 or len(name) > 4 or any(w.casefold() in _ORG_WORDS for w in name):
        return kept, ()  # one word, or an organisation ("White House"): no person's full name
    return kept, tuple(name)


class Names:
    """The names an article gives, to expand "Trump" into "Donald Trump" and
    "the spokesman" into the spokesman the article named.

    Only what a question needs is read: asking for the forms of "Trump"
    finds "Trump" in the article with one substring search and reads a few
    words around each place; asking whom "the spokesman" is reads the
    paragraphs that contain "spokesman" in any case. The answers are those a
    reading of the whole article would give."""

    def __init__(self, paragraphs: Sequence[str] = ()) -> None:
        self._paragraphs = list(paragraphs)
        self._text = "\n".join(self._paragraphs)
        self._starts = list(accumulate((len(p) + 1 for p in self._paragraphs[:-1]), initial=0))
        self._folded: tuple[str, list[int]] | None = None
        self._unread = set(range(len(self._paragraphs)))  # not yet read for roles
        self._asked: set[str] = set()
        self._asked_roles: set[str] = set()
        self._full: dict[str, dict[str, int]] = {}  # last word -> {full name: how often it appears}
        self._order: dict[str, int] = {}  # full name -> where it first appears
        self._roles: dict[str, tuple[int, str]] = {}  # role noun -> (where, the person named with it)
        # One search of the article per name asked about, and a few words read
        # around each place it is found, cost little for the names an article's
        # quotations ask about; a page that asks about very many is read whole
        # once instead, so the work stays linear in the page. A search runs in C,
        # hundreds of times faster per character than reading words in Python:
        # it is charged a fraction of its length (:data:`_SEARCH_SHARE`), so a
        # page that asks about a dozen names is not read whole for the searches.
        self._budget = 8 * len(self._text) + 20_000  # characters read (or searched, at a discount)
        self._whole = False  # every paragraph read for its full names

    def _spend(self, chars: int) -> bool:
        """Take ``chars`` from the budget: whether some is left."""
        self._budget -= chars
        return self._budget >= 0

    def _read_where(self, word: str, text: str, starts: list[int]) -> None:
        """Read, for their roles, the unread paragraphs whose ``text``
        contains ``word``."""
        at = text.find(word) if self._unread else -1
        while at >= 0:
            pi = bisect_right(starts, at) - 1
            if pi in self._unread:
                self._unread.discard(pi)
                self._read_roles(pi)
            if pi + 1 >= len(starts):
                break
            at = text.find(word, starts[pi + 1])

    def forms(self, last: str) -> dict[str, int]:
        """The full names ending in ``last`` (of two to four words) and how
        often each appears."""
        if last and not self._whole and last not in self._asked:
            self._asked.add(last)
            text, starts = self._text, self._starts
            at = text.find(last) if self._spend(len(text) // _SEARCH_SHARE) else -1
            while at >= 0:
                pi = bisect_right(starts, at) - 1
                read = self._count_near(pi, at - starts[pi], last)
                if read is None or not self._spend(read):
                    self._budget = -1  # names that run on and on, or very many asked about
                    break
                at = text.find(last, at + len(last))
            if self._budget < 0:
                self._read_whole()
        return self._full.get(last, {})

    def _read_whole(self) -> None:
        """Count the full names of every paragraph, afresh."""
        self._whole = True
        self._full.clear()
        self._order.clear()
        for pi, text in enumerate(self._paragraphs):
            where = pi << 32  # orders every name by paragraph, then by place
            for run, _, _, _ in _name_runs(words(text)):
                name = _full_name(run)
                if name:
                    self._count(name, where)
                where += 1

    def _count(self, name: list[str], where: int) -> None:
        joined = " ".join(name)
        counts = self._full.setdefault(name[-1], {})
        counts[joined] = counts.get(joined, 0) + 1
        if self._order.get(joined, where) >= where:
            self._order[joined] = where

    def _count_near(self, pi: int, at: int, last: str) -> int | None:
        """Count the full name whose last word is ``last`` at ``at`` of
        paragraph ``pi``, if any, reading only the words around it: from two
        words that no name can hold (where a reading of the whole paragraph is
        in the same state) to the first such word after it. Returns how many
        characters were read, or ``None`` when the words run on too long."""
        text = self._paragraphs[pi]
        start = at  # where the token holding ``last`` starts
        while start and not _SEPARATOR.match(text, start - 1):
            start -= 1
        if not start:
            return 0  # no word before
        if start > 1 and text[start - 1] == " ":
            # most often the token before is a plain lower-case word ("said Trump") or a
            # mark of its own (", Trump"), which no name runs on from: told from its
            # characters, without splitting the words around
            before = start - 1
            if text[before - 1] in _PUNCTUATION:
                return 2
            prev = text[text.rfind(" ", 0, before) + 1 : before]
            if prev.isalpha() and prev.islower() and prev not in _PARTICLES:
                return len(prev) + 1
        back = ahead = _NEAR_NAME
        read = 0
        while True:
            lo = _WORD_START.search(text, start - back, start) if start > back else None
            lo_at = lo.start() if lo else 0
            toks = words(text, lo_at, start)
            o = len(toks)
            if not toks or _ends_runs(toks[-1]):
                # a name is counted at its last word and has two words or more: when no
                # name can go on from the word before into this one, nothing counts here
                # (most mentions of a name after the first are the last name alone)
                return read + start - lo_at
            hi = _WORD_START.search(text, at + ahead)
            hi_at = hi.start() if hi else len(text)
            read += hi_at - lo_at
            toks += words(text, start, hi_at)
            if o >= len(toks):
                return read
            bare, namey, particle, _ = _name_token(toks[o])
            if bare != last or not (namey or particle):
                return read  # part of a longer word, or in no name
            nameless = bytes(map(_nameless, toks))  # 1 for a token no name can hold
            reset = nameless.rfind(b"\x01\x01", 0, o) + 1  # two such tokens before it
            if reset == 0 and lo_at > 0:
                reset = -1
            end = nameless.find(1, o + 1)  # the first such token after it
            if reset < 0:
                back *= 4
            elif end < 0 and hi_at < len(text):
                ahead *= 4
            else:
                break
            if max(back, ahead) > _FAR_NAME:
                return None
        for run, _, first, _ in _name_runs(toks[reset : end + 1] if end >= 0 else toks[reset:]):
            if reset + first > o:
                break
            name = _full_name(run)  # drops trailing particles from run
            if name and reset + first + len(run) - 1 == o:  # the run ends with this word: counted once, here
                self._count(name, (pi << 32) + start)  # orders every name by paragraph, then by place
                break
        return read

    def role(self, noun: str) -> str | None:
        """The person the article last named with a role noun ("spokesman")."""
        if noun and noun not in self._asked_roles:
            self._asked_roles.add(noun)
            if self._folded is None:  # roles are matched case-blind
                # folding maps each character to one or more: when the length is kept, so
                # is every paragraph's, and with it where each starts
                folded = self._text.casefold()
                starts = self._starts
                if len(folded) != len(self._text):
                    lengths = (len(p.casefold()) + 1 for p in self._paragraphs[:-1])
                    starts = list(accumulate(lengths, initial=0))
                self._folded = folded, starts
            if self._spend(len(self._folded[0]) // _SEARCH_SHARE):
                # a noun that is no role word names a person only in an appositive ("the
                # company, Acme Corp,"): without one, the paragraphs with the noun tell nothing
                if noun in ROLE_WORDS or f"he {noun}, " in self._folded[0]:
                    self._read_where(noun, *self._folded)
            else:  # very many roles asked about: read every paragraph once
                for pi in sorted(self._unread):
                    self._read_roles(pi)
                self._unread.clear()
        found = self._roles.get(noun)
        return found[1] if found else None

    def _read_roles(self, pi: int) -> None:
        """Record who one paragraph names with a role noun: "the spokesman,
        Tom Lee", "spokesman Tom Lee", "Tom Lee, a spokesman"."""
        text = self._paragraphs[pi]
        where = pi << 32
        for m in _APPOSITIVE.finditer(text):
            self._set_role(m.group(1).casefold(), m.group(2).strip(), where)
            where += 1
        toks = words(text)
        for run, before, _, idx in _name_runs(toks):
            name = _full_name(run)
            if name:
                role = before.casefold() if before.casefold() in ROLE_WORDS else ""
                if len(name) < len(run):
                    key = run[len(run) - len(name) - 1].casefold().rstrip(".")
                    if key in ROLE_WORDS:
                        role = key
                if not role:  # appositive: "Jane Doe, a spokeswoman for ..."
                    tail = [_word(t) for t in toks[idx : idx + 8]]
                    if tail[:1] == [""] or (tail and tail[0] == ","):
                        for w in tail[1:]:
                            if w in ROLE_WORDS:
                                role = w
                                break
                            if w in (",", ";", ".") or w in CUES:
                                break
                if role:
                    self._set_role(role, " ".join(name), where)
            where += 1

    def _set_role(self, noun: str, name: str, where: int) -> None:
        if noun not in self._roles or self._roles[noun][0] < where:
            self._roles[noun] = (where, name)  # the last the article names

    def fullest(self, name: str) -> str:
        """The fullest form of a person's name the article gives."""
        words = name.split()
        if not words:
            return name
        forms = self.forms(words[-1])
        if not forms:
            return name
        order = self._order
        best = max(forms, key=lambda f: (f.endswith(name) and len(f.split()) >= len(words), forms[f], -order[f]))
        return best if best.endswith(name) else name

    @staticmethod
    @lru_cache(maxsize=4096)  # asked of every speaker, and the same few names again and again
    def is_person(name: str) -> bool:
        """Whether ``name`` looks like a person's name."""
        words = name.split()
        if not words or any(w.casefold() in _ORG_WORDS for w in words):
            return False  # the names an article gives as organisations all hold such a word
        if not all(_capital(w) or w in ("de", "van", "von", "bin", "al") for w in words):
            return False
        return not (len(words) == 1 and words[0].isupper())  # "NASA", "PG&E" are no people


def canonical(phrase: list[str], names: Names) -> tuple[str, str]:
    """The speaker a noun phrase names, and its kind: ``person``, ``group``
    (an organisation or a described source) or ``pronoun``."""
    words = [_bare(w) for w in phrase if _bare(w)]
    if "(" in words:
        words = words[: words.index("(")]
    for i, w in enumerate(words[2:], 2):
        if w in ("of", "at", "from") and _capital(words[i - 1]) and _capital(words[i - 2]):
            words = words[:i]  # "Robin Biesbroek of the CDF", "Jane Doe of Aberdeenshire"
            break
    while words and words[-1].casefold() in _DETERMINERS:
        words.pop()
    if not words:
        return "", "group"
    if len(words) == 1 and words[0].casefold() in PRONOUNS:
        return words[0].casefold(), "pronoun"
    # a trailing capitalised run after a descriptor or title is the name
    k = len(words)
    while k > 0 and (_capital(words[k - 1]) or words[k - 1] in ("de", "van", "von", "bin", "al")):
        k -= 1
    run = words[k:]
    if run and k > 0 and words[k - 1] in ("for", "of", "on", "at", "in", "de", "du", "des", "der", "di", "von"):
        return " ".join(words), "group"  # "the High Commissioner for Human Rights"
    if run:
        name = strip_titles(run)
        det_only = k == 1 and words[0].casefold() in _DETERMINERS
        if name and ((k > 0 and not det_only) or len(name) < len(run) or k == 0):
            full = " ".join(name)
            if names.is_person(full) or (k > 0 and words[k - 1].casefold().rstrip(".") in TITLES | ROLE_WORDS):
                return names.fullest(full), "person"
            if k == 0 or det_only:
                return " ".join(words), "group"
        if not name:
            return " ".join(words), "group"
    head = words[-1].casefold()
    if words[0].casefold() == "the" and len(words) <= 3:
        named = names.role(head)
        if named is not None:
            return named, "person"
    if words[0].casefold() == "the" and head in ANAPHORIC_ROLES and len(words) <= 4:
        return "the " + head, "role"  # "the singer said": the person the article is about
    return " ".join(words), "group"


# -- cues and subjects -----------------------------------------------------------


@lru_cache(maxsize=8192)
def is_cue(token: str) -> bool:
    """Whether a token is a cue verb (in lower case: "States" is no verb)."""
    bare = token.strip(_OPEN_CHARS + "(")
    return bool(bare) and bare[0].islower() and _word(token) in CUES


def subject_before(toks: list[str], end: int) -> list[str]:
    """The subject noun phrase of the clause that ends at token ``end``
    (exclusive): the clause is cut at ``;``, ``:``, a quotation, "that",
    "who"; within it, comma-separated parts that open with a preposition or
    an adverb ("On Friday,", "for his part,") are skipped."""
    start = end
    relative = False
    while start > 0:
        tok = toks[start - 1]
        word = _word(tok)
        if (
            word == "that"
            and start >= 2
            and start < end
            and not (toks[start - 2] == "," or is_cue(toks[start - 2]))
            and not (_capital(toks[start]) or _word(toks[start]) in _DETERMINERS | PRONOUNS)
        ):
            start -= 1  # a relative "that" ("the company that runs ...") stays in the phrase
            continue
        if word in _SUBORDINATORS and start - 1 > 0 and toks[start - 2] != ",":
            break  # "Audience members laughed when he urged ..."
        if tok in (";", ":", "—", "–", "(", ")") or MASK in tok or word in _CLAUSE_BREAK:
            relative = word in ("who", "which")
            break
        if tok.endswith(("”", '"', "»")) or tok.startswith(("“", '"', "«", "„")):
            break
        start -= 1
    if relative:
        # "Smith, who said ..." and "Smith, who ..., said" -> the phrase before ", who"
        j = start - 1
        while j > 0 and toks[j - 1] == ",":
            j -= 1
        return subject_before(toks, j)[-6:] if j > 0 else []
    parts: list[list[str]] = [[]]
    for tok in toks[start:end]:
        if tok == ",":
            parts.append([])
        else:
            parts[-1].append(tok)
    found = _subject_in_parts(parts)
    if found or end == 0:
        return found
    # "In a post at the time she described ...": the word right before the cue
    last = toks[end - 1]
    if _word(last) in PRONOUNS:
        return [last]
    if _word(last) == "to" and end >= 2 and _capital(toks[end - 2]):
        end -= 1  # "allowed Mosseri to claim that “…”"
    j = end
    while j > start and _capital(toks[j - 1]) and end - j < 5:
        j -= 1
    return toks[j:end]


def _subject_in_parts(parts: list[list[str]]) -> list[str]:
    for pos, part in enumerate(parts):
        if not part:
            continue
        first = _word(part[0])
        if first in ("and", "but", "so", "yet", "or") and len(part) > 1:
            part = part[1:]
            first = _word(part[0])
        if (
            first in _NOT_SUBJECT
            or first.isdigit()
            or (first.endswith("ly") and (len(part) == 1 or not _capital(part[0])))
            or (first.endswith("ing") and len(first) > 4 and first not in ROLE_WORDS)
        ):
            continue
        if not _capital(part[0]) and first not in _DETERMINERS and first not in PRONOUNS and is_cue(part[0]):
            continue
        phrase: list[str] = []
        for tok in part:
            word = _word(tok)
            if phrase and (word in _AFTER_SUBJECT or (word.endswith("ly") and not _capital(tok) and len(word) > 4)):
                break
            if len(phrase) >= 2 and not _capital(tok) and word.endswith(("ed", "ing")) and word not in ROLE_WORDS:
                break  # "the authors of the research published in ..."
            if len(phrase) >= 4 and word in ("inside", "at", "in", "from", "with", "near"):
                break  # "Nisan Ahmado's source inside the camp"
            phrase.append(tok)
        if 0 < len(phrase) <= 12:
            later = [p for p in parts[pos + 1 :] if p]
            if (
                not _capital(phrase[-1])
                and _word(phrase[0]) not in PRONOUNS
                and later
                and len(later[0]) <= 4
                and all(_capital(t) for t in later[0])
            ):
                return later[0]  # "The company that runs the AMAs, Dick Clark Productions, denies"
            return phrase
        return []
    return []


#: Words that end the name after an inverted cue ("said Jane Doe in a statement").
_AFTER_NAME = _words(
    "in on at during after before to while when last this adding noting who which as with from told "
    "am im vor nach en dans lors durante ante nel"
)


def subject_after(toks: list[str], start: int) -> list[str]:
    """The noun phrase after an inverted cue ("said Jane Doe, a spokeswoman")."""
    phrase: list[str] = []
    for tok in toks[start : start + 10]:
        word = _word(tok)
        if tok in (",", ";", ":", "(", "—", "–") or MASK in tok:
            break
        if phrase and word in _AFTER_NAME:
            break
        if not phrase and word in ("in", "on", "at", "to", "later", "earlier", "recently", "afterward", "then"):
            return []
        phrase.append(tok)
        if tok.endswith((".", "!", "?")) and _word(tok) not in ABBREVIATIONS and not re.fullmatch(r"(\w\.)+", tok):
            break
    return phrase


def according_to(toks: list[str], start: int) -> list[str]:
    """The source after "according to" ("according to a statement from the
    ministry" -> "the ministry")."""
    phrase = subject_after(toks, start)
    for i in range(len(phrase) - 1, -1, -1):
        if _word(phrase[i]) in ("from", "by") and i + 1 < len(phrase):
            return phrase[i + 1 :]
    return phrase


def is_named_before(masked: str, open_at: int, sentence_start: int = 0) -> bool:
    """Whether the words right before a quotation, in its sentence, make it a
    name or title ("known as", "titled", "a banner reading", "the term")."""
    toks = words(masked, max(sentence_start, open_at - 60), open_at)
    found: list[str] = []  # the last two words, commas left out
    for tok in reversed(toks):
        if tok != ",":
            found.insert(0, _word(tok))
            if len(found) == 2:
                break
    if not found:
        return False
    last = found[-1]
    if last == "as" and len(found) >= 2 and found[-2] in ("known", "referred", "billed", "described", "styled"):
        return found[-2] != "described"
    if last in ("the", "a", "an", "its", "his", "her", "their") and len(found) >= 2:
        last = found[-2]
    if last in _NAMING_VERBS:
        before = found[-2] if len(found) >= 2 else ""
        prev_tok = toks[-2] if len(toks) >= 2 else ""
        return not (before in PRONOUNS or before in ("which", "what", "who") or _capital(prev_tok.strip("’'s")))
    return last in NAMING


_TITLE_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_TITLE_SMALL = _words("of the a an and in on for to with at by or from")


def looks_like_title(text: str) -> bool:
    """Whether quoted words read as a title or a name ("Pursuing Peace",
    "The Beast") rather than speech."""
    # Read word by word, and stopped at the first that rules a title out (a ninth word, or
    # a content word not capitalised): most quotations are speech, and tell in a word or two.
    content = False
    for n, found in enumerate(_TITLE_WORD.finditer(text)):
        word = found.group()
        if n == 8:
            return False  # titles run to eight words at most
        if word.casefold() not in _TITLE_SMALL:
            if not word[0].isupper():
                return False
            content = True
    return content and not text.rstrip().endswith(("?", "!"))


_CJK_START, _CJK_END = "\u3040", "\u9fff"


def word_count(text: str) -> int:
    """Words in ``text``; for Chinese and Japanese, which put no spaces
    between words, about one word per two characters."""
    words = len(text.split())
    if words <= 2 and any(_CJK_START <= ch <= _CJK_END for ch in text):
        return max(words, len(text) // 2)
    return words


def looks_like_speech(text: str) -> bool:
    """Whether quoted words with no source given read as speech: a full
    sentence of some length, or first and second person."""
    words = text.split()
    if len(words) <= 2 and len(text) >= 6 and any(_CJK_START <= ch <= _CJK_END for ch in text):
        return True  # Chinese, Japanese: no spaces between words
    if len(words) < 5 or looks_like_title(text):
        return False
    lowered = {w.strip(".,;:!?’'").casefold() for w in words}
    personal = bool(lowered & {"i", "we", "you", "my", "our", "me", "us", "i'm", "we're", "i’m", "we’re"})
    return personal or (len(words) >= 8 and text.rstrip()[-1:] in ".!?…") or len(words) >= 12
