from chibo_desktop.cli import main

raise SystemExit(main())
