"""The word lists of the quote pass: which words attribute a quotation,
which make it a name or a title, and which start, end or fill the phrase
that names its speaker.

Each list is written as one space-separated string and says what it
decides. Unless its comment says otherwise, a list was tuned on the ``dev``
passages of ``tests/data/quotes`` (real news text annotated by hand) and the
seed pages, and checked on the held-out passages (``benchmarks/quotes.py``).
"""

from __future__ import annotations

from newsshape.fields._quote_languages import (
    ACCORDING,
    AFTER_FOREIGN_CUE,
    FOREIGN_ARTICLES,
    FOREIGN_AUXILIARIES,
    FOREIGN_BODIES,
    FOREIGN_CUES,
    FOREIGN_OPENERS,
    FOREIGN_PREPOSITIONS,
    FOREIGN_PRONOUNS,
    FOREIGN_ROLES,
    INVERTED_PRONOUN,
    LANGUAGES,
    NOUN_ENDINGS,
    PLURAL_CUE_ENDINGS,
    PRO_DROP_CUES,
    ROLE_ENDINGS,
    SAID_AFTER,
    Language,
    dropped_subject,
    word_set,
)

__all__ = [  # the lists of other languages are read from here too
    "ACCORDING",
    "AFTER_FOREIGN_CUE",
    "FOREIGN_ARTICLES",
    "FOREIGN_AUXILIARIES",
    "FOREIGN_BODIES",
    "FOREIGN_CUES",
    "FOREIGN_OPENERS",
    "FOREIGN_PREPOSITIONS",
    "FOREIGN_PRONOUNS",
    "FOREIGN_ROLES",
    "INVERTED_PRONOUN",
    "LANGUAGES",
    "NOUN_ENDINGS",
    "PLURAL_CUE_ENDINGS",
    "PRO_DROP_CUES",
    "ROLE_ENDINGS",
    "SAID_AFTER",
    "Language",
    "dropped_subject",
    "word_set",
]


#: English speech verbs, every form a news report writes: a quotation whose
#: sentence has one is attributed to its subject (or the name after it).
_CUE_VERBS = word_set(
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

#: Forms that are more often nouns than verbs ("his comments", "the United
#: States") and so never count as cues.
NOT_CUES = word_set(
    "state states comments remarks notes claims calls demands signals reports posted promises tweets jokes quips "
    "counters laments pledges vows praises comment remark note call demand signal promise tweet joke quip counter "
    "lament pledge vow praise report express state address post continue"
)

#: Verbs that judge what they quote ("rejected the claims as “false”").
_VERDICT_CUES = word_set(
    "rejected rejects denounced denounces condemned condemns welcomed welcomes decried lauded lectured lecturing"
)


#: Nouns that attribute a quotation to the subject of the sentence
#: ("softened his warnings of “severe consequences”").
NOUN_CUES = word_set(
    "statement statements remarks comments warning warnings words interview testimony speech address tweet "
    "message letter post memo announcement response reply pledge promise vow call appeal plea message"
)

#: Words right before a quotation that make it a name or a title, not speech.
NAMING = word_set(
    "known titled entitled dubbed nicknamed so-called reading read labelled labeled branded named called term "
    "word words phrase slogan hashtag headline motto banner sign caption album song film movie book novel series "
    "show episode podcast play single track poem column article essay report magazine newspaper brand program "
    "programme project operation campaign codenamed code-named alias aka played sang performed starred stars "
    "featuring"
)

#: Naming words that are speech when a person stands right before them
#: ("he called it “a disgrace”" but "a car called “The Beast”").
NAMING_VERBS = word_set("called named dubbed labelled labeled branded")

#: Pronouns that stand for a speaker named before ("he said"): resolved to
#: the person or body last named.
PRONOUNS = word_set("he she they it we i you")

#: Titles stripped from names ("President Donald Trump" -> "Donald Trump").
TITLES = word_set(
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
ROLE_WORDS = word_set(
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
ANAPHORIC_ROLES = word_set(
    "president singer guitarist drummer bassist rapper actor actress coach governor mayor senator minister premier "
    "chancellor king queen prince princess star ceo founder manager player striker quarterback author novelist "
    "musician composer filmmaker pitcher"
)

#: Words that never start a subject noun phrase (prepositions, adverbs,
#: conjunctions opening a sentence or clause).
NOT_SUBJECT = word_set(
    "in on at after before during for with from by since speaking asked meanwhile however still yet also then now "
    "later earlier last this yesterday today tomorrow separately instead moreover furthermore additionally while "
    "when although though as if because despite according about over under into to of back once thus so and but "
    "or nor not never more most some than there here such like unlike even just only indeed overall next first "
    "finally again what how why where whether whose given amid against through throughout without within until "
    "unless upon toward towards across around among between beyond following including regarding"
)

#: Determiners: open a noun phrase (a subject may start with one) and are
#: dropped from the end of a speaker's phrase.
DETERMINERS = word_set("the a an his her their its our my your this that these those one another some")

#: Words that end a subject phrase when they follow it ("Smith also said").
AFTER_SUBJECT = word_set(
    "also then later previously recently again once has had have was were is are will would could can may might "
    "should did does do who which that further earlier repeatedly reportedly publicly privately first finally "
    "himself herself themselves itself simply just not never already still often always"
)

#: Relative words that cut the clause a subject is looked for in.
CLAUSE_BREAK = word_set("that who which whom whose")

#: Conjunctions that open a clause of their own inside a sentence.
SUBORDINATORS = word_set("when while because although though since until unless whereas after before if")

#: Words of organisations' names ("Ministry", "Police"): a name holding one is
#: no person, and no person's full name is counted for it.
ORG_WORDS = word_set(
    "ministry department agency office house kremlin company corporation corp inc ltd llc group party council "
    "committee commission union association bank university institute police government administration court "
    "board team club army navy force forces service services network news times post journal press foundation "
    "organization organisation authority bureau center centre church school hospital fund embassy cabinet "
    "parliament congress senate state states republic "
    # the same words in the other languages of the news
    "ministerio gobierno partido consejo comisión unión estados unidos banco universidad instituto policía "
    "tribunal congreso senado ministère gouvernement parti conseil commission union banque université police "
    "ministerium regierung partei rat kommission bank universität polizei gericht ministério governo "
    "ministero governo partito"
)

#: Lower-case particles inside people's names ("Ursula von der Leyen").
PARTICLES = word_set("de van von der da del bin al la le of")

#: Capitalised words that start no name (a sentence's first word, a weekday,
#: a month): a run of capitals is not read as a name from them.
STOP_CAPS = word_set(
    "the a an but and or so yet in on at as after before when while if though although because since for from "
    "with by to of this that these those it its he she they we i you his her their our my there here what who why "
    "how where which meanwhile however still also then now later earlier last yesterday today monday tuesday "
    "wednesday thursday friday saturday sunday january february march april may june july august september "
    "october november december not no yes one two three i"
)

#: English words that open a sentence or a question before its subject,
#: never a name's first word ("Afterwards Penny responds", "Either Okusan",
#: "Do I", "As Montoya-Lewis said"): dropped from the front of a speaker's
#: phrase. Written from grammar; checked with ``benchmarks/speakers.py`` on
#: the trafilatura-eval and scrapinghub-dev pages.
_ENGLISH_OPENERS = word_set(
    "either neither both afterwards afterward then also still yet however meanwhile later earlier now today yesterday "
    "tomorrow sometimes often perhaps maybe indeed instead besides moreover thus so but and or nor if when while "
    "because although though since until unless after before as like do does did should would could shall might "
    "must is are was were has have had sure actually well oh yes according"
)
#: Words that open a sentence before its subject, in every language read.
OPENERS = _ENGLISH_OPENERS | FOREIGN_OPENERS
#: Openers of other languages that open a clause of its own (a condition, a
#: time, a cause) or a source ("según"): a part of a sentence opening with one
#: holds no subject of the cue verb ("Wenn Gianni fragt, …").
FOREIGN_SUBORDINATORS = word_set(
    "wenn als weil obwohl dass bis für durch ohne gegen um seit während wie quand lorsque si comme selon mientras "
    "cuando aunque porque según quando embora segundo mentre perché secondo wanneer omdat hoewel volgens gdy kiedy "
    "ponieważ chociaż według když protože ačkoli podle когда потому"
)
#: Openers dropped from the front of a part of a sentence, the subject
#: following them ("Doch Preetz entschied", "Afterwards Penny responds").
LEADING_ADVERBS = OPENERS - NOT_SUBJECT - SUBORDINATORS - FOREIGN_SUBORDINATORS
#: "a" and the word after it that open a prepositional phrase in Spanish,
#: Portuguese and Italian ("A través de un comunicado,", "A pesar de",
#: "a la salida"): such a part of a sentence is no subject.
A_LOCUTIONS = word_set("través pesar partir raíz fin juicio finales principios mediados la las los lo su sus")

#: Openers and prepositions of other languages that are also names, or a
#: name's part ("Jack Ma", "Artur Mas", "Na Li"): left out of
#: :data:`STOP_CAPS` (one-letter words too: initials).
_NAME_LIKE = word_set("ma mas pak na si em ale will may per")
STOP_CAPS = STOP_CAPS | frozenset(w for w in OPENERS | FOREIGN_PREPOSITIONS if len(w) > 1 and w not in _NAME_LIKE)

#: Abbreviations whose period ends no sentence ("Mr.", "U.S.", "Jan.").
ABBREVIATIONS = word_set(
    "mr mrs ms dr prof sen rep gov gen lt col sgt capt st jr sr inc co corp ltd no vs etc mt ft u.s u.k u.n e.g "
    "i.e a.m p.m jan feb mar apr jun jul aug sep sept oct nov dec rev messrs fig approx dept est al"
)

#: People an article may quote without naming ("one mother", "a resident").
HUMAN = word_set(
    "mother father woman man girl boy son daughter wife husband parent teacher student resident user source "
    "witness patient victim neighbor neighbour friend nurse farmer worker employee fan customer commenter refugee "
    "survivor shopper voter protester protestor passenger driver"
)

#: A possessive before a cue noun -> the pronoun that speaks ("his claim
#: that “…”" -> "he").
POSSESSIVE_PRONOUNS = {"his": "he", "her": "she", "their": "they", "its": "it"}

#: Words that end the name after an inverted cue ("said Jane Doe in a statement").
AFTER_NAME = word_set(
    "in on at during after before to while when last this adding noting who which as with from told "
    "am im vor nach en dans lors durante ante nel sul sulla sui nella dal dalla sur"
)

#: Small words a title leaves in lower case ("Songs of Love and Loss").
TITLE_SMALL = word_set("of the a an and in on for to with at by or from")

#: Lower-case words a person's name holds between its capitals ("Ahmed bin
#: Salman", "Ursula von der Leyen" reads "von" but not "der").
NAME_LINKS = word_set("de van von bin al")

#: Particles that end no name: dropped from the end of a run of capitals
#: ("... Pompeo of" -> "... Pompeo").
TRAILING_PARTICLES = word_set("of de van von der da del la le")

#: Words after a full name that open the speaker's affiliation, cut off
#: ("Robin Biesbroek of the CDF", "Jane Doe from Aberdeenshire").
AFFILIATION = word_set("of at from")

#: Words before a run of capitals that make the phrase a body's name, not a
#: person's ("the High Commissioner for Human Rights").
BODY_LINKS = word_set("for of on at in de du des der di von")

#: Words right after an inverted cue that open no name ("said in a
#: statement", "said later"): no speaker follows the cue.
NOT_AFTER_CUE = word_set("in on at to later earlier recently afterward then")

#: Words that cut a subject phrase of four words or more ("Nisan Ahmado's
#: source inside the camp").
PLACE_WORDS = word_set("inside at in from with near")

#: Conjunctions dropped from the start of a clause before its subject.
CONJUNCTIONS = word_set("and but so yet or")

#: Auxiliaries before a participle cue of another language ("a déclaré",
#: "ha detto", "hat gesagt"): the cue is the word after.
AUXILIARIES = word_set("a ha hat hatte")

#: Words that, opening the words after a quotation up to a cue verb, rule out
#: reading them as its attribution (a possessive or demonstrative phrase).
NOT_SPEAKER_HEADS = word_set("his her their its my our this that these those")

#: Words before "as" that make the quotation a name ("known as “The Beast”");
#: "described as" is speech.
AS_NAMING = word_set("known referred billed described styled")

#: Determiners that, between a naming word and the quotation, leave it a
#: name ("a banner reading the “…”" reads past them).
NAMING_DETERMINERS = word_set("the a an its his her their")

#: Determiners right before a short quotation that make it a term, not
#: speech ("is the “national team”").
TERM_DETERMINERS = word_set("the a an its their")

#: Relative words before a naming verb that make it speech, as a pronoun or
#: a name does ("the mayor, who called it “a disgrace”").
RELATIVES = word_set("which what who")

#: Verbs of telling: the cue reported takes the word after them ("told
#: reporters").
TELLING = word_set("told tells tell")


#: Verbs (and participles) that attribute a quotation to the subject of
#: their clause, in every language above.
CUES = (_CUE_VERBS | FOREIGN_CUES | _VERDICT_CUES) - NOT_CUES
#: Words right before a capitalised word that make it a noun, not a name
#: ("seine Knie", "die Hotline", "the Forgetting"): articles, possessives.
NOUN_MARKERS = FOREIGN_ARTICLES | word_set(
    "the a an die ein eine einen einem einer seine ihre sein ihr den un une una uno"
)
#: "que" cuts a clause as "that" does ("Alors que …", "dijo que …").
FOREIGN_THAT = "que"
#: Relative pronouns of the other languages: "Daniel Duque, quien …, reveló"
#: is "Daniel Duque, who …, revealed".
FOREIGN_RELATIVES = word_set("qui quien quienes który która które którzy který která které который которая которые")
#: The ending of adverbs in Spanish, Portuguese and Italian ("Finalmente,"):
#: a part opening with one is no subject, as an English "-ly" adverb.
ADVERB_ENDING = "mente"
#: Conjunctions of other languages that open a clause, never a speaker's
#: name ("dass Trochowski es ihm nachmacht").
FOREIGN_CONJUNCTIONS = word_set("dass und oder que qui et che że že что и y e ou")
#: English nouns for an organisation an article has named ("the company said").
BODY_NOUNS = word_set("company group firm organization organisation agency ministry department")
#: Prepositions of place: a full name right after one is a place ("around
#: Central Park"), not a person mentioned.
LOCATIVES = word_set("in at around near into across through toward towards via inside outside")
