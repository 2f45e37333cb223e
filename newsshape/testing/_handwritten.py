"""Hand-written expectations: the looser comparison the project's seeds and
template variants are written for (see :func:`compare_handwritten`)."""

from __future__ import annotations

import re
from typing import Any

from newsshape.model import Article
from newsshape.testing._compare import Difference, _walk, format_differences

#: Runs of whitespace (Unicode's, no-break space included) read as one space.
_SPACE = re.compile(r"\s+")

#: A list bullet at the start of a paragraph or highlight ("- ", "• ", ...);
#: a hand-written expectation leaves bullets out.
_BULLET = re.compile(r"^[\-–•*]\s+")

#: Marks around a quotation or takeaway, left out of hand-written text.
_QUOTE_MARKS = "\"'“”‘’ "

#: A section with this heading is the article's summary box, not body; the
#: expectation's ``sections`` leave it out.
_SUMMARY_HEADING = "Summary"

#: A quotation of at most this many words without a speaker (a quoted name
#: or title) is not reported when the expectation does not list it.
_SHORT_QUOTE_WORDS = 3

#: The keys of a hand-written expectation, in report order.
HANDWRITTEN_FIELDS: tuple[str, ...] = (
    "template",
    "site",
    "title",
    "subtitle",
    "summary",
    "authors",
    "published",
    "dateline",
    "sections",
    "takeaways",
    "highlights",
    "notes",
    "related",
    "image",
    "tags",
    "categories",
    "kind",
    "is_accessible_for_free",
    "quotes",
    "boilerplate",
)

#: The keys of an ``image`` object in a hand-written expectation: the ones it gives are compared.
_IMAGE_KEYS = ("url", "alt", "caption", "credit")


def normalize_space(value: object) -> str | None:
    """``value`` as a string with every run of whitespace one space and the
    ends stripped; ``None`` stays ``None``.

    >>> from newsshape.testing import normalize_space
    >>> normalize_space("Bridge\\u00a0reopens \\n today ")
    'Bridge reopens today'
    """
    if value is None:
        return None
    return _SPACE.sub(" ", str(value)).strip()


def _text(value: object) -> str:
    return normalize_space(value) or ""


def _unbullet(value: object) -> str:
    return _BULLET.sub("", _text(value))


def _quote_key(value: object) -> str:
    # A quotation as compared: no surrounding marks, no trailing comma or stop, any case.
    return _text(value).strip(_QUOTE_MARKS).rstrip(",.").strip().lower()


def _sections(sections: Any, *, from_article: bool) -> list[dict[str, Any]]:
    out = []
    for section in sections:
        heading = normalize_space(section.heading if from_article else section["heading"])
        if from_article and heading == _SUMMARY_HEADING:
            continue
        paragraphs = section.paragraphs if from_article else section["paragraphs"]
        out.append({"heading": heading, "paragraphs": [_unbullet(p) for p in paragraphs]})
    return out


def _related(expected: list[dict[str, Any]], article: Article) -> tuple[list[Any], list[Any]]:
    # A snippet of null accepts any snippet; a url is checked only where given.
    want = []
    for item in expected:
        entry: dict[str, Any] = {"title": normalize_space(item["title"])}
        if item.get("snippet") is not None:
            entry["snippet"] = normalize_space(item["snippet"])
        if "url" in item:
            entry["url"] = item["url"]
        want.append(entry)
    got = []
    for i, link in enumerate(article.related):
        full = {"title": normalize_space(link.title), "snippet": normalize_space(link.snippet), "url": link.url}
        keys = want[i].keys() if i < len(want) else full.keys()
        got.append({k: full[k] for k in keys})
    return want, got


def _image(expected: str | dict[str, Any] | None, article: Article) -> tuple[Any, Any]:
    # null: no lead image; a string: the image's address; an object: the keys it gives.
    image = article.image
    if expected is None or image is None:
        return expected, None if image is None else image.url
    if isinstance(expected, str):
        return expected, image.url
    want = {k: normalize_space(expected[k]) if k != "url" else expected[k] for k in _IMAGE_KEYS if k in expected}
    got = {k: normalize_space(getattr(image, k)) if k != "url" else image.url for k in want}
    return want, got


def _labels(values: Any) -> list[str]:
    # tags and categories: any order, whitespace normalised
    return sorted(_text(v) for v in values)


def _quotes(expected: dict[str, Any], article: Article, out: list[Difference]) -> None:
    gold = {_quote_key(q["text"]): q for q in expected["quotes"]}
    takeaways = {_quote_key(t["text"]) for t in expected.get("takeaways", ())}
    found: dict[str, tuple[int, str | None]] = {}
    for i, quote in enumerate(article.quotes):
        found.setdefault(_quote_key(quote.text), (i, quote.speaker))
    for key, quote in gold.items():
        if quote.get("optional"):
            continue
        if key not in found:
            out.append(Difference("quotes", "missing", quote["text"]))
            continue
        i, speaker = found[key]
        last = quote["speaker"].split()[-1].lower() if quote["speaker"] else None
        if last is not None and not (speaker and last in speaker.lower()):
            out.append(Difference(f"quotes[{i}].speaker", "changed", quote["speaker"], speaker))
    for key, (i, speaker) in found.items():
        if key in gold or key in takeaways or (len(key.split()) <= _SHORT_QUOTE_WORDS and not speaker):
            continue
        out.append(Difference(f"quotes[{i}]", "unexpected", None, {"text": article.quotes[i].text, "speaker": speaker}))


def _boilerplate(expected: list[str], article: Article, out: list[Difference]) -> None:
    body = _text(article.text)
    reported = [_text(b) for b in article.boilerplate]
    for item in expected:
        text = _text(item)
        if text in body:
            out.append(Difference("text", "unexpected", None, item))
        if not any(text in r for r in reported):
            out.append(Difference("boilerplate", "missing", item))


def compare_handwritten(expected: dict[str, Any], article: Article) -> list[Difference]:
    """The differences between a hand-written expectation and an article, in
    the order of :data:`HANDWRITTEN_FIELDS`; only the keys ``expected`` has
    are checked.

    A hand-written expectation says what a reader sees, so it compares
    looser than :func:`compare`:

    * ``template`` is the extractor's name (:attr:`Article.extractor
      <newsshape.Article.extractor>`);
    * strings compare after :func:`normalize_space`; ``authors`` in any
      order; ``published`` is the day (``"YYYY-MM-DD"``) or ``null``;
    * ``sections``, ``highlights``: list bullets ("- ", "• ") left out; a
      section headed "Summary" is the summary box and not listed;
    * ``takeaways``: the text without the quotation marks around it, and its
      attribution;
    * ``related``: titles in order; a ``snippet`` of ``null`` accepts any
      snippet, and a ``url`` is checked only where the expectation gives one;
    * ``image``: ``null`` when the page has no lead image
      (:attr:`Article.image <newsshape.Article.image>`), else its address as
      a string, or an object whose given keys (``url``, ``alt``,
      ``caption``, ``credit``) are compared;
    * ``tags``, ``categories``: the strings in any order;
    * ``kind``, ``is_accessible_for_free``: as they are (``"article"``,
      ``true``, ``null`` ...); leave ``is_accessible_for_free`` out where
      the page does not declare it;
    * ``quotes``: every quotation not marked ``"optional": true`` is found
      (its text compared without surrounding marks, trailing comma or stop,
      in any case) with a speaker whose name holds the expected speaker's
      last word; a quotation the expectation lacks is reported unless it is
      a takeaway, or a speakerless one of three words or fewer (a name or a
      title in quotation marks);
    * ``boilerplate``: none of the strings is in the body text
      (reported at ``text``), and each is in a string of
      :attr:`Article.boilerplate <newsshape.Article.boilerplate>`.

    >>> from newsshape.testing import compare_handwritten
    >>> article = newsshape.parse("The Courier\\nBridge reopens after a year\\n\\n"
    ...     "The old bridge opened again on Monday after a year of repairs to its arches.\\n")
    >>> compare_handwritten({"title": "Bridge  reopens after a year", "authors": [], "published": None}, article)
    []
    """
    out: list[Difference] = []
    for key in HANDWRITTEN_FIELDS:
        if key not in expected:
            continue
        want = expected[key]
        if key == "template":
            _walk(key, want, article.extractor, out)
        elif key in ("site", "title", "subtitle", "summary", "dateline"):
            _walk(key, normalize_space(want), normalize_space(getattr(article, key)), out)
        elif key == "authors":
            _walk(key, sorted(_text(a) for a in want), sorted(_text(a) for a in article.authors), out)
        elif key == "published":
            day = article.published.isoformat()[:10] if article.published else None
            _walk(key, want, day, out)
        elif key == "sections":
            _walk(key, _sections(want, from_article=False), _sections(article.sections, from_article=True), out)
        elif key == "takeaways":
            got = [
                {"text": _text(t.text).strip('"“” '), "attribution": normalize_space(t.attribution)}
                for t in article.takeaways
            ]
            wanted = [
                {"text": normalize_space(t["text"]), "attribution": normalize_space(t["attribution"])} for t in want
            ]
            _walk(key, wanted, got, out)
        elif key == "highlights":
            _walk(key, [normalize_space(h) for h in want], [_unbullet(h) for h in article.highlights], out)
        elif key == "notes":
            got = [{"title": normalize_space(n.title), "text": normalize_space(n.text)} for n in article.notes]
            wanted = [{"title": normalize_space(n["title"]), "text": normalize_space(n["text"])} for n in want]
            _walk(key, wanted, got, out)
        elif key == "related":
            _walk(key, *_related(want, article), out)
        elif key == "image":
            _walk(key, *_image(want, article), out)
        elif key in ("tags", "categories"):
            _walk(key, _labels(want), _labels(getattr(article, key)), out)
        elif key in ("kind", "is_accessible_for_free"):
            _walk(key, want, getattr(article, key), out)
        elif key == "quotes":
            _quotes(expected, article, out)
        else:
            _boilerplate(want, article, out)
    return out


def _field(path: str) -> str:
    return re.split(r"[.\[]", path, maxsplit=1)[0]


def field_problems(article: Article, expected: dict[str, Any]) -> dict[str, str]:
    """:func:`compare_handwritten` as ``{field: what is wrong}``, one entry
    per top-level field that differs (empty when all match): short to assert
    on, as in ``assert field_problems(article, expected) == {}``."""
    grouped: dict[str, list[Difference]] = {}
    for difference in compare_handwritten(expected, article):
        grouped.setdefault(_field(difference.path), []).append(difference)
    return {field: format_differences(diffs) for field, diffs in grouped.items()}
