"""Step 2 of the pipeline: the layout stage gives every block of a
:class:`~newsshape.document.Page` a role (body, heading, title, byline,
related link, boilerplate, ...). The generic layout runs four passes, each in
its own module: furniture, boxes, main content, head."""
