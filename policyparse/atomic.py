"""Files written whole or not at all: the content goes to NAME.part, which is renamed onto NAME only
when it is complete and removed when it is not, so no reader ever sees half a file under its name."""
from __future__ import annotations

import os
from contextlib import contextmanager
from typing import Iterator


@contextmanager
def replacing(path: str | os.PathLike) -> Iterator[str]:
    """The .part path to write to; renamed onto path when the block ends cleanly, removed otherwise."""
    path = os.fspath(path)
    tmp = path + ".part"
    try:
        yield tmp
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.remove(tmp)


def write_text(path: str | os.PathLike, text: str) -> None:
    with replacing(path) as tmp, open(tmp, "w", encoding="utf-8", newline="") as fh:
        fh.write(text)


def write_bytes(path: str | os.PathLike, data: bytes) -> None:
    with replacing(path) as tmp, open(tmp, "wb") as fh:
        fh.write(data)
