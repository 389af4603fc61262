"""Should you send a thank-you note after a job interview, when, how, and what should it say?

``thankyou`` answers with a `Recommendation` that explains itself, drafts one
note per interviewer, and proofreads notes. Industry and culture knowledge
lives in plugins (see `thankyou.hookspecs`).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._checks import Check, CheckContext
    from ._engine import ENTRY_POINT_GROUP, Engine, PluginInfo, advise, check, default_engine
    from ._errors import InvalidInput, PluginError, ThankYouError
    from ._i18n import Catalog, label, ui_locales
    from ._json import from_dict, to_dict, to_json
    from ._model import (
        Advice,
        Candidate,
        Channel,
        Expectation,
        Finding,
        Format,
        Industry,
        Interview,
        Interviewer,
        Note,
        Preference,
        Reason,
        Recommendation,
        Register,
        Severity,
        Stage,
        Verdict,
    )
    from ._phrasebook import Phrase, Phrasebook
    from .hookspecs import hookimpl

# `import thankyou` stays as light as pluggy + attrs + Babel's core: each public
# name loads its module on first use (PEP 562), so an app, or `thankyou --help`,
# pays only for what it touches.
_EXPORTS = {
    "Advice": "._model",
    "Candidate": "._model",
    "Catalog": "._i18n",
    "Channel": "._model",
    "Check": "._checks",
    "CheckContext": "._checks",
    "ENTRY_POINT_GROUP": "._engine",
    "Engine": "._engine",
    "Expectation": "._model",
    "Finding": "._model",
    "Format": "._model",
    "Industry": "._model",
    "Interview": "._model",
    "Interviewer": "._model",
    "InvalidInput": "._errors",
    "Note": "._model",
    "Phrase": "._phrasebook",
    "Phrasebook": "._phrasebook",
    "PluginError": "._errors",
    "PluginInfo": "._engine",
    "Preference": "._model",
    "Reason": "._model",
    "Recommendation": "._model",
    "Register": "._model",
    "Severity": "._model",
    "Stage": "._model",
    "ThankYouError": "._errors",
    "Verdict": "._model",
    "advise": "._engine",
    "check": "._engine",
    "default_engine": "._engine",
    "from_dict": "._json",
    "hookimpl": ".hookspecs",
    "label": "._i18n",
    "to_dict": "._json",
    "to_json": "._json",
    "ui_locales": "._i18n",
}


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'thankyou' has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


__all__ = [
    "ENTRY_POINT_GROUP",
    "Advice",
    "Candidate",
    "Catalog",
    "Channel",
    "Check",
    "CheckContext",
    "Engine",
    "Expectation",
    "Finding",
    "Format",
    "Industry",
    "Interview",
    "Interviewer",
    "InvalidInput",
    "Note",
    "Phrase",
    "Phrasebook",
    "PluginError",
    "PluginInfo",
    "Preference",
    "Reason",
    "Recommendation",
    "Register",
    "Severity",
    "Stage",
    "ThankYouError",
    "Verdict",
    "advise",
    "check",
    "default_engine",
    "from_dict",
    "hookimpl",
    "label",
    "to_dict",
    "to_json",
    "ui_locales",
]
