"""Typed reading of a JSON object with its place, for the files the library imports.

The library JSON (services/library_json.py) and Skolverket's syllabus JSON
(services/skolverket.py) read every value through a `JsonObject`, so a wrong value is one
KnownError naming the file and the path to it: `fil.json: frameworks[0].units[2].code`.
Each reader adds what only its format has (numbers and choices, Skolverket's points).
"""

from __future__ import annotations

from datetime import date
from typing import Any, Self

from koll_desktop.errors import KnownError


class JsonObject:
    """One JSON object of a file, and where it is in the file (`place`, '' for the top)."""

    def __init__(self, data: Any, place: str, file: str) -> None:
        self.place, self.file = place, file
        if not isinstance(data, dict):
            raise KnownError("ska vara ett objekt ({...})", place=self.at(""))
        self.data: dict[str, Any] = data

    def place_of(self, key: str) -> str:
        return f"{self.place}.{key}" if self.place else key

    def at(self, key: str) -> str:
        """The place of `key` in a message: 'fil.json: a.b.key' ('fil.json' for the top)."""
        inner = self.place_of(key) if key else self.place
        return f"{self.file}: {inner}" if inner else self.file

    def fail(self, key: str, message: str) -> KnownError:
        return KnownError(message, place=self.at(key))

    def text(self, key: str, *, required: bool = False, default: str = "") -> str:
        """Text, trimmed; a number is taken as its text (an API's integer version)."""
        value = self.data.get(key)
        if value is not None and (not isinstance(value, (str, int, float))
                                  or isinstance(value, bool)):
            raise self.fail(key, "ska vara text")
        text = "" if value is None else self.checked(key, str(value)).strip()
        if not text:
            if required:
                raise self.fail(key, "saknas")
            return default
        return text

    def checked(self, key: str, text: str) -> str:
        """Text that SQLite can store (no lone surrogates from \\ud800-style escapes)."""
        try:
            text.encode("utf-8")
        except UnicodeEncodeError as exc:
            raise self.fail(key, f"innehåller ett ogiltigt tecken (position {exc.start})") \
                from exc
        return text

    def day(self, key: str) -> date | None:
        value = self.text(key)
        if not value:
            return None
        try:
            return date.fromisoformat(value[:10])
        except ValueError as exc:
            raise self.fail(key, f"ska vara ett datum ÅÅÅÅ-MM-DD, inte {value!r}") from exc

    def child(self, key: str) -> Self | None:
        value = self.data.get(key)
        return None if value is None else type(self)(value, self.place_of(key), self.file)

    def values(self, key: str) -> list[tuple[str, Any]]:
        """(place, value) of each element of the list under `key` (none when it is absent)."""
        value = self.data.get(key)
        if value is None:
            return []
        if not isinstance(value, list):
            raise self.fail(key, "ska vara en lista")
        return [(f"{self.place_of(key)}[{i}]", v) for i, v in enumerate(value)]

    def objects(self, key: str) -> list[Self]:
        """The objects of the list under `key`."""
        return [type(self)(v, place, self.file) for place, v in self.values(key)]
