"""``python -m kg``, the contract's second spelling of ``ckg``: the command line
lives in the ``cli`` package (the composition root, which imports ``kg`` and
``server``); ``kg`` imports nothing of it, and hands it the run here."""

import runpy

runpy.run_module("cli", run_name="__main__")
