"""Should you send a thank-you note after a job interview, when, how, and what should it say?

``thankyou`` answers with a `Recommendation` that explains itself, drafts one
note per interviewer, and proofreads notes. Industry and culture knowledge
lives in plugins (see `thankyou.hookspecs`).
"""

from __future__ import annotations

from ._checks import Check, CheckContext
from ._engine import ENTRY_POINT_GROUP, Engine, PluginInfo, advise, check, default_engine
from ._errors import InvalidInput, PluginError, ThankYouError
from ._i18n import Catalog, label, ui_locales
from ._json import from_dict, to_dict
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
    "ui_locales",
]
