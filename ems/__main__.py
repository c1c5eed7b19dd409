from ems.host.cli import main

raise SystemExit(main())
