"""`python -m fakecloud`: the `fakecloud` command (cli.py)."""

import sys

from .cli import main

sys.exit(main())
