"""`python -m competition_app.cli` is the same as the `competition-app` command."""

from competition_app.cli.main import main

raise SystemExit(main())
