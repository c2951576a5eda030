"""One module per `nianbao` subcommand; `common` holds what several of them share."""
