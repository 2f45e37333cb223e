"""Make the extractor available when the tests run from a checkout where
the package is not installed (installed, its entry point registers it)."""

from newsshape_lakeside import LakesideLedgerExtractor

import newsshape

if "lakeside_ledger" not in newsshape.available_extractors():
    newsshape.register(LakesideLedgerExtractor)
