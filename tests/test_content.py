"""Main-content extraction: what is body and what is boilerplate, on small
hand-written pages (HTML and text dumps)."""

from __future__ import annotations

import newsshape
from newsshape.document import to_document

P1 = (
    "The city council voted on Tuesday to rebuild the old harbour bridge, ending a debate that had lasted "
    "for more than ten years, and set aside money for the work in next year's budget."
)
P2 = (
    "Engineers said the new bridge would carry trams as well as cars, and that the work, which will close "
    "the crossing for two summers, should be finished before the end of the decade."
)
P3 = (
    "Residents of the northern districts, who have long complained about traffic on the ring road, welcomed "
    "the decision, although some shop owners near the harbour fear a drop in trade."
)
P4 = (
    "The mayor said that the council would publish the plans in full next month, so that everyone could see "
    "them, and that a public meeting would be held before any contract is signed."
)

NAV = (
    "<nav><ul><li><a href='/'>Home</a></li><li><a href='/world'>World</a></li>"
    "<li><a href='/sport'>Sport</a></li></ul></nav>"
)
FOOTER = (
    "<footer><p>Copyright 2024 The Harbour Times. All rights reserved.</p><p><a href='/about'>About us</a></p></footer>"
)


def page(body: str, title: str = "Council votes to rebuild harbour bridge") -> str:
    return f"<html><head><title>{title} - The Harbour Times</title></head><body>{body}</body></html>"


def paragraphs(source: str) -> list[str]:
    return [p for s in newsshape.parse(source).sections for p in s.paragraphs]


# -- HTML ----------------------------------------------------------------------------


def test_story_kept_and_page_furniture_dropped() -> None:
    html = page(
        f"""<header class="site-header"><div class="logo">The Harbour Times</div>{NAV}</header>
        <div class="cookie-banner"><p>We use cookies to improve your experience, and by continuing to browse
        this site you agree to our use of cookies.</p></div>
        <main><article>
          <h1>Council votes to rebuild harbour bridge</h1>
          <div class="share-bar"><a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">Email</a></div>
          <p>{P1}</p><p>{P2}</p>
          <h2>Shops worried</h2>
          <p>{P3}</p><p>{P4}</p>
          <div class="newsletter-signup"><p>Sign up for our morning newsletter, and get the day's most important
          stories from the harbour delivered to your inbox, every day, for free.</p></div>
        </article>
        <section class="comments"><h3>3 comments</h3>
          <div class="comment"><p>Finally! I have been waiting for this for years, and I hope they get on with it
          now, because the old bridge is falling apart.</p></div>
        </section>
        <aside class="related"><h3>More stories</h3><ul>
          <li><a href="/a">Harbour ferry fares to rise in spring</a></li>
          <li><a href="/b">New tram line opens in the east</a></li></ul></aside>
        </main>{FOOTER}"""
    )
    article = newsshape.parse(html)
    assert [s.heading for s in article.sections] == [None, "Shops worried"]
    assert [list(s.paragraphs) for s in article.sections] == [[P1, P2], [P3, P4]]
    for furniture in ("cookies", "Facebook", "newsletter", "Finally!", "ferry fares", "Copyright", "World"):
        assert furniture not in article.text


def test_story_cut_into_boxes_by_an_advert_is_kept_whole() -> None:
    html = page(
        f"""{NAV}<div class="story"><h1>Council votes to rebuild harbour bridge</h1>
        <div class="story-part"><p>{P1}</p><p>{P2}</p></div>
        <div class="ad-slot"><p>Advertisement</p></div>
        <div class="story-part"><p>{P3}</p><p>{P4}</p></div></div>{FOOTER}"""
    )
    assert paragraphs(html) == [P1, P2, P3, P4]


def test_lists_quotes_and_tables_are_kept_in_reading_order() -> None:
    html = page(
        f"""{NAV}<article><h1>Council votes to rebuild harbour bridge</h1><p>{P1}</p>
        <ul><li>Two tram tracks</li><li>Four lanes for cars</li></ul>
        <blockquote><p>"It is the biggest project this city has seen since the war," the mayor said.</p></blockquote>
        <table><tr><th>Year</th><th>Cost</th></tr><tr><td>2025</td><td>40 million</td></tr></table>
        <p>{P2}</p></article>{FOOTER}"""
    )
    assert paragraphs(html) == [
        P1,
        "Two tram tracks",
        "Four lanes for cars",
        '"It is the biggest project this city has seen since the war," the mayor said.',
        "Year",
        "Cost",
        "2025",
        "40 million",
        P2,
    ]


def test_captions_credits_and_link_lists_inside_the_story_are_dropped() -> None:
    html = page(
        f"""{NAV}<article><h1>Council votes to rebuild harbour bridge</h1>
        <figure><img src="bridge.jpg" alt=""><figcaption>The old bridge at dusk. Photo: Jane Doe / Agency
        </figcaption></figure>
        <p>{P1}</p>
        <div class="read-more"><ul><li><a href="/x">Bridge plans, explained</a></li>
        <li><a href="/y">Ten years of debate over the harbour</a></li></ul></div>
        <p>{P2}</p><p>{P3}</p></article>{FOOTER}"""
    )
    assert paragraphs(html) == [P1, P2, P3]


def test_a_misleading_class_name_does_not_hide_the_only_story() -> None:
    html = page(f"""{NAV}<div class="sidebar-widget"><p>{P1}</p><p>{P2}</p><p>{P3}</p></div>{FOOTER}""")
    assert paragraphs(html) == [P1, P2, P3]


def test_language_independent() -> None:
    ja = [
        "市議会は火曜日、古い港の橋を建て替えることを決めた。十年以上続いた議論に終止符が打たれ、来年度の予算に工事費が計上された。",
        "技術者によると、新しい橋には車だけでなく路面電車も通る。工事のため二度の夏の間は通行止めになるが、十年以内に完成する見込みだ。",
        "北部の住民は以前から環状道路の渋滞に不満を訴えており、今回の決定を歓迎した。一方、港の近くの商店主の一部は客足の減少を心配している。",
    ]
    ru = [
        "Городской совет во вторник проголосовал за реконструкцию старого моста в порту, завершив спор, "
        "который длился более десяти лет.",
        "По словам инженеров, по новому мосту будут ходить трамваи и автомобили, а работы, из-за которых "
        "переправа будет закрыта два лета, завершатся до конца десятилетия.",
    ]
    nav = "<nav><ul><li><a href='/'>ホーム</a></li><li><a href='/n'>ニュース</a></li></ul></nav>"
    html_ja = page(nav + "<div>" + "".join(f"<p>{p}</p>" for p in ja) + "</div><footer><p>著作権</p></footer>")
    html_ru = page(nav + "<div>" + "".join(f"<p>{p}</p>" for p in ru) + "</div><footer><p>Все права</p></footer>")
    assert paragraphs(html_ja) == ja
    assert paragraphs(html_ru) == ru


def test_two_line_breaks_end_a_paragraph() -> None:
    doc = to_document(page("<div>First line<br>same paragraph<br><br>Second paragraph</div>"))
    assert [b.text for b in doc.blocks] == ["First line same paragraph", "Second paragraph"]


def test_invisible_markup_gives_no_text() -> None:
    doc = to_document(
        page(
            "<p>Shown</p><p hidden>Hidden attribute</p><p style='display: none'>Hidden style</p>"
            "<script>var x = 'script';</script><style>p {}</style><p aria-hidden='true'>Icon</p>"
        )
    )
    assert [b.text for b in doc.blocks] == ["Shown"]


def test_ruby_readings_are_not_text() -> None:
    """Readings set above the text (``rt``, with ``rp`` fallbacks) would
    double every annotated word."""
    doc = to_document(page("<p><ruby>漢<rp>(</rp><rt>かん</rt><rp>)</rp></ruby><ruby>字<rt>じ</rt></ruby>を読む</p>"))
    assert [b.text for b in doc.blocks] == ["漢字を読む"]


def test_an_article_for_browsers_without_scripts_is_the_story() -> None:
    """Some blogs render the article with scripts and put it in
    ``<noscript>`` for the rest: it is the story."""
    article = newsshape.parse(
        page(
            f"{NAV}<div id='app'></div><noscript><h1>Bridge vote</h1><p>{P1}</p><p>{P2}</p>"
            f"<p>{P3}</p></noscript>{FOOTER}"
        )
    )
    assert [p for s in article.sections for p in s.paragraphs] == [P1, P2, P3]


def test_a_turn_on_javascript_notice_is_not_the_story() -> None:
    notice = "Please enable JavaScript to view the comments."
    article = newsshape.parse(
        page(
            f"{NAV}<article><h1>Bridge vote</h1><p>{P1}</p><p>{P2}</p><noscript><p>{notice}</p></noscript>"
            f"<p>{P3}</p></article>{FOOTER}"
        )
    )
    assert [p for s in article.sections for p in s.paragraphs] == [P1, P2, P3]
    assert notice in article.boilerplate
    # a page rendered by scripts alone: the notice is all there is, and still no story
    app = newsshape.parse(
        page(f"{NAV}<div id='root'></div><noscript>You need to enable JavaScript to run this app.</noscript>")
    )
    assert "JavaScript" not in app.text
    assert "You need to enable JavaScript to run this app." in app.boilerplate
    # the same sentence outside <noscript> is prose like any other
    article = newsshape.parse(page(f"<article><h1>Bridge vote</h1><p>{P1}</p><p>{notice}</p><p>{P2}</p></article>"))
    assert notice in [p for s in article.sections for p in s.paragraphs]


def test_deep_nesting_parses_without_recursion() -> None:
    html = page("<div>" * 5000 + f"<p>{P1}</p>" + "</div>" * 5000)
    assert paragraphs(html) == [P1]


def test_caption_beside_the_story_is_not_body() -> None:
    """A lone paragraph beside the story's box is the story's, unless it
    sits in a box named as furniture: a picture's caption in its own
    column, long enough to read as prose."""
    caption = (
        "The old harbour bridge seen from the northern bank at dusk, a few weeks before the vote on its "
        "future. Photo: Harbour Times"
    )
    lone = "The mayor will present the plans to residents at a public meeting in the town hall next week."
    for box, expected in ((f"<div class='wp-caption'><p class='wp-caption-text'>{caption}</p></div>", []),
                          (f"<p>{lone}</p>", [lone])):  # fmt: skip
        tools = "<div class='tools'>" + "".join(f"<a href='/{n}'>Tool {n}</a> " for n in range(12)) + "</div>"
        html = page(f"<div class='grid'><div class='column'>{box}</div><article>"
                    f"<h1>Council votes to rebuild harbour bridge</h1><p>{P1}</p><p>{P2}</p><p>{P3}</p></article>"
                    f"{tools}</div>")  # fmt: skip
        assert paragraphs(html) == [*expected, P1, P2, P3]


def test_label_of_a_link_list_left_out_is_not_body() -> None:
    """A short line that ends no sentence, right before a list of links the
    story leaves out, is that list's label ("Read also", in any language);
    a short line before the story's own text is kept."""
    links = "".join(f"<li><a href='/story/{n}'>Another story about the bridge, number {n}</a></li>" for n in range(3))
    for label in ("Read also", "Lesen Sie auch", "Veja também:"):
        html = page(f"<article><h1>Council votes to rebuild harbour bridge</h1><p>{P1}</p><p>{P2}</p>"
                    f"<p>{label}</p><ul>{links}</ul><p>{P3}</p><p>In short:</p><p>{P4}</p></article>")  # fmt: skip
        assert paragraphs(html) == [P1, P2, P3, "In short:", P4]
        assert label in newsshape.parse(html).boilerplate


# -- text dumps ------------------------------------------------------------------------


def dump(*lines: str) -> str:
    return "\n".join(lines) + "\n"


MENU = ("The Harbour Times", "Home", "World", "Sport", "Business", "Opinion", "Search")


def test_dump_story_found_among_menus_share_lines_and_comments() -> None:
    text = dump(
        *MENU,
        "",
        "Council votes to rebuild harbour bridge",
        "",
        P1,
        "",
        P2,
        "",
        "Shops worried",
        "",
        P3,
        "",
        P4,
        "",
        "Share this:",
        "Facebook",
        "Twitter",
        "Email",
        "Print",
        "",
        "2 responses",
        "harbourfan says:",
        "May 3, 2024 at 9:12 am",
        "Finally! I have been waiting for this for years, and I hope they get on with it now, because the "
        "old bridge is falling apart.",
        "oldsalt says:",
        "May 3, 2024 at 10:40 am",
        "Another waste of money, as usual, and nobody asked the people who actually live near the harbour.",
        "",
        "About us",
        "Contact",
        "Privacy policy",
    )
    article = newsshape.parse(text)
    assert [s.heading for s in article.sections] == [None, "Shops worried"]
    assert [list(s.paragraphs) for s in article.sections] == [[P1, P2], [P3, P4]]


def test_dump_repeated_notice_is_not_the_story() -> None:
    notice = (
        "This website uses cookies to improve your experience while you navigate through the website, and "
        "some of them are stored in your browser because they are essential for the basic functions."
    )
    text = dump(*MENU, "", "Council votes to rebuild harbour bridge", "", P1, "", P2, "", "Privacy overview", notice,
                "Privacy overview", notice, "Necessary", notice)  # fmt: skip
    assert paragraphs(text) == [P1, P2]


def test_dump_story_printed_twice_is_read_once() -> None:
    """A page that prints the story again (a copy for print, left in the
    markup) repeats all its lines: the first printing is the story, the
    copy is not, and a notice printed twice is still nobody's story."""
    notice = (
        "This website uses cookies to improve your experience while you navigate through the website, and "
        "some of them are stored in your browser because they are essential for the basic functions."
    )
    story = ("Council votes to rebuild harbour bridge", "", P1, "", P2, "", P3, "", P4)
    text = dump(*MENU, "", *story, "", "Share", "Print", "", *story, "", notice, "About us", notice)
    article = newsshape.parse(text)
    assert article.paragraphs == (P1, P2, P3, P4)
    assert notice in article.boilerplate
    # three lines printed twice are a box repeated, not the story: the story is the unique lines
    teasers = (P2, P3, P4)
    text = dump(*MENU, "", "Council votes to rebuild harbour bridge", "", P1, "", "Most read", *teasers, "", *teasers)
    assert newsshape.parse(text).paragraphs == (P1,)


def test_dump_cookie_notice_at_the_end_is_not_the_story() -> None:
    """A consent notice with its settings, printed at the end of the page,
    can hold more prose than a short story: a cluster of lines mostly about
    cookies weighs less; a story that talks about cookies in some
    paragraphs does not."""
    settings = [
        "This website uses cookies to improve your experience while you navigate through the website and "
        f"to understand how you use it; {what} cookies are stored in your browser only with your consent."
        for what in ("necessary", "functional", "analytics", "advertising", "performance", "other")
    ]
    footer = ("About us", "Contact", "Careers", "Terms of use", "Privacy policy")
    text = dump(*MENU, "", "Council votes to rebuild harbour bridge", "", P1, "", P2, "", *footer, "",
                "Privacy overview", *settings, "Accept")  # fmt: skip
    assert paragraphs(text) == [P1, P2]
    cookies = "Bakers said that the cookies sold at the harbour market would cost more once the work begins."
    text = dump(*MENU, "", "Council votes to rebuild harbour bridge", "", P1, "", cookies, "", P2, "", "About us")
    assert paragraphs(text) == [P1, cookies, P2]


LEAD = (
    "After ten years of debate, the harbour bridge will be rebuilt: the council found the money, and the work "
    "starts next spring."
)


def test_lead_in_the_story_header_is_body() -> None:
    # the header, by tag or by name, is furniture elsewhere; a box named as the lead in it is the story's
    inside = page(
        f"""{NAV}<article><header><h1>Council votes to rebuild harbour bridge</h1>
        <p class="lead">{LEAD}</p></header>
        <div class="text"><p>{P1}</p><p>{P2}</p><p>{P3}</p><p>{P4}</p></div></article>{FOOTER}"""
    )
    above = page(
        f"""{NAV}<div class="article-header"><h1>Council votes to rebuild harbour bridge</h1>
        <div class="article-intro"><p>{LEAD}</p></div></div>
        <div class="text"><p>{P1}</p><p>{P2}</p><p>{P3}</p><p>{P4}</p></div>{FOOTER}"""
    )
    assert paragraphs(inside) == [LEAD, P1, P2, P3, P4]
    assert paragraphs(above) == [LEAD, P1, P2, P3, P4]


def test_a_photo_credit_in_a_figure_is_not_body() -> None:
    html = page(
        f"""{NAV}<article><h1>Council votes to rebuild harbour bridge</h1>
        <figure><img src="bridge.jpg" alt=""><div>Jane Doe/Harbour Agency/Getty Images</div></figure>
        <p>{P1}</p><p>{P2}</p><p>{P3}</p></article>{FOOTER}"""
    )
    assert paragraphs(html) == [P1, P2, P3]


def test_a_card_link_gives_its_address_to_the_blocks_inside() -> None:
    doc = to_document(
        "<html><body><a class='card' href='/story-one'><img src='a.jpg'><div><h3>Story one</h3>"
        "<p>Its teaser</p></div></a><p>Text with an <a href='/inline'>inline link</a> in it.</p></body></html>"
    )
    blocks = {b.text: b for b in doc.blocks}
    assert blocks["Story one"].links == (("Story one", "/story-one"),)
    assert blocks["Its teaser"].links == (("Its teaser", "/story-one"),)
    assert blocks["Story one"].link_density == 1.0
    assert blocks["Text with an inline link in it."].links == (("inline link", "/inline"),)


SHARE = "".join(
    f"<li><a href='#'>{name}</a></li>" for name in ("Share", "Tweet", "Mail", "Pin", "Post", "Send", "Copy")
)


def test_a_lead_above_a_long_share_bar_is_body() -> None:
    # share buttons stand between lead and story: lines of a few words and
    # of links do not end the walk up to the title
    html = page(
        f"""{NAV}<div class="story"><header><h1>Council votes to rebuild harbour bridge</h1>
        <div class="meta">By Jane Doe, 12 May</div><p>{LEAD}</p></header>
        <ul class="buttons">{SHARE}</ul>
        <div class="text"><p>{P1}</p><p>{P2}</p><p>{P3}</p><p>{P4}</p></div></div>{FOOTER}"""
    )
    assert paragraphs(html) == [LEAD, P1, P2, P3, P4]


def test_a_lead_in_a_box_with_a_furniture_name_that_holds_the_story_is_body() -> None:
    # Drupal's "node-promoted" holds title, lead and story: its name is no evidence against the lead
    html = page(
        f"""{NAV}<div class="node node-promoted"><h1>Council votes to rebuild harbour bridge</h1>
        <div class="field-intro"><p>Harbour</p><p>{LEAD}</p></div>
        <aside class="gallery"><a href="/g">Photos: the old bridge</a></aside>
        <div class="field-body"><p>{P1}</p><p>{P2}</p><p>{P3}</p><p>{P4}</p></div></div>{FOOTER}"""
    )
    assert paragraphs(html) == [LEAD, P1, P2, P3, P4]


def test_a_linked_logo_heading_does_not_end_the_walk_to_the_lead() -> None:
    html = page(
        f"""{NAV}<div class="top"><h2>Council votes to rebuild harbour bridge</h2><div class="desc"><p>{LEAD}</p></div>
        </div><div class="print-head"><h1><a href="/">The Harbour Times</a></h1><p>Tuesday</p></div>
        <div class="text"><p>{P1}</p><p>{P2}</p><p>{P3}</p><p>{P4}</p></div>{FOOTER}"""
    )
    assert paragraphs(html) == [LEAD, P1, P2, P3, P4]


def test_hidden_on_some_screens_only_is_not_furniture() -> None:
    # "hidden-xs" hides a box on phones only; "field--label-hidden" hides a label in it
    html = page(
        f"""{NAV}<article><h1>Council votes to rebuild harbour bridge</h1>
        <div class="text"><p>{P1}</p><p>{P2}</p></div>
        <div class="field field--label-hidden"><div class="col-md-8 hidden-xs"><p>{P3}</p></div></div>
        <div class="text"><p>{P4}</p></div></article>{FOOTER}"""
    )
    assert paragraphs(html) == [P1, P2, P3, P4]


def test_a_story_told_in_short_lines_outweighs_a_copyright_line() -> None:
    html = page(
        f"""{NAV}<article><h1>Bridge in numbers</h1><h3>Length</h3><p>Four hundred metres.</p>
        <h3>Lanes</h3><p>Two for trams.</p><p>Four for cars.</p><h3>Opening</h3><p>Spring 2030.</p></article>
        <div class="bottom"><p>(c) 2016 - 2024 harbour-times.example</p></div>""",
        title="Bridge in numbers",
    )
    assert paragraphs(html) == ["Four hundred metres.", "Two for trams.", "Four for cars.", "Spring 2030."]


def test_the_notices_of_a_sign_up_form_are_not_the_story() -> None:
    notices = "".join(
        f"<p>{n}</p>"
        for n in (
            "This e-mail address does not seem to be right, as it has to contain an @ sign, a name and a domain.",
            "There is no account with this e-mail address yet, or the password you gave us is not the right one.",
            "Please choose a name that others will see next to your comments, and that is not yet taken.",
        )
    )
    html = page(
        f"""{NAV}<article><h1>Council votes to rebuild harbour bridge</h1>
        <div class="details"><p>By Jane Doe</p><p>{P1}</p><p>12 May 2024</p></div></article>
        <div class="panel"><div class="registry"><form><div class="fields">{notices}</div></form></div></div>"""
    )
    assert paragraphs(html) == [P1]


def test_on_an_endless_page_the_story_is_the_one_under_the_title() -> None:
    # the next story is longer, but the page's title names the first one
    other = " ".join([P2, P3, P4])
    tags = "".join(f"<li><a href='/tag/{t}'>{t}</a></li>" for t in "abcdefghijkl")
    html = page(
        f"""{NAV}<main><div class="scroll"><article class="entry one"><h1>Council votes to rebuild harbour bridge</h1>
        <div class="entry-text"><p>{P1}</p><p>{LEAD}</p></div><ul class="tags">{tags}</ul></article></div>
        <div class="scroll"><article class="entry two"><h1>Tram line to open in the east</h1>
        <div class="entry-text"><p>{other}</p><p>{other}</p><p>{other}</p><p>{other}</p></div></article></div>
        </main>{FOOTER}"""
    )
    assert paragraphs(html) == [P1, LEAD]


def test_a_box_of_prose_after_the_story_goes_on_with_it_but_a_call_to_action_does_not() -> None:
    more = "".join(f"<li><a href='/{i}'>Another story from the harbour, number {i}</a></li>" for i in range(6))
    w1 = "Shop owners near the harbour fear that the works will keep customers away for two summers."
    w2 = "The council said it would help them, but it has not said how, nor how much that would cost."
    html = page(
        f"""{NAV}<div class="page"><div class="col"><h1>Council votes to rebuild harbour bridge</h1>
        <p>{P1}</p><p>{P2}</p><p>{P3}</p><p>{P4}</p></div>
        <div class="box"><h2>Shops worried</h2><div class="text"><p>{w1}</p><p>{w2}</p></div></div>
        <div class="box"><h3>Stay up to date</h3><div class="text"><p>Get the morning briefing, with the day's
        main stories from the harbour, every day in your inbox.</p></div></div><ul class="more">{more}</ul></div>
        {FOOTER}"""
    )
    article = newsshape.parse(html)
    assert [s.heading for s in article.sections] == [None, "Shops worried"]
    assert [list(s.paragraphs) for s in article.sections] == [[P1, P2, P3, P4], [w1, w2]]


def test_table_cells_that_are_links_stay_in_the_story() -> None:
    html = page(
        f"""{NAV}<article><h1>Council votes to rebuild harbour bridge</h1><p>{P1}</p>
        <table><tr><th>Plan</th><th>Document</th></tr>
        <tr><td>Tender</td><td><a href="/tender.pdf">Tender documents</a></td></tr></table>
        <p>{P2}</p></article>{FOOTER}"""
    )
    assert paragraphs(html) == [P1, "Plan", "Document", "Tender", "Tender documents", P2]


def test_a_long_sentence_set_as_a_heading_is_a_paragraph() -> None:
    # the story ends with a call set in <h4>: a sentence, not a section heading
    call = (
        "Send us your drawing of the new bridge before the end of June, and we will print the best ones in the paper."
    )
    html = page(
        f"""{NAV}<article><h1>Council votes to rebuild harbour bridge</h1><p>{P1}</p><p>{P2}</p>
        <blockquote><h4>{call}</h4></blockquote></article>{FOOTER}"""
    )
    article = newsshape.parse(html)
    assert [s.heading for s in article.sections] == [None]
    assert paragraphs(html) == [P1, P2, call]


def test_advertising_labels_between_paragraphs_are_boilerplate() -> None:
    """An ad slot's label ("Anzeige", "- Advertisement -", in the page's
    language) is furniture wherever it stands, even between paragraphs."""
    labels = ("Anzeige", "- Advertisement -", "Publicité", "Story continues below advertisement")
    body = "".join(f"<p>{p}</p><p>{label}</p>" for p, label in zip((P1, P2, P3, P4), labels, strict=True))
    article = newsshape.parse(f"<html><body>{NAV}<article><h1>Bridge</h1>{body}</article>{FOOTER}</body></html>")
    assert article.sections[0].paragraphs == (P1, P2, P3, P4)
    assert set(labels) <= set(article.boilerplate)
