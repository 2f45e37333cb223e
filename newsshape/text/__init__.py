"""How text reads, shared by every layer: cleaning lines and telling code
from prose (``_lines``), dates written in text (``_datetext``), people's names
and bylines (``_names``) and quotation marks (``_quotemarks``). The lowest
layer of the package: it imports nothing else of it."""
