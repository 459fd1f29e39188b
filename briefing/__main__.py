from briefing.cli.commands import main

raise SystemExit(main())
