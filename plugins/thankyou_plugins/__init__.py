"""First-party plugins for `thankyou`.

Each module here is a plugin written only against the public API
(``thankyou`` and ``thankyou.hookspecs``) and registered through the
``thankyou`` entry-point group, exactly like a third-party plugin.
"""
