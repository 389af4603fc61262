"""The library's own language: labels and reasons in the caller's ``ui_locale``.

Core messages live in the gettext domain ``thankyou`` under
``thankyou/locale/<ll>/LC_MESSAGES/thankyou.mo``; a plugin may declare its own
domain with a `Catalog`. The ``.mo`` files are compiled from the ``.po``
sources when the wheel is built (``hatch_build.py``); in a source checkout a
``.po`` newer than its ``.mo`` is read directly, so an edited translation
shows without a rebuild.

A valid locale without a catalog (``"it"``) reads in English: apps may pass
the user's locale as it is. `ui_locales` lists the languages the core has.

Catalogs are loaded once per (locale, catalogs) and shared between threads;
``babel.support`` is imported on first use, never at ``import thankyou``.
"""

from __future__ import annotations

import datetime
import functools
import io
import os
import re
import threading
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from attrs import field, frozen
from babel import Locale

from . import _coerce
from ._errors import InvalidInput, ThankYouError, close_matches
from ._model import Channel, Reason, Register, Verdict

if TYPE_CHECKING:
    from babel.support import NullTranslations, Translations

__all__ = [
    "DOMAIN",
    "ENGLISH",
    "LOCALE_DIR",
    "N_",
    "Catalog",
    "Messages",
    "label",
    "messages",
    "parse_ui_locale",
    "ui_locales",
]

#: The core's gettext domain; plugins name their own.
DOMAIN = "thankyou"
LOCALE_DIR = Path(__file__).parent / "locale"

_DOMAIN_RE = re.compile(r"[A-Za-z_][A-Za-z0-9_.-]{0,99}")
#: ``{name}`` and nothing else: a translation cannot reach attributes or indexes.
_PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")
#: Between two sentences: an end mark, space, and a capital (not "e.g. the").
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“(])")


def N_(msgid: str) -> str:  # noqa: N802 (the gettext convention)
    """Mark a core message for extraction; it is translated where it is used."""
    return msgid


def pN_(context: str, msgid: str) -> tuple[str, str]:  # noqa: N802
    """Mark a message with a context (``pgettext``) for extraction."""
    return context, msgid


_LABELS: dict[Verdict | Channel | Register, tuple[str, str]] = {
    Verdict.EXPECTED: pN_("verdict", "Expected"),
    Verdict.RECOMMENDED: pN_("verdict", "Recommended"),
    Verdict.OPTIONAL: pN_("verdict", "Optional"),
    Verdict.UNUSUAL: pN_("verdict", "Unusual"),
    Verdict.DO_NOT_SEND: pN_("verdict", "Do not send"),
    Channel.EMAIL: pN_("channel", "Email"),
    Channel.HANDWRITTEN: pN_("channel", "Handwritten card"),
    Channel.LINKEDIN: pN_("channel", "LinkedIn message"),
    Register.FORMAL: pN_("register", "Formal"),
    Register.NEUTRAL: pN_("register", "Neutral"),
    Register.WARM: pN_("register", "Warm"),
}

#: A channel as the object of a sentence ("You chose {chosen}; ...").
_IN_SENTENCE: dict[Channel, tuple[str, str]] = {
    Channel.EMAIL: pN_("channel in a sentence", "email"),
    Channel.HANDWRITTEN: pN_("channel in a sentence", "a handwritten card"),
    Channel.LINKEDIN: pN_("channel in a sentence", "a LinkedIn message"),
}


# --- the plugin side ----------------------------------------------------------


def _catalog_domain(value: object) -> str:
    domain = _coerce.text(value, "Catalog.domain", max_len=100)
    if not _DOMAIN_RE.fullmatch(domain):
        raise InvalidInput(
            "Catalog.domain",
            f"{domain!r} is not a gettext domain; use letters, digits and '_', "
            "like 'thankyou_nursing'",
        )
    if domain == DOMAIN:
        raise InvalidInput(
            "Catalog.domain", f"{DOMAIN!r} is the core's domain; name your plugin's own"
        )
    return domain


def _catalog_directory(value: object) -> Path:
    if not isinstance(value, (str, os.PathLike)) or not str(value).strip():
        raise InvalidInput(
            "Catalog.directory",
            f"expected a path such as Path(__file__).parent / 'locale', got {value!r:.60}",
        )
    path = Path(value)
    if not path.is_absolute():
        raise InvalidInput(
            "Catalog.directory",
            f"{str(path)!r} is relative; give an absolute path such as "
            "Path(__file__).parent / 'locale'",
        )
    return path


@frozen
class Catalog:
    """A gettext domain a plugin ships to translate its reason texts.

    ``directory`` holds ``<ll>/LC_MESSAGES/<domain>.mo`` per language, as
    ``pybabel compile -d <directory> -D <domain>`` writes them. A catalog
    translates the reasons of the plugin that declares it and of the other
    plugins of the same installed distribution, so a package with many
    plugins can share one domain.
    """

    domain: str = field(converter=_catalog_domain)
    directory: Path = field(converter=_catalog_directory)


# --- locales ------------------------------------------------------------------


def ui_locales() -> tuple[str, ...]:
    """The languages the core's messages are translated into, e.g. ``("de", "en", ...)``."""
    if not LOCALE_DIR.is_dir():
        return ()
    return tuple(
        sorted(
            entry.name
            for entry in LOCALE_DIR.iterdir()
            if any((entry / "LC_MESSAGES" / f"{DOMAIN}{ext}").is_file() for ext in (".mo", ".po"))
        )
    )


def parse_ui_locale(value: object) -> Locale | None:
    """``ui_locale`` as given by a caller: None (English), a `Locale`, ``"de"``, ``"pt-BR"``."""
    if value is None or isinstance(value, Locale):
        return value
    if not isinstance(value, str):
        raise InvalidInput("ui_locale", f"expected a locale such as 'de', got {value!r:.60}")
    try:
        return _coerce.locale(value, "ui_locale")
    except InvalidInput:
        from babel.localedata import locale_identifiers

        word = value.strip().replace("-", "_")
        hint = close_matches(word, ui_locales()) or close_matches(word, locale_identifiers())
        raise InvalidInput(
            "ui_locale",
            f"{value!r} is not a known locale{hint}; translated: "
            f"{', '.join(ui_locales())} (any other valid locale reads in English)",
        ) from None


def _candidates(locale: Locale) -> list[str]:
    """Catalog names to try, most specific first: zh_Hant_TW, zh_TW, zh_Hant, zh."""
    names = [str(locale)]
    if locale.script and locale.territory:
        names.append(f"{locale.language}_{locale.territory}")
    if locale.script:
        names.append(f"{locale.language}_{locale.script}")
    names.append(locale.language)
    return list(dict.fromkeys(names))


# --- loading ------------------------------------------------------------------

_lock = threading.Lock()
#: (locale, catalogs) -> the merged translations and the catalogs that failed to load.
_roots: dict[
    tuple[str, tuple[Catalog, ...]], tuple[Translations, tuple[tuple[Catalog, str], ...]]
] = {}


def _read(directory: Path, domain: str, locale: Locale) -> Translations | None:
    """A fresh `Translations` for the best match of ``locale``, or None."""
    from babel.support import Translations

    for name in _candidates(locale):
        base = directory / name / "LC_MESSAGES"
        mo, po = base / f"{domain}.mo", base / f"{domain}.po"
        try:
            if po.is_file() and (not mo.is_file() or po.stat().st_mtime > mo.stat().st_mtime):
                return Translations(_compile(po, domain), domain=domain)
            if mo.is_file():
                with mo.open("rb") as fp:
                    return Translations(fp, domain=domain)
        except Exception as exc:
            raise ThankYouError(f"cannot read the catalog {base / domain}: {exc}") from exc
    return None


def _compile(po: Path, domain: str) -> io.BytesIO:
    """A ``.po`` compiled in memory, as the build hook compiles it to ``.mo``."""
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    with po.open("rb") as fp:
        catalog = read_po(fp, domain=domain, abort_invalid=True)
    buffer = io.BytesIO()
    write_mo(buffer, catalog, use_fuzzy=False)
    buffer.seek(0)
    return buffer


def _empty(locale: Locale) -> Translations:
    """A real, empty catalog to add plugin domains to when the core has no language."""
    from babel.messages.catalog import Catalog as PoCatalog
    from babel.messages.mofile import write_mo
    from babel.support import Translations

    buffer = io.BytesIO()
    write_mo(buffer, PoCatalog(locale=locale, domain=DOMAIN))
    buffer.seek(0)
    return Translations(buffer, domain=DOMAIN)


def _root(
    locale: Locale, catalogs: tuple[Catalog, ...]
) -> tuple[Translations, tuple[tuple[Catalog, str], ...]]:
    """The core catalog with every plugin domain added (`Translations.add`), built once,
    and the plugin catalogs that could not be read (left out, with why)."""
    key = (str(locale), catalogs)
    with _lock:
        found = _roots.get(key)
        if found is not None:
            return found
        # Fresh objects: `add` links and merges them, so they are never shared.
        root = _read(LOCALE_DIR, DOMAIN, locale) or _empty(locale)
        failed: list[tuple[Catalog, str]] = []
        for catalog in catalogs:
            if not catalog.directory.is_dir():
                failed.append(
                    (catalog, f"the catalog directory {str(catalog.directory)!r} is missing")
                )
                continue
            try:
                loaded = _read(catalog.directory, catalog.domain, locale)
            except ThankYouError as exc:
                failed.append((catalog, str(exc)))
                continue
            if loaded is not None:
                root.add(loaded, merge=True)
        _roots[key] = (root, tuple(failed))
        return _roots[key]


# --- translating ----------------------------------------------------------------


#: A value for a ``{name}`` slot: the same in every language, or (here, in English).
Param = str | tuple[str, str]


def _fill(template: str, params: Mapping[str, str]) -> str:
    """Put ``params`` into ``{name}`` slots in one pass; values are never read as templates."""
    return _PLACEHOLDER.sub(lambda m: params.get(m[1], m[0]), template)


def _slots(template: str) -> set[str]:
    return set(_PLACEHOLDER.findall(template))


class Messages:
    """Labels and reason texts in one UI locale; `ENGLISH` when none was asked for.

    ``chains`` maps a plugin to the domains that translate its reasons, in
    order; ``core_plugins`` are the built-ins whose reasons are core messages.
    """

    def __init__(
        self,
        locale: Locale | None,
        root: NullTranslations | None,
        chains: Mapping[str, Sequence[str]] | None = None,
        core_plugins: frozenset[str] = frozenset(),
        failed: tuple[tuple[Catalog, str], ...] = (),
    ) -> None:
        self.locale = locale
        #: Plugin catalogs that could not be read, and why; their reasons stay English.
        self.failed = failed
        self._root = root
        self._chains = chains or {}
        self._core_plugins = core_plugins

    def _has(self, msgid: str) -> bool:
        """Whether the core catalog has ``msgid`` (its translation may read the same)."""
        catalog = getattr(self._root, "_catalog", None)
        return isinstance(catalog, dict) and msgid in catalog

    def gettext(self, msgid: str) -> str:
        return msgid if self._root is None else self._root.ugettext(msgid)

    def pgettext(self, context: str, msgid: str) -> str:
        return msgid if self._root is None else self._root.upgettext(context, msgid)

    def label(self, value: Verdict | Channel | Register) -> str:
        return self.pgettext(*_LABELS[value])

    def in_sentence(self, channel: Channel) -> Param:
        """A channel as the object of a sentence, here and in English."""
        return self.pgettext(*_IN_SENTENCE[channel]), _IN_SENTENCE[channel][1]

    def format(self, msgid: str, params: Mapping[str, Param]) -> tuple[str, str]:
        """A core message with ``{name}`` slots filled, in this locale and in English.

        A message without a translation, or whose translation names other
        slots, is English throughout (never an English sentence with
        translated words in it).
        """
        english = _fill(msgid, {k: v if isinstance(v, str) else v[1] for k, v in params.items()})
        translated = self.gettext(msgid)
        if not self._has(msgid) or _slots(translated) != _slots(msgid):
            return english, english
        here = {k: v if isinstance(v, str) else v[0] for k, v in params.items()}
        return _fill(translated, here), english

    def reason(
        self,
        msgid: str,
        plugin: str,
        weight: float,
        source: str | None,
        stance: Verdict | None,
        about: tuple[str, ...],
        params: Mapping[str, Param] | None = None,
    ) -> Reason:
        """A core `Reason` in this locale, keeping the English text when translated."""
        text, english = self.format(msgid, params or {})
        return Reason(
            text, plugin, weight, source, stance, about, untranslated=_unless(english, text)
        )

    def plugin_text(self, plugin: str, text: str) -> str:
        """A plugin's reason in this locale: its own domains first, then the core's.

        A reason made of sentences a plugin put together is translated
        sentence by sentence when the whole is not in a catalog, but only
        when every sentence is: never half English.
        """
        if self._root is None:
            return text
        found = self._lookup(plugin, text)
        if found is not None:
            return found
        # Sentence boundaries; a run of sentences may be one message, so find
        # a split of the text into translated runs (the longest runs first).
        cuts = [0, *(m.end() for m in _SENTENCE_END.finditer(text)), len(text)]
        if len(cuts) < 3:
            return text
        runs: list[list[str] | None] = [[], *([None] * (len(cuts) - 1))]
        for end in range(1, len(cuts)):
            for start in range(end):
                done = runs[start]
                if done is None:
                    continue
                part = self._lookup(plugin, text[cuts[start] : cuts[end]].strip())
                if part is not None:
                    runs[end] = [*done, part]
                    break
        parts = runs[-1]
        if parts is None:
            return text
        joiner = "" if self.locale is not None and self.locale.language in ("ja", "zh") else " "
        return joiner.join(parts)

    def _lookup(self, plugin: str, text: str) -> str | None:
        root = self._root
        assert root is not None
        if plugin in self._core_plugins:
            found = root.ugettext(text)
            if found != text:
                return found
        for domain in self._chains.get(plugin, ()):
            found = root.udgettext(domain, text)
            if found != text:
                return found
        return None

    def date(self, day: datetime.date) -> Param:
        """A date as this locale writes it (``26.11.2026``); ISO 8601 in English, as
        without a ``ui_locale``."""
        if self.locale is None or self.locale.language == "en":
            return day.isoformat()
        from babel.dates import format_date

        return format_date(day, "medium", locale=self.locale), day.isoformat()

    def holiday(self, country: str, day: datetime.date, english: str) -> Param:
        """A public holiday's name in this locale when the ``holidays`` package has it
        (``Zweiter Weihnachtstag``), else its English name."""
        if self.locale is None or self.locale.language == "en":
            return english
        names = _holiday_names(country, day.year, self.locale.language, self.locale.territory)
        found = names.get(day) if names is not None else None
        return (found, english) if found else english

    def join(self, items: Sequence[Param]) -> Param:
        """``"a, b and c"``, here and in English."""
        from babel.lists import format_list

        english = [v if isinstance(v, str) else v[1] for v in items]
        in_english = format_list(english, locale=_english())
        if self.locale is None:
            # Without a UI locale every item is English already: one list, not two.
            return in_english, in_english
        here = [v if isinstance(v, str) else v[0] for v in items]
        return format_list(here, locale=self.locale), in_english


@functools.cache
def _english() -> Locale:
    """English, parsed once (Babel parses a locale given by name on every call)."""
    return Locale("en")


@functools.lru_cache(maxsize=256)
def _holiday_names(
    country: str, year: int, language: str, territory: str | None
) -> Mapping[datetime.date, str] | None:
    """A country's holidays named in ``language`` (``pt_BR`` before ``pt``), if localized."""
    import warnings

    import holidays

    offered = holidays.list_localized_countries().get(country, [])
    for name in (f"{language}_{territory}", language):
        if name in offered:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                try:
                    return dict(holidays.country_holidays(country, years=year, language=name))
                except (NotImplementedError, KeyError, ValueError):
                    return None
    return None


def _unless(original: str, text: str) -> str | None:
    return None if original == text else original


ENGLISH = Messages(None, None)


def messages(
    ui_locale: object,
    catalogs: Mapping[str, Sequence[Catalog]] | None = None,
    core_plugins: frozenset[str] = frozenset(),
) -> Messages:
    """The `Messages` for ``ui_locale`` given each plugin's catalogs (in lookup order)."""
    locale = parse_ui_locale(ui_locale)
    if locale is None:
        return ENGLISH
    catalogs = catalogs or {}
    every = tuple(dict.fromkeys(c for chain in catalogs.values() for c in chain))
    chains = {
        plugin: tuple(dict.fromkeys(c.domain for c in chain)) for plugin, chain in catalogs.items()
    }
    root, failed = _root(locale, every)
    return Messages(locale, root, chains, core_plugins, failed)


def label(value: Verdict | Channel | Register, ui_locale: object = None) -> str:
    """A verdict, channel or register as a person reads it: ``"Empfohlen"`` for ``"de"``.

    English (``"Recommended"``) when ``ui_locale`` is None or has no catalog.
    """
    if not isinstance(value, (Verdict, Channel, Register)):
        raise InvalidInput(
            "value", f"expected a Verdict, Channel or Register, got {type(value).__name__}"
        )
    return messages(ui_locale).label(value)
