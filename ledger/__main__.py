"""``python -m ledger`` runs the ``hecha`` command."""

import sys

from ledger.cli import main

sys.exit(main())
