"""One policy for every object that holds a credential: it never leaves the process.

Pickling (and so ``multiprocessing``, ``copy.copy`` through ``__reduce_ex__``, caches that serialise) would write
the secret out; these objects refuse with a TypeError that says what to do instead. ``copy.copy`` and
``copy.deepcopy`` give the object itself: auth objects never change after construction.
"""

from __future__ import annotations

from typing import Any, NoReturn

from cloudprojects._core.redaction import REDACTED


class Unpicklable:
    """Mixin: refuse to pickle; copies are the object itself."""

    __slots__ = ()

    def __reduce_ex__(self, protocol: Any) -> NoReturn:
        raise TypeError(
            f"{type(self).__name__} holds credentials and cannot be pickled;"
            " build a new one from the credentials where it is needed"
        )

    def __copy__(self) -> Any:
        return self

    def __deepcopy__(self, memo: dict[int, Any]) -> Any:
        return self


class SecretText(Unpicklable):
    """A secret string kept out of ``repr``, ``vars()`` and pickles; :meth:`reveal` gives it to the signer."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def reveal(self) -> str:
        """The secret itself, for the one place that puts it on the wire."""
        return self._value

    def __repr__(self) -> str:
        return REDACTED
