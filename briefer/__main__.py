"""`python -m briefer` runs the command line."""

import sys

from briefer.cli import main

if __name__ == "__main__":  # readers start child processes that import this module
    sys.exit(main())
