"""First-party industry plugins: one module per industry.

Each module declares its industry (key, display name, aliases) through
``thankyou_industries``, contributes sourced `thankyou.Expectation` values for
interviews in that industry only, and industry sentences for drafts. Each is
registered under ``[project.entry-points.thankyou]`` with the industry key as
its name, and imports only public names from ``thankyou``.
"""
