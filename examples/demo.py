"""Parse every page in ``examples/pages`` and print its structure.

Run it with no arguments (``make demo``)::

    python examples/demo.py
"""

from __future__ import annotations

import shutil
import textwrap
from pathlib import Path

import newsshape

PAGES = Path(__file__).resolve().parent / "pages"
WIDTH = min(shutil.get_terminal_size((100, 20)).columns, 100)


def _short(text: str, width: int = WIDTH - 8) -> str:
    return textwrap.shorten(text, width=width, placeholder=" …")


def show(path: Path) -> None:
    """Print the article parsed from ``path``."""
    source: str | bytes = path.read_bytes() if path.suffix == ".html" else path.read_text(encoding="utf-8")
    article = newsshape.parse(source)
    print("=" * WIDTH)
    print(f"{path.name}  [{article.extractor}]")
    print("=" * WIDTH)
    fields = {
        "site": article.site,
        "title": article.title,
        "subtitle": article.subtitle,
        "summary": article.summary,
        "authors": ", ".join(article.authors) or None,
        "published": article.published.isoformat() if article.published else None,
        "dateline": article.dateline,
        "url": article.url,
    }
    for name, value in fields.items():
        if value:
            print(f"{name:>10}: {_short(value, WIDTH - 12)}")
    for section in article.sections:
        print(f"\n  ## {section.heading}" if section.heading else "")
        for paragraph in section.paragraphs:
            print(textwrap.fill(paragraph, WIDTH, initial_indent="    ", subsequent_indent="    ", max_lines=2,
                                placeholder=" …"))  # fmt: skip
    if article.takeaways:
        print("\n  Takeaways")
        for t in article.takeaways:
            print(f"    “{_short(t.text)}”" + (f"\n        — {t.attribution}" if t.attribution else ""))
    if article.highlights:
        print("\n  Highlights")
        for h in article.highlights:
            print(f"    • {_short(h)}")
    for note in article.notes:
        print(f"\n  Note: {note.title or ''}\n    {_short(note.text)}")
    if article.quotes:
        print("\n  Quotes")
        for q in article.quotes:
            print(f"    {q.speaker or '?'}: “{_short(q.text, WIDTH - 30)}”")
    if article.related:
        print("\n  Related")
        for link in article.related:
            print(f"    - {_short(link.title)}")
            for extra in (link.snippet, link.url):
                if extra:
                    print(f"      {_short(extra, WIDTH - 10)}")
    print(f"\n  Removed as boilerplate: {len(article.boilerplate)} blocks")
    for block in article.boilerplate[:8]:
        print(f"    x {_short(block)}")
    if len(article.boilerplate) > 8:
        print(f"    x … and {len(article.boilerplate) - 8} more")
    print()


def main() -> None:
    """Show every page of the examples folder."""
    for path in sorted(PAGES.iterdir()):
        if path.suffix in (".txt", ".html"):
            show(path)


if __name__ == "__main__":
    main()
