"""The word lists of the quote pass: which words attribute a quotation,
which make it a name or a title, and which start, end or fill the phrase
that names its speaker.

Each list is written as one space-separated string and says what it
decides. Unless its comment says otherwise, a list was tuned on the ``dev``
passages of ``tests/data/quotes`` (real news text annotated by hand) and the
seed pages, and checked on the held-out passages (``benchmarks/quotes.py``).
"""

from __future__ import annotations


def word_set(text: str) -> frozenset[str]:
    """A word list written as one space-separated string."""
    return frozenset(text.split())


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
    "parliament congress senate state states republic"
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
    "am im vor nach en dans lors durante ante nel"
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


# -- other languages -------------------------------------------------------------------
#
# One record per language: its speech verbs, the words after a quotation that
# attribute it on their own ("so Reuter", "aldus Rutte"), "according to", the
# pronouns of the third person, definite articles, role nouns (a person, "el
# científico"), body nouns (an organisation, "la empresa") and the prepositions
# that open no subject. Written from the languages' grammar and checked on the
# ``dev2`` passages of ``tests/data/quotes`` in that language (issue 14); words
# that are also common English words ("on", "die", "as", "de") are left out.


class Language:
    """The words of one language the quote pass reads (see above)."""

    __slots__ = ("according", "articles", "bodies", "cues", "he", "roles", "said", "she", "they", "words_before")

    def __init__(self, **lists: str) -> None:
        empty = frozenset[str]()
        self.cues = word_set(lists.get("cues", ""))  #: speech verbs, every form a report writes
        self.said = word_set(lists.get("said", ""))  #: words right after a quotation that attribute it
        self.according = word_set(lists.get("according", ""))  #: "according to", one word
        self.he = word_set(lists.get("he", ""))  #: pronouns for a man (or of either sex)
        self.she = word_set(lists.get("she", ""))
        self.they = word_set(lists.get("they", ""))
        self.articles = word_set(lists.get("articles", ""))  #: definite articles
        self.roles = word_set(lists.get("roles", ""))  #: nouns for a person by role
        self.bodies = word_set(lists.get("bodies", ""))  #: nouns for an organisation
        #: prepositions, demonstratives and adverbs that open no subject (none that is also an
        #: English word: "a", "we", "no")
        self.words_before = word_set(lists.get("prepositions", "")) or empty


LANGUAGES: dict[str, Language] = {
    "de": Language(
        cues="sagte sagt sagten sagen gesagt erklärte erklärt erklärten betonte betont betonten meinte meint schrieb "
        "schreibt schreiben kommentiert kommentierte ergänzte ergänzt warnte warnt kritisierte kritisiert berichtete "
        "berichtet erzählt erzählte schildert schilderte bestätigte bestätigt antwortete antwortet erläuterte "
        "erläutert unterstrich unterstreicht verkündete fordert forderte mahnte mahnt sagte",
        said="so fügte führt führte teilte räumte stellte",
        according="laut zufolge",
        he="er",
        she="sie",
        articles="der das dem des",
        roles="sprecher sprecherin präsident präsidentin minister ministerin chef chefin direktor direktorin politiker "
        "politikerin experte expertin forscher forscherin trainer spieler vorsitzende kanzler kanzlerin "
        "bürgermeister bürgermeisterin generalsekretär geschäftsführer geschäftsführerin leiter leiterin",
        bodies="unternehmen konzern ministerium verband firma regierung partei",
        prepositions="vor nach bei mit auf laut gegenüber zudem dieser diese dieses",
    ),
    "fr": Language(
        cues="dit déclaré déclare affirmé affirme estimé estime ajouté ajoute expliqué explique souligné souligne "
        "indiqué indique précisé précise assuré assure confié confie raconté raconte rappelé rappelle insisté "
        "martelé martèle poursuivi poursuit conclu conclut répondu répond écrit relevé relève observé observe "
        "reconnu reconnaît admis avoué regretté regrette dénoncé dénonce prévenu prévient averti avertit réagi "
        "commenté commente tranché tranche résumé résume lancé",
        according="selon",
        he="il",
        she="elle",
        they="ils elles",
        articles="le la les",
        roles="président présidente ministre porte-parole secrétaire directeur directrice chercheur chercheuse "
        "scientifique toxicologue expert experte maire sénateur député avocat entraîneur joueur dirigeant",
        bodies="agence entreprise société ministère gouvernement association groupe organisation",
        prepositions="à au aux dans lors pour avec sur en ce cette ces alors",
    ),
    "es": Language(
        cues="dijo dice dicen dijeron afirmó afirma afirman declaró declara explicó explica explican aseguró asegura "
        "señaló señala señalaron añadió añade agregó agrega indicó indica indicaron manifestó manifiesta sostuvo "
        "sostiene subrayó subraya destacó destaca insistió comentó comenta expresó opinó opina precisó advirtió "
        "advierte alertó apuntó apunta recordó recuerda reconoció reconoce remarcó remató resaltó resalta detalló "
        "detalla cuestionó escribió escribe sentenció concluyó concluye respondió responde contestó relató relata "
        "narró enfatizó admitió criticó denunció aclaró aclara puntualizó anunció confirmó reiteró planteó",
        according="según",
        he="él",
        she="ella",
        they="ellos ellas",
        articles="el la los las",
        roles="presidente presidenta ministro ministra portavoz vocero secretario secretaria director directora "
        "científico científica investigador investigadora experto experta periodista alcalde alcaldesa senador "
        "senadora diputado diputada jefe jefa corporado concejal concejala gobernador mandatario religioso "
        "sacerdote médico abogado fiscal juez entrenador técnico jugador meteorólogo glaciólogo",
        bodies="empresa compañía congregación ministerio gobierno agencia organización alcaldía",
        prepositions="en con para por desde tras sobre ante durante hacia este esta estos estas",
    ),
    "pt": Language(
        cues="disse diz dizem afirmou afirma declarou declara explicou explica contou ressaltou ressalta destacou "
        "destaca acrescentou acrescenta comentou comenta garantiu garante avaliou avalia observou observa lembrou "
        "ponderou pondera relatou relata escreveu escreve reiterou reforçou alertou informou salientou sublinhou "
        "defendeu argumentou questionou respondeu concluiu",
        according="segundo conforme",
        he="ele",
        she="ela",
        they="eles elas",
        articles="o os",
        roles="presidente ministro ministra porta-voz secretário secretária diretor diretora senador deputado "
        "governador prefeito especialista pesquisador médico advogado técnico jogador garota familiar",
        bodies="empresa ministério governo agência",
        prepositions="ao em na com para por este esta",
    ),
    "it": Language(
        cues="detto dice dicono dichiarato dichiara spiegato spiega spiegano affermato afferma disse aggiunto "
        "aggiunge sottolineato sottolinea commentato commenta scrive scrivono scritto racconta raccontato precisa "
        "precisato osserva ribadito ribadisce conclude",
        according="secondo",
        he="lui",
        she="lei",
        they="loro",
        articles="il lo gli",
        roles="presidente ministro portavoce direttore direttrice esperto sindaco allenatore",
        bodies="azienda società ministero governo",
        prepositions="nel nella con",
    ),
    "nl": Language(
        cues="zei zegt zeggen verklaarde verklaart stelde stelt vertelde vertelt schreef schrijft benadrukte benadrukt",
        said="aldus voegde legde",
        according="volgens",
        he="hij",
        she="zij",
        articles="het",
        roles="woordvoerder woordvoerster minister premier directeur",
        prepositions="op bij tegen",
    ),
    "pl": Language(
        cues="powiedział powiedziała powiedzieli mówi mówił mówiła stwierdził stwierdziła podkreślił podkreśliła "
        "podkreśla dodał dodała dodaje zaznaczył zaznaczyła zaznacza wyjaśnił wyjaśniła wyjaśnia przyznał "
        "przyznała przyznaje ocenił oceniła ocenia napisał napisała pisze oświadczył oświadczyła przekonywał "
        "przekonuje zauważył zauważa zwraca konkluduje przytoczył twierdzi twierdził uważa poinformował tłumaczy "
        "tłumaczył apeluje",
        according="według",
        she="ona",
        they="oni",
        roles="prezes minister rzecznik rzeczniczka prezydent premier ekspert dyrektor przewodniczący",
        prepositions="w z ze dla przez podczas",
    ),
    "cs": Language(
        cues="řekl řekla řekli uvedl uvedla uvedli uvádí prohlásil prohlásila dodal dodala dodává vysvětlil "
        "vysvětlila vysvětluje zdůraznil zdůraznila zdůrazňuje napsal napsala píše sdělil sdělila míní tvrdí tvrdil "
        "podotkl konstatoval poznamenal upozornil",
        according="podle",
        she="ona",
        they="oni",
        roles="mluvčí ministr ministryně předseda předsedkyně prezident premiér ředitel",
        prepositions="v ve z ze při",
    ),
    "ru": Language(
        cues="сказал сказала сказали заявил заявила заявили отметил отметила отметили добавил добавила подчеркнул "
        "подчеркнула пояснил пояснила написал написала пишет говорит говорил сообщил сообщила считает признался "
        "признал рассказал рассказала ответил ответила уточнил заключил",
        he="он",
        she="она",
        they="они",
        roles="президент министр представитель глава директор",
        prepositions="в во на с со для при",
    ),
}


def _union(field: str) -> frozenset[str]:
    return frozenset().union(*(getattr(lang, field) for lang in LANGUAGES.values()))


#: Speech verbs of the other languages, of every language at once (a page's
#: language is not asked: the forms hardly overlap).
FOREIGN_CUES = _union("cues")
#: Words right after a quotation that attribute it with the name after them
#: ("„…“, so Reuter", "“…”, aldus Rutte"), only there.
SAID_AFTER = _union("said")
#: One-word "according to" ("según el ministerio", "laut Polizei").
ACCORDING = _union("according")
#: Third-person pronouns of the other languages, as the English one they stand for.
FOREIGN_PRONOUNS = (
    dict.fromkeys(_union("he"), "he") | dict.fromkeys(_union("she"), "she") | dict.fromkeys(_union("they"), "they")
)
#: Definite articles of the other languages: "el científico" is the person the
#: article has been about.
FOREIGN_ARTICLES = _union("articles")
#: Role nouns of the other languages, and nouns for an organisation.
FOREIGN_ROLES = _union("roles")
FOREIGN_BODIES = _union("bodies")
#: Prepositions of the other languages: open no subject ("Al respecto,"), and
#: right after a cue verb open no name ("dijo a la red Erbol").
FOREIGN_PREPOSITIONS = _union("words_before")
#: Words right after a cue verb of another language that open no name: its
#: prepositions, and those that are English words too ("dijo a la red Erbol",
#: "sagte am Samstag").
AFTER_FOREIGN_CUE = FOREIGN_PREPOSITIONS | word_set("a al am im no per par pro")
#: Languages that leave out a subject pronoun ("“…”, explica." is "she
#: explains"): a cue verb of theirs with no subject means the person last named.
PRO_DROP_CUES = frozenset().union(*(LANGUAGES[code].cues for code in ("es", "pt", "it", "pl", "cs", "ru")))
#: French inverted pronouns after a verb ("a-t-il estimé", "ajoute-t-elle").
INVERTED_PRONOUN = ("-t-il", "-t-elle", "-il", "-elle", "-t-ils", "-ils")
#: English nouns for an organisation an article has named ("the company said").
BODY_NOUNS = word_set("company group firm organization organisation agency ministry department")

#: Verbs (and participles) that attribute a quotation to the subject of
#: their clause, in every language above.
CUES = (_CUE_VERBS | FOREIGN_CUES | _VERDICT_CUES) - NOT_CUES
#: Words right before a capitalised word that make it a noun, not a name
#: ("seine Knie", "die Hotline", "the Forgetting"): articles, possessives.
NOUN_MARKERS = FOREIGN_ARTICLES | word_set(
    "the a an die ein eine einen einem einer seine ihre sein ihr den un une una uno"
)
#: Relative pronouns of the other languages: "Daniel Duque, quien …, reveló"
#: is "Daniel Duque, who …, revealed".
FOREIGN_RELATIVES = word_set("que qui quien quienes który która które którzy který která které который которая которые")
#: The ending of adverbs in Spanish, Portuguese and Italian ("Finalmente,"):
#: a part opening with one is no subject, as an English "-ly" adverb.
ADVERB_ENDING = "mente"
#: Conjunctions of other languages that open a clause, never a speaker's
#: name ("dass Trochowski es ihm nachmacht").
FOREIGN_CONJUNCTIONS = word_set("dass und oder que qui et che że že что и y e ou")
