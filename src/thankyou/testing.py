"""What a plugin author needs to test a plugin: fixtures, factories, a validator.

Enable it in a plugin's test suite with ``pytest_plugins = ["thankyou.testing"]``
(in ``conftest.py``) to get the ``engine`` fixture. Everything else works
without pytest too: `registered` puts a plugin into an engine for the length
of a ``with`` block, `make_candidate`, `make_interviewer` and `make_interview`
build valid sample inputs that you override field by field, and
`validate_plugin` reads a plugin the way the engine will and explains, in
words, what would go wrong.

pytest is imported only when it is already running, so importing this module
from an app or a script costs nothing extra. (PYTEST_DONT_REWRITE: the module
holds no asserts, so importing it before enabling it as a plugin is fine.)
"""

from __future__ import annotations

import collections.abc
import inspect
import sys
import typing
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import Any, TypeVar
from zoneinfo import ZoneInfo

import attrs
import pluggy

from . import hookspecs
from ._engine import _BUILTINS, ENTRY_POINT_GROUP, Engine, _plugin_name
from ._errors import InvalidInput, close_matches
from ._model import Candidate, Expectation, Interview, Interviewer
from ._phrasebook import Phrasebook

__all__ = [
    "SAMPLE_COUNTRIES",
    "hook_names",
    "make_candidate",
    "make_interview",
    "make_interviewer",
    "registered",
    "validate_plugin",
]

T = TypeVar("T")

#: The countries `validate_plugin` tries when it calls a plugin's hooks, so
#: that a culture plugin for one of them is exercised.
SAMPLE_COUNTRIES = (
    "US",
    "GB",
    "CA",
    "AU",
    "IE",
    "DE",
    "AT",
    "CH",
    "FR",
    "BE",
    "NL",
    "ES",
    "IT",
    "PT",
    "SE",
    "NO",
    "DK",
    "FI",
    "PL",
    "JP",
    "KR",
    "CN",
    "IN",
    "BR",
    "MX",
)

_IMPL_MARKER = "thankyou_impl"


def hook_names() -> tuple[str, ...]:
    """The names of every hook a plugin can implement, sorted."""
    return tuple(sorted(name for name in hookspecs.__all__ if name.startswith("thankyou_")))


# --- factories ----------------------------------------------------------------


def _build(cls: type[T], defaults: dict[str, Any], overrides: dict[str, Any]) -> T:
    fields = [f.name for f in attrs.fields(cls)]  # type: ignore[arg-type]
    for key in overrides:
        if key not in fields:
            raise InvalidInput(
                f"{cls.__name__}.{key}",
                f"no such field{close_matches(key, fields)}; fields: {', '.join(fields)}",
            )
    return cls(**{**defaults, **overrides})


def make_candidate(**overrides: Any) -> Candidate:
    """A valid `Candidate` (Sam Rivera, US English); keywords replace fields."""
    defaults: dict[str, Any] = {
        "name": "Sam Rivera",
        "locale": "en_US",
        "email": "sam.rivera@example.com",
    }
    return _build(Candidate, defaults, overrides)


def make_interviewer(**overrides: Any) -> Interviewer:
    """A valid `Interviewer` (Ms. Dana Whitfield, with an e-mail address)."""
    defaults: dict[str, Any] = {
        "name": "Dana Whitfield",
        "honorific": "ms",
        "job_title": "Director of Development",
        "email": "dana.whitfield@example.org",
        "highlights": ("the spring donor campaign",),
    }
    return _build(Interviewer, defaults, overrides)


def make_interview(**overrides: Any) -> Interview:
    """A valid `Interview`: a first-round, on-site interview on a Wednesday
    afternoon in New York with one interviewer; keywords replace fields.

    ``industry`` is left out by default because only the industries that the
    active plugins declare are accepted; pass your own (``industry="veterinary"``).
    """
    defaults: dict[str, Any] = {
        "company": "Harbor Food Bank",
        "position": "Major Gifts Officer",
        "when": datetime(2026, 11, 18, 15, 30, tzinfo=ZoneInfo("America/New_York")),
        "country": "US",
        "interviewers": (make_interviewer(),),
        "highlights": ("how donor retention is measured",),
    }
    return _build(Interview, defaults, overrides)


# --- registering a plugin for one test ----------------------------------------


@contextmanager
def registered(
    plugin: object, *, name: str | None = None, engine: Engine | None = None
) -> Iterator[Engine]:
    """Yield an engine that has ``plugin`` registered, for the length of a ``with`` block.

    Without ``engine``, the engine holds the built-in plugins and this one, and
    no installed entry point, so a test sees exactly what it registered. With
    ``engine`` (e.g. the ``engine`` fixture), it holds that engine's plugins
    and this one, with the same ``strict`` and ``trace`` settings; the given
    engine itself is never changed, so nothing leaks into the next test.
    ``name`` is the plugin's name in reasons; it defaults to the module's last
    part (``thankyou_veterinary`` for a module of that name).
    """
    plugin_name = name or _plugin_name(plugin)
    plugins: dict[str, object] = {}
    disable: list[str] = []
    strict, trace = True, False
    if engine is not None:
        manager = engine._pm
        plugins = {
            n: p for n, p in manager.list_name_plugin() if n not in _BUILTINS and p is not None
        }
        disable = [n for n in _BUILTINS if not manager.has_plugin(n)]
        strict, trace = engine.strict, engine.trace
    if plugin_name in plugins or plugin_name in _BUILTINS:
        raise InvalidInput(
            "name", f"the engine already has a plugin named {plugin_name!r}; pass another name="
        )
    plugins[plugin_name] = plugin
    yield Engine(
        plugins,
        entry_points=False,
        disable=disable,
        strict=strict,
        trace=trace,
    )


# --- validating a plugin --------------------------------------------------------


def _specs() -> dict[str, Callable[..., Any]]:
    return {name: getattr(hookspecs, name) for name in hook_names()}


def _item_kind(spec: Callable[..., Any]) -> type | None:
    """``Expectation`` for a spec annotated ``-> Iterable[Expectation]``."""
    try:
        returned = typing.get_type_hints(spec).get("return")
    except (NameError, TypeError):
        return None
    if typing.get_origin(returned) is not collections.abc.Iterable:
        return None
    (kind,) = typing.get_args(returned)
    return kind if isinstance(kind, type) else None


def _spec_params(spec: Callable[..., Any]) -> list[str]:
    return list(inspect.signature(spec).parameters)


def _attributes(plugin: object, names: Iterable[str]) -> Iterator[tuple[str, Any]]:
    """(name, value) of each attribute, static and class methods unwrapped, without
    running properties (a plugin under validation is not trusted to be well made)."""
    for attr in names:
        try:
            value = inspect.getattr_static(plugin, attr)
        except AttributeError:
            continue
        if isinstance(value, (staticmethod, classmethod)):
            value = getattr(plugin, attr)
        yield attr, value


def _implementations(plugin: object) -> Iterator[tuple[str, Callable[..., Any], str]]:
    """(attribute name, function, hook it implements) for each marked function."""
    names = (a for a in sorted(dir(plugin)) if not a.startswith("__"))
    for attr, value in _attributes(plugin, names):
        if not callable(value):
            continue
        opts = getattr(value, _IMPL_MARKER, None)
        if opts is None:
            continue
        specname = opts.get("specname") if isinstance(opts, dict) else None
        yield attr, getattr(plugin, attr), specname or attr


def _unmarked(plugin: object) -> Iterator[str]:
    """Functions named like a hook but not marked ``@hookimpl``: pluggy ignores them."""
    names = (
        a for a in sorted(dir(plugin)) if a.startswith("thankyou_") and not a.endswith("_impl")
    )
    for attr, value in _attributes(plugin, names):
        if inspect.isfunction(value) and getattr(value, _IMPL_MARKER, None) is None:
            yield attr


def _samples(industries: Iterable[str]) -> dict[str, list[object]]:
    interviews: list[object] = [
        make_interview(country=country, industry=industry)
        for industry in (None, *industries)
        for country in SAMPLE_COUNTRIES
    ]
    return {"interview": interviews, "candidate": [make_candidate()]}


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _check_items(
    hook: str, returned: object, kind: type | None, where: str, problems: list[str]
) -> list[object]:
    if returned is None:
        return []
    if isinstance(returned, (str, bytes)) or not isinstance(returned, Iterable):
        expected = f"a list of {kind.__name__}" if kind else "a list"
        problems.append(
            f"{hook} returned a {type(returned).__name__} {where}; it must return {expected} "
            f"(an empty list when it has nothing to say)"
        )
        return []
    items = list(returned)
    if kind is not None:
        for item in items:
            if not isinstance(item, kind):
                problems.append(
                    f"{hook} returned a {type(item).__name__} in its list {where}; "
                    f"every item must be a thankyou.{kind.__name__}"
                )
                return []
    for item in items:
        if isinstance(item, Expectation) and not item.source:
            problems.append(
                f"{hook} returned an Expectation with no source ({_short(item.reason)!r}); "
                f"say where the fact comes from in source=, and give weakly sourced facts "
                f"a low weight"
            )
        elif isinstance(item, Phrasebook) and not item.source:
            problems.append(
                f"{hook} returned a Phrasebook for {item.locale} with no source; say who "
                f"wrote or checked the phrasing and the conventions it follows in source="
            )
    return items


def _call(
    hook: str,
    function: Callable[..., Any],
    params: list[str],
    samples: dict[str, list[object]],
    kind: type | None,
    problems: list[str],
) -> list[tuple[dict[str, object], list[object]]]:
    """Call ``function`` with every combination of sample arguments it accepts."""
    combos: list[dict[str, object]] = [{}]
    for param in params:
        if param not in samples:
            return []  # a hook whose inputs we cannot make up: nothing to call it with
        combos = [{**combo, param: value} for combo in combos for value in samples[param]]
    results: list[tuple[dict[str, object], list[object]]] = []
    for kwargs in combos:
        interview = kwargs.get("interview")
        where = (
            f"for an interview in {interview.country}"
            + (f" in industry {interview.industry!r}" if interview.industry else "")
            if isinstance(interview, Interview)
            else "when called"
        )
        try:
            returned = function(**kwargs)
        except Exception as exc:
            problems.append(f"{hook} raised {type(exc).__name__}: {exc} ({where})")
            return results
        count = len(problems)
        items = _check_items(hook, returned, kind, where, problems)
        if len(problems) > count:
            return results  # one example of a mistake is enough
        results.append((kwargs, items))
    return results


def validate_plugin(plugin: object, *, name: str | None = None) -> list[str]:
    """Check a plugin against the hook specs; return its problems in words.

    An empty list means the engine will load the plugin and use what it
    returns. Checked: every ``@hookimpl`` function names a real hook (with a
    suggestion for a near miss), accepts only arguments the hook offers,
    returns a list of the right type when called with sample interviews in
    many countries and in each industry the plugin declares, and gives every
    `Expectation` (and `Phrasebook`) a source. Functions named like a hook but
    not marked ``@hookimpl`` are reported too: pluggy would silently skip them.
    """
    problems: list[str] = []
    specs = _specs()
    plugin_name = name or _plugin_name(plugin)
    implemented: dict[str, Callable[..., Any]] = {}

    for attr in _unmarked(plugin):
        problems.append(
            f"{attr} is not marked @hookimpl, so the engine never calls it; "
            f"add `from thankyou import hookimpl` and decorate it"
        )

    for attr, function, hook in _implementations(plugin):
        spec = specs.get(hook)
        if spec is None:
            problems.append(
                f"{attr} is not a thankyou hook{close_matches(hook, specs)}; "
                f"hooks: {', '.join(specs)}"
            )
            continue
        offered = _spec_params(spec)
        try:
            signature = inspect.signature(function)
        except (TypeError, ValueError):
            problems.append(f"{attr}: its signature cannot be read")
            continue
        bad = False
        for param in signature.parameters.values():
            if param.kind in (param.VAR_POSITIONAL, param.VAR_KEYWORD):
                problems.append(
                    f"{attr} takes {'*' if param.kind is param.VAR_POSITIONAL else '**'}"
                    f"{param.name}; name the arguments you need instead: "
                    f"{', '.join(offered) or 'it takes none'}"
                )
                bad = True
            elif param.name not in offered:
                accepted = ", ".join(offered) if offered else "no arguments"
                problems.append(
                    f"{attr} takes an argument {param.name!r} that {hook} does not offer"
                    f"{close_matches(param.name, offered)}; it offers: {accepted}"
                )
                bad = True
            elif param.default is not param.empty:
                problems.append(
                    f"{attr}: argument {param.name!r} has a default value, so pluggy never "
                    f"passes it and the function always sees the default; remove the default"
                )
                bad = True
        if not bad:
            implemented[hook] = function

    if problems:
        return problems
    # What pluggy itself checks on registration, in case the above missed something.
    manager = pluggy.PluginManager(ENTRY_POINT_GROUP)
    manager.add_hookspecs(hookspecs)
    try:
        manager.register(plugin, name=plugin_name)
        manager.check_pending()
    except (pluggy.PluginValidationError, ValueError) as exc:
        return [f"pluggy refuses the plugin: {exc}"]

    industries: list[str] = []
    if "thankyou_industries" in implemented:
        for _, items in _call(
            "thankyou_industries",
            implemented["thankyou_industries"],
            [],
            {},
            _item_kind(specs["thankyou_industries"]),
            problems,
        ):
            industries.extend(getattr(item, "key", "") for item in items)
    samples = _samples(industries)
    for hook, function in implemented.items():
        if hook == "thankyou_industries":
            continue
        params = list(inspect.signature(function).parameters)
        results = _call(hook, function, params, samples, _item_kind(specs[hook]), problems)
        if hook == "thankyou_expectations" and industries and results:
            for key in industries:
                said = any(
                    items
                    for kwargs, items in results
                    if getattr(kwargs.get("interview"), "industry", None) == key
                )
                if not said:
                    problems.append(
                        f"thankyou_expectations returned nothing for any interview in its own "
                        f"industry {key!r}; the engine passes the industry's key (never an "
                        f"alias), so compare interview.industry with {key!r}"
                    )
    return problems


# --- pytest -------------------------------------------------------------------

if "pytest" in sys.modules:  # loaded by pytest: offer the fixture
    import pytest

    @pytest.fixture
    def engine() -> Engine:
        """An engine with the built-in plugins only: no installed plugin is loaded."""
        return Engine(entry_points=False)
