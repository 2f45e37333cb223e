"""The words of the quote pass in the languages of the news beyond English:
one :class:`Language` record per language (German, French, Spanish,
Portuguese, Italian, Dutch, Polish, Czech, Russian), and their unions as the
pass reads them. :mod:`~newsshape.fields._quote_words` holds the English
lists and re-exports these.
"""

from __future__ import annotations


def word_set(text: str) -> frozenset[str]:
    """A word list written as one space-separated string."""
    return frozenset(text.split())


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

    __slots__ = (
        "according",
        "articles",
        "bodies",
        "cues",
        "he",
        "openers",
        "roles",
        "said",
        "she",
        "they",
        "words_before",
    )

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
        #: adverbs and conjunctions that open a sentence before its subject ("Doch Preetz
        #: entschied", "Ahora Bustos dijo"): never the first word of a name
        self.openers = word_set(lists.get("openers", ""))


LANGUAGES: dict[str, Language] = {
    "de": Language(
        openers="doch aber und auch dann danach damals jetzt heute gestern morgen zudem deshalb daher dabei trotzdem "
        "dennoch also immerhin zunächst schließlich später inzwischen nun wenn als weil obwohl dass bis für "
        "durch ohne gegen um seit während wie",
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
        openers="mais puis alors ensuite depuis aujourd'hui hier demain pourtant cependant ainsi quand lorsque si "
        "comme donc enfin désormais selon",
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
        openers="ahora pero luego después antes entonces hoy ayer mañana además también tampoco asimismo mientras "
        "cuando aunque porque pues sin embargo finalmente posteriormente según",
        cues="dijo dice dicen dijeron afirmó afirma afirman declaró declara explicó explica explican aseguró asegura "
        "señaló señala señalaron añadió añade agregó agrega indicó indica indicaron manifestó manifiesta sostuvo "
        "sostiene subrayó subraya destacó destaca insistió comentó comenta expresó opinó opina precisó advirtió "
        "advierte alertó apuntó apunta recordó recuerda reconoció reconoce remarcó remató resaltó resalta detalló "
        "detalla cuestionó escribió escribe sentenció concluyó concluye respondió responde contestó relató relata "
        "narró enfatizó admitió criticó denunció aclaró aclara puntualizó anunció confirmó reiteró planteó informó "
        "informa informaron expresaron",
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
        prepositions="en con para por desde tras sobre ante durante hacia este esta estos estas dentro fuera cerca "
        "frente junto respecto mediante",
    ),
    "pt": Language(
        openers="agora depois antes então hoje ontem amanhã além também quando embora porque porém contudo entretanto "
        "segundo",
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
        openers="ora poi dopo prima allora oggi ieri domani inoltre anche quando mentre perché però tuttavia intanto "
        "secondo",
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
        openers="maar toen daarna nu vandaag gisteren morgen ook wanneer omdat hoewel volgens",
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
        openers="ale potem teraz dziś dzisiaj wczoraj jutro także również gdy kiedy ponieważ chociaż jednak według",
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
        openers="ale potom nyní teď dnes včera zítra také když protože ačkoli však podle",
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
        openers="но потом теперь сейчас сегодня вчера завтра также когда потому однако",
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


#: Adverbs and conjunctions of the other languages that open a sentence before
#: its subject, never a name's first word.
FOREIGN_OPENERS = _union("openers")
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
#: Endings of the plural forms of the cue verbs of :data:`PRO_DROP_CUES`
#: ("indicaron", "dicen", "spiegano", "powiedzieli", "řekli", "сказали"): a
#: plural cue with no subject means "they" (the group last named), not "he".
#: Checked against every singular form in the lists above: none ends so.
PLURAL_CUE_ENDINGS = ("an", "en", "aron", "eron", "ram", "em", "ano", "ono", "li", "ли")


def dropped_subject(cue: str) -> str:
    """The pronoun a cue verb with its subject left out stands for: "they"
    for a plural form, else "he" (the person last named)."""
    return "they" if cue.endswith(PLURAL_CUE_ENDINGS) else "he"


#: French inverted pronouns after a verb ("a-t-il estimé", "ajoute-t-elle").
INVERTED_PRONOUN = ("-t-il", "-t-elle", "-il", "-elle", "-t-ils", "-ils")
#: Endings of German compound role nouns written with a hyphen or joined
#: ("DRK-Generalsekretär", "Linken-Bürgerschaftsabgeordnete",
#: "Tennis-Olympiasieger"): a capitalised word ending so is a role, not a name.
ROLE_ENDINGS = tuple(
    word_set(
        "sekretär führer führerin sieger siegerin abgeordnete abgeordneter sprecher sprecherin präsident "
        "präsidentin chef chefin leiter leiterin minister ministerin trainer trainerin spieler spielerin experte "
        "expertin direktor direktorin vorsitzende vorsitzender politiker politikerin"
    )
)
#: Endings of German common nouns in their plural or genitive forms
#: ("Juristen", "Augen", "Innenministeriums", "Zertifizierungen"): one
#: capitalised word ending so, with no full name ending in it, is a noun.
NOUN_ENDINGS = ("en", "ern", "ums", "ung", "ungen", "heit", "keit", "schaft", "innen", "chen", "ismus")
#: Auxiliaries of other languages that end a subject phrase ("Roman Prymula
#: avait affirmé", "Lucke hat gesagt").
FOREIGN_AUXILIARIES = word_set("avait est était ha había hat hatte ist war habe sind wird")
