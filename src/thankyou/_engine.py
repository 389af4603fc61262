"""The engine: loads plugins, calls their hooks, and runs the pipeline.

pluggy calls every implementation and returns a flat list, forgetting who
said what; the engine instead calls each implementation itself, so every
contribution keeps its plugin's name, and a plugin that raises or returns the
wrong type is named in the error (or, with ``strict=False``, skipped with a
warning while the others' advice stands unchanged).
"""

from __future__ import annotations

import importlib
import os
import sys
import threading
import time
import types
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING, TypeVar

import attrs
import pluggy
from attrs import frozen
from babel import Locale

from . import hookspecs
from ._checks import Check, build_context
from ._coerce import aware, choice
from ._decide import Contribution, decide
from ._errors import InvalidInput, PluginError, close_matches
from ._i18n import ENGLISH, Catalog, Messages, messages
from ._model import (
    Advice,
    Candidate,
    Channel,
    Expectation,
    Finding,
    Industry,
    Interview,
    Interviewer,
    Note,
    Recommendation,
    Register,
    Verdict,
)
from ._phrasebook import Phrase, Phrasebook

if TYPE_CHECKING:
    from ._compose import Library

__all__ = [
    "DISABLE_ENV",
    "ENTRY_POINT_GROUP",
    "TRACE_ENV",
    "Engine",
    "PluginInfo",
    "advise",
    "check",
    "default_engine",
]

ENTRY_POINT_GROUP = "thankyou"
DISABLE_ENV = "THANKYOU_DISABLE_PLUGINS"
#: Set to 1 to print every hook call, each plugin's contribution and its time to stderr.
TRACE_ENV = "THANKYOU_TRACE"
#: A hook slower than this is named in a warning.
SLOW_HOOK_SECONDS = 2.0

#: Plugins that ship inside the core package, always registered unless disabled:
#: name -> module, imported when an engine is built (drafting and proofreading
#: data are not needed to import `thankyou`).
_BUILTINS: dict[str, str] = {
    "baseline": "thankyou._baseline",
    "phrasebook-en": "thankyou._english",
    "proofread": "thankyou._proofread",
}

T = TypeVar("T")


@frozen
class PluginInfo:
    """What ``thankyou plugins`` shows about one plugin."""

    name: str
    distribution: str | None
    version: str | None
    hooks: tuple[str, ...]
    status: str  # "active", "disabled" or "failed"
    error: str | None = None
    industries: tuple[str, ...] = ()


_HOOKABLE = (types.FunctionType, types.MethodType, staticmethod, classmethod)


class _PluginManager(pluggy.PluginManager):
    """pluggy's manager, quicker to register a module.

    pluggy looks at every name of a plugin with `inspect.getattr_static`, so
    that registering a class or an instance runs none of its properties. A
    module's names are plain entries of its ``__dict__``, and most are imports,
    data and helpers (about 28 per first-party plugin): only those that can be
    hooks are handed on. That halves building an `Engine`, which every command pays.
    """

    def parse_hookimpl_opts(self, plugin: object, name: str) -> pluggy.HookimplOpts | None:
        if isinstance(plugin, types.ModuleType):
            value = vars(plugin).get(name)
            if not isinstance(value, _HOOKABLE) or (
                # What pluggy reads of a plain function: its marker attribute.
                isinstance(value, types.FunctionType)
                and getattr(value, f"{self.project_name}_impl", None) is None
            ):
                return None
        return super().parse_hookimpl_opts(plugin, name)


def _now() -> datetime:
    """The one place the library reads the clock."""
    return datetime.now(UTC)


def _plugin_name(plugin: object) -> str:
    name = getattr(plugin, "__name__", None)
    if isinstance(name, str):
        return name.rsplit(".", 1)[-1]
    return type(plugin).__name__


class Engine:
    """An explicit set of plugins, and the functions that use them.

    ``plugins`` registers extra plugin objects (a mapping gives their names);
    ``disable`` names plugins to leave out (entry points, built-ins, extras),
    added to those in ``$THANKYOU_DISABLE_PLUGINS``; ``entry_points=False``
    loads nothing from the ``thankyou`` entry-point group. With
    ``strict=True`` a failing plugin raises `PluginError`; with
    ``strict=False`` it is skipped and named in ``Advice.warnings``.
    ``trace=True`` prints each hook call, each plugin's contribution and its
    time to standard error; it defaults to ``$THANKYOU_TRACE`` (``1`` is on).
    """

    def __init__(
        self,
        plugins: Iterable[object] | Mapping[str, object] | None = None,
        *,
        disable: Iterable[str] = (),
        entry_points: bool = True,
        strict: bool = True,
        trace: bool | None = None,
    ) -> None:
        self.strict = strict
        self.trace = _trace_from_env() if trace is None else bool(trace)
        self._pm = _PluginManager(ENTRY_POINT_GROUP)
        self._pm.add_hookspecs(hookspecs)
        self._info: dict[str, PluginInfo] = {}
        #: Per hook: its implementations' argument lists, and (plugin name, function,
        #: index of its argument list) for each implementation in registration order.
        self._impls: dict[str, _Callers] = {}
        self._load_warnings: list[str] = []
        if isinstance(disable, str):
            raise InvalidInput("disable", "expected a list of plugin names, got one string")
        explicit_disable = {str(d).strip() for d in disable}
        env_disable = {d.strip() for d in os.environ.get(DISABLE_ENV, "").split(",") if d.strip()}
        self._disabled = explicit_disable | env_disable

        for name, path in _BUILTINS.items():
            self._add(name, importlib.import_module(path), "thankyou", None)
        if entry_points:
            self._load_entry_points()
        if plugins is not None:
            items = (
                list(plugins.items())
                if isinstance(plugins, Mapping)
                else [(_plugin_name(p), p) for p in plugins]
            )
            for name, plugin in items:
                self._add(name, plugin, None, None)

        unknown = explicit_disable - set(self._info)
        if unknown:
            name = sorted(unknown)[0]
            raise InvalidInput(
                "disable",
                f"no plugin is named {name!r}{close_matches(name, self._info)}; "
                f"installed: {', '.join(sorted(self._info)) or 'none'}",
            )
        self._industries = self._collect_industries()
        self._catalog_owners: dict[Catalog, str] = {}
        self._catalogs = self._collect_catalogs()
        #: Messages per UI locale, built on first use (a benign race builds one twice).
        self._ui: dict[str, Messages] = {}
        # Phrasebooks are collected the first time a note is drafted, proofreading
        # rules the first time a note is checked; each with its warnings.
        self._collect_lock = threading.Lock()
        self._library: tuple[Library, tuple[str, ...]] | None = None
        self._rules: tuple[tuple[tuple[str, Check], ...], tuple[str, ...]] | None = None
        # check() on the same interview again (an app proofreading as the user
        # types) reuses the recommendation: it does not depend on the text or the
        # clock. Bounded, oldest out first.
        self._advice_cache: dict[
            tuple[Interview, Candidate, Channel | None], tuple[Recommendation, tuple[str, ...]]
        ] = {}
        # The same entries by the identities of the interview and candidate (the
        # usual case: the same objects again), which spares hashing the interview.
        # Each entry holds its objects, so their ids cannot be reused meanwhile.
        self._advice_by_id: dict[
            tuple[int, int, Channel | None],
            tuple[Interview, Candidate, tuple[Recommendation, tuple[str, ...]]],
        ] = {}
        # The rules that apply to notes in each language, in registration order.
        self._rules_by_language: dict[str, tuple[tuple[str, Check], ...]] = {}

    # --- loading -----------------------------------------------------------

    def _add(self, name: str, plugin: object, dist: str | None, version: str | None) -> None:
        if name in self._info:
            raise PluginError(
                name, None, "two plugins share this name; rename one of their entry points"
            )
        if name in self._disabled:
            self._info[name] = PluginInfo(name, dist, version, (), "disabled")
            return
        try:
            self._pm.register(plugin, name=name)
            self._pm.check_pending()
        except pluggy.PluginValidationError as exc:
            if self._pm.is_registered(plugin):
                self._pm.unregister(plugin)
            self._fail(name, dist, version, PluginError(name, None, str(exc)))
            return
        except ValueError as exc:  # pluggy: already registered under another name
            self._fail(name, dist, version, PluginError(name, None, str(exc)))
            return
        hooks = tuple(sorted(h.name for h in self._pm.get_hookcallers(plugin) or ()))
        self._info[name] = PluginInfo(name, dist, version, hooks, "active")

    def _fail(self, name: str, dist: str | None, version: str | None, err: PluginError) -> None:
        if self.strict:
            raise err
        self._info[name] = PluginInfo(name, dist, version, (), "failed", str(err))
        self._load_warnings.append(str(err))

    def _load_entry_points(self) -> None:
        from . import _discovery

        for ep in sorted(_discovery.entry_points(ENTRY_POINT_GROUP), key=lambda e: e.name):
            dist, version = ep.distribution, ep.version
            if ep.name in self._disabled:
                self._info[ep.name] = PluginInfo(ep.name, dist, version, (), "disabled")
                continue
            try:
                plugin = ep.load()
            except Exception as exc:
                # One broken plugin must not stop the others: record it, go on.
                err = PluginError(
                    ep.name, None, f"failed to load {ep.value!r}: {type(exc).__name__}: {exc}"
                )
                self._info[ep.name] = PluginInfo(ep.name, dist, version, (), "failed", str(err))
                self._load_warnings.append(str(err))
                continue
            self._add(ep.name, plugin, dist, version)

    def _collect_industries(self) -> dict[str, tuple[str, Industry]]:
        index: dict[str, tuple[str, Industry]] = {}
        by_plugin: dict[str, list[str]] = {}
        for plugin, industry in self._call(
            "thankyou_industries", {}, Industry, self._load_warnings
        ):
            for word in (industry.key, *industry.aliases):
                key = word.casefold()
                if key in index and index[key][0] != plugin:
                    other = index[key][0]
                    err = PluginError(
                        plugin,
                        "thankyou_industries",
                        f"industry {word!r} is already declared by plugin {other!r}; "
                        f"disable one of them",
                    )
                    if self.strict:
                        raise err
                    self._load_warnings.append(str(err))
                    continue
                index[key] = (plugin, industry)
            by_plugin.setdefault(plugin, []).append(industry.key)
        for plugin, keys in by_plugin.items():
            self._info[plugin] = attrs.evolve(self._info[plugin], industries=tuple(keys))
        return index

    def _collect_catalogs(self) -> dict[str, tuple[Catalog, ...]]:
        """Each active plugin's catalogs in lookup order: its own, then its distribution's."""
        declared: dict[str, list[Catalog]] = {}
        # Read only when a ui_locale is asked for: English advice never touches them.
        for plugin, catalog in self._call("thankyou_catalogs", {}, Catalog, self._load_warnings):
            declared.setdefault(plugin, []).append(catalog)
            self._catalog_owners.setdefault(catalog, plugin)
        chains: dict[str, tuple[Catalog, ...]] = {}
        for name, info in self._info.items():
            if info.status != "active":
                continue
            kin = [
                catalog
                for other, catalogs in declared.items()
                if other != name
                and info.distribution is not None
                and self._info[other].distribution == info.distribution
                for catalog in catalogs
            ]
            chain = tuple(dict.fromkeys([*declared.get(name, ()), *kin]))
            if chain:
                chains[name] = chain
        return chains

    def _messages(self, ui_locale: object, warnings: list[str]) -> Messages:
        """Labels and reasons in ``ui_locale``; a plugin catalog that cannot be read is
        that plugin's fault (its reasons stay in its own words when not strict)."""
        if ui_locale is None:
            return ENGLISH
        key = ui_locale if isinstance(ui_locale, str) else repr(ui_locale)
        found = self._ui.get(key)
        if found is None:
            found = messages(ui_locale, self._catalogs, frozenset(_BUILTINS))
            self._ui[key] = found
        for catalog, why in found.failed:
            err = PluginError(
                self._catalog_owners.get(catalog, catalog.domain), "thankyou_catalogs", why
            )
            if self.strict:
                raise err
            warnings.append(f"{err}; its reasons stay untranslated")
        return found

    def _phrasebooks(self) -> tuple[Library, tuple[str, ...]]:
        """Every plugin's phrasebooks, collected and compiled once per engine."""
        if self._library is None:
            with self._collect_lock:
                if self._library is None:
                    self._library = self._collect_phrasebooks()
        return self._library

    def _collect_phrasebooks(self) -> tuple[Library, tuple[str, ...]]:
        from ._compose import Library

        warnings: list[str] = []
        owners: dict[tuple[str, Register | None], str] = {}
        kept = []
        for plugin, book in self._call("thankyou_phrasebooks", {}, Phrasebook, warnings):
            key = (str(book.locale), book.register)
            if key in owners:
                other = owners[key]
                what = f"{key[0]}" + (f" ({key[1].value})" if key[1] is not None else "")
                err = PluginError(
                    plugin,
                    "thankyou_phrasebooks",
                    f"a phrasebook for {what} is already given by plugin {other!r}"
                    + ("; give each locale and register once" if other == plugin else "")
                    + "; disable one of them",
                )
                if self.strict:
                    raise err
                warnings.append(f"{err}; this phrasebook was skipped")
                continue
            owners[key] = plugin
            kept.append((plugin, book))
        return Library(kept), tuple(warnings)

    def _checks(self) -> tuple[tuple[tuple[str, Check], ...], tuple[str, ...]]:
        """Every plugin's proofreading rules with their plugin's name, collected once."""
        if self._rules is None:
            with self._collect_lock:
                if self._rules is None:
                    self._rules = self._collect_checks()
        return self._rules

    def _collect_checks(self) -> tuple[tuple[tuple[str, Check], ...], tuple[str, ...]]:
        warnings: list[str] = []
        owners: dict[str, str] = {}
        kept: list[tuple[str, Check]] = []
        for plugin, rule in self._call("thankyou_checks", {}, Check, warnings):
            if rule.rule in owners:
                err = PluginError(
                    plugin,
                    "thankyou_checks",
                    f"the rule id {rule.rule!r} is already used by plugin {owners[rule.rule]!r}; "
                    "rule ids must be unique",
                )
                if self.strict:
                    raise err
                warnings.append(f"{err}; this rule was skipped")
                continue
            owners[rule.rule] = plugin
            kept.append((plugin, rule))
        return tuple(kept), tuple(warnings)

    def _proofread(
        self,
        text: str,
        interview: Interview,
        candidate: Candidate,
        recommendation: Recommendation,
        recipient: Interviewer | None,
        channel: Channel,
        now: datetime,
        warnings: list[str],
    ) -> tuple[Finding, ...]:
        """Run every rule over one note; a rule that fails is named (or skipped)."""
        rules, rule_warnings = self._checks()
        if rule_warnings:
            warnings.extend(w for w in rule_warnings if w not in warnings)
        if not rules:
            return ()  # every rule switched off: nothing reads a context
        ctx = build_context(text, interview, candidate, recipient, channel, recommendation, now)
        language = ctx.language
        applicable = self._rules_by_language.get(language)
        if applicable is None:
            applicable = tuple((p, r) for p, r in rules if r.applies_to(language))
            self._rules_by_language[language] = applicable
        found: list[Finding] = []
        for plugin, rule in applicable:
            try:
                findings = tuple(rule.function(ctx))
                if not findings:
                    continue  # the usual answer
                for finding in findings:
                    _check_finding(finding, rule.rule, len(text))
            except Exception as exc:
                err = PluginError(
                    plugin,
                    "thankyou_checks",
                    f"rule {rule.rule!r} "
                    + (
                        str(exc)
                        if isinstance(exc, _BadFinding)
                        else f"raised {type(exc).__name__}: {exc}"
                    ),
                )
                if self.strict:
                    raise err from exc
                warnings.append(f"{err}; its findings were skipped")
                continue
            found.extend(findings)
        found.sort(key=_finding_order)
        return tuple(found)

    # --- calling hooks -------------------------------------------------------

    def _call(
        self,
        hook: str,
        kwargs: Mapping[str, object],
        kind: type[T],
        warnings: list[str],
    ) -> list[tuple[str, T]]:
        """Call each implementation of ``hook`` in registration order, keeping names."""
        callers = self._impls.get(hook)
        if callers is None:
            # The plugin set is fixed once the engine is built: look the callers up once.
            caller: pluggy.HookCaller = getattr(self._pm.hook, hook)
            found = [(i.plugin_name, i.function, tuple(i.argnames)) for i in caller.get_hookimpls()]
            signatures = tuple(dict.fromkeys(names for _, _, names in found))
            callers = self._impls[hook] = (
                signatures,
                tuple((name, f, signatures.index(names)) for name, f, names in found),
            )
        signatures, impls = callers
        # Each implementation takes the hook's arguments it names: a few distinct lists.
        arguments = [[kwargs[arg] for arg in names] for names in signatures]
        results: list[tuple[str, T]] = []
        trace = self.trace
        slow = SLOW_HOOK_SECONDS
        clock = time.perf_counter
        if trace:
            _trace(f"call {hook} ({len(impls)} implementation{'s' * (len(impls) != 1)})")
        # One clock reading per implementation: its end is the next one's start.
        started = clock()
        for name, function, index in impls:
            try:
                returned = function(*arguments[index])
                # () is the usual answer of a plugin for another industry or country.
                items = () if returned == () else _as_items(returned, kind, name, hook)
            except Exception as exc:
                err = (
                    exc
                    if isinstance(exc, PluginError)
                    else PluginError(name, hook, f"raised {type(exc).__name__}: {exc}")
                )
                if trace:
                    _trace_failure(name, clock() - started, err)
                if self.strict:
                    raise err from exc
                warnings.append(f"{err}; its contribution was skipped")
                started = clock()
                continue
            ended = clock()
            elapsed = ended - started
            started = ended
            if elapsed > slow:
                warnings.append(f"plugin {name!r} took {elapsed:.1f} s in {hook}")
            if trace:
                _trace_contribution(name, elapsed, items)
                started = clock()
            if items:
                results += [(name, item) for item in items]
        return results

    # --- public API ----------------------------------------------------------

    def plugins(self) -> tuple[PluginInfo, ...]:
        """Every plugin the engine knows, including disabled and failed ones."""
        return tuple(self._info[name] for name in sorted(self._info))

    def industries(self) -> tuple[Industry, ...]:
        """Every industry the active plugins declare, by key."""
        seen = {ind.key: ind for _, ind in self._industries.values()}
        return tuple(seen[k] for k in sorted(seen))

    def resolve(self, interview: Interview) -> Interview:
        """The interview with its industry alias replaced by the canonical key."""
        if not isinstance(interview, Interview):
            raise InvalidInput(
                "interview", f"expected an Interview, got {type(interview).__name__}"
            )
        if interview.industry is None:
            return interview
        word = interview.industry.strip().casefold()
        found = self._industries.get(word)
        if found is None:
            known = sorted({ind.key for _, ind in self._industries.values()})
            hint = close_matches(word, list(self._industries))
            raise InvalidInput(
                "Interview.industry",
                f"{interview.industry!r} is not a known industry{hint}; "
                f"known: {', '.join(known) if known else 'none (no industry plugin is active)'}",
            )
        key = found[1].key
        return interview if key == interview.industry else attrs.evolve(interview, industry=key)

    def contributions(
        self, interview: Interview, candidate: Candidate, warnings: list[str] | None = None
    ) -> list[Contribution]:
        """What every plugin says about this interview, with the plugin's name."""
        if not isinstance(candidate, Candidate):
            raise InvalidInput("candidate", f"expected a Candidate, got {type(candidate).__name__}")
        return self._call(
            "thankyou_expectations",
            {"interview": interview, "candidate": candidate},
            Expectation,
            [] if warnings is None else warnings,
        )

    def recommend(
        self,
        interview: Interview,
        candidate: Candidate,
        *,
        channel: Channel | str | None = None,
        warnings: list[str] | None = None,
        ui_locale: str | Locale | None = None,
    ) -> Recommendation:
        """Only the Recommendation, without drafting notes.

        ``ui_locale`` (``"de"``, ``"pt-BR"``) is the language of the reasons;
        English when None or when no catalog has that language.
        """
        interview = self.resolve(interview)
        chosen = None if channel is None else choice(Channel, channel, "channel")
        return self._recommend(
            interview, candidate, chosen, [] if warnings is None else warnings, ui_locale
        )

    def _recommend(
        self,
        interview: Interview,
        candidate: Candidate,
        chosen: Channel | None,
        warnings: list[str],
        ui_locale: str | Locale | None,
    ) -> Recommendation:
        """`recommend` for an interview already resolved and a channel already checked."""
        ui = self._messages(ui_locale, warnings)
        contributions = self.contributions(interview, candidate, warnings)
        return decide(interview, contributions, channel=chosen, messages=ui)

    def advise(
        self,
        interview: Interview,
        candidate: Candidate,
        *,
        now: datetime | None = None,
        channel: Channel | str | None = None,
        ui_locale: str | Locale | None = None,
    ) -> Advice:
        """Recommend whether, when and how to send, and draft the notes.

        The reasons read in ``ui_locale`` (``"de"``, ``"ja"``; see
        `thankyou.ui_locales`), English when None or untranslated; the notes
        are written in the recipient's language whatever it is.
        """
        moment = _now() if now is None else aware(now, "now")
        warnings = list(self._load_warnings)
        interview = self.resolve(interview)
        chosen = None if channel is None else choice(Channel, channel, "channel")
        # The interview and channel are checked once, here, for all three steps.
        recommendation = self._recommend(interview, candidate, chosen, warnings, ui_locale)
        notes = self._draft(interview, candidate, recommendation, chosen, warnings)
        # Every draft is proofread as the candidate would send it, now. What the
        # composer itself noted (a draft it could not fit) stays, and is not
        # reported a second time by the proofreader's rule of the same id.
        proofread = []
        for note in notes:
            found = self._proofread(
                note.text,
                interview,
                candidate,
                recommendation,
                note.recipient,
                note.channel,
                moment,
                warnings,
            )
            if found:
                own = {f.rule for f in note.findings}
                merged = note.findings + tuple(f for f in found if f.rule not in own)
            else:
                merged = note.findings
            findings = tuple(sorted(merged, key=_finding_order))
            # A note proofread without a finding of its own is returned as drafted.
            proofread.append(note if findings == note.findings else _with_findings(note, findings))
        return Advice(recommendation, tuple(proofread), tuple(warnings))

    def check(
        self,
        text: str,
        interview: Interview,
        candidate: Candidate,
        *,
        recipient: Interviewer | None = None,
        channel: Channel | str | None = None,
        now: datetime | None = None,
    ) -> tuple[Finding, ...]:
        """Proofread a note against its interview: Findings sorted by where they start.

        ``recipient`` is the interviewer the note is for (None: the panel or
        the hiring team); ``channel`` the way it will be sent (None: the
        recommended one); ``now`` the moment it would be sent (None: now),
        for the ``late`` and ``too-soon`` rules. With ``strict=False`` a
        failing rule is skipped with a `RuntimeWarning`.
        """
        if not isinstance(text, str):
            raise InvalidInput("text", f"expected the note as text, got {type(text).__name__}")
        if recipient is not None and not isinstance(recipient, Interviewer):
            raise InvalidInput(
                "recipient", f"expected an Interviewer or None, got {type(recipient).__name__}"
            )
        moment = _now() if now is None else aware(now, "now")
        interview = self.resolve(interview)
        if not isinstance(candidate, Candidate):
            raise InvalidInput("candidate", f"expected a Candidate, got {type(candidate).__name__}")
        chosen = (
            None
            if channel is None
            else _CHANNEL_VALUES.get(channel) or choice(Channel, channel, "channel")
            if isinstance(channel, str)
            else choice(Channel, channel, "channel")
        )
        ident = (id(interview), id(candidate), chosen)
        seen = self._advice_by_id.get(ident)
        if seen is not None and seen[0] is interview and seen[1] is candidate:
            cached = seen[2]
        else:
            key = (interview, candidate, chosen)
            found = self._advice_cache.get(key)
            if found is None:
                said: list[str] = []
                found = (
                    self._recommend(interview, candidate, chosen, said, None),
                    tuple(said),
                )
                if len(self._advice_cache) >= _CHECK_CACHE_SIZE:
                    self._advice_cache.pop(next(iter(self._advice_cache)), None)
                self._advice_cache[key] = found
            cached = found
            if len(self._advice_by_id) >= _CHECK_CACHE_SIZE:
                self._advice_by_id.clear()
            self._advice_by_id[ident] = (interview, candidate, cached)
        recommendation = cached[0]
        warnings = list(cached[1])
        findings = self._proofread(
            text,
            interview,
            candidate,
            recommendation,
            recipient,
            recommendation.channel if chosen is None else chosen,
            moment,
            warnings,
        )
        for warning in warnings:
            import warnings as _warnings

            _warnings.warn(warning, RuntimeWarning, stacklevel=2)
        return findings

    def draft(
        self,
        interview: Interview,
        candidate: Candidate,
        recommendation: Recommendation,
        *,
        channel: Channel | str | None = None,
        warnings: list[str] | None = None,
    ) -> tuple[Note, ...]:
        """One note per recipient for a Recommendation (none when it says not to send).

        ``channel`` is the caller's choice for every note; without it each note
        goes by the recommendation, or by its interviewer's known preference.
        Industry sentences come from each plugin's ``thankyou_phrases``.
        """
        if not isinstance(recommendation, Recommendation):
            raise InvalidInput(
                "recommendation",
                f"expected a Recommendation, got {type(recommendation).__name__}",
            )
        interview = self.resolve(interview)
        if not isinstance(candidate, Candidate):
            raise InvalidInput("candidate", f"expected a Candidate, got {type(candidate).__name__}")
        chosen = None if channel is None else choice(Channel, channel, "channel")
        return self._draft(
            interview, candidate, recommendation, chosen, [] if warnings is None else warnings
        )

    def _draft(
        self,
        interview: Interview,
        candidate: Candidate,
        recommendation: Recommendation,
        chosen: Channel | None,
        said: list[str],
    ) -> tuple[Note, ...]:
        """`draft` for inputs already checked, the interview resolved."""
        from ._compose import draft

        if recommendation.verdict is Verdict.DO_NOT_SEND:
            return draft(interview, candidate, recommendation, None, warnings=said)
        library, book_warnings = self._phrasebooks()
        said.extend(book_warnings)
        phrases = self._call("thankyou_phrases", {"interview": interview}, Phrase, said)
        return draft(
            interview, candidate, recommendation, library, phrases, channel=chosen, warnings=said
        )


def _trace_from_env() -> bool:
    return os.environ.get(TRACE_ENV, "").strip().lower() not in ("", "0", "false", "no", "off")


def _trace(line: str) -> None:
    print(f"thankyou trace: {line}", file=sys.stderr, flush=True)


def _trace_contribution(plugin: str, seconds: float, items: Sequence[object]) -> None:
    _trace(f"  {plugin} -> {len(items)} item{'s' * (len(items) != 1)} in {seconds * 1000:.3f} ms")
    for item in items:
        text = repr(item)
        _trace(f"    {text if len(text) <= 160 else text[:157] + '...'}")


def _trace_failure(plugin: str, seconds: float, err: Exception) -> None:
    _trace(f"  {plugin} -> failed in {seconds * 1000:.3f} ms: {err}")


def _as_items(returned: object, kind: type[T], plugin: str, hook: str) -> Sequence[T]:
    if type(returned) in (tuple, list):
        # The usual answer, checked without the cost of an ABC isinstance per item.
        items: tuple[object, ...] | list[object] = returned  # type: ignore[assignment]
        if all(type(item) is kind for item in items):
            return items  # type: ignore[return-value]
    if returned is None:
        return ()
    if isinstance(returned, (str, bytes)) or not isinstance(returned, Iterable):
        raise PluginError(
            plugin, hook, f"returned {type(returned).__name__}; expected a list of {kind.__name__}"
        )
    checked: list[T] = []
    for item in returned:
        if not isinstance(item, kind):
            raise PluginError(
                plugin,
                hook,
                f"returned a {type(item).__name__} in its list; expected {kind.__name__}",
            )
        checked.append(item)
    return checked


#: A hook's implementations as `Engine._call` uses them (see ``Engine._impls``).
_Callers = tuple[tuple[tuple[str, ...], ...], tuple[tuple[str, Callable[..., object], int], ...]]

#: How many interviews' recommendations `Engine.check` keeps.
_CHECK_CACHE_SIZE = 128
#: Channels by their exact values ("email"): what `choice` would find, without its work.
_CHANNEL_VALUES = {str(member.value): member for member in Channel}


class _BadFinding(Exception):
    """A rule returned something that is not a well-formed Finding of its own."""


def _check_finding(finding: object, rule: str, length: int) -> None:
    if not isinstance(finding, Finding):
        raise _BadFinding(f"returned a {type(finding).__name__}; expected Finding")
    if finding.rule != rule:
        raise _BadFinding(f"returned a Finding for rule {finding.rule!r}; expected {rule!r}")
    if not (
        isinstance(finding.start, int)
        and isinstance(finding.end, int)
        and 0 <= finding.start <= finding.end <= length
    ):
        raise _BadFinding(
            f"returned the span {finding.start!r}:{finding.end!r}, outside the text (0:{length})"
        )


def _finding_order(finding: Finding) -> tuple[int, int, str]:
    return finding.start, finding.end, finding.rule


#: Note's fields in the order its __init__ takes them (all positional).
_NOTE_FIELDS = tuple(f.name for f in attrs.fields(Note))
_FINDINGS_AT = _NOTE_FIELDS.index("findings")


def _with_findings(note: Note, findings: tuple[Finding, ...]) -> Note:
    """``attrs.evolve(note, findings=findings)`` without evolve's walk over the
    fields' metadata on every call (a third of the time, for each note)."""
    values: list[object] = [getattr(note, name) for name in _NOTE_FIELDS]
    values[_FINDINGS_AT] = findings
    return Note(*values)  # type: ignore[arg-type]


_default: Engine | None = None
_default_lock = threading.Lock()


def default_engine() -> Engine:
    """The shared engine with every installed plugin, built on first use."""
    global _default
    if _default is None:
        with _default_lock:
            if _default is None:
                _default = Engine()
    return _default


def check(
    text: str,
    interview: Interview,
    candidate: Candidate,
    *,
    recipient: Interviewer | None = None,
    channel: Channel | str | None = None,
    now: datetime | None = None,
) -> tuple[Finding, ...]:
    """`Engine.check` on the default engine (every installed plugin)."""
    return default_engine().check(
        text, interview, candidate, recipient=recipient, channel=channel, now=now
    )


def advise(
    interview: Interview,
    candidate: Candidate,
    *,
    now: datetime | None = None,
    channel: Channel | str | None = None,
    ui_locale: str | Locale | None = None,
) -> Advice:
    """`Engine.advise` on the default engine (every installed plugin)."""
    return default_engine().advise(
        interview, candidate, now=now, channel=channel, ui_locale=ui_locale
    )
