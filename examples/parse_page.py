"""Parse one saved page and print its structure.

Run: python examples/parse_page.py
"""

from __future__ import annotations

from pathlib import Path

import newsshape
from newsshape.cli import main as newsshape_command

PAGE = Path(__file__).parent / "data" / "pages" / "council-budget.html"


def show() -> None:
    """Parse the page with the API and print a few fields."""
    article = newsshape.parse(PAGE.read_bytes(), url="https://courier.example/news/council-budget")
    print("title:     ", article.title)
    print("site:      ", article.site)
    print("authors:   ", ", ".join(article.authors))
    print("published: ", article.published.isoformat() if article.published else None)
    print("extractor: ", article.extractor)
    for section in article.sections:
        print(f"  [{section.heading or '(opening)'}] {len(section.paragraphs)} paragraph(s)")
    print("boilerplate removed:", article.boilerplate)
    print()
    # The same page through the command line: newsshape parse FILE --format markdown
    newsshape_command(["parse", str(PAGE), "--format", "markdown"])


if __name__ == "__main__":
    show()
