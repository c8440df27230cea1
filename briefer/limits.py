"""How large a file may be, and how long reading it may take, unless the user says more:
the defaults of --max-size and --read-timeout and of the window's Reading Limits."""

MAX_BYTES = 50_000_000  # 50 MB, as the messages and --max-size count them
DEFAULT_SECONDS = 60.0  # to parse one file
MAX_MEGABYTES = 2000  # the reader process has 2 GiB of address space
MAX_READ_SECONDS = 86400.0
DEFAULT_BRIEF_SECONDS = 600.0  # to make the whole brief, reading included
