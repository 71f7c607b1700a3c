"""``python -m summarize``: the same as the ``summarize`` command."""

import sys

from .cli import main

if __name__ == "__main__":
    sys.exit(main())
