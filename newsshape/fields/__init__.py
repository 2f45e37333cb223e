"""Step 3 of the pipeline: field values read from a laid-out
:class:`~newsshape.document.Page` and the page's metadata (site, title,
authors, dates, dateline), quotations and their speakers, and the
normalisation of every value into an :class:`~newsshape.Article`."""
