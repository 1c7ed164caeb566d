import sys

from cli.commands import main

# ``python -m cli``, or ``python -m kg`` (kg/__main__.py runs this module).
main(prog_name="python -m kg" if sys.argv[0].endswith(("kg/__main__.py", "kg")) else "python -m cli")
