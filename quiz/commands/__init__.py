"""One module per ``quiz`` subcommand; each keeps heavy imports inside its function."""
