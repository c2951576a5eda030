"""`python -m nianbao` runs the CLI, so a checkout can be run without installing its entry point."""
from nianbao.cli import main

raise SystemExit(main())
