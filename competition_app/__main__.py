"""`python -m competition_app` is the same as the `competition-app` command."""

from competition_app.cli import main

raise SystemExit(main())
