"""The tool's version, in a module of its own: what imports it (the caches, SARIF, ``--version``) needs nothing else
of the package, and the package's ``__init__`` imports them."""

__version__ = "0.1.0"
