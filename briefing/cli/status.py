"""The command's exit statuses."""

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 3
#: Standard output could not be written (a full disk, closed): the same for every command.
EXIT_OUTPUT = 4
#: The reader of a pipe went away (`| head -1`): 128 + SIGPIPE, as a shell reports a
#: process the signal ended (1 read as "errors" or "nothing found").
EXIT_CLOSED_PIPE = 141
