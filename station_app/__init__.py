"""Village service station core: store, domain services, reports and CLI.

Runs headless: nothing in this package may import Qt or the ui package.
"""

__version__ = "0.1.0"
