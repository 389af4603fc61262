"""The message catalog of the first-party plugins: one gettext domain for all.

The engine uses a catalog for the plugin that declares it and for the other
plugins of the same distribution, so this one declaration translates the
reasons of every industry and country plugin in ``thankyou_plugins`` into
the caller's ``ui_locale``. Sources: ``locale/<ll>/LC_MESSAGES/thankyou_plugins.po``
(see ``[tool.babel]`` in ``pyproject.toml`` for the commands).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from thankyou import Catalog
from thankyou.hookspecs import hookimpl

DOMAIN = "thankyou_plugins"
CATALOG = Catalog(DOMAIN, Path(__file__).parent / "locale")


@hookimpl
def thankyou_catalogs() -> Iterable[Catalog]:
    return (CATALOG,)
