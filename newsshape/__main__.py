"""``python -m newsshape``: the same as the ``newsshape`` command."""

from __future__ import annotations

import sys

from newsshape.cli import main

if __name__ == "__main__":
    sys.exit(main())
