"""Quotations and speakers: hand-written cases and the annotated passages.

The passages in ``tests/data/quotes`` are real news text annotated by hand
(quote text, speaker, ``optional`` for short quoted phrases that may or may
not be reported); the expected values were written by reading, not by running
the code.
"""

from __future__ import annotations

import json
import re
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsshape
from newsshape import Quote, Section, find_quotes

# private on purpose (some tests): fast paths of the quotation pass checked against plain readings
# private: the speech test, the name reader and the mark scanner are checked against readings spelled out here
from newsshape.fields import _quote_speech as speech
from newsshape.fields import _quote_text as tx
from newsshape.fields._quote_names import Names
from newsshape.fields._quote_text import words
from newsshape.fields._quote_words import TITLE_SMALL
from newsshape.quotes import quotes_in_sections
from newsshape.text._quotemarks import QUOTE_MARKS, has_mark, may_open, scan

DATA = Path(__file__).parent / "data" / "quotes"


def pairs(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in find_quotes(text)]


# -- marks -------------------------------------------------------------------


def test_curly_quote_with_pronoun_gets_fullest_name() -> None:
    text = (
        "U.S. President Donald Trump spoke to reporters on Friday.\n\n"
        "“I think it will work out,” he said. “We’ll see.”\n\n"
        "Trump later left for Ohio, where “the crowds were great,” he said."
    )
    assert pairs(text) == [
        ("I think it will work out", "Donald Trump"),
        ("We’ll see.", "Donald Trump"),
        ("the crowds were great", "Donald Trump"),
    ]


def test_straight_marks_and_inverted_cue() -> None:
    text = '"We are not going anywhere," said Maria Lopez, a nurse at the hospital.'
    assert pairs(text) == [("We are not going anywhere", "Maria Lopez")]
    assert find_quotes(text)[0].cue == "said"


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("« Nous allons reconstruire », a déclaré Jean Dupont, le maire de la ville.", "Nous allons reconstruire"),
        ("„Wir schaffen das“, sagte Angela Merkel am Montag in Berlin vor der Presse.", "Wir schaffen das"),
        ("「私たちは前に進む」と田中氏は述べた。今後も交渉を続けるという考えを示した。", "私たちは前に進む"),
        (
            "»Das ist ein guter Tag für uns alle«, sagte der Sprecher der Regierung.",
            "Das ist ein guter Tag für uns alle",
        ),
    ],
)
def test_other_languages_marks(text: str, quoted: str) -> None:
    texts = [q.text for q in quotes_in_sections([Section(None, (text,))])]
    assert texts == [quoted] or [t for t in texts if t == quoted]  # found, whoever the speaker


def test_guillemets_with_french_cue_keep_offsets() -> None:
    text = "« Nous allons reconstruire la ville ensemble », a déclaré le maire de Lyon."
    quote = find_quotes(text)[0]
    assert quote.text == "Nous allons reconstruire la ville ensemble"
    assert text[quote.start : quote.end].strip() == quote.text


def test_split_quotation_gives_both_parts_the_speaker() -> None:
    text = "Jane Doe runs the food bank.\n\n“The shelves are empty,” Doe said, “and the winter has not even started.”"
    assert pairs(text) == [
        ("The shelves are empty", "Jane Doe"),
        ("and the winter has not even started.", "Jane Doe"),
    ]


def test_multi_paragraph_quotation_is_one_quote() -> None:
    text = (
        "Coach Ann Lee said after the game:\n\n"
        "“We played well in the first half and then we stopped running.\n\n"
        "“The second half is on me, and we will fix it before Sunday.”\n\n"
        "The team travels to Denver next."
    )
    quotes = find_quotes(text)
    assert len(quotes) == 1
    q = quotes[0]
    assert q.text == (
        "We played well in the first half and then we stopped running. "
        "The second half is on me, and we will fix it before Sunday."
    )
    assert q.speaker == "Ann Lee"
    assert (q.paragraph, q.start) == (1, 1)
    last = "“The second half is on me, and we will fix it before Sunday.”"
    assert q.end == len(last) - 1


def test_nested_quotation_stays_inside_the_outer_one() -> None:
    text = "“He told me ‘don’t worry’ and walked out,” said Tom Baker, a witness."
    assert pairs(text) == [("He told me ‘don’t worry’ and walked out", "Tom Baker")]


def test_typewriter_double_apostrophe_closes_a_quotation() -> None:
    text = "“It was an attempt to mislead voters,’’ Will Moy told the BBC."
    assert pairs(text) == [("It was an attempt to mislead voters", "Will Moy")]


def test_offsets_point_at_the_quoted_text() -> None:
    text = "Officials met on Monday. “We need more time to finish the review,” the minister said."
    q = find_quotes(text)[0]
    assert text[q.start : q.end].rstrip(",") == q.text
    assert (q.section, q.paragraph) == (0, 0)


# -- speakers ----------------------------------------------------------------


def test_according_to() -> None:
    text = "The plant will close in March, “with no plan for the workers,” according to the union."
    assert pairs(text) == [("with no plan for the workers", "the union")]


def test_role_noun_resolves_to_the_named_person() -> None:
    text = (
        "Pentagon spokesman Jonathan Hoffman briefed reporters on Monday.\n\n"
        "“The review is under way and will take weeks,” the spokesman said."
    )
    assert pairs(text) == [("The review is under way and will take weeks", "Jonathan Hoffman")]


def test_descriptive_source_is_kept_as_written() -> None:
    text = "A Kremlin aide indicated that the leaders would discuss “huge untapped potential” in trade."
    assert pairs(text) == [("huge untapped potential", "A Kremlin aide")]


def test_participle_cue_refers_to_the_subject() -> None:
    text = (
        "Russian President Vladimir Putin issued a warning to Europe, urging it not to "
        "“disrupt this emerging progress through provocation.”"
    )
    assert pairs(text) == [("disrupt this emerging progress through provocation.", "Vladimir Putin")]


def test_told_reporters_cue() -> None:
    text = "Mayor Karen Bass told reporters: “We will rebuild every home that burned.”"
    quotes = find_quotes(text)
    assert [(q.text, q.speaker) for q in quotes] == [("We will rebuild every home that burned.", "Karen Bass")]
    assert quotes[0].cue == "told reporters"


def test_unattributed_paragraph_continues_the_speaker() -> None:
    text = (
        "“I just want to be able to perform my own music,” Taylor Swift said.\n\n"
        "“That's it. I've tried to work this out privately through my team.”"
    )
    assert [s for _, s in pairs(text)] == ["Taylor Swift", "Taylor Swift"]


def test_speech_with_no_source_has_no_speaker() -> None:
    text = "A sign on the door read “We have gone to the river and will be back before dark, do not wait.”"
    # "read" gives the text of a sign, not speech
    assert pairs(text) == []
    text = "One line stood out. “We are never going back to the way things were before the flood.”"
    assert pairs(text) == [("We are never going back to the way things were before the flood.", None)]


# -- not speech --------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Putin rode with Trump in the presidential limousine, known as “The Beast.”",
        "A banner reading “Pursuing Peace” hung in the background as the two sat down.",
        "Readers may want a simple explainer on what “security guarantees” could entail.",
        "The band played “We’re Not Gonna Take It” from the steps of the Statehouse.",
        "Her new album, “Songs of Love and Loss,” comes out in May.",
        "The so-called “reform package” was never put to a vote in the chamber.",
        "Astronauts would be put into “suspended animation” to cross the vastness of space.",
    ],
)
def test_names_titles_and_scare_quotes_are_not_speech(text: str) -> None:
    assert find_quotes(text) == []


# -- the seeds and the annotated passages ---------------------------------------


def test_seed_style_article_quotes() -> None:
    text = (
        "U.S. President Donald Trump met Russian President Vladimir Putin in Anchorage on Friday.\n\n"
        "President Trump described the meeting as “extremely productive,” claiming that “many points” had "
        "been agreed upon. Putin, for his part, expressed optimism that the talks could “pave the way for peace "
        "in Ukraine.”"
    )
    assert pairs(text) == [
        ("extremely productive", "Donald Trump"),
        ("many points", "Donald Trump"),
        ("pave the way for peace in Ukraine.", "Vladimir Putin"),
    ]


def _norm(text: str) -> str:
    return " ".join(text.split()).strip("\"'“”‘’ ").rstrip(",.").strip().lower()


def _score(split: str) -> tuple[float, float, float]:
    found = gold = extra = right = 0
    for path in sorted(DATA.glob("*.json")):
        case = json.loads(path.read_text(encoding="utf8"))
        if case["split"] != split:
            continue
        expected = {_norm(q["text"]): q for q in case["quotes"]}
        predicted: dict[str, str | None] = {}
        for q in find_quotes(case["text"]):
            predicted.setdefault(_norm(q.text), q.speaker)
        for text, q in expected.items():
            if q.get("optional"):
                continue
            gold += 1
            if text in predicted:
                found += 1
                speaker = predicted[text] or ""
                right += q["speaker"].split()[-1].lower() in speaker.lower()
        extra += sum(1 for t, s in predicted.items() if t not in expected and (len(t.split()) > 3 or s is not None))
    return found / (found + extra), found / gold, right / found


def test_annotated_set_is_large_enough() -> None:
    cases = [json.loads(p.read_text(encoding="utf8")) for p in DATA.glob("*.json")]
    assert len(cases) >= 30
    assert sum(1 for c in cases if c["split"] != "dev") >= 10


@pytest.mark.parametrize("split", ["dev", "heldout1", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6"])
def test_annotated_passages(split: str) -> None:
    precision, recall, speakers = _score(split)
    assert precision >= 0.97
    assert recall >= 0.93
    assert speakers >= 0.90


# -- properties ----------------------------------------------------------------


_PIECES = [*"ab ,.“”\"'‘’«»„:", " said ", " Smith ", " he ", "\n\n", "The ", "We "]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=120).map("".join))
def test_any_text_gives_well_formed_quotes(text: str) -> None:
    paragraphs = [" ".join(p.split()) for p in text.split("\n\n") if p.strip()]
    for q in find_quotes(text):
        assert isinstance(q, Quote)
        assert q.text and q.text == q.text.strip()
        assert 0 <= q.paragraph < len(paragraphs)
        assert 0 <= q.start <= len(paragraphs[q.paragraph])


# -- what the reader remembers ------------------------------------------------
#
# Who "he", "they" or "the spokesman" is, is looked up only when a quotation
# asks, by walking back over what was read; these pin what the walk finds.


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Jane Doe is the mayor of the town.\n\n"
            "WIRED spoke to one mother at the school gates. “We are scared every single day,” she said.",
            "one mother",
        ),
        (
            "WIRED spoke to one mother at the school gates.\n\n"
            "Later, Mayor Jane Doe arrived at the school. “We are doing what we can,” she said.",
            "Jane Doe",
        ),
        (
            "The police arrived at the scene within minutes.\n\n“We are investigating what happened here,” they said.",
            "The police",
        ),
        (
            "Acme Corp. reported its earnings on Monday.\n\n“The quarter was better than we expected,” it said.",
            "Acme Corp.",
        ),
        (
            "The cell, Herbert said, is sensing its surroundings all the time. "
            "“Once it finds food, it moves toward it quickly.”",
            "Herbert",
        ),
    ],
)
def test_pronouns_and_cues_resolve_to_what_was_read_before(text: str, speaker: str) -> None:
    assert [q.speaker for q in find_quotes(text)] == [speaker]


_NAMED = [
    "President Donald Trump met Jane Doe, a spokeswoman for the city, on Monday.",
    "Trump said Doe was right. The spokesman, Tom Lee, disagreed with Mr. Trump’s plan.",
    "Secretary of State Mike Pompeo and Ahmed bin Salman spoke. “Donald Trump’s view is clear,” said Pompeo.",
    "Jane Marie Doe later joined spokesman Tom Lee and Donald J. Trump at the White House.",
    "Maria de la Cruz, the group’s founder, and Cruz’s lawyer, Ann Lee-Smith, left. Lee-Smith said nothing.",
]


def test_names_read_around_each_name_answer_as_a_whole_reading() -> None:
    whole = Names(_NAMED)
    whole._budget = -1  # read every paragraph, as when very many names are asked about
    lazy = Names(_NAMED)
    asked = {w.strip("“”’.,") for p in _NAMED for w in words(p) if w[:1].isupper()} | {"bin", "Smith", "Trump"}
    for word in sorted(asked):
        assert lazy.forms(word) == whole.forms(word), word
        assert lazy.fullest(word) == whole.fullest(word), word
    assert lazy.fullest("Trump") == "Donald Trump"
    assert lazy.forms("Doe") == {"Jane Doe": 1, "Jane Marie Doe": 1}
    for noun in ("spokesman", "spokeswoman", "founder", "president", "lawyer"):
        assert lazy.role(noun) == whole.role(noun), noun
    assert lazy.role("spokeswoman") == "Jane Doe"


def test_paragraphs_with_only_apostrophes_open_no_quotation() -> None:
    assert not may_open("It’s the company’s plan, and Smith's too, for the ’90s.")
    assert scan("It’s the company’s plan, and Smith's too.") == ([], None)
    assert may_open("He called it 'a disgrace'.") and may_open("''Yes,'' he said.") and may_open("«Oui»")


def test_long_runs_of_names_are_fast() -> None:
    start = time.perf_counter()
    quotes = find_quotes("Jane Smith spoke first. " + "Smith " * 100_000 + "\n\n“We will win this fight,” Smith said.")
    many = " ".join(f"Jane {chr(65 + i % 26)}{chr(65 + i // 26 % 26)}x spoke." for i in range(20_000))
    quotes += find_quotes(many + "\n\n“We will win this fight,” she said.")
    assert time.perf_counter() - start < 10.0
    assert [q.speaker for q in quotes] == ["Jane Smith", "Jane FPx"]


def test_long_hostile_input_is_fast() -> None:
    text = "“" * 3000 + " said Smith, " + "”" * 3000 + ' "a" ' * 3000 + " said. " * 3000
    start = time.perf_counter()
    find_quotes(text)
    assert time.perf_counter() - start < 10.0


def test_article_quotes_come_from_the_body() -> None:
    page = (
        "Town council votes to close the library\n\n"
        "The town council voted on Tuesday to close the main library branch by the end of the year, "
        "citing a budget shortfall.\n\n"
        "“We had no other choice this year, and we regret it,” said Mayor Ellen Park after the vote.\n\n"
        "Residents have until Friday to return borrowed books to the branch on Elm Street."
    )
    article = newsshape.parse(page)
    assert [(q.text, q.speaker) for q in article.quotes] == [
        ("We had no other choice this year, and we regret it", "Ellen Park")
    ]
    q = article.quotes[0]
    assert article.sections[q.section].paragraphs[q.paragraph][q.start : q.end].rstrip(",") == q.text


def test_spans_locate_the_quotations_in_their_paragraphs() -> None:
    text = (
        "The mayor, Jane Doe, spoke on Monday. \u201cWe will rebuild,\u201d she said, \u201cand we will do it"
        " together.\u201d\n\n\u201cThe first part of a statement that goes on.\n\n\u201cAnd its second part,\u201d"
        " said spokesman Tom Lee."
    )
    paragraphs = text.split("\n\n")
    quotes = newsshape.find_quotes(text)
    assert [(q.text, q.speaker) for q in quotes] == [
        ("We will rebuild", "Jane Doe"),
        ("and we will do it together.", "Jane Doe"),
        ("The first part of a statement that goes on. And its second part", "Tom Lee"),
    ]
    first, second, multi = quotes
    assert paragraphs[0][first.start : first.end] == "We will rebuild,"
    assert paragraphs[0][second.start : second.end] == "and we will do it together."
    assert (multi.paragraph, multi.start) == (1, 1)
    assert paragraphs[2][: multi.end] == "\u201cAnd its second part,"


# -- fast paths equal the simple reading ------------------------------------------

_NAME_PIECES = [
    f"{w} " for w in ["Jane", "Doe", "Trump", "Donald", "van", "de", "met", "said", "the", "Mr.", "Doe’s", ",", "."]
]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(st.sampled_from(_NAME_PIECES), max_size=30).map("".join), min_size=1, max_size=4))
def test_names_counted_around_each_mention_equal_a_whole_reading(paragraphs: list[str]) -> None:
    # mentions after a word that no name runs on from ("met Doe") are passed over unread
    whole = Names(paragraphs)
    whole._budget = -1
    lazy = Names(paragraphs)
    for last in ("Doe", "Trump", "Jane", "van"):
        assert lazy.forms(last) == whole.forms(last), last


def test_role_nouns_that_are_no_role_words_come_from_appositives_only() -> None:
    paragraphs = [
        "The company, Acme Corp, said it would appeal. The company has 300 workers.",
        "Acme Corp spokesman Tom Lee said the company would not comment.",
    ]
    whole = Names(paragraphs)
    whole._budget = -1
    lazy = Names(paragraphs)
    for noun in ("company", "workers", "spokesman", "appeal"):
        assert lazy.role(noun) == whole.role(noun), noun
    assert lazy.role("company") == "Acme Corp"
    assert lazy.role("workers") is None


_TITLE_PIECES = [
    f"{w} " for w in ["The", "Beast", "of", "the", "war", "We", "will", "win", "123", "—", "Rock’n’Roll"]
] + ["?", "!", " "]


def _looks_like_title_whole(text: str) -> bool:
    """:func:`~newsshape.fields._quote_speech.looks_like_title` reading every word first."""
    words = speech._TITLE_WORD.findall(text)
    if not words or len(words) > 8:
        return False
    content = [w for w in words if w.casefold() not in TITLE_SMALL]
    return bool(content) and all(w[0].isupper() for w in content) and not text.rstrip().endswith(("?", "!"))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_TITLE_PIECES), max_size=14).map("".join))
def test_titles_told_word_by_word_equal_a_reading_of_every_word(text: str) -> None:
    assert speech.looks_like_title(text) == _looks_like_title_whole(text)


@pytest.mark.parametrize(
    "text",
    ["plain text", 'a "quote"', "it's", "café «oui»", "café", "l’été", "naïve — text", "「引用」", "„Ja“", "x‹y›"],
)
def test_marks_are_found_as_a_regex_finds_them(text: str) -> None:
    assert has_mark(text) == bool(re.search(f"[{QUOTE_MARKS}]", text))


_TOKEN_PIECES = [*"ab ,;:()[]—–“”.'’", "\u00a0", "\u2009", "\t", "\n", "\x1c", "\u3000", tx.MASK, "said", "Doe"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_TOKEN_PIECES), max_size=40).map("".join), st.integers(0, 45), st.integers(0, 45))
def test_words_split_as_the_token_regex_finds_them(text: str, start: int, end: int) -> None:
    assert words(text, start, end) == tx._TOKEN.findall(text, start, end)
    assert words(text, start) == tx._TOKEN.findall(text, start)


# -- issue 14: speakers in other languages, and no fragments -------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("« Je n'ai enfreint aucune règle », a déclaré Roman Prymula.", "Roman Prymula"),
        ("Le ministre Roman Prymula parle.\n\n« Je reste, » a-t-il estimé.", "Roman Prymula"),
        ("„Wir bleiben hier“, sagte der Trainer Jan Koch.", "Jan Koch"),
        ("Christian Reuter leitet das DRK.\n\n„Das DRK hilft vor Ort“, so Reuter.", "Christian Reuter"),
        ("“Tenemos muchas dudas”, explica Sergi González.", "Sergi González"),
        ("Sergi González es meteorólogo.\n\n“El aire se enfría con la altura”, detalla.", "Sergi González"),
        (
            "Marcelo Leppe habló ayer.\n\n“El cambio es lento y se mide en décadas”, dijo a la red Erbol.",
            "Marcelo Leppe",
        ),
        (
            "Francisco Navarro es glaciólogo.\n\n“El récord es de hace 37 años”, añade el científico.",
            "Francisco Navarro",
        ),
        ("„Procedury są uciążliwe dla rodziców” – podkreśla Kamil Sikora.", "Kamil Sikora"),
        ('"Решение далось мне очень тяжело", — написал Лукаш Подольски.', "Лукаш Подольски"),
    ],
)
def test_speakers_in_other_languages(text: str, speaker: str) -> None:
    assert [q.speaker for q in find_quotes(text)] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        # a capital that only opens a sentence is no name
        "Forgetting her warning, the masseuse rubbed oil on her face. “One of the most painful things ever,” she says.",
        "Zudem warnt das Unternehmen vor Alleingängen. „Die Höhe der Bußgelder steht außer Verhältnis“, heißt es.",
        "Finalmente, indicaron que “mientras se realiza la investigación, el sacerdote queda suspendido”.",
    ],
)
def test_no_fragment_is_a_speaker(text: str) -> None:
    for q in find_quotes(text):
        assert q.speaker not in ("Forgetting", "Zudem", "Finalmente", "she"), q


def test_a_pronoun_with_words_after_it_is_the_pronoun() -> None:
    text = "Prince Andrew gave an interview.\n\nHe instead told the BBC: “I took the judgement call to go and see him.”"
    assert [q.speaker for q in find_quotes(text)] == ["Andrew"]  # titles are left out of names


def test_the_company_is_the_organisation_named() -> None:
    text = (
        "Acme Corporation reported its results on Tuesday.\n\n"
        "“Without robust restructuring, the businesses will at best break even,” the company said."
    )
    assert [q.speaker for q in find_quotes(text)] == ["Acme Corporation"]


def test_chinese_japanese_arabic_marks_are_found() -> None:
    assert [q.text for q in find_quotes("钟南山院士说：“武汉本来就是一个英雄的城市，武汉肯定能过关。”")] == [
        "武汉本来就是一个英雄的城市，武汉肯定能过关。"
    ]
    assert [q.text for q in find_quotes("首相は「国民の皆様に心からおわび申し上げます」と述べた。")] == [
        "国民の皆様に心からおわび申し上げます"
    ]
    arabic = "نحن ملتزمون بالسلام الدائم في المنطقة كلها ولن نتراجع عن هذا الطريق أبدا مهما حدث"
    assert [q.text for q in find_quotes(f"وقال الوزير: «{arabic}».")] == [arabic]


def test_quotes_are_listed_in_the_markdown_and_text_renderings() -> None:
    from newsshape.model import Article

    article = Article(
        title="Bridge reopens",
        sections=(Section(None, ("Mayor Ana Ruiz cut the ribbon.", "“We kept our word,” she said.")),),
        quotes=(Quote(text="We kept our word", speaker="Ana Ruiz", cue="said", paragraph=1),),
    )
    assert article.to_markdown().endswith("## Quotes\n\n- “We kept our word” — Ana Ruiz\n")
    assert article.to_text().endswith("Quotes\n\n- “We kept our word” — Ana Ruiz\n")
    assert "Quotes" not in Article(title="Bridge reopens").to_text()


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # an acronym written out as the article gives it
        (
            "Subramanian Swamy wrote to the Election Commission.\n\n"
            "“The Commission takes serious exception to the allegations,” the EC told Swamy.",
            "the Election Commission",
        ),
        # an attribution opening with a name and a long appositive
        (
            "“Your economy grinds to a halt,” Kathleen Blanco, the governor of Louisiana when Hurricane Katrina "
            "struck her state in 2005, told The Star-Ledger.",
            "Kathleen Blanco",
        ),
        # a quotation after a colon: the person named before it
        (
            "Mit dabei war auch Stefan Bröckling: „Wir haben Löcher in den Netzen gefunden, sagen wir.“",
            "Stefan Bröckling",
        ),
        # a name in apposition to a role
        (
            "La ministra de la Mujer, Antonia Orellana, se refirió a la denuncia.\n\n"
            "La secretaria de Estado señaló que “espero que la justicia penal sea la que investigue”.",
            "Antonia Orellana",
        ),
    ],
)
def test_speakers_named_the_long_way(text: str, speaker: str) -> None:
    assert [q.speaker for q in find_quotes(text)] == [speaker]


def test_a_place_is_no_speaker() -> None:
    text = (
        "In 2007, she moved to Dublin to work for Microsoft. A year after moving to Dublin, it was always bad.\n\n"
        "Martha Rotter tried many creams. “Nothing worked for me at all,” she says."
    )
    assert [q.speaker for q in find_quotes(text)] == ["Martha Rotter"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an incise between dashes cuts the quotation in two, both parts the incise's speaker's
        (
            "“L’orologio climatico – spiegano gli attivisti – mostra due numeri ogni giorno dell’anno”.",
            [("L’orologio climatico", "gli attivisti"), ("mostra due numeri ogni giorno dell’anno", "gli attivisti")],
        ),
        (
            "« Cette loi est injuste – a déclaré Jean Dupont – et nous la combattrons jusqu’au bout ».",
            [("Cette loi est injuste", "Jean Dupont"), ("et nous la combattrons jusqu’au bout", "Jean Dupont")],
        ),
        # an incise between commas, in French: an inverted pronoun, or a cue verb and its subject
        (
            "Marie Curie parle. « Cette loi, c’est une erreur, affirme-t-elle. Je crois que nous la combattrons. »",
            [("Cette loi, c’est une erreur", "Marie Curie"), ("Je crois que nous la combattrons.", "Marie Curie")],
        ),
        (
            "« Le danger est réel, estime Jean Dupont, mais le risque est faible pour les consommateurs. »",
            [
                ("Le danger est réel", "Jean Dupont"),
                ("mais le risque est faible pour les consommateurs.", "Jean Dupont"),
            ],
        ),
        # English quotations are left whole around "he said"
        (
            "Jane Doe spoke. “We will, she said, rebuild the whole bridge by the end of the spring.”",
            [("We will, she said, rebuild the whole bridge by the end of the spring.", "Jane Doe")],
        ),
        # a dash-pair with no attribution is the speaker's own aside: the quotation stays whole
        (
            "“We will – and I mean it – rebuild the bridge by spring,” said Jane Doe.",
            [("We will – and I mean it – rebuild the bridge by spring", "Jane Doe")],
        ),
    ],
)
def test_incises_cut_a_quotation(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(q.text, q.speaker) for q in find_quotes(text)] == expected


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a sentence's opening adverb is no part of the name after it
        ("Afterwards Penny responds. “I see what you mean now, George, and I am sorry,” she says.", "Penny"),
        (
            "Doch Preetz entschied sich, weiterzumachen. „Ich bin ein Kämpfer und keiner, der wegläuft“, sagte er.",
            "Preetz",
        ),
        (
            "As Montoya-Lewis said of the building: “The first thought I had was that these halls were not for me.”",
            "Montoya-Lewis",
        ),
        # "A través de un comunicado," opens no subject; "la congregación" is the body named before
        (
            "La Compañía de Jesús informó el martes de una investigación. A través de un comunicado, la congregación "
            "señaló que los hechos “habrían ocurrido cuando la denunciante era menor de edad”.",
            "La Compañía de Jesús",
        ),
        # a plural cue with its subject left out is "they": the group named before
        (
            "La Compañía de Jesús informó el martes de una investigación.\n\n"
            "Finalmente, indicaron que “mientras se realiza la investigación, el sacerdote queda suspendido”.",
            "La Compañía de Jesús",
        ),
        # ", que" opens a relative clause: its antecedent speaks
        (
            "El diario se puso en contacto con la Alcaldía de Medellín, que aseguró “no ver irregularidades en el "
            "caso de los buses”.",
            "la Alcaldía de Medellín",
        ),
        # a gerund after a cue verb opens no subject: the person last named speaks
        (
            "Dmitry Muratov habló ayer con los periodistas.\n\n“Oímos que hay que abrir los silos nucleares”, dijo "
            "refiriéndose a las entregas de Estados Unidos.",
            "Dmitry Muratov",
        ),
        # a spaced hyphen opens an attribution; a site's name is a speaker
        (
            '"W każdym razie nasz kraj nie powinien oczekiwać od Polaków niczego dobrego." - konkluduje finobzor.ru.',
            "finobzor.ru",
        ),
    ],
)
def test_speakers_by_grammar_in_the_languages_of_the_news(text: str, speaker: str) -> None:
    assert [q.speaker for q in find_quotes(text)] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "Wenn jemand fragt, sagt er nichts. „Darf ich dich küssen, wenn wir uns wiedersehen?“",
        "“Do I look like I care about any of this at all?” Do I ask myself that every day.",
        "Mit Blick auf die Lage. „Wir haben festgestellt, dass die Netze mehrere große Löcher haben“, hieß es.",
    ],
)
def test_no_opener_is_a_speaker(text: str) -> None:
    for q in find_quotes(text):
        assert q.speaker is None or q.speaker.split()[0] not in ("Wenn", "Do", "Mit", "Blick"), q
