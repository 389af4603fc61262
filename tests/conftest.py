from __future__ import annotations

import os

from hypothesis import settings

# CI runs a few thousand examples per property; "thorough" is for a release or a hunt.
settings.register_profile("ci", max_examples=2000, deadline=None)
settings.register_profile("thorough", max_examples=20000, deadline=None)
settings.register_profile("dev", max_examples=50, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
