"""The errors the library raises.

Everything raised on bad input or a broken plugin derives from `ThankYouError`,
so an app can catch one class and show its message to a person.
"""

from __future__ import annotations

from collections.abc import Iterable

__all__ = ["InvalidInput", "PluginError", "ThankYouError", "close_matches"]


class ThankYouError(Exception):
    """Base class of every error `thankyou` raises on purpose."""


class InvalidInput(ThankYouError, ValueError):
    """A value handed in by the caller is not accepted.

    ``field`` names the offending field (``"Interview.country"``) so that an
    app can point at the right form input.
    """

    def __init__(self, field: str, message: str) -> None:
        self.field = field
        self.reason = message
        super().__init__(f"{field}: {message}")


class PluginError(ThankYouError):
    """A plugin failed to load, raised inside a hook, or returned the wrong thing."""

    def __init__(self, plugin: str, hook: str | None, message: str) -> None:
        self.plugin = plugin
        self.hook = hook
        where = f"plugin {plugin!r}" + (f" in hook {hook}" if hook else "")
        super().__init__(f"{where}: {message}")


def close_matches(word: str, candidates: Iterable[str], n: int = 3) -> str:
    """Return ``" (did you mean 'a' or 'b'?)"`` or an empty string."""
    import difflib  # only a mistake needs it

    found = difflib.get_close_matches(word, list(candidates), n=n, cutoff=0.6)
    if not found:
        return ""
    quoted = [repr(f) for f in found]
    listed = quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + " or " + quoted[-1]
    return f" (did you mean {listed}?)"
