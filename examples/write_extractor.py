"""Write and register a site extractor, then check it with the test kit.

The extractor lives in ``examples/lakeside/`` as a small installable package
(``pip install -e examples/lakeside`` registers it through its entry point).
Here it is imported from the checkout and registered by hand instead.

Run: python examples/write_extractor.py
"""

from __future__ import annotations

import sys
from pathlib import Path

import newsshape
from newsshape.testing import check_case, find_cases, format_differences

LAKESIDE = Path(__file__).parent / "lakeside"
sys.path.insert(0, str(LAKESIDE))

from newsshape_lakeside import LakesideLedgerExtractor  # noqa: E402


def main() -> int:
    """Register the extractor, parse its saved page, check every case."""
    if "lakeside_ledger" not in newsshape.available_extractors():
        newsshape.register(LakesideLedgerExtractor)
    print("extractors:", ", ".join(newsshape.available_extractors()))

    page = (LAKESIDE / "tests" / "pages" / "night-ferry.html").read_bytes()
    article = newsshape.parse(page)  # no URL: the page's template is enough
    print(f"{article.extractor}: {article.title!r} by {' and '.join(article.authors)}, {article.published}")

    failures = 0
    for case in find_cases(LAKESIDE / "tests" / "pages"):
        differences = check_case(case)
        print(format_differences(differences, case.name))
        failures += bool(differences)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
