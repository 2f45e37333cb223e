"""Print pip constraints pinning every declared dependency to its floor.

The runtime dependencies, the ``batch`` and ``dask`` extras and the test
runners of the ``dev`` extra (pytest, hypothesis), each ``name>=X`` as
``name==X``: ``make test-min`` installs them, so the floors pyproject.toml
declares are the versions the test suite has passed with. Dependencies of
these (numpy, pandas, ...) are left to pip, as a user's install would.
"""

from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path

#: The extras whose floors are tested besides the runtime dependencies.
EXTRAS = ("batch", "dask")
#: The dev tools the suite runs with (linters and docs tools are not needed for it).
TEST_TOOLS = ("pytest", "hypothesis")

_REQUIREMENT = re.compile(r"^\s*([A-Za-z0-9_.\-]+)\s*(?:\[[^\]]*\])?\s*>=\s*([0-9][0-9A-Za-z.]*)\s*(?:[;,].*)?$")


def floors(pyproject: Path) -> list[str]:
    project = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]
    extras = project["optional-dependencies"]
    wanted = list(project["dependencies"])
    for extra in EXTRAS:
        wanted += extras[extra]
    wanted += [r for r in extras["dev"] if r.split(">")[0].strip() in TEST_TOOLS]
    pins = []
    for requirement in wanted:
        found = _REQUIREMENT.match(requirement)
        if found is None:
            sys.exit(f"no floor (name>=X) in the requirement {requirement!r}")
        pins.append(f"{found[1]}=={found[2]}")
    return pins


if __name__ == "__main__":
    root = Path(__file__).resolve().parent.parent
    print("\n".join(floors(root / "pyproject.toml")))
