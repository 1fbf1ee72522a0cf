"""Reading a file whose size and kind nobody vouches for: regular files only, never more than a limit.

An edition named on the command line, or a record found in the cache folder,
may be a FIFO (opening it for reading would wait for a writer for ever), a
device (``/dev/zero`` never ends) or a file larger than anything worth reading.
``read_regular_file`` opens without blocking, asks the open descriptor what it
is, and reads at most one byte past the limit, so none of them is read at all.
"""

from __future__ import annotations

import os
import stat

_KINDS = (
    (stat.S_ISDIR, "a directory"),
    (stat.S_ISFIFO, "a FIFO"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)
_CHUNK = 1 << 20


class RefusedFile(Exception):
    """A file that opened but is not read: not a regular file, or larger than the limit (``reason`` says which)."""

    def __init__(self, reason: str) -> None:
        """``reason``: one line, e.g. ``"not a regular file (a FIFO)"``."""
        super().__init__(reason)
        self.reason = reason


def open_regular_file(path: str | os.PathLike[str], *, follow_symlinks: bool = True) -> int:
    """A read-only descriptor of the regular file at ``path``, opened without blocking on a FIFO.

    Raises ``RefusedFile`` for anything but a regular file, ``OSError`` when it
    cannot be opened (a symlink, too, when ``follow_symlinks`` is false).
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)
    if not follow_symlinks:
        flags |= getattr(os, "O_NOFOLLOW", 0)
    descriptor = os.open(path, flags)
    try:
        mode = os.fstat(descriptor).st_mode
        if not stat.S_ISREG(mode):
            kind = next((name for test, name in _KINDS if test(mode)), "a special file")
            raise RefusedFile(f"not a regular file ({kind})")
    except BaseException:
        os.close(descriptor)
        raise
    return descriptor


def read_regular_file(path: str | os.PathLike[str], max_bytes: int, *, follow_symlinks: bool = True) -> bytes:
    """The bytes of the regular file at ``path``, refused (``RefusedFile``) past ``max_bytes`` before any is read.

    At most ``max_bytes + 1`` bytes are ever read, so a file that grows while
    it is read is refused too. ``OSError`` when it cannot be opened or read.
    """
    descriptor = open_regular_file(path, follow_symlinks=follow_symlinks)
    try:
        size = os.fstat(descriptor).st_size
        if size > max_bytes:
            raise RefusedFile(f"file too large ({size} bytes > limit {max_bytes})")
        chunks: list[bytes] = []
        remaining = max_bytes + 1
        while remaining > 0:
            chunk = os.read(descriptor, min(remaining, _CHUNK))
            if not chunk:
                break
            chunks.append(chunk)
            remaining -= len(chunk)
    finally:
        os.close(descriptor)
    data = b"".join(chunks)
    if len(data) > max_bytes:
        raise RefusedFile(f"file too large (more than the limit of {max_bytes} bytes)")
    return data
