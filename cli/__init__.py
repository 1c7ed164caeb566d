"""The ``ckg`` command line: the composition root, the one package that wires
every layer (``loaders`` → ``kg`` → ``server``) together.  Nothing below it
imports it (``tests/test_layers.py``)."""

from cli.commands import main

__all__ = ["main"]
