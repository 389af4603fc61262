"""First-party country plugins: one module per country, named by its ISO code.

Each module holds one `~thankyou_plugins.countries._norms.CountryNorm`: whether a
thank-you note is customary there, the usual timing, the channel and the
register, every fact with its source. Each is registered under
``[project.entry-points.thankyou]`` with the lowercase ISO 3166 code as its
name (``us``, ``jp``), so ``Engine(disable=["jp"])`` switches one off.

The employer's country (``Interview.country``) is the reader's culture and
decides the norm; an interviewer's own locale adds a small stance, and a
candidate from another country gets an explanation that moves nothing. The
rules, and the weights, are in the docstring of ``_norms``.
"""
