"""Native phrasebooks, one module per language, each a plugin of its own.

Every module contributes a base phrasebook for its language and complete
country variants (``de_CH``, ``fr_CA``, ...) built from the base by
`_variant.variant`, which swaps only what differs. The phrasing follows the
conventions named in each phrasebook's ``source``.

Templates are written so that they stay grammatical whatever the user puts
into ``{highlight}``, ``{company}`` and ``{position}`` and whoever the
candidate is: no case ending, article contraction or particle depends on a
placeholder, and nothing agrees with the candidate's gender, which is unknown.
"""
