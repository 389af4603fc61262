"""The hooks a `thankyou` plugin can implement.

A plugin is a module (or any object) with functions marked ``@hookimpl`` and
named like the specs below. It may implement any subset, and may accept fewer
arguments than the spec offers. Every hook returns values; the engine records
which plugin returned what, so each piece of advice can name its source.

Plugins are found through the ``thankyou`` entry-point group::

    [project.entry-points.thankyou]
    nursing = "thankyou_nursing"

The entry-point name (``nursing``) is the plugin's name everywhere: in
reasons, in ``thankyou plugins`` and in ``Engine(disable=[...])``.
"""

from __future__ import annotations

from collections.abc import Iterable

import pluggy

from ._model import Candidate, Expectation, Industry, Interview

__all__ = ["hookimpl", "hookspec", "thankyou_expectations", "thankyou_industries"]

#: Marks a hook specification; only this module uses it.
hookspec = pluggy.HookspecMarker("thankyou")
#: Marks a plugin's hook implementation: ``@hookimpl def thankyou_expectations(...)``.
hookimpl = pluggy.HookimplMarker("thankyou")


@hookspec
def thankyou_expectations(interview: Interview, candidate: Candidate) -> Iterable[Expectation]:
    """Say what is customary for this interview, and why.

    Called once per `advise` call, after the interview's industry key has been
    resolved from its aliases. Return an iterable of `Expectation` (empty when
    this plugin has nothing to say about the interview: an industry plugin for
    a different industry, a country plugin for another country). Each
    Expectation should carry its ``source``.

    Example::

        @hookimpl
        def thankyou_expectations(interview, candidate):
            if interview.industry != "nursing":
                return ()
            return [
                Expectation(
                    Verdict.RECOMMENDED,
                    "Nurse managers often value a short written note.",
                    weight=0.5,
                    source="livecareer.com (one practitioner; weak)",
                    channel=Channel.HANDWRITTEN,
                )
            ]
    """
    raise NotImplementedError


@hookspec
def thankyou_industries() -> Iterable[Industry]:
    """Declare the industries this plugin covers.

    Called once when the engine is built. The engine uses the keys and aliases
    to resolve ``Interview.industry`` (``"NGO"`` becomes ``"fundraising"``) and
    to reject an unknown industry with close matches. Two plugins declaring
    the same key or alias is an error naming both.

    Example::

        @hookimpl
        def thankyou_industries():
            return [Industry("nursing", "Nursing", aliases=("nurse", "rn"))]
    """
    raise NotImplementedError
