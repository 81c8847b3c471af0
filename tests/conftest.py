from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpora"


@pytest.fixture(scope="session")
def corpus():
    return CORPUS


def writers():
    """corpora/writers.py: the .doc/.wps and .ofd writers the corpus is made with."""
    import sys
    if str(CORPUS) not in sys.path:
        sys.path.insert(0, str(CORPUS))
    import writers as w
    return w
