"""``python -m heroes_i18ncheck``: the same command as ``heroes-i18ncheck``."""

import sys

from .cli import main

sys.exit(main())
