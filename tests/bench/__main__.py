"""`python -m tests.bench [--smoke] [--only NAME]`: run every benchmark, print a table, write JSON results."""

import sys

from tests.bench.runner import main

sys.exit(main())
