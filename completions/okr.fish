# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_okr_global_optspecs
    string join \n db= format= color= q/quiet team-dir= y/yes wide no-pager h/help V/version
end

function __fish_okr_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_okr_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_okr_using_subcommand
    set -l cmd (__fish_okr_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c okr -n "__fish_okr_needs_command" -l db -d 'The database file [default: okr.db in the platform data folder]' -r -F
complete -c okr -n "__fish_okr_needs_command" -l format -d 'Output format where the output is data (`okr lint`: human, json or github)' -r -f -a "table\t''
markdown\t''
json\t''
csv\t''
html\t'`okr report` and `okr trend` only: a self-contained page with charts'
human\t'`okr lint`\'s default: like a compiler (elsewhere the same as table)'
github\t'`okr lint` only: GitHub Actions annotations'"
complete -c okr -n "__fish_okr_needs_command" -l color -d 'When to colour output (NO_COLOR is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c okr -n "__fish_okr_needs_command" -l team-dir -d 'The team directory (holding okr.toml) [default: found by walking up from here]' -r -F
complete -c okr -n "__fish_okr_needs_command" -s q -l quiet -d 'Print only data, no confirmations'
complete -c okr -n "__fish_okr_needs_command" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c okr -n "__fish_okr_needs_command" -l wide -d 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)'
complete -c okr -n "__fish_okr_needs_command" -l no-pager -d 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)'
complete -c okr -n "__fish_okr_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c okr -n "__fish_okr_needs_command" -s V -l version -d 'Print version'
complete -c okr -n "__fish_okr_needs_command" -f -a "init" -d 'Create the database (idempotent: an existing one is kept as it is)'
complete -c okr -n "__fish_okr_needs_command" -f -a "cycle" -d 'Quarters, halves, years and custom cycles'
complete -c okr -n "__fish_okr_needs_command" -f -a "objective" -d 'Qualitative goals on three levels: company, team, personal'
complete -c okr -n "__fish_okr_needs_command" -f -a "o" -d 'Qualitative goals on three levels: company, team, personal'
complete -c okr -n "__fish_okr_needs_command" -f -a "kr" -d 'Key results: the measurable part of an objective'
complete -c okr -n "__fish_okr_needs_command" -f -a "checkin" -d 'Record a key result\'s value (`okr checkin oqsw 42`, `okr checkin oqsw +3`)'
complete -c okr -n "__fish_okr_needs_command" -f -a "ci" -d 'Record a key result\'s value (`okr checkin oqsw 42`, `okr checkin oqsw +3`)'
complete -c okr -n "__fish_okr_needs_command" -f -a "task" -d 'Initiatives: the work under a key result that should move it'
complete -c okr -n "__fish_okr_needs_command" -f -a "score" -d 'Scores from 0.0 to 1.0: green ≥ 0.7, yellow ≥ 0.4, red below'
complete -c okr -n "__fish_okr_needs_command" -f -a "report" -d 'Where the cycle stands: progress, expected pace, status, confidence, trend'
complete -c okr -n "__fish_okr_needs_command" -f -a "export" -d 'Write a cycle\'s objectives, key results and check-ins as TOML team files, or as CSV'
complete -c okr -n "__fish_okr_needs_command" -f -a "import" -d 'Read team files into the database (idempotent; all or nothing)'
complete -c okr -n "__fish_okr_needs_command" -f -a "sync" -d 'Import the team\'s files, then export: run after `git pull`, before `git commit`'
complete -c okr -n "__fish_okr_needs_command" -f -a "resolve" -d 'Finish a git merge of team files: merge them entry by entry, as okr\'s merge driver does'
complete -c okr -n "__fish_okr_needs_command" -f -a "merge-file" -d 'Merge three versions of a team file by identity (git\'s merge driver for okr)'
complete -c okr -n "__fish_okr_needs_command" -f -a "pull" -d 'Run the key results\' sources and check in what they print (for cron)'
complete -c okr -n "__fish_okr_needs_command" -f -a "trust" -d 'Trust the commands that came with key results in team files, so that `okr pull` runs them'
complete -c okr -n "__fish_okr_needs_command" -f -a "lint" -d 'Check OKRs against the SMART rules (files or folders of TOML, or the database)'
complete -c okr -n "__fish_okr_needs_command" -f -a "review" -d 'The end-of-cycle review: scores, changed targets and what was learned'
complete -c okr -n "__fish_okr_needs_command" -f -a "trend" -d 'Scores cycle after cycle: final for ended cycles, provisional for the running one'
complete -c okr -n "__fish_okr_needs_command" -f -a "log" -d 'Every change to the data, newest first: when, who, what (old → new), why'
complete -c okr -n "__fish_okr_needs_command" -f -a "undo" -d 'Take back the latest change of any kind (a check-in, an edit, an import…)'
complete -c okr -n "__fish_okr_needs_command" -f -a "config" -d 'Show the settings in force and where each comes from'
complete -c okr -n "__fish_okr_needs_command" -f -a "prompt" -d 'Print `okr:N!` when N of your key results this quarter are stale (for a shell prompt)'
complete -c okr -n "__fish_okr_needs_command" -f -a "man" -d 'Print okr\'s manual page, or a command\'s (`okr man report | man -l -`)'
complete -c okr -n "__fish_okr_needs_command" -f -a "completions" -d 'Print the completion setup for your shell'
complete -c okr -n "__fish_okr_needs_command" -f -a "demo" -d 'Build a sample quarter in a scratch database and show it (never touches your data)'
complete -c okr -n "__fish_okr_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c okr -n "__fish_okr_using_subcommand init" -l db -d 'The database file [default: okr.db in the platform data folder]' -r -F
complete -c okr -n "__fish_okr_using_subcommand init" -l format -d 'Output format where the output is data (`okr lint`: human, json or github)' -r -f -a "table\t''
markdown\t''
json\t''
csv\t''
html\t'`okr report` and `okr trend` only: a self-contained page with charts'
human\t'`okr lint`\'s default: like a compiler (elsewhere the same as table)'
github\t'`okr lint` only: GitHub Actions annotations'"
complete -c okr -n "__fish_okr_using_subcommand init" -l color -d 'When to colour output (NO_COLOR is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c okr -n "__fish_okr_using_subcommand init" -l team-dir -d 'The team directory (holding okr.toml) [default: found by walking up from here]' -r -F
complete -c okr -n "__fish_okr_using_subcommand init" -s q -l quiet -d 'Print only data, no confirmations'
complete -c okr -n "__fish_okr_using_subcommand init" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c okr -n "__fish_okr_using_subcommand init" -l wide -d 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)'
complete -c okr -n "__fish_okr_using_subcommand init" -l no-pager -d 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)'
complete -c okr -n "__fish_okr_using_subcommand init" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c okr -n "__fish_okr_using_subcommand init" -s V -l version -d 'Print version'
complete -c okr -n "__fish_okr_using_subcommand cycle; and not __fish_seen_subcommand_from list add show carry help" -l db -d 'The database file [default: okr.db in the platform data folder]' -r -F
complete -c okr -n "__fish_okr_using_subcommand cycle; and not __fish_seen_subcommand_from list add show carry help" -l format -d 'Output format where the output is data (`okr lint`: human, json or github)' -r -f -a "table\t''
markdown\t''
json\t''
csv\t''
html\t'`okr report` and `okr trend` only: a self-contained page with charts'
human\t'`okr lint`\'s default: like a compiler (elsewhere the same as table)'
github\t'`okr lint` only: GitHub Actions annotations'"
complete -c okr -n "__fish_okr_using_subcommand cycle; and not __fish_seen_subcommand_from list add show carry help" -l color -d 'When to colour output (NO_COLOR is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c okr -n "__fish_okr_using_subcommand cycle; and not __fish_seen_subcommand_from list add show carry help" -l team-dir -d 'The team directory (holding okr.toml) [default: found by walking up from here]' -r -F
complete -c okr -n "__fish_okr_using_subcommand cycle; and not __fish_seen_subcommand_from list add show carry help" -s q -l quiet -d 'Print only data, no confirmations'
complete -c okr -n "__fish_okr_using_subcommand cycle; and not __fish_seen_subcommand_from list add show carry help" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c okr -n "__fish_okr_using_subcommand cycle; and not __fish_seen_subcommand_from list add show carry help" -l wide -d 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)'
complete -c okr -n "__fish_okr_using_subcommand cycle; and not __fish_seen_subcommand_from list add show carry help" -l no-pager -d 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)'
complete -c okr -n "__fish_okr_using_subcommand cycle; and not __fish_seen_subcommand_from list add show carry help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c okr -n "__fish_okr_using_subcommand cycle; and not __fish_seen_subcommand_from list add show carry help" -s V -l version -d 'Print version'
complete -c okr -n "__fish_okr_using_subcommand cycle; and not __fish_seen_subcommand_from list add show carry help" -f -a "list" -d 'List custom cycles, cycles in use, and the current quarter'
complete -c okr -n "__fish_okr_using_subcommand cycle; and not __fish_seen_subcommand_from list add show carry help" -f -a "add" -d 'Add a custom cycle (quarters like 2026-Q4 need no setup)'
complete -c okr -n "__fish_okr_using_subcommand cycle; and not __fish_seen_subcommand_from list add show carry help" -f -a "show" -d 'Show a cycle\'s dates and how far through it today is'
complete -c okr -n "__fish_okr_using_subcommand cycle; and not __fish_seen_subcommand_from list add show carry help" -f -a "carry" -d 'Start the next cycle from this one: unfinished key results carry over'
complete -c okr -n "__fish_okr_using_subcommand cycle; and not __fish_seen_subcommand_from list add show carry help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c okr -n "__fish_okr_using_subcommand cycle; and __fish_seen_subcommand_from list" -l db -d 'The database file [default: okr.db in the platform data folder]' -r -F
complete -c okr -n "__fish_okr_using_subcommand cycle; and __fish_seen_subcommand_from list" -l format -d 'Output format where the output is data (`okr lint`: human, json or github)' -r -f -a "table\t''
markdown\t''
json\t''
csv\t''
html\t'`okr report` and `okr trend` only: a self-contained page with charts'
human\t'`okr lint`\'s default: like a compiler (elsewhere the same as table)'
github\t'`okr lint` only: GitHub Actions annotations'"
complete -c okr -n "__fish_okr_using_subcommand cycle; and __fish_seen_subcommand_from list" -l color -d 'When to colour output (NO_COLOR is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c okr -n "__fish_okr_using_subcommand cycle; and __fish_seen_subcommand_from list" -l team-dir -d 'The team directory (holding okr.toml) [default: found by walking up from here]' -r -F
complete -c okr -n "__fish_okr_using_subcommand cycle; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only data, no confirmations'
complete -c okr -n "__fish_okr_using_subcommand cycle; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c okr -n "__fish_okr_using_subcommand cycle; and __fish_seen_subcommand_from list" -l wide -d 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)'
complete -c okr -n "__fish_okr_using_subcommand cycle; and __fish_seen_subcommand_from list" -l no-pager -d 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)'
complete -c okr -n "__fish_okr_using_subcommand cycle; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c okr -n "__fish_okr_using_subcommand cycle; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c okr -n "__fish_okr_using_subcommand cycle; and __fish_seen_subcommand_from add" -l start -d 'First day (included)' -r
complete -c okr -n "__fish_okr_using_subcommand cycle; and __fish_seen_subcommand_from add" -l end -d 'Last day (included)' -r
complete -c okr -n "__fish_okr_using_subcommand cycle; and __fish_seen_subcommand_from add" -l db -d 'The database file [default: okr.db in the platform data folder]' -r -F
complete -c okr -n "__fish_okr_using_subcommand cycle; and __fish_seen_subcommand_from add" -l format -d 'Output format where the output is data (`okr lint`: human, json or github)' -r -f -a "table\t''
markdown\t''
json\t''
csv\t''
html\t'`okr report` and `okr trend` only: a self-contained page with charts'
human\t'`okr lint`\'s default: like a compiler (elsewhere the same as table)'
github\t'`okr lint` only: GitHub Actions annotations'"
complete -c okr -n "__fish_okr_using_subcommand cycle; and __fish_seen_subcommand_from add" -l color -d 'When to colour output (NO_COLOR is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c okr -n "__fish_okr_using_subcommand cycle; and __fish_seen_subcommand_from add" -l team-dir -d 'The team directory (holding okr.toml) [default: found by walking up from here]' -r -F
complete -c okr -n "__fish_okr_using_subcommand cycle; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print only data, no confirmations'
complete -c okr -n "__fish_okr_using_subcommand cycle; and __fish_seen_subcommand_from add" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c okr -n "__fish_okr_using_subcommand cycle; and __fish_seen_subcommand_from add" -l wide -d 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)'
complete -c okr -n "__fish_okr_using_subcommand cycle; and __fish_seen_subcommand_from add" -l no-pager -d 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)'
complete -c okr -n "__fish_okr_using_subcommand cycle; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c okr -n "__fish_okr_using_subcommand cycle; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c okr -n "__fish_okr_using_subcommand cycle; and __fish_seen_subcommand_from show" -l db -d 'The database file [default: okr.db in the platform data folder]' -r -F
complete -c okr -n "__fish_okr_using_subcommand cycle; and __fish_seen_subcommand_from show" -l format -d 'Output format where the output is data (`okr lint`: human, json or github)' -r -f -a "table\t''
markdown\t''
json\t''
csv\t''
html\t'`okr report` and `okr trend` only: a self-contained page with charts'
human\t'`okr lint`\'s default: like a compiler (elsewhere the same as table)'
github\t'`okr lint` only: GitHub Actions annotations'"
complete -c okr -n "__fish_okr_using_subcommand cycle; and __fish_seen_subcommand_from show" -l color -d 'When to colour output (NO_COLOR is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c okr -n "__fish_okr_using_subcommand cycle; and __fish_seen_subcommand_from show" -l team-dir -d 'The team directory (holding okr.toml) [default: found by walking up from here]' -r -F
complete -c okr -n "__fish_okr_using_subcommand cycle; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only data, no confirmations'
complete -c okr -n "__fish_okr_using_subcommand cycle; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c okr -n "__fish_okr_using_subcommand cycle; and __fish_seen_subcommand_from show" -l wide -d 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)'
complete -c okr -n "__fish_okr_using_subcommand cycle; and __fish_seen_subcommand_from show" -l no-pager -d 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)'
complete -c okr -n "__fish_okr_using_subcommand cycle; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c okr -n "__fish_okr_using_subcommand cycle; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c okr -n "__fish_okr_using_subcommand cycle; and __fish_seen_subcommand_from carry" -l db -d 'The database file [default: okr.db in the platform data folder]' -r -F
complete -c okr -n "__fish_okr_using_subcommand cycle; and __fish_seen_subcommand_from carry" -l format -d 'Output format where the output is data (`okr lint`: human, json or github)' -r -f -a "table\t''
markdown\t''
json\t''
csv\t''
html\t'`okr report` and `okr trend` only: a self-contained page with charts'
human\t'`okr lint`\'s default: like a compiler (elsewhere the same as table)'
github\t'`okr lint` only: GitHub Actions annotations'"
complete -c okr -n "__fish_okr_using_subcommand cycle; and __fish_seen_subcommand_from carry" -l color -d 'When to colour output (NO_COLOR is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c okr -n "__fish_okr_using_subcommand cycle; and __fish_seen_subcommand_from carry" -l team-dir -d 'The team directory (holding okr.toml) [default: found by walking up from here]' -r -F
complete -c okr -n "__fish_okr_using_subcommand cycle; and __fish_seen_subcommand_from carry" -l reset-targets -d 'Keep each key result\'s distance from start to target, from its new start (otherwise the target stays as it was)'
complete -c okr -n "__fish_okr_using_subcommand cycle; and __fish_seen_subcommand_from carry" -l dry-run -d 'Say what would be carried, change nothing'
complete -c okr -n "__fish_okr_using_subcommand cycle; and __fish_seen_subcommand_from carry" -s q -l quiet -d 'Print only data, no confirmations'
complete -c okr -n "__fish_okr_using_subcommand cycle; and __fish_seen_subcommand_from carry" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c okr -n "__fish_okr_using_subcommand cycle; and __fish_seen_subcommand_from carry" -l wide -d 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)'
complete -c okr -n "__fish_okr_using_subcommand cycle; and __fish_seen_subcommand_from carry" -l no-pager -d 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)'
complete -c okr -n "__fish_okr_using_subcommand cycle; and __fish_seen_subcommand_from carry" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c okr -n "__fish_okr_using_subcommand cycle; and __fish_seen_subcommand_from carry" -s V -l version -d 'Print version'
complete -c okr -n "__fish_okr_using_subcommand cycle; and __fish_seen_subcommand_from help" -f -a "list" -d 'List custom cycles, cycles in use, and the current quarter'
complete -c okr -n "__fish_okr_using_subcommand cycle; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a custom cycle (quarters like 2026-Q4 need no setup)'
complete -c okr -n "__fish_okr_using_subcommand cycle; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show a cycle\'s dates and how far through it today is'
complete -c okr -n "__fish_okr_using_subcommand cycle; and __fish_seen_subcommand_from help" -f -a "carry" -d 'Start the next cycle from this one: unfinished key results carry over'
complete -c okr -n "__fish_okr_using_subcommand cycle; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c okr -n "__fish_okr_using_subcommand objective; and not __fish_seen_subcommand_from add list ls show edit close archive rm link unlink help" -l db -d 'The database file [default: okr.db in the platform data folder]' -r -F
complete -c okr -n "__fish_okr_using_subcommand objective; and not __fish_seen_subcommand_from add list ls show edit close archive rm link unlink help" -l format -d 'Output format where the output is data (`okr lint`: human, json or github)' -r -f -a "table\t''
markdown\t''
json\t''
csv\t''
html\t'`okr report` and `okr trend` only: a self-contained page with charts'
human\t'`okr lint`\'s default: like a compiler (elsewhere the same as table)'
github\t'`okr lint` only: GitHub Actions annotations'"
complete -c okr -n "__fish_okr_using_subcommand objective; and not __fish_seen_subcommand_from add list ls show edit close archive rm link unlink help" -l color -d 'When to colour output (NO_COLOR is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c okr -n "__fish_okr_using_subcommand objective; and not __fish_seen_subcommand_from add list ls show edit close archive rm link unlink help" -l team-dir -d 'The team directory (holding okr.toml) [default: found by walking up from here]' -r -F
complete -c okr -n "__fish_okr_using_subcommand objective; and not __fish_seen_subcommand_from add list ls show edit close archive rm link unlink help" -s q -l quiet -d 'Print only data, no confirmations'
complete -c okr -n "__fish_okr_using_subcommand objective; and not __fish_seen_subcommand_from add list ls show edit close archive rm link unlink help" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c okr -n "__fish_okr_using_subcommand objective; and not __fish_seen_subcommand_from add list ls show edit close archive rm link unlink help" -l wide -d 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)'
complete -c okr -n "__fish_okr_using_subcommand objective; and not __fish_seen_subcommand_from add list ls show edit close archive rm link unlink help" -l no-pager -d 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)'
complete -c okr -n "__fish_okr_using_subcommand objective; and not __fish_seen_subcommand_from add list ls show edit close archive rm link unlink help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c okr -n "__fish_okr_using_subcommand objective; and not __fish_seen_subcommand_from add list ls show edit close archive rm link unlink help" -s V -l version -d 'Print version'
complete -c okr -n "__fish_okr_using_subcommand objective; and not __fish_seen_subcommand_from add list ls show edit close archive rm link unlink help" -f -a "add" -d 'Add an objective to a cycle'
complete -c okr -n "__fish_okr_using_subcommand objective; and not __fish_seen_subcommand_from add list ls show edit close archive rm link unlink help" -f -a "list" -d 'List objectives [default: the current quarter\'s]'
complete -c okr -n "__fish_okr_using_subcommand objective; and not __fish_seen_subcommand_from add list ls show edit close archive rm link unlink help" -f -a "ls" -d 'List objectives [default: the current quarter\'s]'
complete -c okr -n "__fish_okr_using_subcommand objective; and not __fish_seen_subcommand_from add list ls show edit close archive rm link unlink help" -f -a "show" -d 'Show an objective with its key results, check-ins, parent and children'
complete -c okr -n "__fish_okr_using_subcommand objective; and not __fish_seen_subcommand_from add list ls show edit close archive rm link unlink help" -f -a "edit" -d 'Change an objective\'s fields'
complete -c okr -n "__fish_okr_using_subcommand objective; and not __fish_seen_subcommand_from add list ls show edit close archive rm link unlink help" -f -a "close" -d 'Mark an objective done'
complete -c okr -n "__fish_okr_using_subcommand objective; and not __fish_seen_subcommand_from add list ls show edit close archive rm link unlink help" -f -a "archive" -d 'Archive an objective (kept with its history, out of the way)'
complete -c okr -n "__fish_okr_using_subcommand objective; and not __fish_seen_subcommand_from add list ls show edit close archive rm link unlink help" -f -a "rm" -d 'Delete an objective and its key results (asks first, or `--yes`)'
complete -c okr -n "__fish_okr_using_subcommand objective; and not __fish_seen_subcommand_from add list ls show edit close archive rm link unlink help" -f -a "link" -d 'Record that an objective contributes to another team\'s objective, besides its parent'
complete -c okr -n "__fish_okr_using_subcommand objective; and not __fish_seen_subcommand_from add list ls show edit close archive rm link unlink help" -f -a "unlink" -d 'Remove a link made with `okr objective link`'
complete -c okr -n "__fish_okr_using_subcommand objective; and not __fish_seen_subcommand_from add list ls show edit close archive rm link unlink help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c okr -n "__fish_okr_using_subcommand objective; and __fish_seen_subcommand_from add" -l cycle -d 'Cycle name, e.g. 2026-Q4 [default: the quarter containing today]' -r
complete -c okr -n "__fish_okr_using_subcommand objective; and __fish_seen_subcommand_from add" -l level -d 'Company, team or personal' -r -f -a "company\t''
team\t''
personal\t''"
complete -c okr -n "__fish_okr_using_subcommand objective; and __fish_seen_subcommand_from add" -l owner -d 'Who owns it [default: you, from OKR_USER, the config file or $USER]' -r
complete -c okr -n "__fish_okr_using_subcommand objective; and __fish_seen_subcommand_from add" -l parent -d 'The objective this one supports (alignment)' -r
complete -c okr -n "__fish_okr_using_subcommand objective; and __fish_seen_subcommand_from add" -l kind -d 'Committed (succeeds at a 1.0 score) or aspirational (succeeds at 0.7)' -r -f -a "committed\t''
aspirational\t''"
complete -c okr -n "__fish_okr_using_subcommand objective; and __fish_seen_subcommand_from add" -l description -d 'Why it matters, in a sentence or two' -r
complete -c okr -n "__fish_okr_using_subcommand objective; and __fish_seen_subcommand_from add" -l db -d 'The database file [default: okr.db in the platform data folder]' -r -F
complete -c okr -n "__fish_okr_using_subcommand objective; and __fish_seen_subcommand_from add" -l format -d 'Output format where the output is data (`okr lint`: human, json or github)' -r -f -a "table\t''
markdown\t''
json\t''
csv\t''
html\t'`okr report` and `okr trend` only: a self-contained page with charts'
human\t'`okr lint`\'s default: like a compiler (elsewhere the same as table)'
github\t'`okr lint` only: GitHub Actions annotations'"
complete -c okr -n "__fish_okr_using_subcommand objective; and __fish_seen_subcommand_from add" -l color -d 'When to colour output (NO_COLOR is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c okr -n "__fish_okr_using_subcommand objective; and __fish_seen_subcommand_from add" -l team-dir -d 'The team directory (holding okr.toml) [default: found by walking up from here]' -r -F
complete -c okr -n "__fish_okr_using_subcommand objective; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print only data, no confirmations'
complete -c okr -n "__fish_okr_using_subcommand objective; and __fish_seen_subcommand_from add" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c okr -n "__fish_okr_using_subcommand objective; and __fish_seen_subcommand_from add" -l wide -d 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)'
complete -c okr -n "__fish_okr_using_subcommand objective; and __fish_seen_subcommand_from add" -l no-pager -d 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)'
complete -c okr -n "__fish_okr_using_subcommand objective; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c okr -n "__fish_okr_using_subcommand objective; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c okr -n "__fish_okr_using_subcommand objective; and __fish_seen_subcommand_from list" -l cycle -d 'Cycle name, or `all` [default: the quarter containing today]' -r
complete -c okr -n "__fish_okr_using_subcommand objective; and __fish_seen_subcommand_from list" -l owner -d 'Only objectives owned by this person' -r
complete -c okr -n "__fish_okr_using_subcommand objective; and __fish_seen_subcommand_from list" -l level -d 'Only objectives of this level' -r -f -a "company\t''
team\t''
personal\t''"
complete -c okr -n "__fish_okr_using_subcommand objective; and __fish_seen_subcommand_from list" -l state -d 'Only objectives in this state' -r -f -a "active\t''
done\t''
archived\t''"
complete -c okr -n "__fish_okr_using_subcommand objective; and __fish_seen_subcommand_from list" -s n -l limit -d 'Show at most N (0: all) [default: all]' -r
complete -c okr -n "__fish_okr_using_subcommand objective; and __fish_seen_subcommand_from list" -l db -d 'The database file [default: okr.db in the platform data folder]' -r -F
complete -c okr -n "__fish_okr_using_subcommand objective; and __fish_seen_subcommand_from list" -l format -d 'Output format where the output is data (`okr lint`: human, json or github)' -r -f -a "table\t''
markdown\t''
json\t''
csv\t''
html\t'`okr report` and `okr trend` only: a self-contained page with charts'
human\t'`okr lint`\'s default: like a compiler (elsewhere the same as table)'
github\t'`okr lint` only: GitHub Actions annotations'"
complete -c okr -n "__fish_okr_using_subcommand objective; and __fish_seen_subcommand_from list" -l color -d 'When to colour output (NO_COLOR is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c okr -n "__fish_okr_using_subcommand objective; and __fish_seen_subcommand_from list" -l team-dir -d 'The team directory (holding okr.toml) [default: found by walking up from here]' -r -F
complete -c okr -n "__fish_okr_using_subcommand objective; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only data, no confirmations'
complete -c okr -n "__fish_okr_using_subcommand objective; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c okr -n "__fish_okr_using_subcommand objective; and __fish_seen_subcommand_from list" -l wide -d 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)'
complete -c okr -n "__fish_okr_using_subcommand objective; and __fish_seen_subcommand_from list" -l no-pager -d 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)'
complete -c okr -n "__fish_okr_using_subcommand objective; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c okr -n "__fish_okr_using_subcommand objective; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c okr -n "__fish_okr_using_subcommand objective; and __fish_seen_subcommand_from ls" -l cycle -d 'Cycle name, or `all` [default: the quarter containing today]' -r
complete -c okr -n "__fish_okr_using_subcommand objective; and __fish_seen_subcommand_from ls" -l owner -d 'Only objectives owned by this person' -r
complete -c okr -n "__fish_okr_using_subcommand objective; and __fish_seen_subcommand_from ls" -l level -d 'Only objectives of this level' -r -f -a "company\t''
team\t''
personal\t''"
complete -c okr -n "__fish_okr_using_subcommand objective; and __fish_seen_subcommand_from ls" -l state -d 'Only objectives in this state' -r -f -a "active\t''
done\t''
archived\t''"
complete -c okr -n "__fish_okr_using_subcommand objective; and __fish_seen_subcommand_from ls" -s n -l limit -d 'Show at most N (0: all) [default: all]' -r
complete -c okr -n "__fish_okr_using_subcommand objective; and __fish_seen_subcommand_from ls" -l db -d 'The database file [default: okr.db in the platform data folder]' -r -F
complete -c okr -n "__fish_okr_using_subcommand objective; and __fish_seen_subcommand_from ls" -l format -d 'Output format where the output is data (`okr lint`: human, json or github)' -r -f -a "table\t''
markdown\t''
json\t''
csv\t''
html\t'`okr report` and `okr trend` only: a self-contained page with charts'
human\t'`okr lint`\'s default: like a compiler (elsewhere the same as table)'
github\t'`okr lint` only: GitHub Actions annotations'"
complete -c okr -n "__fish_okr_using_subcommand objective; and __fish_seen_subcommand_from ls" -l color -d 'When to colour output (NO_COLOR is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c okr -n "__fish_okr_using_subcommand objective; and __fish_seen_subcommand_from ls" -l team-dir -d 'The team directory (holding okr.toml) [default: found by walking up from here]' -r -F
complete -c okr -n "__fish_okr_using_subcommand objective; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print only data, no confirmations'
complete -c okr -n "__fish_okr_using_subcommand objective; and __fish_seen_subcommand_from ls" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c okr -n "__fish_okr_using_subcommand objective; and __fish_seen_subcommand_from ls" -l wide -d 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)'
complete -c okr -n "__fish_okr_using_subcommand objective; and __fish_seen_subcommand_from ls" -l no-pager -d 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)'
complete -c okr -n "__fish_okr_using_subcommand objective; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c okr -n "__fish_okr_using_subcommand objective; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c okr -n "__fish_okr_using_subcommand objective; and __fish_seen_subcommand_from show" -l db -d 'The database file [default: okr.db in the platform data folder]' -r -F
complete -c okr -n "__fish_okr_using_subcommand objective; and __fish_seen_subcommand_from show" -l format -d 'Output format where the output is data (`okr lint`: human, json or github)' -r -f -a "table\t''
markdown\t''
json\t''
csv\t''
html\t'`okr report` and `okr trend` only: a self-contained page with charts'
human\t'`okr lint`\'s default: like a compiler (elsewhere the same as table)'
github\t'`okr lint` only: GitHub Actions annotations'"
complete -c okr -n "__fish_okr_using_subcommand objective; and __fish_seen_subcommand_from show" -l color -d 'When to colour output (NO_COLOR is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c okr -n "__fish_okr_using_subcommand objective; and __fish_seen_subcommand_from show" -l team-dir -d 'The team directory (holding okr.toml) [default: found by walking up from here]' -r -F
complete -c okr -n "__fish_okr_using_subcommand objective; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only data, no confirmations'
complete -c okr -n "__fish_okr_using_subcommand objective; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c okr -n "__fish_okr_using_subcommand objective; and __fish_seen_subcommand_from show" -l wide -d 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)'
complete -c okr -n "__fish_okr_using_subcommand objective; and __fish_seen_subcommand_from show" -l no-pager -d 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)'
complete -c okr -n "__fish_okr_using_subcommand objective; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c okr -n "__fish_okr_using_subcommand objective; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c okr -n "__fish_okr_using_subcommand objective; and __fish_seen_subcommand_from edit" -l title -d 'New title' -r
complete -c okr -n "__fish_okr_using_subcommand objective; and __fish_seen_subcommand_from edit" -l description -d 'New description (an empty string removes it)' -r
complete -c okr -n "__fish_okr_using_subcommand objective; and __fish_seen_subcommand_from edit" -l cycle -d 'Move it to another cycle' -r
complete -c okr -n "__fish_okr_using_subcommand objective; and __fish_seen_subcommand_from edit" -l level -d 'New level' -r -f -a "company\t''
team\t''
personal\t''"
complete -c okr -n "__fish_okr_using_subcommand objective; and __fish_seen_subcommand_from edit" -l owner -d 'New owner' -r
complete -c okr -n "__fish_okr_using_subcommand objective; and __fish_seen_subcommand_from edit" -l kind -d 'Committed or aspirational' -r -f -a "committed\t''
aspirational\t''"
complete -c okr -n "__fish_okr_using_subcommand objective; and __fish_seen_subcommand_from edit" -l parent -d 'Align it to another objective' -r
complete -c okr -n "__fish_okr_using_subcommand objective; and __fish_seen_subcommand_from edit" -l state -d 'Active, done or archived' -r -f -a "active\t''
done\t''
archived\t''"
complete -c okr -n "__fish_okr_using_subcommand objective; and __fish_seen_subcommand_from edit" -l reason -d 'Why: kept in the log (required when the config says `require_reason = true`)' -r
complete -c okr -n "__fish_okr_using_subcommand objective; and __fish_seen_subcommand_from edit" -l db -d 'The database file [default: okr.db in the platform data folder]' -r -F
complete -c okr -n "__fish_okr_using_subcommand objective; and __fish_seen_subcommand_from edit" -l format -d 'Output format where the output is data (`okr lint`: human, json or github)' -r -f -a "table\t''
markdown\t''
json\t''
csv\t''
html\t'`okr report` and `okr trend` only: a self-contained page with charts'
human\t'`okr lint`\'s default: like a compiler (elsewhere the same as table)'
github\t'`okr lint` only: GitHub Actions annotations'"
complete -c okr -n "__fish_okr_using_subcommand objective; and __fish_seen_subcommand_from edit" -l color -d 'When to colour output (NO_COLOR is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c okr -n "__fish_okr_using_subcommand objective; and __fish_seen_subcommand_from edit" -l team-dir -d 'The team directory (holding okr.toml) [default: found by walking up from here]' -r -F
complete -c okr -n "__fish_okr_using_subcommand objective; and __fish_seen_subcommand_from edit" -l no-parent -d 'Remove the alignment to a parent'
complete -c okr -n "__fish_okr_using_subcommand objective; and __fish_seen_subcommand_from edit" -s q -l quiet -d 'Print only data, no confirmations'
complete -c okr -n "__fish_okr_using_subcommand objective; and __fish_seen_subcommand_from edit" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c okr -n "__fish_okr_using_subcommand objective; and __fish_seen_subcommand_from edit" -l wide -d 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)'
complete -c okr -n "__fish_okr_using_subcommand objective; and __fish_seen_subcommand_from edit" -l no-pager -d 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)'
complete -c okr -n "__fish_okr_using_subcommand objective; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c okr -n "__fish_okr_using_subcommand objective; and __fish_seen_subcommand_from edit" -s V -l version -d 'Print version'
complete -c okr -n "__fish_okr_using_subcommand objective; and __fish_seen_subcommand_from close" -l db -d 'The database file [default: okr.db in the platform data folder]' -r -F
complete -c okr -n "__fish_okr_using_subcommand objective; and __fish_seen_subcommand_from close" -l format -d 'Output format where the output is data (`okr lint`: human, json or github)' -r -f -a "table\t''
markdown\t''
json\t''
csv\t''
html\t'`okr report` and `okr trend` only: a self-contained page with charts'
human\t'`okr lint`\'s default: like a compiler (elsewhere the same as table)'
github\t'`okr lint` only: GitHub Actions annotations'"
complete -c okr -n "__fish_okr_using_subcommand objective; and __fish_seen_subcommand_from close" -l color -d 'When to colour output (NO_COLOR is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c okr -n "__fish_okr_using_subcommand objective; and __fish_seen_subcommand_from close" -l team-dir -d 'The team directory (holding okr.toml) [default: found by walking up from here]' -r -F
complete -c okr -n "__fish_okr_using_subcommand objective; and __fish_seen_subcommand_from close" -s q -l quiet -d 'Print only data, no confirmations'
complete -c okr -n "__fish_okr_using_subcommand objective; and __fish_seen_subcommand_from close" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c okr -n "__fish_okr_using_subcommand objective; and __fish_seen_subcommand_from close" -l wide -d 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)'
complete -c okr -n "__fish_okr_using_subcommand objective; and __fish_seen_subcommand_from close" -l no-pager -d 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)'
complete -c okr -n "__fish_okr_using_subcommand objective; and __fish_seen_subcommand_from close" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c okr -n "__fish_okr_using_subcommand objective; and __fish_seen_subcommand_from close" -s V -l version -d 'Print version'
complete -c okr -n "__fish_okr_using_subcommand objective; and __fish_seen_subcommand_from archive" -l db -d 'The database file [default: okr.db in the platform data folder]' -r -F
complete -c okr -n "__fish_okr_using_subcommand objective; and __fish_seen_subcommand_from archive" -l format -d 'Output format where the output is data (`okr lint`: human, json or github)' -r -f -a "table\t''
markdown\t''
json\t''
csv\t''
html\t'`okr report` and `okr trend` only: a self-contained page with charts'
human\t'`okr lint`\'s default: like a compiler (elsewhere the same as table)'
github\t'`okr lint` only: GitHub Actions annotations'"
complete -c okr -n "__fish_okr_using_subcommand objective; and __fish_seen_subcommand_from archive" -l color -d 'When to colour output (NO_COLOR is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c okr -n "__fish_okr_using_subcommand objective; and __fish_seen_subcommand_from archive" -l team-dir -d 'The team directory (holding okr.toml) [default: found by walking up from here]' -r -F
complete -c okr -n "__fish_okr_using_subcommand objective; and __fish_seen_subcommand_from archive" -s q -l quiet -d 'Print only data, no confirmations'
complete -c okr -n "__fish_okr_using_subcommand objective; and __fish_seen_subcommand_from archive" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c okr -n "__fish_okr_using_subcommand objective; and __fish_seen_subcommand_from archive" -l wide -d 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)'
complete -c okr -n "__fish_okr_using_subcommand objective; and __fish_seen_subcommand_from archive" -l no-pager -d 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)'
complete -c okr -n "__fish_okr_using_subcommand objective; and __fish_seen_subcommand_from archive" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c okr -n "__fish_okr_using_subcommand objective; and __fish_seen_subcommand_from archive" -s V -l version -d 'Print version'
complete -c okr -n "__fish_okr_using_subcommand objective; and __fish_seen_subcommand_from rm" -l db -d 'The database file [default: okr.db in the platform data folder]' -r -F
complete -c okr -n "__fish_okr_using_subcommand objective; and __fish_seen_subcommand_from rm" -l format -d 'Output format where the output is data (`okr lint`: human, json or github)' -r -f -a "table\t''
markdown\t''
json\t''
csv\t''
html\t'`okr report` and `okr trend` only: a self-contained page with charts'
human\t'`okr lint`\'s default: like a compiler (elsewhere the same as table)'
github\t'`okr lint` only: GitHub Actions annotations'"
complete -c okr -n "__fish_okr_using_subcommand objective; and __fish_seen_subcommand_from rm" -l color -d 'When to colour output (NO_COLOR is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c okr -n "__fish_okr_using_subcommand objective; and __fish_seen_subcommand_from rm" -l team-dir -d 'The team directory (holding okr.toml) [default: found by walking up from here]' -r -F
complete -c okr -n "__fish_okr_using_subcommand objective; and __fish_seen_subcommand_from rm" -l with-checkins -d 'Also delete the check-ins of its key results (otherwise refused)'
complete -c okr -n "__fish_okr_using_subcommand objective; and __fish_seen_subcommand_from rm" -s q -l quiet -d 'Print only data, no confirmations'
complete -c okr -n "__fish_okr_using_subcommand objective; and __fish_seen_subcommand_from rm" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c okr -n "__fish_okr_using_subcommand objective; and __fish_seen_subcommand_from rm" -l wide -d 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)'
complete -c okr -n "__fish_okr_using_subcommand objective; and __fish_seen_subcommand_from rm" -l no-pager -d 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)'
complete -c okr -n "__fish_okr_using_subcommand objective; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c okr -n "__fish_okr_using_subcommand objective; and __fish_seen_subcommand_from rm" -s V -l version -d 'Print version'
complete -c okr -n "__fish_okr_using_subcommand objective; and __fish_seen_subcommand_from link" -l supports -d 'The objective it contributes to: another team\'s, in the same cycle' -r
complete -c okr -n "__fish_okr_using_subcommand objective; and __fish_seen_subcommand_from link" -l db -d 'The database file [default: okr.db in the platform data folder]' -r -F
complete -c okr -n "__fish_okr_using_subcommand objective; and __fish_seen_subcommand_from link" -l format -d 'Output format where the output is data (`okr lint`: human, json or github)' -r -f -a "table\t''
markdown\t''
json\t''
csv\t''
html\t'`okr report` and `okr trend` only: a self-contained page with charts'
human\t'`okr lint`\'s default: like a compiler (elsewhere the same as table)'
github\t'`okr lint` only: GitHub Actions annotations'"
complete -c okr -n "__fish_okr_using_subcommand objective; and __fish_seen_subcommand_from link" -l color -d 'When to colour output (NO_COLOR is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c okr -n "__fish_okr_using_subcommand objective; and __fish_seen_subcommand_from link" -l team-dir -d 'The team directory (holding okr.toml) [default: found by walking up from here]' -r -F
complete -c okr -n "__fish_okr_using_subcommand objective; and __fish_seen_subcommand_from link" -s q -l quiet -d 'Print only data, no confirmations'
complete -c okr -n "__fish_okr_using_subcommand objective; and __fish_seen_subcommand_from link" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c okr -n "__fish_okr_using_subcommand objective; and __fish_seen_subcommand_from link" -l wide -d 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)'
complete -c okr -n "__fish_okr_using_subcommand objective; and __fish_seen_subcommand_from link" -l no-pager -d 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)'
complete -c okr -n "__fish_okr_using_subcommand objective; and __fish_seen_subcommand_from link" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c okr -n "__fish_okr_using_subcommand objective; and __fish_seen_subcommand_from link" -s V -l version -d 'Print version'
complete -c okr -n "__fish_okr_using_subcommand objective; and __fish_seen_subcommand_from unlink" -l supports -d 'The objective it contributes to: another team\'s, in the same cycle' -r
complete -c okr -n "__fish_okr_using_subcommand objective; and __fish_seen_subcommand_from unlink" -l db -d 'The database file [default: okr.db in the platform data folder]' -r -F
complete -c okr -n "__fish_okr_using_subcommand objective; and __fish_seen_subcommand_from unlink" -l format -d 'Output format where the output is data (`okr lint`: human, json or github)' -r -f -a "table\t''
markdown\t''
json\t''
csv\t''
html\t'`okr report` and `okr trend` only: a self-contained page with charts'
human\t'`okr lint`\'s default: like a compiler (elsewhere the same as table)'
github\t'`okr lint` only: GitHub Actions annotations'"
complete -c okr -n "__fish_okr_using_subcommand objective; and __fish_seen_subcommand_from unlink" -l color -d 'When to colour output (NO_COLOR is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c okr -n "__fish_okr_using_subcommand objective; and __fish_seen_subcommand_from unlink" -l team-dir -d 'The team directory (holding okr.toml) [default: found by walking up from here]' -r -F
complete -c okr -n "__fish_okr_using_subcommand objective; and __fish_seen_subcommand_from unlink" -s q -l quiet -d 'Print only data, no confirmations'
complete -c okr -n "__fish_okr_using_subcommand objective; and __fish_seen_subcommand_from unlink" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c okr -n "__fish_okr_using_subcommand objective; and __fish_seen_subcommand_from unlink" -l wide -d 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)'
complete -c okr -n "__fish_okr_using_subcommand objective; and __fish_seen_subcommand_from unlink" -l no-pager -d 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)'
complete -c okr -n "__fish_okr_using_subcommand objective; and __fish_seen_subcommand_from unlink" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c okr -n "__fish_okr_using_subcommand objective; and __fish_seen_subcommand_from unlink" -s V -l version -d 'Print version'
complete -c okr -n "__fish_okr_using_subcommand objective; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add an objective to a cycle'
complete -c okr -n "__fish_okr_using_subcommand objective; and __fish_seen_subcommand_from help" -f -a "list" -d 'List objectives [default: the current quarter\'s]'
complete -c okr -n "__fish_okr_using_subcommand objective; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show an objective with its key results, check-ins, parent and children'
complete -c okr -n "__fish_okr_using_subcommand objective; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Change an objective\'s fields'
complete -c okr -n "__fish_okr_using_subcommand objective; and __fish_seen_subcommand_from help" -f -a "close" -d 'Mark an objective done'
complete -c okr -n "__fish_okr_using_subcommand objective; and __fish_seen_subcommand_from help" -f -a "archive" -d 'Archive an objective (kept with its history, out of the way)'
complete -c okr -n "__fish_okr_using_subcommand objective; and __fish_seen_subcommand_from help" -f -a "rm" -d 'Delete an objective and its key results (asks first, or `--yes`)'
complete -c okr -n "__fish_okr_using_subcommand objective; and __fish_seen_subcommand_from help" -f -a "link" -d 'Record that an objective contributes to another team\'s objective, besides its parent'
complete -c okr -n "__fish_okr_using_subcommand objective; and __fish_seen_subcommand_from help" -f -a "unlink" -d 'Remove a link made with `okr objective link`'
complete -c okr -n "__fish_okr_using_subcommand objective; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c okr -n "__fish_okr_using_subcommand o; and not __fish_seen_subcommand_from add list ls show edit close archive rm link unlink help" -l db -d 'The database file [default: okr.db in the platform data folder]' -r -F
complete -c okr -n "__fish_okr_using_subcommand o; and not __fish_seen_subcommand_from add list ls show edit close archive rm link unlink help" -l format -d 'Output format where the output is data (`okr lint`: human, json or github)' -r -f -a "table\t''
markdown\t''
json\t''
csv\t''
html\t'`okr report` and `okr trend` only: a self-contained page with charts'
human\t'`okr lint`\'s default: like a compiler (elsewhere the same as table)'
github\t'`okr lint` only: GitHub Actions annotations'"
complete -c okr -n "__fish_okr_using_subcommand o; and not __fish_seen_subcommand_from add list ls show edit close archive rm link unlink help" -l color -d 'When to colour output (NO_COLOR is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c okr -n "__fish_okr_using_subcommand o; and not __fish_seen_subcommand_from add list ls show edit close archive rm link unlink help" -l team-dir -d 'The team directory (holding okr.toml) [default: found by walking up from here]' -r -F
complete -c okr -n "__fish_okr_using_subcommand o; and not __fish_seen_subcommand_from add list ls show edit close archive rm link unlink help" -s q -l quiet -d 'Print only data, no confirmations'
complete -c okr -n "__fish_okr_using_subcommand o; and not __fish_seen_subcommand_from add list ls show edit close archive rm link unlink help" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c okr -n "__fish_okr_using_subcommand o; and not __fish_seen_subcommand_from add list ls show edit close archive rm link unlink help" -l wide -d 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)'
complete -c okr -n "__fish_okr_using_subcommand o; and not __fish_seen_subcommand_from add list ls show edit close archive rm link unlink help" -l no-pager -d 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)'
complete -c okr -n "__fish_okr_using_subcommand o; and not __fish_seen_subcommand_from add list ls show edit close archive rm link unlink help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c okr -n "__fish_okr_using_subcommand o; and not __fish_seen_subcommand_from add list ls show edit close archive rm link unlink help" -s V -l version -d 'Print version'
complete -c okr -n "__fish_okr_using_subcommand o; and not __fish_seen_subcommand_from add list ls show edit close archive rm link unlink help" -f -a "add" -d 'Add an objective to a cycle'
complete -c okr -n "__fish_okr_using_subcommand o; and not __fish_seen_subcommand_from add list ls show edit close archive rm link unlink help" -f -a "list" -d 'List objectives [default: the current quarter\'s]'
complete -c okr -n "__fish_okr_using_subcommand o; and not __fish_seen_subcommand_from add list ls show edit close archive rm link unlink help" -f -a "ls" -d 'List objectives [default: the current quarter\'s]'
complete -c okr -n "__fish_okr_using_subcommand o; and not __fish_seen_subcommand_from add list ls show edit close archive rm link unlink help" -f -a "show" -d 'Show an objective with its key results, check-ins, parent and children'
complete -c okr -n "__fish_okr_using_subcommand o; and not __fish_seen_subcommand_from add list ls show edit close archive rm link unlink help" -f -a "edit" -d 'Change an objective\'s fields'
complete -c okr -n "__fish_okr_using_subcommand o; and not __fish_seen_subcommand_from add list ls show edit close archive rm link unlink help" -f -a "close" -d 'Mark an objective done'
complete -c okr -n "__fish_okr_using_subcommand o; and not __fish_seen_subcommand_from add list ls show edit close archive rm link unlink help" -f -a "archive" -d 'Archive an objective (kept with its history, out of the way)'
complete -c okr -n "__fish_okr_using_subcommand o; and not __fish_seen_subcommand_from add list ls show edit close archive rm link unlink help" -f -a "rm" -d 'Delete an objective and its key results (asks first, or `--yes`)'
complete -c okr -n "__fish_okr_using_subcommand o; and not __fish_seen_subcommand_from add list ls show edit close archive rm link unlink help" -f -a "link" -d 'Record that an objective contributes to another team\'s objective, besides its parent'
complete -c okr -n "__fish_okr_using_subcommand o; and not __fish_seen_subcommand_from add list ls show edit close archive rm link unlink help" -f -a "unlink" -d 'Remove a link made with `okr objective link`'
complete -c okr -n "__fish_okr_using_subcommand o; and not __fish_seen_subcommand_from add list ls show edit close archive rm link unlink help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c okr -n "__fish_okr_using_subcommand o; and __fish_seen_subcommand_from add" -l cycle -d 'Cycle name, e.g. 2026-Q4 [default: the quarter containing today]' -r
complete -c okr -n "__fish_okr_using_subcommand o; and __fish_seen_subcommand_from add" -l level -d 'Company, team or personal' -r -f -a "company\t''
team\t''
personal\t''"
complete -c okr -n "__fish_okr_using_subcommand o; and __fish_seen_subcommand_from add" -l owner -d 'Who owns it [default: you, from OKR_USER, the config file or $USER]' -r
complete -c okr -n "__fish_okr_using_subcommand o; and __fish_seen_subcommand_from add" -l parent -d 'The objective this one supports (alignment)' -r
complete -c okr -n "__fish_okr_using_subcommand o; and __fish_seen_subcommand_from add" -l kind -d 'Committed (succeeds at a 1.0 score) or aspirational (succeeds at 0.7)' -r -f -a "committed\t''
aspirational\t''"
complete -c okr -n "__fish_okr_using_subcommand o; and __fish_seen_subcommand_from add" -l description -d 'Why it matters, in a sentence or two' -r
complete -c okr -n "__fish_okr_using_subcommand o; and __fish_seen_subcommand_from add" -l db -d 'The database file [default: okr.db in the platform data folder]' -r -F
complete -c okr -n "__fish_okr_using_subcommand o; and __fish_seen_subcommand_from add" -l format -d 'Output format where the output is data (`okr lint`: human, json or github)' -r -f -a "table\t''
markdown\t''
json\t''
csv\t''
html\t'`okr report` and `okr trend` only: a self-contained page with charts'
human\t'`okr lint`\'s default: like a compiler (elsewhere the same as table)'
github\t'`okr lint` only: GitHub Actions annotations'"
complete -c okr -n "__fish_okr_using_subcommand o; and __fish_seen_subcommand_from add" -l color -d 'When to colour output (NO_COLOR is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c okr -n "__fish_okr_using_subcommand o; and __fish_seen_subcommand_from add" -l team-dir -d 'The team directory (holding okr.toml) [default: found by walking up from here]' -r -F
complete -c okr -n "__fish_okr_using_subcommand o; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print only data, no confirmations'
complete -c okr -n "__fish_okr_using_subcommand o; and __fish_seen_subcommand_from add" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c okr -n "__fish_okr_using_subcommand o; and __fish_seen_subcommand_from add" -l wide -d 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)'
complete -c okr -n "__fish_okr_using_subcommand o; and __fish_seen_subcommand_from add" -l no-pager -d 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)'
complete -c okr -n "__fish_okr_using_subcommand o; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c okr -n "__fish_okr_using_subcommand o; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c okr -n "__fish_okr_using_subcommand o; and __fish_seen_subcommand_from list" -l cycle -d 'Cycle name, or `all` [default: the quarter containing today]' -r
complete -c okr -n "__fish_okr_using_subcommand o; and __fish_seen_subcommand_from list" -l owner -d 'Only objectives owned by this person' -r
complete -c okr -n "__fish_okr_using_subcommand o; and __fish_seen_subcommand_from list" -l level -d 'Only objectives of this level' -r -f -a "company\t''
team\t''
personal\t''"
complete -c okr -n "__fish_okr_using_subcommand o; and __fish_seen_subcommand_from list" -l state -d 'Only objectives in this state' -r -f -a "active\t''
done\t''
archived\t''"
complete -c okr -n "__fish_okr_using_subcommand o; and __fish_seen_subcommand_from list" -s n -l limit -d 'Show at most N (0: all) [default: all]' -r
complete -c okr -n "__fish_okr_using_subcommand o; and __fish_seen_subcommand_from list" -l db -d 'The database file [default: okr.db in the platform data folder]' -r -F
complete -c okr -n "__fish_okr_using_subcommand o; and __fish_seen_subcommand_from list" -l format -d 'Output format where the output is data (`okr lint`: human, json or github)' -r -f -a "table\t''
markdown\t''
json\t''
csv\t''
html\t'`okr report` and `okr trend` only: a self-contained page with charts'
human\t'`okr lint`\'s default: like a compiler (elsewhere the same as table)'
github\t'`okr lint` only: GitHub Actions annotations'"
complete -c okr -n "__fish_okr_using_subcommand o; and __fish_seen_subcommand_from list" -l color -d 'When to colour output (NO_COLOR is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c okr -n "__fish_okr_using_subcommand o; and __fish_seen_subcommand_from list" -l team-dir -d 'The team directory (holding okr.toml) [default: found by walking up from here]' -r -F
complete -c okr -n "__fish_okr_using_subcommand o; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only data, no confirmations'
complete -c okr -n "__fish_okr_using_subcommand o; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c okr -n "__fish_okr_using_subcommand o; and __fish_seen_subcommand_from list" -l wide -d 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)'
complete -c okr -n "__fish_okr_using_subcommand o; and __fish_seen_subcommand_from list" -l no-pager -d 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)'
complete -c okr -n "__fish_okr_using_subcommand o; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c okr -n "__fish_okr_using_subcommand o; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c okr -n "__fish_okr_using_subcommand o; and __fish_seen_subcommand_from ls" -l cycle -d 'Cycle name, or `all` [default: the quarter containing today]' -r
complete -c okr -n "__fish_okr_using_subcommand o; and __fish_seen_subcommand_from ls" -l owner -d 'Only objectives owned by this person' -r
complete -c okr -n "__fish_okr_using_subcommand o; and __fish_seen_subcommand_from ls" -l level -d 'Only objectives of this level' -r -f -a "company\t''
team\t''
personal\t''"
complete -c okr -n "__fish_okr_using_subcommand o; and __fish_seen_subcommand_from ls" -l state -d 'Only objectives in this state' -r -f -a "active\t''
done\t''
archived\t''"
complete -c okr -n "__fish_okr_using_subcommand o; and __fish_seen_subcommand_from ls" -s n -l limit -d 'Show at most N (0: all) [default: all]' -r
complete -c okr -n "__fish_okr_using_subcommand o; and __fish_seen_subcommand_from ls" -l db -d 'The database file [default: okr.db in the platform data folder]' -r -F
complete -c okr -n "__fish_okr_using_subcommand o; and __fish_seen_subcommand_from ls" -l format -d 'Output format where the output is data (`okr lint`: human, json or github)' -r -f -a "table\t''
markdown\t''
json\t''
csv\t''
html\t'`okr report` and `okr trend` only: a self-contained page with charts'
human\t'`okr lint`\'s default: like a compiler (elsewhere the same as table)'
github\t'`okr lint` only: GitHub Actions annotations'"
complete -c okr -n "__fish_okr_using_subcommand o; and __fish_seen_subcommand_from ls" -l color -d 'When to colour output (NO_COLOR is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c okr -n "__fish_okr_using_subcommand o; and __fish_seen_subcommand_from ls" -l team-dir -d 'The team directory (holding okr.toml) [default: found by walking up from here]' -r -F
complete -c okr -n "__fish_okr_using_subcommand o; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print only data, no confirmations'
complete -c okr -n "__fish_okr_using_subcommand o; and __fish_seen_subcommand_from ls" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c okr -n "__fish_okr_using_subcommand o; and __fish_seen_subcommand_from ls" -l wide -d 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)'
complete -c okr -n "__fish_okr_using_subcommand o; and __fish_seen_subcommand_from ls" -l no-pager -d 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)'
complete -c okr -n "__fish_okr_using_subcommand o; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c okr -n "__fish_okr_using_subcommand o; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c okr -n "__fish_okr_using_subcommand o; and __fish_seen_subcommand_from show" -l db -d 'The database file [default: okr.db in the platform data folder]' -r -F
complete -c okr -n "__fish_okr_using_subcommand o; and __fish_seen_subcommand_from show" -l format -d 'Output format where the output is data (`okr lint`: human, json or github)' -r -f -a "table\t''
markdown\t''
json\t''
csv\t''
html\t'`okr report` and `okr trend` only: a self-contained page with charts'
human\t'`okr lint`\'s default: like a compiler (elsewhere the same as table)'
github\t'`okr lint` only: GitHub Actions annotations'"
complete -c okr -n "__fish_okr_using_subcommand o; and __fish_seen_subcommand_from show" -l color -d 'When to colour output (NO_COLOR is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c okr -n "__fish_okr_using_subcommand o; and __fish_seen_subcommand_from show" -l team-dir -d 'The team directory (holding okr.toml) [default: found by walking up from here]' -r -F
complete -c okr -n "__fish_okr_using_subcommand o; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only data, no confirmations'
complete -c okr -n "__fish_okr_using_subcommand o; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c okr -n "__fish_okr_using_subcommand o; and __fish_seen_subcommand_from show" -l wide -d 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)'
complete -c okr -n "__fish_okr_using_subcommand o; and __fish_seen_subcommand_from show" -l no-pager -d 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)'
complete -c okr -n "__fish_okr_using_subcommand o; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c okr -n "__fish_okr_using_subcommand o; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c okr -n "__fish_okr_using_subcommand o; and __fish_seen_subcommand_from edit" -l title -d 'New title' -r
complete -c okr -n "__fish_okr_using_subcommand o; and __fish_seen_subcommand_from edit" -l description -d 'New description (an empty string removes it)' -r
complete -c okr -n "__fish_okr_using_subcommand o; and __fish_seen_subcommand_from edit" -l cycle -d 'Move it to another cycle' -r
complete -c okr -n "__fish_okr_using_subcommand o; and __fish_seen_subcommand_from edit" -l level -d 'New level' -r -f -a "company\t''
team\t''
personal\t''"
complete -c okr -n "__fish_okr_using_subcommand o; and __fish_seen_subcommand_from edit" -l owner -d 'New owner' -r
complete -c okr -n "__fish_okr_using_subcommand o; and __fish_seen_subcommand_from edit" -l kind -d 'Committed or aspirational' -r -f -a "committed\t''
aspirational\t''"
complete -c okr -n "__fish_okr_using_subcommand o; and __fish_seen_subcommand_from edit" -l parent -d 'Align it to another objective' -r
complete -c okr -n "__fish_okr_using_subcommand o; and __fish_seen_subcommand_from edit" -l state -d 'Active, done or archived' -r -f -a "active\t''
done\t''
archived\t''"
complete -c okr -n "__fish_okr_using_subcommand o; and __fish_seen_subcommand_from edit" -l reason -d 'Why: kept in the log (required when the config says `require_reason = true`)' -r
complete -c okr -n "__fish_okr_using_subcommand o; and __fish_seen_subcommand_from edit" -l db -d 'The database file [default: okr.db in the platform data folder]' -r -F
complete -c okr -n "__fish_okr_using_subcommand o; and __fish_seen_subcommand_from edit" -l format -d 'Output format where the output is data (`okr lint`: human, json or github)' -r -f -a "table\t''
markdown\t''
json\t''
csv\t''
html\t'`okr report` and `okr trend` only: a self-contained page with charts'
human\t'`okr lint`\'s default: like a compiler (elsewhere the same as table)'
github\t'`okr lint` only: GitHub Actions annotations'"
complete -c okr -n "__fish_okr_using_subcommand o; and __fish_seen_subcommand_from edit" -l color -d 'When to colour output (NO_COLOR is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c okr -n "__fish_okr_using_subcommand o; and __fish_seen_subcommand_from edit" -l team-dir -d 'The team directory (holding okr.toml) [default: found by walking up from here]' -r -F
complete -c okr -n "__fish_okr_using_subcommand o; and __fish_seen_subcommand_from edit" -l no-parent -d 'Remove the alignment to a parent'
complete -c okr -n "__fish_okr_using_subcommand o; and __fish_seen_subcommand_from edit" -s q -l quiet -d 'Print only data, no confirmations'
complete -c okr -n "__fish_okr_using_subcommand o; and __fish_seen_subcommand_from edit" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c okr -n "__fish_okr_using_subcommand o; and __fish_seen_subcommand_from edit" -l wide -d 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)'
complete -c okr -n "__fish_okr_using_subcommand o; and __fish_seen_subcommand_from edit" -l no-pager -d 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)'
complete -c okr -n "__fish_okr_using_subcommand o; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c okr -n "__fish_okr_using_subcommand o; and __fish_seen_subcommand_from edit" -s V -l version -d 'Print version'
complete -c okr -n "__fish_okr_using_subcommand o; and __fish_seen_subcommand_from close" -l db -d 'The database file [default: okr.db in the platform data folder]' -r -F
complete -c okr -n "__fish_okr_using_subcommand o; and __fish_seen_subcommand_from close" -l format -d 'Output format where the output is data (`okr lint`: human, json or github)' -r -f -a "table\t''
markdown\t''
json\t''
csv\t''
html\t'`okr report` and `okr trend` only: a self-contained page with charts'
human\t'`okr lint`\'s default: like a compiler (elsewhere the same as table)'
github\t'`okr lint` only: GitHub Actions annotations'"
complete -c okr -n "__fish_okr_using_subcommand o; and __fish_seen_subcommand_from close" -l color -d 'When to colour output (NO_COLOR is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c okr -n "__fish_okr_using_subcommand o; and __fish_seen_subcommand_from close" -l team-dir -d 'The team directory (holding okr.toml) [default: found by walking up from here]' -r -F
complete -c okr -n "__fish_okr_using_subcommand o; and __fish_seen_subcommand_from close" -s q -l quiet -d 'Print only data, no confirmations'
complete -c okr -n "__fish_okr_using_subcommand o; and __fish_seen_subcommand_from close" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c okr -n "__fish_okr_using_subcommand o; and __fish_seen_subcommand_from close" -l wide -d 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)'
complete -c okr -n "__fish_okr_using_subcommand o; and __fish_seen_subcommand_from close" -l no-pager -d 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)'
complete -c okr -n "__fish_okr_using_subcommand o; and __fish_seen_subcommand_from close" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c okr -n "__fish_okr_using_subcommand o; and __fish_seen_subcommand_from close" -s V -l version -d 'Print version'
complete -c okr -n "__fish_okr_using_subcommand o; and __fish_seen_subcommand_from archive" -l db -d 'The database file [default: okr.db in the platform data folder]' -r -F
complete -c okr -n "__fish_okr_using_subcommand o; and __fish_seen_subcommand_from archive" -l format -d 'Output format where the output is data (`okr lint`: human, json or github)' -r -f -a "table\t''
markdown\t''
json\t''
csv\t''
html\t'`okr report` and `okr trend` only: a self-contained page with charts'
human\t'`okr lint`\'s default: like a compiler (elsewhere the same as table)'
github\t'`okr lint` only: GitHub Actions annotations'"
complete -c okr -n "__fish_okr_using_subcommand o; and __fish_seen_subcommand_from archive" -l color -d 'When to colour output (NO_COLOR is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c okr -n "__fish_okr_using_subcommand o; and __fish_seen_subcommand_from archive" -l team-dir -d 'The team directory (holding okr.toml) [default: found by walking up from here]' -r -F
complete -c okr -n "__fish_okr_using_subcommand o; and __fish_seen_subcommand_from archive" -s q -l quiet -d 'Print only data, no confirmations'
complete -c okr -n "__fish_okr_using_subcommand o; and __fish_seen_subcommand_from archive" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c okr -n "__fish_okr_using_subcommand o; and __fish_seen_subcommand_from archive" -l wide -d 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)'
complete -c okr -n "__fish_okr_using_subcommand o; and __fish_seen_subcommand_from archive" -l no-pager -d 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)'
complete -c okr -n "__fish_okr_using_subcommand o; and __fish_seen_subcommand_from archive" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c okr -n "__fish_okr_using_subcommand o; and __fish_seen_subcommand_from archive" -s V -l version -d 'Print version'
complete -c okr -n "__fish_okr_using_subcommand o; and __fish_seen_subcommand_from rm" -l db -d 'The database file [default: okr.db in the platform data folder]' -r -F
complete -c okr -n "__fish_okr_using_subcommand o; and __fish_seen_subcommand_from rm" -l format -d 'Output format where the output is data (`okr lint`: human, json or github)' -r -f -a "table\t''
markdown\t''
json\t''
csv\t''
html\t'`okr report` and `okr trend` only: a self-contained page with charts'
human\t'`okr lint`\'s default: like a compiler (elsewhere the same as table)'
github\t'`okr lint` only: GitHub Actions annotations'"
complete -c okr -n "__fish_okr_using_subcommand o; and __fish_seen_subcommand_from rm" -l color -d 'When to colour output (NO_COLOR is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c okr -n "__fish_okr_using_subcommand o; and __fish_seen_subcommand_from rm" -l team-dir -d 'The team directory (holding okr.toml) [default: found by walking up from here]' -r -F
complete -c okr -n "__fish_okr_using_subcommand o; and __fish_seen_subcommand_from rm" -l with-checkins -d 'Also delete the check-ins of its key results (otherwise refused)'
complete -c okr -n "__fish_okr_using_subcommand o; and __fish_seen_subcommand_from rm" -s q -l quiet -d 'Print only data, no confirmations'
complete -c okr -n "__fish_okr_using_subcommand o; and __fish_seen_subcommand_from rm" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c okr -n "__fish_okr_using_subcommand o; and __fish_seen_subcommand_from rm" -l wide -d 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)'
complete -c okr -n "__fish_okr_using_subcommand o; and __fish_seen_subcommand_from rm" -l no-pager -d 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)'
complete -c okr -n "__fish_okr_using_subcommand o; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c okr -n "__fish_okr_using_subcommand o; and __fish_seen_subcommand_from rm" -s V -l version -d 'Print version'
complete -c okr -n "__fish_okr_using_subcommand o; and __fish_seen_subcommand_from link" -l supports -d 'The objective it contributes to: another team\'s, in the same cycle' -r
complete -c okr -n "__fish_okr_using_subcommand o; and __fish_seen_subcommand_from link" -l db -d 'The database file [default: okr.db in the platform data folder]' -r -F
complete -c okr -n "__fish_okr_using_subcommand o; and __fish_seen_subcommand_from link" -l format -d 'Output format where the output is data (`okr lint`: human, json or github)' -r -f -a "table\t''
markdown\t''
json\t''
csv\t''
html\t'`okr report` and `okr trend` only: a self-contained page with charts'
human\t'`okr lint`\'s default: like a compiler (elsewhere the same as table)'
github\t'`okr lint` only: GitHub Actions annotations'"
complete -c okr -n "__fish_okr_using_subcommand o; and __fish_seen_subcommand_from link" -l color -d 'When to colour output (NO_COLOR is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c okr -n "__fish_okr_using_subcommand o; and __fish_seen_subcommand_from link" -l team-dir -d 'The team directory (holding okr.toml) [default: found by walking up from here]' -r -F
complete -c okr -n "__fish_okr_using_subcommand o; and __fish_seen_subcommand_from link" -s q -l quiet -d 'Print only data, no confirmations'
complete -c okr -n "__fish_okr_using_subcommand o; and __fish_seen_subcommand_from link" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c okr -n "__fish_okr_using_subcommand o; and __fish_seen_subcommand_from link" -l wide -d 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)'
complete -c okr -n "__fish_okr_using_subcommand o; and __fish_seen_subcommand_from link" -l no-pager -d 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)'
complete -c okr -n "__fish_okr_using_subcommand o; and __fish_seen_subcommand_from link" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c okr -n "__fish_okr_using_subcommand o; and __fish_seen_subcommand_from link" -s V -l version -d 'Print version'
complete -c okr -n "__fish_okr_using_subcommand o; and __fish_seen_subcommand_from unlink" -l supports -d 'The objective it contributes to: another team\'s, in the same cycle' -r
complete -c okr -n "__fish_okr_using_subcommand o; and __fish_seen_subcommand_from unlink" -l db -d 'The database file [default: okr.db in the platform data folder]' -r -F
complete -c okr -n "__fish_okr_using_subcommand o; and __fish_seen_subcommand_from unlink" -l format -d 'Output format where the output is data (`okr lint`: human, json or github)' -r -f -a "table\t''
markdown\t''
json\t''
csv\t''
html\t'`okr report` and `okr trend` only: a self-contained page with charts'
human\t'`okr lint`\'s default: like a compiler (elsewhere the same as table)'
github\t'`okr lint` only: GitHub Actions annotations'"
complete -c okr -n "__fish_okr_using_subcommand o; and __fish_seen_subcommand_from unlink" -l color -d 'When to colour output (NO_COLOR is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c okr -n "__fish_okr_using_subcommand o; and __fish_seen_subcommand_from unlink" -l team-dir -d 'The team directory (holding okr.toml) [default: found by walking up from here]' -r -F
complete -c okr -n "__fish_okr_using_subcommand o; and __fish_seen_subcommand_from unlink" -s q -l quiet -d 'Print only data, no confirmations'
complete -c okr -n "__fish_okr_using_subcommand o; and __fish_seen_subcommand_from unlink" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c okr -n "__fish_okr_using_subcommand o; and __fish_seen_subcommand_from unlink" -l wide -d 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)'
complete -c okr -n "__fish_okr_using_subcommand o; and __fish_seen_subcommand_from unlink" -l no-pager -d 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)'
complete -c okr -n "__fish_okr_using_subcommand o; and __fish_seen_subcommand_from unlink" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c okr -n "__fish_okr_using_subcommand o; and __fish_seen_subcommand_from unlink" -s V -l version -d 'Print version'
complete -c okr -n "__fish_okr_using_subcommand o; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add an objective to a cycle'
complete -c okr -n "__fish_okr_using_subcommand o; and __fish_seen_subcommand_from help" -f -a "list" -d 'List objectives [default: the current quarter\'s]'
complete -c okr -n "__fish_okr_using_subcommand o; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show an objective with its key results, check-ins, parent and children'
complete -c okr -n "__fish_okr_using_subcommand o; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Change an objective\'s fields'
complete -c okr -n "__fish_okr_using_subcommand o; and __fish_seen_subcommand_from help" -f -a "close" -d 'Mark an objective done'
complete -c okr -n "__fish_okr_using_subcommand o; and __fish_seen_subcommand_from help" -f -a "archive" -d 'Archive an objective (kept with its history, out of the way)'
complete -c okr -n "__fish_okr_using_subcommand o; and __fish_seen_subcommand_from help" -f -a "rm" -d 'Delete an objective and its key results (asks first, or `--yes`)'
complete -c okr -n "__fish_okr_using_subcommand o; and __fish_seen_subcommand_from help" -f -a "link" -d 'Record that an objective contributes to another team\'s objective, besides its parent'
complete -c okr -n "__fish_okr_using_subcommand o; and __fish_seen_subcommand_from help" -f -a "unlink" -d 'Remove a link made with `okr objective link`'
complete -c okr -n "__fish_okr_using_subcommand o; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c okr -n "__fish_okr_using_subcommand kr; and not __fish_seen_subcommand_from add list ls show edit rm source help" -l db -d 'The database file [default: okr.db in the platform data folder]' -r -F
complete -c okr -n "__fish_okr_using_subcommand kr; and not __fish_seen_subcommand_from add list ls show edit rm source help" -l format -d 'Output format where the output is data (`okr lint`: human, json or github)' -r -f -a "table\t''
markdown\t''
json\t''
csv\t''
html\t'`okr report` and `okr trend` only: a self-contained page with charts'
human\t'`okr lint`\'s default: like a compiler (elsewhere the same as table)'
github\t'`okr lint` only: GitHub Actions annotations'"
complete -c okr -n "__fish_okr_using_subcommand kr; and not __fish_seen_subcommand_from add list ls show edit rm source help" -l color -d 'When to colour output (NO_COLOR is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c okr -n "__fish_okr_using_subcommand kr; and not __fish_seen_subcommand_from add list ls show edit rm source help" -l team-dir -d 'The team directory (holding okr.toml) [default: found by walking up from here]' -r -F
complete -c okr -n "__fish_okr_using_subcommand kr; and not __fish_seen_subcommand_from add list ls show edit rm source help" -s q -l quiet -d 'Print only data, no confirmations'
complete -c okr -n "__fish_okr_using_subcommand kr; and not __fish_seen_subcommand_from add list ls show edit rm source help" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c okr -n "__fish_okr_using_subcommand kr; and not __fish_seen_subcommand_from add list ls show edit rm source help" -l wide -d 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)'
complete -c okr -n "__fish_okr_using_subcommand kr; and not __fish_seen_subcommand_from add list ls show edit rm source help" -l no-pager -d 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)'
complete -c okr -n "__fish_okr_using_subcommand kr; and not __fish_seen_subcommand_from add list ls show edit rm source help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c okr -n "__fish_okr_using_subcommand kr; and not __fish_seen_subcommand_from add list ls show edit rm source help" -s V -l version -d 'Print version'
complete -c okr -n "__fish_okr_using_subcommand kr; and not __fish_seen_subcommand_from add list ls show edit rm source help" -f -a "add" -d 'Add a key result to an objective'
complete -c okr -n "__fish_okr_using_subcommand kr; and not __fish_seen_subcommand_from add list ls show edit rm source help" -f -a "list" -d 'List key results with their current values [default: the current quarter\'s]'
complete -c okr -n "__fish_okr_using_subcommand kr; and not __fish_seen_subcommand_from add list ls show edit rm source help" -f -a "ls" -d 'List key results with their current values [default: the current quarter\'s]'
complete -c okr -n "__fish_okr_using_subcommand kr; and not __fish_seen_subcommand_from add list ls show edit rm source help" -f -a "show" -d 'Show a key result with all its check-ins'
complete -c okr -n "__fish_okr_using_subcommand kr; and not __fish_seen_subcommand_from add list ls show edit rm source help" -f -a "edit" -d 'Change a key result\'s fields'
complete -c okr -n "__fish_okr_using_subcommand kr; and not __fish_seen_subcommand_from add list ls show edit rm source help" -f -a "rm" -d 'Delete a key result (asks first, or `--yes`)'
complete -c okr -n "__fish_okr_using_subcommand kr; and not __fish_seen_subcommand_from add list ls show edit rm source help" -f -a "source" -d 'Where a key result\'s value comes from: a shell command that prints it'
complete -c okr -n "__fish_okr_using_subcommand kr; and not __fish_seen_subcommand_from add list ls show edit rm source help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c okr -n "__fish_okr_using_subcommand kr; and __fish_seen_subcommand_from add" -l target -d 'The value to reach (for a threshold: the value to hold)' -r
complete -c okr -n "__fish_okr_using_subcommand kr; and __fish_seen_subcommand_from add" -l start -d 'The value now [default: 0; for a threshold, the target]' -r
complete -c okr -n "__fish_okr_using_subcommand kr; and __fish_seen_subcommand_from add" -l unit -d 'Free text: %, users, ms, 元' -r
complete -c okr -n "__fish_okr_using_subcommand kr; and __fish_seen_subcommand_from add" -l kind -d 'Metric (a number from start to target), boolean (a milestone: done or not) or threshold (a value to hold)' -r -f -a "metric\t''
boolean\t''
threshold\t''"
complete -c okr -n "__fish_okr_using_subcommand kr; and __fish_seen_subcommand_from add" -l keep -d 'For thresholds: which side holds [default: at-least]' -r -f -a "at-least\t''
at-most\t''"
complete -c okr -n "__fish_okr_using_subcommand kr; and __fish_seen_subcommand_from add" -l weight -d 'Relative weight in the objective\'s progress [default: 1]' -r
complete -c okr -n "__fish_okr_using_subcommand kr; and __fish_seen_subcommand_from add" -l owner -d 'Who owns it [default: the objective\'s owner]' -r
complete -c okr -n "__fish_okr_using_subcommand kr; and __fish_seen_subcommand_from add" -l due -d 'Due date, if earlier than the cycle\'s end' -r
complete -c okr -n "__fish_okr_using_subcommand kr; and __fish_seen_subcommand_from add" -l db -d 'The database file [default: okr.db in the platform data folder]' -r -F
complete -c okr -n "__fish_okr_using_subcommand kr; and __fish_seen_subcommand_from add" -l format -d 'Output format where the output is data (`okr lint`: human, json or github)' -r -f -a "table\t''
markdown\t''
json\t''
csv\t''
html\t'`okr report` and `okr trend` only: a self-contained page with charts'
human\t'`okr lint`\'s default: like a compiler (elsewhere the same as table)'
github\t'`okr lint` only: GitHub Actions annotations'"
complete -c okr -n "__fish_okr_using_subcommand kr; and __fish_seen_subcommand_from add" -l color -d 'When to colour output (NO_COLOR is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c okr -n "__fish_okr_using_subcommand kr; and __fish_seen_subcommand_from add" -l team-dir -d 'The team directory (holding okr.toml) [default: found by walking up from here]' -r -F
complete -c okr -n "__fish_okr_using_subcommand kr; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print only data, no confirmations'
complete -c okr -n "__fish_okr_using_subcommand kr; and __fish_seen_subcommand_from add" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c okr -n "__fish_okr_using_subcommand kr; and __fish_seen_subcommand_from add" -l wide -d 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)'
complete -c okr -n "__fish_okr_using_subcommand kr; and __fish_seen_subcommand_from add" -l no-pager -d 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)'
complete -c okr -n "__fish_okr_using_subcommand kr; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c okr -n "__fish_okr_using_subcommand kr; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c okr -n "__fish_okr_using_subcommand kr; and __fish_seen_subcommand_from list" -l objective -d 'Only this objective\'s key results' -r
complete -c okr -n "__fish_okr_using_subcommand kr; and __fish_seen_subcommand_from list" -l cycle -d 'Cycle name, or `all` [default: the quarter containing today]' -r
complete -c okr -n "__fish_okr_using_subcommand kr; and __fish_seen_subcommand_from list" -l owner -d 'Key results owned by this person' -r
complete -c okr -n "__fish_okr_using_subcommand kr; and __fish_seen_subcommand_from list" -l level -d 'Only key results of objectives of this level' -r -f -a "company\t''
team\t''
personal\t''"
complete -c okr -n "__fish_okr_using_subcommand kr; and __fish_seen_subcommand_from list" -s n -l limit -d 'Show at most N (0: all) [default: all]' -r
complete -c okr -n "__fish_okr_using_subcommand kr; and __fish_seen_subcommand_from list" -l db -d 'The database file [default: okr.db in the platform data folder]' -r -F
complete -c okr -n "__fish_okr_using_subcommand kr; and __fish_seen_subcommand_from list" -l format -d 'Output format where the output is data (`okr lint`: human, json or github)' -r -f -a "table\t''
markdown\t''
json\t''
csv\t''
html\t'`okr report` and `okr trend` only: a self-contained page with charts'
human\t'`okr lint`\'s default: like a compiler (elsewhere the same as table)'
github\t'`okr lint` only: GitHub Actions annotations'"
complete -c okr -n "__fish_okr_using_subcommand kr; and __fish_seen_subcommand_from list" -l color -d 'When to colour output (NO_COLOR is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c okr -n "__fish_okr_using_subcommand kr; and __fish_seen_subcommand_from list" -l team-dir -d 'The team directory (holding okr.toml) [default: found by walking up from here]' -r -F
complete -c okr -n "__fish_okr_using_subcommand kr; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only data, no confirmations'
complete -c okr -n "__fish_okr_using_subcommand kr; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c okr -n "__fish_okr_using_subcommand kr; and __fish_seen_subcommand_from list" -l wide -d 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)'
complete -c okr -n "__fish_okr_using_subcommand kr; and __fish_seen_subcommand_from list" -l no-pager -d 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)'
complete -c okr -n "__fish_okr_using_subcommand kr; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c okr -n "__fish_okr_using_subcommand kr; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c okr -n "__fish_okr_using_subcommand kr; and __fish_seen_subcommand_from ls" -l objective -d 'Only this objective\'s key results' -r
complete -c okr -n "__fish_okr_using_subcommand kr; and __fish_seen_subcommand_from ls" -l cycle -d 'Cycle name, or `all` [default: the quarter containing today]' -r
complete -c okr -n "__fish_okr_using_subcommand kr; and __fish_seen_subcommand_from ls" -l owner -d 'Key results owned by this person' -r
complete -c okr -n "__fish_okr_using_subcommand kr; and __fish_seen_subcommand_from ls" -l level -d 'Only key results of objectives of this level' -r -f -a "company\t''
team\t''
personal\t''"
complete -c okr -n "__fish_okr_using_subcommand kr; and __fish_seen_subcommand_from ls" -s n -l limit -d 'Show at most N (0: all) [default: all]' -r
complete -c okr -n "__fish_okr_using_subcommand kr; and __fish_seen_subcommand_from ls" -l db -d 'The database file [default: okr.db in the platform data folder]' -r -F
complete -c okr -n "__fish_okr_using_subcommand kr; and __fish_seen_subcommand_from ls" -l format -d 'Output format where the output is data (`okr lint`: human, json or github)' -r -f -a "table\t''
markdown\t''
json\t''
csv\t''
html\t'`okr report` and `okr trend` only: a self-contained page with charts'
human\t'`okr lint`\'s default: like a compiler (elsewhere the same as table)'
github\t'`okr lint` only: GitHub Actions annotations'"
complete -c okr -n "__fish_okr_using_subcommand kr; and __fish_seen_subcommand_from ls" -l color -d 'When to colour output (NO_COLOR is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c okr -n "__fish_okr_using_subcommand kr; and __fish_seen_subcommand_from ls" -l team-dir -d 'The team directory (holding okr.toml) [default: found by walking up from here]' -r -F
complete -c okr -n "__fish_okr_using_subcommand kr; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print only data, no confirmations'
complete -c okr -n "__fish_okr_using_subcommand kr; and __fish_seen_subcommand_from ls" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c okr -n "__fish_okr_using_subcommand kr; and __fish_seen_subcommand_from ls" -l wide -d 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)'
complete -c okr -n "__fish_okr_using_subcommand kr; and __fish_seen_subcommand_from ls" -l no-pager -d 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)'
complete -c okr -n "__fish_okr_using_subcommand kr; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c okr -n "__fish_okr_using_subcommand kr; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c okr -n "__fish_okr_using_subcommand kr; and __fish_seen_subcommand_from show" -l db -d 'The database file [default: okr.db in the platform data folder]' -r -F
complete -c okr -n "__fish_okr_using_subcommand kr; and __fish_seen_subcommand_from show" -l format -d 'Output format where the output is data (`okr lint`: human, json or github)' -r -f -a "table\t''
markdown\t''
json\t''
csv\t''
html\t'`okr report` and `okr trend` only: a self-contained page with charts'
human\t'`okr lint`\'s default: like a compiler (elsewhere the same as table)'
github\t'`okr lint` only: GitHub Actions annotations'"
complete -c okr -n "__fish_okr_using_subcommand kr; and __fish_seen_subcommand_from show" -l color -d 'When to colour output (NO_COLOR is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c okr -n "__fish_okr_using_subcommand kr; and __fish_seen_subcommand_from show" -l team-dir -d 'The team directory (holding okr.toml) [default: found by walking up from here]' -r -F
complete -c okr -n "__fish_okr_using_subcommand kr; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only data, no confirmations'
complete -c okr -n "__fish_okr_using_subcommand kr; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c okr -n "__fish_okr_using_subcommand kr; and __fish_seen_subcommand_from show" -l wide -d 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)'
complete -c okr -n "__fish_okr_using_subcommand kr; and __fish_seen_subcommand_from show" -l no-pager -d 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)'
complete -c okr -n "__fish_okr_using_subcommand kr; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c okr -n "__fish_okr_using_subcommand kr; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c okr -n "__fish_okr_using_subcommand kr; and __fish_seen_subcommand_from edit" -l title -d 'New title (checked against its start and target, as at `add`)' -r
complete -c okr -n "__fish_okr_using_subcommand kr; and __fish_seen_subcommand_from edit" -l target -d 'New target' -r
complete -c okr -n "__fish_okr_using_subcommand kr; and __fish_seen_subcommand_from edit" -l start -d 'New start' -r
complete -c okr -n "__fish_okr_using_subcommand kr; and __fish_seen_subcommand_from edit" -l unit -d 'New unit' -r
complete -c okr -n "__fish_okr_using_subcommand kr; and __fish_seen_subcommand_from edit" -l kind -d 'New kind (asks first when the change drops values, or `--yes`)' -r -f -a "metric\t''
boolean\t''
threshold\t''"
complete -c okr -n "__fish_okr_using_subcommand kr; and __fish_seen_subcommand_from edit" -l keep -d 'For thresholds: which side holds' -r -f -a "at-least\t''
at-most\t''"
complete -c okr -n "__fish_okr_using_subcommand kr; and __fish_seen_subcommand_from edit" -l weight -d 'New relative weight' -r
complete -c okr -n "__fish_okr_using_subcommand kr; and __fish_seen_subcommand_from edit" -l owner -d 'New owner' -r
complete -c okr -n "__fish_okr_using_subcommand kr; and __fish_seen_subcommand_from edit" -l due -d 'New due date' -r
complete -c okr -n "__fish_okr_using_subcommand kr; and __fish_seen_subcommand_from edit" -l objective -d 'Move it to another objective' -r
complete -c okr -n "__fish_okr_using_subcommand kr; and __fish_seen_subcommand_from edit" -l reason -d 'Why: kept in the log, and beside a new start, target or weight in the history (asked in a terminal; required when the config says `require_reason = true`)' -r
complete -c okr -n "__fish_okr_using_subcommand kr; and __fish_seen_subcommand_from edit" -l date -d 'The day a new start, target or weight takes effect (default today); reports as of earlier days keep the old values' -r
complete -c okr -n "__fish_okr_using_subcommand kr; and __fish_seen_subcommand_from edit" -l db -d 'The database file [default: okr.db in the platform data folder]' -r -F
complete -c okr -n "__fish_okr_using_subcommand kr; and __fish_seen_subcommand_from edit" -l format -d 'Output format where the output is data (`okr lint`: human, json or github)' -r -f -a "table\t''
markdown\t''
json\t''
csv\t''
html\t'`okr report` and `okr trend` only: a self-contained page with charts'
human\t'`okr lint`\'s default: like a compiler (elsewhere the same as table)'
github\t'`okr lint` only: GitHub Actions annotations'"
complete -c okr -n "__fish_okr_using_subcommand kr; and __fish_seen_subcommand_from edit" -l color -d 'When to colour output (NO_COLOR is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c okr -n "__fish_okr_using_subcommand kr; and __fish_seen_subcommand_from edit" -l team-dir -d 'The team directory (holding okr.toml) [default: found by walking up from here]' -r -F
complete -c okr -n "__fish_okr_using_subcommand kr; and __fish_seen_subcommand_from edit" -l no-due -d 'Remove the due date'
complete -c okr -n "__fish_okr_using_subcommand kr; and __fish_seen_subcommand_from edit" -s q -l quiet -d 'Print only data, no confirmations'
complete -c okr -n "__fish_okr_using_subcommand kr; and __fish_seen_subcommand_from edit" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c okr -n "__fish_okr_using_subcommand kr; and __fish_seen_subcommand_from edit" -l wide -d 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)'
complete -c okr -n "__fish_okr_using_subcommand kr; and __fish_seen_subcommand_from edit" -l no-pager -d 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)'
complete -c okr -n "__fish_okr_using_subcommand kr; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c okr -n "__fish_okr_using_subcommand kr; and __fish_seen_subcommand_from edit" -s V -l version -d 'Print version'
complete -c okr -n "__fish_okr_using_subcommand kr; and __fish_seen_subcommand_from rm" -l db -d 'The database file [default: okr.db in the platform data folder]' -r -F
complete -c okr -n "__fish_okr_using_subcommand kr; and __fish_seen_subcommand_from rm" -l format -d 'Output format where the output is data (`okr lint`: human, json or github)' -r -f -a "table\t''
markdown\t''
json\t''
csv\t''
html\t'`okr report` and `okr trend` only: a self-contained page with charts'
human\t'`okr lint`\'s default: like a compiler (elsewhere the same as table)'
github\t'`okr lint` only: GitHub Actions annotations'"
complete -c okr -n "__fish_okr_using_subcommand kr; and __fish_seen_subcommand_from rm" -l color -d 'When to colour output (NO_COLOR is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c okr -n "__fish_okr_using_subcommand kr; and __fish_seen_subcommand_from rm" -l team-dir -d 'The team directory (holding okr.toml) [default: found by walking up from here]' -r -F
complete -c okr -n "__fish_okr_using_subcommand kr; and __fish_seen_subcommand_from rm" -l with-checkins -d 'Also delete its check-ins (otherwise refused)'
complete -c okr -n "__fish_okr_using_subcommand kr; and __fish_seen_subcommand_from rm" -s q -l quiet -d 'Print only data, no confirmations'
complete -c okr -n "__fish_okr_using_subcommand kr; and __fish_seen_subcommand_from rm" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c okr -n "__fish_okr_using_subcommand kr; and __fish_seen_subcommand_from rm" -l wide -d 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)'
complete -c okr -n "__fish_okr_using_subcommand kr; and __fish_seen_subcommand_from rm" -l no-pager -d 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)'
complete -c okr -n "__fish_okr_using_subcommand kr; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c okr -n "__fish_okr_using_subcommand kr; and __fish_seen_subcommand_from rm" -s V -l version -d 'Print version'
complete -c okr -n "__fish_okr_using_subcommand kr; and __fish_seen_subcommand_from source" -l command -d 'The shell command that prints the key result\'s current value' -r
complete -c okr -n "__fish_okr_using_subcommand kr; and __fish_seen_subcommand_from source" -l json-path -d 'Where the number is in the JSON the command prints: `$.data.nps`, `items[0].value`' -r
complete -c okr -n "__fish_okr_using_subcommand kr; and __fish_seen_subcommand_from source" -l db -d 'The database file [default: okr.db in the platform data folder]' -r -F
complete -c okr -n "__fish_okr_using_subcommand kr; and __fish_seen_subcommand_from source" -l format -d 'Output format where the output is data (`okr lint`: human, json or github)' -r -f -a "table\t''
markdown\t''
json\t''
csv\t''
html\t'`okr report` and `okr trend` only: a self-contained page with charts'
human\t'`okr lint`\'s default: like a compiler (elsewhere the same as table)'
github\t'`okr lint` only: GitHub Actions annotations'"
complete -c okr -n "__fish_okr_using_subcommand kr; and __fish_seen_subcommand_from source" -l color -d 'When to colour output (NO_COLOR is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c okr -n "__fish_okr_using_subcommand kr; and __fish_seen_subcommand_from source" -l team-dir -d 'The team directory (holding okr.toml) [default: found by walking up from here]' -r -F
complete -c okr -n "__fish_okr_using_subcommand kr; and __fish_seen_subcommand_from source" -l clear -d 'Remove the key result\'s source'
complete -c okr -n "__fish_okr_using_subcommand kr; and __fish_seen_subcommand_from source" -s q -l quiet -d 'Print only data, no confirmations'
complete -c okr -n "__fish_okr_using_subcommand kr; and __fish_seen_subcommand_from source" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c okr -n "__fish_okr_using_subcommand kr; and __fish_seen_subcommand_from source" -l wide -d 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)'
complete -c okr -n "__fish_okr_using_subcommand kr; and __fish_seen_subcommand_from source" -l no-pager -d 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)'
complete -c okr -n "__fish_okr_using_subcommand kr; and __fish_seen_subcommand_from source" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c okr -n "__fish_okr_using_subcommand kr; and __fish_seen_subcommand_from source" -s V -l version -d 'Print version'
complete -c okr -n "__fish_okr_using_subcommand kr; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a key result to an objective'
complete -c okr -n "__fish_okr_using_subcommand kr; and __fish_seen_subcommand_from help" -f -a "list" -d 'List key results with their current values [default: the current quarter\'s]'
complete -c okr -n "__fish_okr_using_subcommand kr; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show a key result with all its check-ins'
complete -c okr -n "__fish_okr_using_subcommand kr; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Change a key result\'s fields'
complete -c okr -n "__fish_okr_using_subcommand kr; and __fish_seen_subcommand_from help" -f -a "rm" -d 'Delete a key result (asks first, or `--yes`)'
complete -c okr -n "__fish_okr_using_subcommand kr; and __fish_seen_subcommand_from help" -f -a "source" -d 'Where a key result\'s value comes from: a shell command that prints it'
complete -c okr -n "__fish_okr_using_subcommand kr; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c okr -n "__fish_okr_using_subcommand checkin; and not __fish_seen_subcommand_from list ls undo help" -s c -l confidence -d 'How sure you are of reaching the target, 0–10' -r
complete -c okr -n "__fish_okr_using_subcommand checkin; and not __fish_seen_subcommand_from list ls undo help" -s n -l note -d 'What happened, in a few words' -r
complete -c okr -n "__fish_okr_using_subcommand checkin; and not __fish_seen_subcommand_from list ls undo help" -s d -l date -d 'The day the value was measured (backfilling is fine) [default: today]' -r
complete -c okr -n "__fish_okr_using_subcommand checkin; and not __fish_seen_subcommand_from list ls undo help" -l db -d 'The database file [default: okr.db in the platform data folder]' -r -F
complete -c okr -n "__fish_okr_using_subcommand checkin; and not __fish_seen_subcommand_from list ls undo help" -l format -d 'Output format where the output is data (`okr lint`: human, json or github)' -r -f -a "table\t''
markdown\t''
json\t''
csv\t''
html\t'`okr report` and `okr trend` only: a self-contained page with charts'
human\t'`okr lint`\'s default: like a compiler (elsewhere the same as table)'
github\t'`okr lint` only: GitHub Actions annotations'"
complete -c okr -n "__fish_okr_using_subcommand checkin; and not __fish_seen_subcommand_from list ls undo help" -l color -d 'When to colour output (NO_COLOR is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c okr -n "__fish_okr_using_subcommand checkin; and not __fish_seen_subcommand_from list ls undo help" -l team-dir -d 'The team directory (holding okr.toml) [default: found by walking up from here]' -r -F
complete -c okr -n "__fish_okr_using_subcommand checkin; and not __fish_seen_subcommand_from list ls undo help" -s q -l quiet -d 'Print only data, no confirmations'
complete -c okr -n "__fish_okr_using_subcommand checkin; and not __fish_seen_subcommand_from list ls undo help" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c okr -n "__fish_okr_using_subcommand checkin; and not __fish_seen_subcommand_from list ls undo help" -l wide -d 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)'
complete -c okr -n "__fish_okr_using_subcommand checkin; and not __fish_seen_subcommand_from list ls undo help" -l no-pager -d 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)'
complete -c okr -n "__fish_okr_using_subcommand checkin; and not __fish_seen_subcommand_from list ls undo help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c okr -n "__fish_okr_using_subcommand checkin; and not __fish_seen_subcommand_from list ls undo help" -s V -l version -d 'Print version'
complete -c okr -n "__fish_okr_using_subcommand checkin; and not __fish_seen_subcommand_from list ls undo help" -a "list" -d 'List check-ins, newest first'
complete -c okr -n "__fish_okr_using_subcommand checkin; and not __fish_seen_subcommand_from list ls undo help" -a "ls" -d 'List check-ins, newest first'
complete -c okr -n "__fish_okr_using_subcommand checkin; and not __fish_seen_subcommand_from list ls undo help" -a "undo" -d 'Remove the check-in recorded last (asks first, or `--yes`)'
complete -c okr -n "__fish_okr_using_subcommand checkin; and not __fish_seen_subcommand_from list ls undo help" -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c okr -n "__fish_okr_using_subcommand checkin; and __fish_seen_subcommand_from list" -l cycle -d 'Only this cycle\'s check-ins (or `all`) [default: all]' -r
complete -c okr -n "__fish_okr_using_subcommand checkin; and __fish_seen_subcommand_from list" -s n -l limit -d 'Show at most N (0: all)' -r
complete -c okr -n "__fish_okr_using_subcommand checkin; and __fish_seen_subcommand_from list" -l db -d 'The database file [default: okr.db in the platform data folder]' -r -F
complete -c okr -n "__fish_okr_using_subcommand checkin; and __fish_seen_subcommand_from list" -l format -d 'Output format where the output is data (`okr lint`: human, json or github)' -r -f -a "table\t''
markdown\t''
json\t''
csv\t''
html\t'`okr report` and `okr trend` only: a self-contained page with charts'
human\t'`okr lint`\'s default: like a compiler (elsewhere the same as table)'
github\t'`okr lint` only: GitHub Actions annotations'"
complete -c okr -n "__fish_okr_using_subcommand checkin; and __fish_seen_subcommand_from list" -l color -d 'When to colour output (NO_COLOR is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c okr -n "__fish_okr_using_subcommand checkin; and __fish_seen_subcommand_from list" -l team-dir -d 'The team directory (holding okr.toml) [default: found by walking up from here]' -r -F
complete -c okr -n "__fish_okr_using_subcommand checkin; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only data, no confirmations'
complete -c okr -n "__fish_okr_using_subcommand checkin; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c okr -n "__fish_okr_using_subcommand checkin; and __fish_seen_subcommand_from list" -l wide -d 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)'
complete -c okr -n "__fish_okr_using_subcommand checkin; and __fish_seen_subcommand_from list" -l no-pager -d 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)'
complete -c okr -n "__fish_okr_using_subcommand checkin; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c okr -n "__fish_okr_using_subcommand checkin; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c okr -n "__fish_okr_using_subcommand checkin; and __fish_seen_subcommand_from ls" -l cycle -d 'Only this cycle\'s check-ins (or `all`) [default: all]' -r
complete -c okr -n "__fish_okr_using_subcommand checkin; and __fish_seen_subcommand_from ls" -s n -l limit -d 'Show at most N (0: all)' -r
complete -c okr -n "__fish_okr_using_subcommand checkin; and __fish_seen_subcommand_from ls" -l db -d 'The database file [default: okr.db in the platform data folder]' -r -F
complete -c okr -n "__fish_okr_using_subcommand checkin; and __fish_seen_subcommand_from ls" -l format -d 'Output format where the output is data (`okr lint`: human, json or github)' -r -f -a "table\t''
markdown\t''
json\t''
csv\t''
html\t'`okr report` and `okr trend` only: a self-contained page with charts'
human\t'`okr lint`\'s default: like a compiler (elsewhere the same as table)'
github\t'`okr lint` only: GitHub Actions annotations'"
complete -c okr -n "__fish_okr_using_subcommand checkin; and __fish_seen_subcommand_from ls" -l color -d 'When to colour output (NO_COLOR is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c okr -n "__fish_okr_using_subcommand checkin; and __fish_seen_subcommand_from ls" -l team-dir -d 'The team directory (holding okr.toml) [default: found by walking up from here]' -r -F
complete -c okr -n "__fish_okr_using_subcommand checkin; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print only data, no confirmations'
complete -c okr -n "__fish_okr_using_subcommand checkin; and __fish_seen_subcommand_from ls" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c okr -n "__fish_okr_using_subcommand checkin; and __fish_seen_subcommand_from ls" -l wide -d 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)'
complete -c okr -n "__fish_okr_using_subcommand checkin; and __fish_seen_subcommand_from ls" -l no-pager -d 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)'
complete -c okr -n "__fish_okr_using_subcommand checkin; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c okr -n "__fish_okr_using_subcommand checkin; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c okr -n "__fish_okr_using_subcommand checkin; and __fish_seen_subcommand_from undo" -l db -d 'The database file [default: okr.db in the platform data folder]' -r -F
complete -c okr -n "__fish_okr_using_subcommand checkin; and __fish_seen_subcommand_from undo" -l format -d 'Output format where the output is data (`okr lint`: human, json or github)' -r -f -a "table\t''
markdown\t''
json\t''
csv\t''
html\t'`okr report` and `okr trend` only: a self-contained page with charts'
human\t'`okr lint`\'s default: like a compiler (elsewhere the same as table)'
github\t'`okr lint` only: GitHub Actions annotations'"
complete -c okr -n "__fish_okr_using_subcommand checkin; and __fish_seen_subcommand_from undo" -l color -d 'When to colour output (NO_COLOR is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c okr -n "__fish_okr_using_subcommand checkin; and __fish_seen_subcommand_from undo" -l team-dir -d 'The team directory (holding okr.toml) [default: found by walking up from here]' -r -F
complete -c okr -n "__fish_okr_using_subcommand checkin; and __fish_seen_subcommand_from undo" -s q -l quiet -d 'Print only data, no confirmations'
complete -c okr -n "__fish_okr_using_subcommand checkin; and __fish_seen_subcommand_from undo" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c okr -n "__fish_okr_using_subcommand checkin; and __fish_seen_subcommand_from undo" -l wide -d 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)'
complete -c okr -n "__fish_okr_using_subcommand checkin; and __fish_seen_subcommand_from undo" -l no-pager -d 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)'
complete -c okr -n "__fish_okr_using_subcommand checkin; and __fish_seen_subcommand_from undo" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c okr -n "__fish_okr_using_subcommand checkin; and __fish_seen_subcommand_from undo" -s V -l version -d 'Print version'
complete -c okr -n "__fish_okr_using_subcommand checkin; and __fish_seen_subcommand_from help" -f -a "list" -d 'List check-ins, newest first'
complete -c okr -n "__fish_okr_using_subcommand checkin; and __fish_seen_subcommand_from help" -f -a "undo" -d 'Remove the check-in recorded last (asks first, or `--yes`)'
complete -c okr -n "__fish_okr_using_subcommand checkin; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c okr -n "__fish_okr_using_subcommand ci; and not __fish_seen_subcommand_from list ls undo help" -s c -l confidence -d 'How sure you are of reaching the target, 0–10' -r
complete -c okr -n "__fish_okr_using_subcommand ci; and not __fish_seen_subcommand_from list ls undo help" -s n -l note -d 'What happened, in a few words' -r
complete -c okr -n "__fish_okr_using_subcommand ci; and not __fish_seen_subcommand_from list ls undo help" -s d -l date -d 'The day the value was measured (backfilling is fine) [default: today]' -r
complete -c okr -n "__fish_okr_using_subcommand ci; and not __fish_seen_subcommand_from list ls undo help" -l db -d 'The database file [default: okr.db in the platform data folder]' -r -F
complete -c okr -n "__fish_okr_using_subcommand ci; and not __fish_seen_subcommand_from list ls undo help" -l format -d 'Output format where the output is data (`okr lint`: human, json or github)' -r -f -a "table\t''
markdown\t''
json\t''
csv\t''
html\t'`okr report` and `okr trend` only: a self-contained page with charts'
human\t'`okr lint`\'s default: like a compiler (elsewhere the same as table)'
github\t'`okr lint` only: GitHub Actions annotations'"
complete -c okr -n "__fish_okr_using_subcommand ci; and not __fish_seen_subcommand_from list ls undo help" -l color -d 'When to colour output (NO_COLOR is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c okr -n "__fish_okr_using_subcommand ci; and not __fish_seen_subcommand_from list ls undo help" -l team-dir -d 'The team directory (holding okr.toml) [default: found by walking up from here]' -r -F
complete -c okr -n "__fish_okr_using_subcommand ci; and not __fish_seen_subcommand_from list ls undo help" -s q -l quiet -d 'Print only data, no confirmations'
complete -c okr -n "__fish_okr_using_subcommand ci; and not __fish_seen_subcommand_from list ls undo help" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c okr -n "__fish_okr_using_subcommand ci; and not __fish_seen_subcommand_from list ls undo help" -l wide -d 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)'
complete -c okr -n "__fish_okr_using_subcommand ci; and not __fish_seen_subcommand_from list ls undo help" -l no-pager -d 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)'
complete -c okr -n "__fish_okr_using_subcommand ci; and not __fish_seen_subcommand_from list ls undo help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c okr -n "__fish_okr_using_subcommand ci; and not __fish_seen_subcommand_from list ls undo help" -s V -l version -d 'Print version'
complete -c okr -n "__fish_okr_using_subcommand ci; and not __fish_seen_subcommand_from list ls undo help" -a "list" -d 'List check-ins, newest first'
complete -c okr -n "__fish_okr_using_subcommand ci; and not __fish_seen_subcommand_from list ls undo help" -a "ls" -d 'List check-ins, newest first'
complete -c okr -n "__fish_okr_using_subcommand ci; and not __fish_seen_subcommand_from list ls undo help" -a "undo" -d 'Remove the check-in recorded last (asks first, or `--yes`)'
complete -c okr -n "__fish_okr_using_subcommand ci; and not __fish_seen_subcommand_from list ls undo help" -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c okr -n "__fish_okr_using_subcommand ci; and __fish_seen_subcommand_from list" -l cycle -d 'Only this cycle\'s check-ins (or `all`) [default: all]' -r
complete -c okr -n "__fish_okr_using_subcommand ci; and __fish_seen_subcommand_from list" -s n -l limit -d 'Show at most N (0: all)' -r
complete -c okr -n "__fish_okr_using_subcommand ci; and __fish_seen_subcommand_from list" -l db -d 'The database file [default: okr.db in the platform data folder]' -r -F
complete -c okr -n "__fish_okr_using_subcommand ci; and __fish_seen_subcommand_from list" -l format -d 'Output format where the output is data (`okr lint`: human, json or github)' -r -f -a "table\t''
markdown\t''
json\t''
csv\t''
html\t'`okr report` and `okr trend` only: a self-contained page with charts'
human\t'`okr lint`\'s default: like a compiler (elsewhere the same as table)'
github\t'`okr lint` only: GitHub Actions annotations'"
complete -c okr -n "__fish_okr_using_subcommand ci; and __fish_seen_subcommand_from list" -l color -d 'When to colour output (NO_COLOR is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c okr -n "__fish_okr_using_subcommand ci; and __fish_seen_subcommand_from list" -l team-dir -d 'The team directory (holding okr.toml) [default: found by walking up from here]' -r -F
complete -c okr -n "__fish_okr_using_subcommand ci; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only data, no confirmations'
complete -c okr -n "__fish_okr_using_subcommand ci; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c okr -n "__fish_okr_using_subcommand ci; and __fish_seen_subcommand_from list" -l wide -d 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)'
complete -c okr -n "__fish_okr_using_subcommand ci; and __fish_seen_subcommand_from list" -l no-pager -d 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)'
complete -c okr -n "__fish_okr_using_subcommand ci; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c okr -n "__fish_okr_using_subcommand ci; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c okr -n "__fish_okr_using_subcommand ci; and __fish_seen_subcommand_from ls" -l cycle -d 'Only this cycle\'s check-ins (or `all`) [default: all]' -r
complete -c okr -n "__fish_okr_using_subcommand ci; and __fish_seen_subcommand_from ls" -s n -l limit -d 'Show at most N (0: all)' -r
complete -c okr -n "__fish_okr_using_subcommand ci; and __fish_seen_subcommand_from ls" -l db -d 'The database file [default: okr.db in the platform data folder]' -r -F
complete -c okr -n "__fish_okr_using_subcommand ci; and __fish_seen_subcommand_from ls" -l format -d 'Output format where the output is data (`okr lint`: human, json or github)' -r -f -a "table\t''
markdown\t''
json\t''
csv\t''
html\t'`okr report` and `okr trend` only: a self-contained page with charts'
human\t'`okr lint`\'s default: like a compiler (elsewhere the same as table)'
github\t'`okr lint` only: GitHub Actions annotations'"
complete -c okr -n "__fish_okr_using_subcommand ci; and __fish_seen_subcommand_from ls" -l color -d 'When to colour output (NO_COLOR is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c okr -n "__fish_okr_using_subcommand ci; and __fish_seen_subcommand_from ls" -l team-dir -d 'The team directory (holding okr.toml) [default: found by walking up from here]' -r -F
complete -c okr -n "__fish_okr_using_subcommand ci; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print only data, no confirmations'
complete -c okr -n "__fish_okr_using_subcommand ci; and __fish_seen_subcommand_from ls" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c okr -n "__fish_okr_using_subcommand ci; and __fish_seen_subcommand_from ls" -l wide -d 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)'
complete -c okr -n "__fish_okr_using_subcommand ci; and __fish_seen_subcommand_from ls" -l no-pager -d 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)'
complete -c okr -n "__fish_okr_using_subcommand ci; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c okr -n "__fish_okr_using_subcommand ci; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c okr -n "__fish_okr_using_subcommand ci; and __fish_seen_subcommand_from undo" -l db -d 'The database file [default: okr.db in the platform data folder]' -r -F
complete -c okr -n "__fish_okr_using_subcommand ci; and __fish_seen_subcommand_from undo" -l format -d 'Output format where the output is data (`okr lint`: human, json or github)' -r -f -a "table\t''
markdown\t''
json\t''
csv\t''
html\t'`okr report` and `okr trend` only: a self-contained page with charts'
human\t'`okr lint`\'s default: like a compiler (elsewhere the same as table)'
github\t'`okr lint` only: GitHub Actions annotations'"
complete -c okr -n "__fish_okr_using_subcommand ci; and __fish_seen_subcommand_from undo" -l color -d 'When to colour output (NO_COLOR is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c okr -n "__fish_okr_using_subcommand ci; and __fish_seen_subcommand_from undo" -l team-dir -d 'The team directory (holding okr.toml) [default: found by walking up from here]' -r -F
complete -c okr -n "__fish_okr_using_subcommand ci; and __fish_seen_subcommand_from undo" -s q -l quiet -d 'Print only data, no confirmations'
complete -c okr -n "__fish_okr_using_subcommand ci; and __fish_seen_subcommand_from undo" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c okr -n "__fish_okr_using_subcommand ci; and __fish_seen_subcommand_from undo" -l wide -d 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)'
complete -c okr -n "__fish_okr_using_subcommand ci; and __fish_seen_subcommand_from undo" -l no-pager -d 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)'
complete -c okr -n "__fish_okr_using_subcommand ci; and __fish_seen_subcommand_from undo" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c okr -n "__fish_okr_using_subcommand ci; and __fish_seen_subcommand_from undo" -s V -l version -d 'Print version'
complete -c okr -n "__fish_okr_using_subcommand ci; and __fish_seen_subcommand_from help" -f -a "list" -d 'List check-ins, newest first'
complete -c okr -n "__fish_okr_using_subcommand ci; and __fish_seen_subcommand_from help" -f -a "undo" -d 'Remove the check-in recorded last (asks first, or `--yes`)'
complete -c okr -n "__fish_okr_using_subcommand ci; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c okr -n "__fish_okr_using_subcommand task; and not __fish_seen_subcommand_from add list ls done reopen edit rm help" -l db -d 'The database file [default: okr.db in the platform data folder]' -r -F
complete -c okr -n "__fish_okr_using_subcommand task; and not __fish_seen_subcommand_from add list ls done reopen edit rm help" -l format -d 'Output format where the output is data (`okr lint`: human, json or github)' -r -f -a "table\t''
markdown\t''
json\t''
csv\t''
html\t'`okr report` and `okr trend` only: a self-contained page with charts'
human\t'`okr lint`\'s default: like a compiler (elsewhere the same as table)'
github\t'`okr lint` only: GitHub Actions annotations'"
complete -c okr -n "__fish_okr_using_subcommand task; and not __fish_seen_subcommand_from add list ls done reopen edit rm help" -l color -d 'When to colour output (NO_COLOR is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c okr -n "__fish_okr_using_subcommand task; and not __fish_seen_subcommand_from add list ls done reopen edit rm help" -l team-dir -d 'The team directory (holding okr.toml) [default: found by walking up from here]' -r -F
complete -c okr -n "__fish_okr_using_subcommand task; and not __fish_seen_subcommand_from add list ls done reopen edit rm help" -s q -l quiet -d 'Print only data, no confirmations'
complete -c okr -n "__fish_okr_using_subcommand task; and not __fish_seen_subcommand_from add list ls done reopen edit rm help" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c okr -n "__fish_okr_using_subcommand task; and not __fish_seen_subcommand_from add list ls done reopen edit rm help" -l wide -d 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)'
complete -c okr -n "__fish_okr_using_subcommand task; and not __fish_seen_subcommand_from add list ls done reopen edit rm help" -l no-pager -d 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)'
complete -c okr -n "__fish_okr_using_subcommand task; and not __fish_seen_subcommand_from add list ls done reopen edit rm help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c okr -n "__fish_okr_using_subcommand task; and not __fish_seen_subcommand_from add list ls done reopen edit rm help" -s V -l version -d 'Print version'
complete -c okr -n "__fish_okr_using_subcommand task; and not __fish_seen_subcommand_from add list ls done reopen edit rm help" -f -a "add" -d 'Name an initiative under a key result'
complete -c okr -n "__fish_okr_using_subcommand task; and not __fish_seen_subcommand_from add list ls done reopen edit rm help" -f -a "list" -d 'List initiatives [default: the open ones of the current quarter]'
complete -c okr -n "__fish_okr_using_subcommand task; and not __fish_seen_subcommand_from add list ls done reopen edit rm help" -f -a "ls" -d 'List initiatives [default: the open ones of the current quarter]'
complete -c okr -n "__fish_okr_using_subcommand task; and not __fish_seen_subcommand_from add list ls done reopen edit rm help" -f -a "done" -d 'Tick an initiative off, today'
complete -c okr -n "__fish_okr_using_subcommand task; and not __fish_seen_subcommand_from add list ls done reopen edit rm help" -f -a "reopen" -d 'Open a done initiative again'
complete -c okr -n "__fish_okr_using_subcommand task; and not __fish_seen_subcommand_from add list ls done reopen edit rm help" -f -a "edit" -d 'Change an initiative\'s title, owner, due day or key result'
complete -c okr -n "__fish_okr_using_subcommand task; and not __fish_seen_subcommand_from add list ls done reopen edit rm help" -f -a "rm" -d 'Delete an initiative (asks first, or `--yes`)'
complete -c okr -n "__fish_okr_using_subcommand task; and not __fish_seen_subcommand_from add list ls done reopen edit rm help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c okr -n "__fish_okr_using_subcommand task; and __fish_seen_subcommand_from add" -l owner -d 'Who does it [default: the key result\'s owner]' -r
complete -c okr -n "__fish_okr_using_subcommand task; and __fish_seen_subcommand_from add" -l due -d 'When it is due' -r
complete -c okr -n "__fish_okr_using_subcommand task; and __fish_seen_subcommand_from add" -l db -d 'The database file [default: okr.db in the platform data folder]' -r -F
complete -c okr -n "__fish_okr_using_subcommand task; and __fish_seen_subcommand_from add" -l format -d 'Output format where the output is data (`okr lint`: human, json or github)' -r -f -a "table\t''
markdown\t''
json\t''
csv\t''
html\t'`okr report` and `okr trend` only: a self-contained page with charts'
human\t'`okr lint`\'s default: like a compiler (elsewhere the same as table)'
github\t'`okr lint` only: GitHub Actions annotations'"
complete -c okr -n "__fish_okr_using_subcommand task; and __fish_seen_subcommand_from add" -l color -d 'When to colour output (NO_COLOR is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c okr -n "__fish_okr_using_subcommand task; and __fish_seen_subcommand_from add" -l team-dir -d 'The team directory (holding okr.toml) [default: found by walking up from here]' -r -F
complete -c okr -n "__fish_okr_using_subcommand task; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print only data, no confirmations'
complete -c okr -n "__fish_okr_using_subcommand task; and __fish_seen_subcommand_from add" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c okr -n "__fish_okr_using_subcommand task; and __fish_seen_subcommand_from add" -l wide -d 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)'
complete -c okr -n "__fish_okr_using_subcommand task; and __fish_seen_subcommand_from add" -l no-pager -d 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)'
complete -c okr -n "__fish_okr_using_subcommand task; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c okr -n "__fish_okr_using_subcommand task; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c okr -n "__fish_okr_using_subcommand task; and __fish_seen_subcommand_from list" -l kr -d 'Only those under this key result (any cycle)' -r
complete -c okr -n "__fish_okr_using_subcommand task; and __fish_seen_subcommand_from list" -l objective -d 'Only those under this objective\'s key results (any cycle)' -r
complete -c okr -n "__fish_okr_using_subcommand task; and __fish_seen_subcommand_from list" -l owner -d 'Only this person\'s (`me`: yours)' -r
complete -c okr -n "__fish_okr_using_subcommand task; and __fish_seen_subcommand_from list" -l state -d 'Open, done or all' -r -f -a "open\t''
done\t''
all\t''"
complete -c okr -n "__fish_okr_using_subcommand task; and __fish_seen_subcommand_from list" -l cycle -d 'Cycle name, or `all` [default: the current quarter]' -r
complete -c okr -n "__fish_okr_using_subcommand task; and __fish_seen_subcommand_from list" -l db -d 'The database file [default: okr.db in the platform data folder]' -r -F
complete -c okr -n "__fish_okr_using_subcommand task; and __fish_seen_subcommand_from list" -l format -d 'Output format where the output is data (`okr lint`: human, json or github)' -r -f -a "table\t''
markdown\t''
json\t''
csv\t''
html\t'`okr report` and `okr trend` only: a self-contained page with charts'
human\t'`okr lint`\'s default: like a compiler (elsewhere the same as table)'
github\t'`okr lint` only: GitHub Actions annotations'"
complete -c okr -n "__fish_okr_using_subcommand task; and __fish_seen_subcommand_from list" -l color -d 'When to colour output (NO_COLOR is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c okr -n "__fish_okr_using_subcommand task; and __fish_seen_subcommand_from list" -l team-dir -d 'The team directory (holding okr.toml) [default: found by walking up from here]' -r -F
complete -c okr -n "__fish_okr_using_subcommand task; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only data, no confirmations'
complete -c okr -n "__fish_okr_using_subcommand task; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c okr -n "__fish_okr_using_subcommand task; and __fish_seen_subcommand_from list" -l wide -d 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)'
complete -c okr -n "__fish_okr_using_subcommand task; and __fish_seen_subcommand_from list" -l no-pager -d 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)'
complete -c okr -n "__fish_okr_using_subcommand task; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c okr -n "__fish_okr_using_subcommand task; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c okr -n "__fish_okr_using_subcommand task; and __fish_seen_subcommand_from ls" -l kr -d 'Only those under this key result (any cycle)' -r
complete -c okr -n "__fish_okr_using_subcommand task; and __fish_seen_subcommand_from ls" -l objective -d 'Only those under this objective\'s key results (any cycle)' -r
complete -c okr -n "__fish_okr_using_subcommand task; and __fish_seen_subcommand_from ls" -l owner -d 'Only this person\'s (`me`: yours)' -r
complete -c okr -n "__fish_okr_using_subcommand task; and __fish_seen_subcommand_from ls" -l state -d 'Open, done or all' -r -f -a "open\t''
done\t''
all\t''"
complete -c okr -n "__fish_okr_using_subcommand task; and __fish_seen_subcommand_from ls" -l cycle -d 'Cycle name, or `all` [default: the current quarter]' -r
complete -c okr -n "__fish_okr_using_subcommand task; and __fish_seen_subcommand_from ls" -l db -d 'The database file [default: okr.db in the platform data folder]' -r -F
complete -c okr -n "__fish_okr_using_subcommand task; and __fish_seen_subcommand_from ls" -l format -d 'Output format where the output is data (`okr lint`: human, json or github)' -r -f -a "table\t''
markdown\t''
json\t''
csv\t''
html\t'`okr report` and `okr trend` only: a self-contained page with charts'
human\t'`okr lint`\'s default: like a compiler (elsewhere the same as table)'
github\t'`okr lint` only: GitHub Actions annotations'"
complete -c okr -n "__fish_okr_using_subcommand task; and __fish_seen_subcommand_from ls" -l color -d 'When to colour output (NO_COLOR is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c okr -n "__fish_okr_using_subcommand task; and __fish_seen_subcommand_from ls" -l team-dir -d 'The team directory (holding okr.toml) [default: found by walking up from here]' -r -F
complete -c okr -n "__fish_okr_using_subcommand task; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print only data, no confirmations'
complete -c okr -n "__fish_okr_using_subcommand task; and __fish_seen_subcommand_from ls" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c okr -n "__fish_okr_using_subcommand task; and __fish_seen_subcommand_from ls" -l wide -d 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)'
complete -c okr -n "__fish_okr_using_subcommand task; and __fish_seen_subcommand_from ls" -l no-pager -d 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)'
complete -c okr -n "__fish_okr_using_subcommand task; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c okr -n "__fish_okr_using_subcommand task; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c okr -n "__fish_okr_using_subcommand task; and __fish_seen_subcommand_from done" -l db -d 'The database file [default: okr.db in the platform data folder]' -r -F
complete -c okr -n "__fish_okr_using_subcommand task; and __fish_seen_subcommand_from done" -l format -d 'Output format where the output is data (`okr lint`: human, json or github)' -r -f -a "table\t''
markdown\t''
json\t''
csv\t''
html\t'`okr report` and `okr trend` only: a self-contained page with charts'
human\t'`okr lint`\'s default: like a compiler (elsewhere the same as table)'
github\t'`okr lint` only: GitHub Actions annotations'"
complete -c okr -n "__fish_okr_using_subcommand task; and __fish_seen_subcommand_from done" -l color -d 'When to colour output (NO_COLOR is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c okr -n "__fish_okr_using_subcommand task; and __fish_seen_subcommand_from done" -l team-dir -d 'The team directory (holding okr.toml) [default: found by walking up from here]' -r -F
complete -c okr -n "__fish_okr_using_subcommand task; and __fish_seen_subcommand_from done" -s q -l quiet -d 'Print only data, no confirmations'
complete -c okr -n "__fish_okr_using_subcommand task; and __fish_seen_subcommand_from done" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c okr -n "__fish_okr_using_subcommand task; and __fish_seen_subcommand_from done" -l wide -d 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)'
complete -c okr -n "__fish_okr_using_subcommand task; and __fish_seen_subcommand_from done" -l no-pager -d 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)'
complete -c okr -n "__fish_okr_using_subcommand task; and __fish_seen_subcommand_from done" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c okr -n "__fish_okr_using_subcommand task; and __fish_seen_subcommand_from done" -s V -l version -d 'Print version'
complete -c okr -n "__fish_okr_using_subcommand task; and __fish_seen_subcommand_from reopen" -l db -d 'The database file [default: okr.db in the platform data folder]' -r -F
complete -c okr -n "__fish_okr_using_subcommand task; and __fish_seen_subcommand_from reopen" -l format -d 'Output format where the output is data (`okr lint`: human, json or github)' -r -f -a "table\t''
markdown\t''
json\t''
csv\t''
html\t'`okr report` and `okr trend` only: a self-contained page with charts'
human\t'`okr lint`\'s default: like a compiler (elsewhere the same as table)'
github\t'`okr lint` only: GitHub Actions annotations'"
complete -c okr -n "__fish_okr_using_subcommand task; and __fish_seen_subcommand_from reopen" -l color -d 'When to colour output (NO_COLOR is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c okr -n "__fish_okr_using_subcommand task; and __fish_seen_subcommand_from reopen" -l team-dir -d 'The team directory (holding okr.toml) [default: found by walking up from here]' -r -F
complete -c okr -n "__fish_okr_using_subcommand task; and __fish_seen_subcommand_from reopen" -s q -l quiet -d 'Print only data, no confirmations'
complete -c okr -n "__fish_okr_using_subcommand task; and __fish_seen_subcommand_from reopen" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c okr -n "__fish_okr_using_subcommand task; and __fish_seen_subcommand_from reopen" -l wide -d 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)'
complete -c okr -n "__fish_okr_using_subcommand task; and __fish_seen_subcommand_from reopen" -l no-pager -d 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)'
complete -c okr -n "__fish_okr_using_subcommand task; and __fish_seen_subcommand_from reopen" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c okr -n "__fish_okr_using_subcommand task; and __fish_seen_subcommand_from reopen" -s V -l version -d 'Print version'
complete -c okr -n "__fish_okr_using_subcommand task; and __fish_seen_subcommand_from edit" -l title -d 'New title' -r
complete -c okr -n "__fish_okr_using_subcommand task; and __fish_seen_subcommand_from edit" -l owner -d 'New owner' -r
complete -c okr -n "__fish_okr_using_subcommand task; and __fish_seen_subcommand_from edit" -l due -d 'New due day' -r
complete -c okr -n "__fish_okr_using_subcommand task; and __fish_seen_subcommand_from edit" -l kr -d 'Move it under another key result' -r
complete -c okr -n "__fish_okr_using_subcommand task; and __fish_seen_subcommand_from edit" -l db -d 'The database file [default: okr.db in the platform data folder]' -r -F
complete -c okr -n "__fish_okr_using_subcommand task; and __fish_seen_subcommand_from edit" -l format -d 'Output format where the output is data (`okr lint`: human, json or github)' -r -f -a "table\t''
markdown\t''
json\t''
csv\t''
html\t'`okr report` and `okr trend` only: a self-contained page with charts'
human\t'`okr lint`\'s default: like a compiler (elsewhere the same as table)'
github\t'`okr lint` only: GitHub Actions annotations'"
complete -c okr -n "__fish_okr_using_subcommand task; and __fish_seen_subcommand_from edit" -l color -d 'When to colour output (NO_COLOR is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c okr -n "__fish_okr_using_subcommand task; and __fish_seen_subcommand_from edit" -l team-dir -d 'The team directory (holding okr.toml) [default: found by walking up from here]' -r -F
complete -c okr -n "__fish_okr_using_subcommand task; and __fish_seen_subcommand_from edit" -l no-due -d 'Remove the due day'
complete -c okr -n "__fish_okr_using_subcommand task; and __fish_seen_subcommand_from edit" -s q -l quiet -d 'Print only data, no confirmations'
complete -c okr -n "__fish_okr_using_subcommand task; and __fish_seen_subcommand_from edit" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c okr -n "__fish_okr_using_subcommand task; and __fish_seen_subcommand_from edit" -l wide -d 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)'
complete -c okr -n "__fish_okr_using_subcommand task; and __fish_seen_subcommand_from edit" -l no-pager -d 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)'
complete -c okr -n "__fish_okr_using_subcommand task; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c okr -n "__fish_okr_using_subcommand task; and __fish_seen_subcommand_from edit" -s V -l version -d 'Print version'
complete -c okr -n "__fish_okr_using_subcommand task; and __fish_seen_subcommand_from rm" -l db -d 'The database file [default: okr.db in the platform data folder]' -r -F
complete -c okr -n "__fish_okr_using_subcommand task; and __fish_seen_subcommand_from rm" -l format -d 'Output format where the output is data (`okr lint`: human, json or github)' -r -f -a "table\t''
markdown\t''
json\t''
csv\t''
html\t'`okr report` and `okr trend` only: a self-contained page with charts'
human\t'`okr lint`\'s default: like a compiler (elsewhere the same as table)'
github\t'`okr lint` only: GitHub Actions annotations'"
complete -c okr -n "__fish_okr_using_subcommand task; and __fish_seen_subcommand_from rm" -l color -d 'When to colour output (NO_COLOR is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c okr -n "__fish_okr_using_subcommand task; and __fish_seen_subcommand_from rm" -l team-dir -d 'The team directory (holding okr.toml) [default: found by walking up from here]' -r -F
complete -c okr -n "__fish_okr_using_subcommand task; and __fish_seen_subcommand_from rm" -s q -l quiet -d 'Print only data, no confirmations'
complete -c okr -n "__fish_okr_using_subcommand task; and __fish_seen_subcommand_from rm" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c okr -n "__fish_okr_using_subcommand task; and __fish_seen_subcommand_from rm" -l wide -d 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)'
complete -c okr -n "__fish_okr_using_subcommand task; and __fish_seen_subcommand_from rm" -l no-pager -d 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)'
complete -c okr -n "__fish_okr_using_subcommand task; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c okr -n "__fish_okr_using_subcommand task; and __fish_seen_subcommand_from rm" -s V -l version -d 'Print version'
complete -c okr -n "__fish_okr_using_subcommand task; and __fish_seen_subcommand_from help" -f -a "add" -d 'Name an initiative under a key result'
complete -c okr -n "__fish_okr_using_subcommand task; and __fish_seen_subcommand_from help" -f -a "list" -d 'List initiatives [default: the open ones of the current quarter]'
complete -c okr -n "__fish_okr_using_subcommand task; and __fish_seen_subcommand_from help" -f -a "done" -d 'Tick an initiative off, today'
complete -c okr -n "__fish_okr_using_subcommand task; and __fish_seen_subcommand_from help" -f -a "reopen" -d 'Open a done initiative again'
complete -c okr -n "__fish_okr_using_subcommand task; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Change an initiative\'s title, owner, due day or key result'
complete -c okr -n "__fish_okr_using_subcommand task; and __fish_seen_subcommand_from help" -f -a "rm" -d 'Delete an initiative (asks first, or `--yes`)'
complete -c okr -n "__fish_okr_using_subcommand task; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c okr -n "__fish_okr_using_subcommand score; and not __fish_seen_subcommand_from set clear help" -l cycle -d 'Cycle name [default: the quarter containing the as-of date]' -r
complete -c okr -n "__fish_okr_using_subcommand score; and not __fish_seen_subcommand_from set clear help" -l owner -d 'Only objectives owned by this person or team' -r
complete -c okr -n "__fish_okr_using_subcommand score; and not __fish_seen_subcommand_from set clear help" -l as-of -d 'Score as of this day [default: today]' -r
complete -c okr -n "__fish_okr_using_subcommand score; and not __fish_seen_subcommand_from set clear help" -l db -d 'The database file [default: okr.db in the platform data folder]' -r -F
complete -c okr -n "__fish_okr_using_subcommand score; and not __fish_seen_subcommand_from set clear help" -l format -d 'Output format where the output is data (`okr lint`: human, json or github)' -r -f -a "table\t''
markdown\t''
json\t''
csv\t''
html\t'`okr report` and `okr trend` only: a self-contained page with charts'
human\t'`okr lint`\'s default: like a compiler (elsewhere the same as table)'
github\t'`okr lint` only: GitHub Actions annotations'"
complete -c okr -n "__fish_okr_using_subcommand score; and not __fish_seen_subcommand_from set clear help" -l color -d 'When to colour output (NO_COLOR is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c okr -n "__fish_okr_using_subcommand score; and not __fish_seen_subcommand_from set clear help" -l team-dir -d 'The team directory (holding okr.toml) [default: found by walking up from here]' -r -F
complete -c okr -n "__fish_okr_using_subcommand score; and not __fish_seen_subcommand_from set clear help" -l explain -d 'Show how each number was reached: values, dates, weights'
complete -c okr -n "__fish_okr_using_subcommand score; and not __fish_seen_subcommand_from set clear help" -s q -l quiet -d 'Print only data, no confirmations'
complete -c okr -n "__fish_okr_using_subcommand score; and not __fish_seen_subcommand_from set clear help" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c okr -n "__fish_okr_using_subcommand score; and not __fish_seen_subcommand_from set clear help" -l wide -d 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)'
complete -c okr -n "__fish_okr_using_subcommand score; and not __fish_seen_subcommand_from set clear help" -l no-pager -d 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)'
complete -c okr -n "__fish_okr_using_subcommand score; and not __fish_seen_subcommand_from set clear help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c okr -n "__fish_okr_using_subcommand score; and not __fish_seen_subcommand_from set clear help" -s V -l version -d 'Print version'
complete -c okr -n "__fish_okr_using_subcommand score; and not __fish_seen_subcommand_from set clear help" -f -a "set" -d 'Grade a key result by hand, with the reason; the grade then counts'
complete -c okr -n "__fish_okr_using_subcommand score; and not __fish_seen_subcommand_from set clear help" -f -a "clear" -d 'Remove a hand grade; the computed score counts again'
complete -c okr -n "__fish_okr_using_subcommand score; and not __fish_seen_subcommand_from set clear help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c okr -n "__fish_okr_using_subcommand score; and __fish_seen_subcommand_from set" -s n -l note -d 'Why this grade (required)' -r
complete -c okr -n "__fish_okr_using_subcommand score; and __fish_seen_subcommand_from set" -l db -d 'The database file [default: okr.db in the platform data folder]' -r -F
complete -c okr -n "__fish_okr_using_subcommand score; and __fish_seen_subcommand_from set" -l format -d 'Output format where the output is data (`okr lint`: human, json or github)' -r -f -a "table\t''
markdown\t''
json\t''
csv\t''
html\t'`okr report` and `okr trend` only: a self-contained page with charts'
human\t'`okr lint`\'s default: like a compiler (elsewhere the same as table)'
github\t'`okr lint` only: GitHub Actions annotations'"
complete -c okr -n "__fish_okr_using_subcommand score; and __fish_seen_subcommand_from set" -l color -d 'When to colour output (NO_COLOR is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c okr -n "__fish_okr_using_subcommand score; and __fish_seen_subcommand_from set" -l team-dir -d 'The team directory (holding okr.toml) [default: found by walking up from here]' -r -F
complete -c okr -n "__fish_okr_using_subcommand score; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Print only data, no confirmations'
complete -c okr -n "__fish_okr_using_subcommand score; and __fish_seen_subcommand_from set" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c okr -n "__fish_okr_using_subcommand score; and __fish_seen_subcommand_from set" -l wide -d 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)'
complete -c okr -n "__fish_okr_using_subcommand score; and __fish_seen_subcommand_from set" -l no-pager -d 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)'
complete -c okr -n "__fish_okr_using_subcommand score; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c okr -n "__fish_okr_using_subcommand score; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c okr -n "__fish_okr_using_subcommand score; and __fish_seen_subcommand_from clear" -l db -d 'The database file [default: okr.db in the platform data folder]' -r -F
complete -c okr -n "__fish_okr_using_subcommand score; and __fish_seen_subcommand_from clear" -l format -d 'Output format where the output is data (`okr lint`: human, json or github)' -r -f -a "table\t''
markdown\t''
json\t''
csv\t''
html\t'`okr report` and `okr trend` only: a self-contained page with charts'
human\t'`okr lint`\'s default: like a compiler (elsewhere the same as table)'
github\t'`okr lint` only: GitHub Actions annotations'"
complete -c okr -n "__fish_okr_using_subcommand score; and __fish_seen_subcommand_from clear" -l color -d 'When to colour output (NO_COLOR is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c okr -n "__fish_okr_using_subcommand score; and __fish_seen_subcommand_from clear" -l team-dir -d 'The team directory (holding okr.toml) [default: found by walking up from here]' -r -F
complete -c okr -n "__fish_okr_using_subcommand score; and __fish_seen_subcommand_from clear" -s q -l quiet -d 'Print only data, no confirmations'
complete -c okr -n "__fish_okr_using_subcommand score; and __fish_seen_subcommand_from clear" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c okr -n "__fish_okr_using_subcommand score; and __fish_seen_subcommand_from clear" -l wide -d 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)'
complete -c okr -n "__fish_okr_using_subcommand score; and __fish_seen_subcommand_from clear" -l no-pager -d 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)'
complete -c okr -n "__fish_okr_using_subcommand score; and __fish_seen_subcommand_from clear" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c okr -n "__fish_okr_using_subcommand score; and __fish_seen_subcommand_from clear" -s V -l version -d 'Print version'
complete -c okr -n "__fish_okr_using_subcommand score; and __fish_seen_subcommand_from help" -f -a "set" -d 'Grade a key result by hand, with the reason; the grade then counts'
complete -c okr -n "__fish_okr_using_subcommand score; and __fish_seen_subcommand_from help" -f -a "clear" -d 'Remove a hand grade; the computed score counts again'
complete -c okr -n "__fish_okr_using_subcommand score; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c okr -n "__fish_okr_using_subcommand report" -l cycle -d 'Cycle name [default: the quarter containing the as-of date]' -r
complete -c okr -n "__fish_okr_using_subcommand report" -l owner -d 'Only objectives owned by this person or team' -r
complete -c okr -n "__fish_okr_using_subcommand report" -l level -d 'Only objectives of this level' -r -f -a "company\t''
team\t''
personal\t''"
complete -c okr -n "__fish_okr_using_subcommand report" -l as-of -d 'Report as that day would have seen it: later check-ins are ignored [default: today]' -r
complete -c okr -n "__fish_okr_using_subcommand report" -l by -d 'One row per owner or level: objectives, key results, mean progress, status mix' -r -f -a "owner\t''
level\t''"
complete -c okr -n "__fish_okr_using_subcommand report" -l db -d 'The database file [default: okr.db in the platform data folder]' -r -F
complete -c okr -n "__fish_okr_using_subcommand report" -l format -d 'Output format where the output is data (`okr lint`: human, json or github)' -r -f -a "table\t''
markdown\t''
json\t''
csv\t''
html\t'`okr report` and `okr trend` only: a self-contained page with charts'
human\t'`okr lint`\'s default: like a compiler (elsewhere the same as table)'
github\t'`okr lint` only: GitHub Actions annotations'"
complete -c okr -n "__fish_okr_using_subcommand report" -l color -d 'When to colour output (NO_COLOR is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c okr -n "__fish_okr_using_subcommand report" -l team-dir -d 'The team directory (holding okr.toml) [default: found by walking up from here]' -r -F
complete -c okr -n "__fish_okr_using_subcommand report" -l week -d 'The ISO week of the as-of date: check-ins, changes, status moves, who did not check in'
complete -c okr -n "__fish_okr_using_subcommand report" -l tree -d 'Company → team → personal, with rolled-up progress'
complete -c okr -n "__fish_okr_using_subcommand report" -s q -l quiet -d 'Print only data, no confirmations'
complete -c okr -n "__fish_okr_using_subcommand report" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c okr -n "__fish_okr_using_subcommand report" -l wide -d 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)'
complete -c okr -n "__fish_okr_using_subcommand report" -l no-pager -d 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)'
complete -c okr -n "__fish_okr_using_subcommand report" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c okr -n "__fish_okr_using_subcommand report" -s V -l version -d 'Print version'
complete -c okr -n "__fish_okr_using_subcommand export" -l cycle -d 'Cycle name [default: the quarter containing today]' -r
complete -c okr -n "__fish_okr_using_subcommand export" -l owner -d 'Only objectives owned by this person or team' -r
complete -c okr -n "__fish_okr_using_subcommand export" -l out -d 'A folder, an objectives file (`.toml`), a spreadsheet (`.csv`), or `-` for stdout [default: the team\'s OKR folder]' -r -F
complete -c okr -n "__fish_okr_using_subcommand export" -l headers -d 'CSV: the headers\' language [default: the existing file\'s, else en]' -r -f -a "en\t'cycle, level, owner, objective, …'
zh\t'周期, 层级, 负责人, 目标, …'"
complete -c okr -n "__fish_okr_using_subcommand export" -l encoding -d 'CSV: how the file is stored [default: the existing file\'s, else utf-8]' -r -f -a "utf-8\t''
utf-8-bom\t'UTF-8 with a byte-order mark, which Excel needs to read UTF-8'
gbk\t'GB18030 (reads as GBK): what Excel and WPS in China open'"
complete -c okr -n "__fish_okr_using_subcommand export" -l separator -d 'CSV: what separates fields [default: the existing file\'s, else comma; tab for .tsv]' -r -f -a "comma\t''
semicolon\t''
tab\t''"
complete -c okr -n "__fish_okr_using_subcommand export" -l db -d 'The database file [default: okr.db in the platform data folder]' -r -F
complete -c okr -n "__fish_okr_using_subcommand export" -l format -d 'Output format where the output is data (`okr lint`: human, json or github)' -r -f -a "table\t''
markdown\t''
json\t''
csv\t''
html\t'`okr report` and `okr trend` only: a self-contained page with charts'
human\t'`okr lint`\'s default: like a compiler (elsewhere the same as table)'
github\t'`okr lint` only: GitHub Actions annotations'"
complete -c okr -n "__fish_okr_using_subcommand export" -l color -d 'When to colour output (NO_COLOR is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c okr -n "__fish_okr_using_subcommand export" -l team-dir -d 'The team directory (holding okr.toml) [default: found by walking up from here]' -r -F
complete -c okr -n "__fish_okr_using_subcommand export" -l template -d 'CSV: only the header row, a template to fill in'
complete -c okr -n "__fish_okr_using_subcommand export" -s q -l quiet -d 'Print only data, no confirmations'
complete -c okr -n "__fish_okr_using_subcommand export" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c okr -n "__fish_okr_using_subcommand export" -l wide -d 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)'
complete -c okr -n "__fish_okr_using_subcommand export" -l no-pager -d 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)'
complete -c okr -n "__fish_okr_using_subcommand export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c okr -n "__fish_okr_using_subcommand export" -s V -l version -d 'Print version'
complete -c okr -n "__fish_okr_using_subcommand import" -l db -d 'The database file [default: okr.db in the platform data folder]' -r -F
complete -c okr -n "__fish_okr_using_subcommand import" -l format -d 'Output format where the output is data (`okr lint`: human, json or github)' -r -f -a "table\t''
markdown\t''
json\t''
csv\t''
html\t'`okr report` and `okr trend` only: a self-contained page with charts'
human\t'`okr lint`\'s default: like a compiler (elsewhere the same as table)'
github\t'`okr lint` only: GitHub Actions annotations'"
complete -c okr -n "__fish_okr_using_subcommand import" -l color -d 'When to colour output (NO_COLOR is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c okr -n "__fish_okr_using_subcommand import" -l team-dir -d 'The team directory (holding okr.toml) [default: found by walking up from here]' -r -F
complete -c okr -n "__fish_okr_using_subcommand import" -l dry-run -d 'Show what would change, and change nothing'
complete -c okr -n "__fish_okr_using_subcommand import" -s q -l quiet -d 'Print only data, no confirmations'
complete -c okr -n "__fish_okr_using_subcommand import" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c okr -n "__fish_okr_using_subcommand import" -l wide -d 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)'
complete -c okr -n "__fish_okr_using_subcommand import" -l no-pager -d 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)'
complete -c okr -n "__fish_okr_using_subcommand import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c okr -n "__fish_okr_using_subcommand import" -s V -l version -d 'Print version'
complete -c okr -n "__fish_okr_using_subcommand sync" -l cycle -d 'Also export this cycle [default: the quarter containing today, if it has objectives]' -r
complete -c okr -n "__fish_okr_using_subcommand sync" -l db -d 'The database file [default: okr.db in the platform data folder]' -r -F
complete -c okr -n "__fish_okr_using_subcommand sync" -l format -d 'Output format where the output is data (`okr lint`: human, json or github)' -r -f -a "table\t''
markdown\t''
json\t''
csv\t''
html\t'`okr report` and `okr trend` only: a self-contained page with charts'
human\t'`okr lint`\'s default: like a compiler (elsewhere the same as table)'
github\t'`okr lint` only: GitHub Actions annotations'"
complete -c okr -n "__fish_okr_using_subcommand sync" -l color -d 'When to colour output (NO_COLOR is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c okr -n "__fish_okr_using_subcommand sync" -l team-dir -d 'The team directory (holding okr.toml) [default: found by walking up from here]' -r -F
complete -c okr -n "__fish_okr_using_subcommand sync" -s q -l quiet -d 'Print only data, no confirmations'
complete -c okr -n "__fish_okr_using_subcommand sync" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c okr -n "__fish_okr_using_subcommand sync" -l wide -d 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)'
complete -c okr -n "__fish_okr_using_subcommand sync" -l no-pager -d 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)'
complete -c okr -n "__fish_okr_using_subcommand sync" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c okr -n "__fish_okr_using_subcommand sync" -s V -l version -d 'Print version'
complete -c okr -n "__fish_okr_using_subcommand resolve" -l db -d 'The database file [default: okr.db in the platform data folder]' -r -F
complete -c okr -n "__fish_okr_using_subcommand resolve" -l format -d 'Output format where the output is data (`okr lint`: human, json or github)' -r -f -a "table\t''
markdown\t''
json\t''
csv\t''
html\t'`okr report` and `okr trend` only: a self-contained page with charts'
human\t'`okr lint`\'s default: like a compiler (elsewhere the same as table)'
github\t'`okr lint` only: GitHub Actions annotations'"
complete -c okr -n "__fish_okr_using_subcommand resolve" -l color -d 'When to colour output (NO_COLOR is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c okr -n "__fish_okr_using_subcommand resolve" -l team-dir -d 'The team directory (holding okr.toml) [default: found by walking up from here]' -r -F
complete -c okr -n "__fish_okr_using_subcommand resolve" -l ours -d 'Where both sides changed the same field, keep ours'
complete -c okr -n "__fish_okr_using_subcommand resolve" -l theirs -d 'Where both sides changed the same field, take theirs'
complete -c okr -n "__fish_okr_using_subcommand resolve" -s q -l quiet -d 'Print only data, no confirmations'
complete -c okr -n "__fish_okr_using_subcommand resolve" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c okr -n "__fish_okr_using_subcommand resolve" -l wide -d 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)'
complete -c okr -n "__fish_okr_using_subcommand resolve" -l no-pager -d 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)'
complete -c okr -n "__fish_okr_using_subcommand resolve" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c okr -n "__fish_okr_using_subcommand resolve" -s V -l version -d 'Print version'
complete -c okr -n "__fish_okr_using_subcommand merge-file" -l db -d 'The database file [default: okr.db in the platform data folder]' -r -F
complete -c okr -n "__fish_okr_using_subcommand merge-file" -l format -d 'Output format where the output is data (`okr lint`: human, json or github)' -r -f -a "table\t''
markdown\t''
json\t''
csv\t''
html\t'`okr report` and `okr trend` only: a self-contained page with charts'
human\t'`okr lint`\'s default: like a compiler (elsewhere the same as table)'
github\t'`okr lint` only: GitHub Actions annotations'"
complete -c okr -n "__fish_okr_using_subcommand merge-file" -l color -d 'When to colour output (NO_COLOR is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c okr -n "__fish_okr_using_subcommand merge-file" -l team-dir -d 'The team directory (holding okr.toml) [default: found by walking up from here]' -r -F
complete -c okr -n "__fish_okr_using_subcommand merge-file" -s q -l quiet -d 'Print only data, no confirmations'
complete -c okr -n "__fish_okr_using_subcommand merge-file" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c okr -n "__fish_okr_using_subcommand merge-file" -l wide -d 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)'
complete -c okr -n "__fish_okr_using_subcommand merge-file" -l no-pager -d 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)'
complete -c okr -n "__fish_okr_using_subcommand merge-file" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c okr -n "__fish_okr_using_subcommand merge-file" -s V -l version -d 'Print version'
complete -c okr -n "__fish_okr_using_subcommand pull" -l kr -d 'Only this key result: its id (`qxmz`), or its uid\'s hex digits' -r
complete -c okr -n "__fish_okr_using_subcommand pull" -l timeout -d 'Seconds a command may run before it is stopped' -r
complete -c okr -n "__fish_okr_using_subcommand pull" -l db -d 'The database file [default: okr.db in the platform data folder]' -r -F
complete -c okr -n "__fish_okr_using_subcommand pull" -l format -d 'Output format where the output is data (`okr lint`: human, json or github)' -r -f -a "table\t''
markdown\t''
json\t''
csv\t''
html\t'`okr report` and `okr trend` only: a self-contained page with charts'
human\t'`okr lint`\'s default: like a compiler (elsewhere the same as table)'
github\t'`okr lint` only: GitHub Actions annotations'"
complete -c okr -n "__fish_okr_using_subcommand pull" -l color -d 'When to colour output (NO_COLOR is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c okr -n "__fish_okr_using_subcommand pull" -l team-dir -d 'The team directory (holding okr.toml) [default: found by walking up from here]' -r -F
complete -c okr -n "__fish_okr_using_subcommand pull" -l dry-run -d 'Run the sources and show what would be checked in, without recording it'
complete -c okr -n "__fish_okr_using_subcommand pull" -s q -l quiet -d 'Print only data, no confirmations'
complete -c okr -n "__fish_okr_using_subcommand pull" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c okr -n "__fish_okr_using_subcommand pull" -l wide -d 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)'
complete -c okr -n "__fish_okr_using_subcommand pull" -l no-pager -d 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)'
complete -c okr -n "__fish_okr_using_subcommand pull" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c okr -n "__fish_okr_using_subcommand pull" -s V -l version -d 'Print version'
complete -c okr -n "__fish_okr_using_subcommand trust" -l db -d 'The database file [default: okr.db in the platform data folder]' -r -F
complete -c okr -n "__fish_okr_using_subcommand trust" -l format -d 'Output format where the output is data (`okr lint`: human, json or github)' -r -f -a "table\t''
markdown\t''
json\t''
csv\t''
html\t'`okr report` and `okr trend` only: a self-contained page with charts'
human\t'`okr lint`\'s default: like a compiler (elsewhere the same as table)'
github\t'`okr lint` only: GitHub Actions annotations'"
complete -c okr -n "__fish_okr_using_subcommand trust" -l color -d 'When to colour output (NO_COLOR is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c okr -n "__fish_okr_using_subcommand trust" -l team-dir -d 'The team directory (holding okr.toml) [default: found by walking up from here]' -r -F
complete -c okr -n "__fish_okr_using_subcommand trust" -s q -l quiet -d 'Print only data, no confirmations'
complete -c okr -n "__fish_okr_using_subcommand trust" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c okr -n "__fish_okr_using_subcommand trust" -l wide -d 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)'
complete -c okr -n "__fish_okr_using_subcommand trust" -l no-pager -d 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)'
complete -c okr -n "__fish_okr_using_subcommand trust" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c okr -n "__fish_okr_using_subcommand trust" -s V -l version -d 'Print version'
complete -c okr -n "__fish_okr_using_subcommand lint" -l deny -d 'Fail (exit 1) on warnings too' -r -f -a "warnings\t''"
complete -c okr -n "__fish_okr_using_subcommand lint" -l cycle -d 'With the database: a cycle, or `all` [default: the quarter containing today]' -r
complete -c okr -n "__fish_okr_using_subcommand lint" -l db -d 'The database file [default: okr.db in the platform data folder]' -r -F
complete -c okr -n "__fish_okr_using_subcommand lint" -l format -d 'Output format where the output is data (`okr lint`: human, json or github)' -r -f -a "table\t''
markdown\t''
json\t''
csv\t''
html\t'`okr report` and `okr trend` only: a self-contained page with charts'
human\t'`okr lint`\'s default: like a compiler (elsewhere the same as table)'
github\t'`okr lint` only: GitHub Actions annotations'"
complete -c okr -n "__fish_okr_using_subcommand lint" -l color -d 'When to colour output (NO_COLOR is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c okr -n "__fish_okr_using_subcommand lint" -l team-dir -d 'The team directory (holding okr.toml) [default: found by walking up from here]' -r -F
complete -c okr -n "__fish_okr_using_subcommand lint" -l rules -d 'List the rules with their severities, and exit'
complete -c okr -n "__fish_okr_using_subcommand lint" -s q -l quiet -d 'Print only data, no confirmations'
complete -c okr -n "__fish_okr_using_subcommand lint" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c okr -n "__fish_okr_using_subcommand lint" -l wide -d 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)'
complete -c okr -n "__fish_okr_using_subcommand lint" -l no-pager -d 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)'
complete -c okr -n "__fish_okr_using_subcommand lint" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c okr -n "__fish_okr_using_subcommand lint" -s V -l version -d 'Print version'
complete -c okr -n "__fish_okr_using_subcommand review; and not __fish_seen_subcommand_from note help" -l cycle -d 'The cycle [default: the quarter containing today]' -r
complete -c okr -n "__fish_okr_using_subcommand review; and not __fish_seen_subcommand_from note help" -l db -d 'The database file [default: okr.db in the platform data folder]' -r -F
complete -c okr -n "__fish_okr_using_subcommand review; and not __fish_seen_subcommand_from note help" -l format -d 'Output format where the output is data (`okr lint`: human, json or github)' -r -f -a "table\t''
markdown\t''
json\t''
csv\t''
html\t'`okr report` and `okr trend` only: a self-contained page with charts'
human\t'`okr lint`\'s default: like a compiler (elsewhere the same as table)'
github\t'`okr lint` only: GitHub Actions annotations'"
complete -c okr -n "__fish_okr_using_subcommand review; and not __fish_seen_subcommand_from note help" -l color -d 'When to colour output (NO_COLOR is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c okr -n "__fish_okr_using_subcommand review; and not __fish_seen_subcommand_from note help" -l team-dir -d 'The team directory (holding okr.toml) [default: found by walking up from here]' -r -F
complete -c okr -n "__fish_okr_using_subcommand review; and not __fish_seen_subcommand_from note help" -s q -l quiet -d 'Print only data, no confirmations'
complete -c okr -n "__fish_okr_using_subcommand review; and not __fish_seen_subcommand_from note help" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c okr -n "__fish_okr_using_subcommand review; and not __fish_seen_subcommand_from note help" -l wide -d 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)'
complete -c okr -n "__fish_okr_using_subcommand review; and not __fish_seen_subcommand_from note help" -l no-pager -d 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)'
complete -c okr -n "__fish_okr_using_subcommand review; and not __fish_seen_subcommand_from note help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c okr -n "__fish_okr_using_subcommand review; and not __fish_seen_subcommand_from note help" -s V -l version -d 'Print version'
complete -c okr -n "__fish_okr_using_subcommand review; and not __fish_seen_subcommand_from note help" -f -a "note" -d 'Record a reflection on an objective'
complete -c okr -n "__fish_okr_using_subcommand review; and not __fish_seen_subcommand_from note help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c okr -n "__fish_okr_using_subcommand review; and __fish_seen_subcommand_from note" -l topic -d 'What it is about' -r -f -a "went-well\t''
went-badly\t''
learned\t''
note\t''"
complete -c okr -n "__fish_okr_using_subcommand review; and __fish_seen_subcommand_from note" -l db -d 'The database file [default: okr.db in the platform data folder]' -r -F
complete -c okr -n "__fish_okr_using_subcommand review; and __fish_seen_subcommand_from note" -l format -d 'Output format where the output is data (`okr lint`: human, json or github)' -r -f -a "table\t''
markdown\t''
json\t''
csv\t''
html\t'`okr report` and `okr trend` only: a self-contained page with charts'
human\t'`okr lint`\'s default: like a compiler (elsewhere the same as table)'
github\t'`okr lint` only: GitHub Actions annotations'"
complete -c okr -n "__fish_okr_using_subcommand review; and __fish_seen_subcommand_from note" -l color -d 'When to colour output (NO_COLOR is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c okr -n "__fish_okr_using_subcommand review; and __fish_seen_subcommand_from note" -l team-dir -d 'The team directory (holding okr.toml) [default: found by walking up from here]' -r -F
complete -c okr -n "__fish_okr_using_subcommand review; and __fish_seen_subcommand_from note" -s q -l quiet -d 'Print only data, no confirmations'
complete -c okr -n "__fish_okr_using_subcommand review; and __fish_seen_subcommand_from note" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c okr -n "__fish_okr_using_subcommand review; and __fish_seen_subcommand_from note" -l wide -d 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)'
complete -c okr -n "__fish_okr_using_subcommand review; and __fish_seen_subcommand_from note" -l no-pager -d 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)'
complete -c okr -n "__fish_okr_using_subcommand review; and __fish_seen_subcommand_from note" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c okr -n "__fish_okr_using_subcommand review; and __fish_seen_subcommand_from note" -s V -l version -d 'Print version'
complete -c okr -n "__fish_okr_using_subcommand review; and __fish_seen_subcommand_from help" -f -a "note" -d 'Record a reflection on an objective'
complete -c okr -n "__fish_okr_using_subcommand review; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c okr -n "__fish_okr_using_subcommand trend" -l cycles -d 'Cycles from one to another by name, oldest first; either end may be left open (`2026-Q1..`) [default: every cycle that holds objectives and has started]' -r
complete -c okr -n "__fish_okr_using_subcommand trend" -l by -d 'One row per owner or level' -r -f -a "owner\t''
level\t''"
complete -c okr -n "__fish_okr_using_subcommand trend" -l owner -d 'Only objectives owned by this person or team' -r
complete -c okr -n "__fish_okr_using_subcommand trend" -l level -d 'Only objectives of this level' -r -f -a "company\t''
team\t''
personal\t''"
complete -c okr -n "__fish_okr_using_subcommand trend" -l db -d 'The database file [default: okr.db in the platform data folder]' -r -F
complete -c okr -n "__fish_okr_using_subcommand trend" -l format -d 'Output format where the output is data (`okr lint`: human, json or github)' -r -f -a "table\t''
markdown\t''
json\t''
csv\t''
html\t'`okr report` and `okr trend` only: a self-contained page with charts'
human\t'`okr lint`\'s default: like a compiler (elsewhere the same as table)'
github\t'`okr lint` only: GitHub Actions annotations'"
complete -c okr -n "__fish_okr_using_subcommand trend" -l color -d 'When to colour output (NO_COLOR is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c okr -n "__fish_okr_using_subcommand trend" -l team-dir -d 'The team directory (holding okr.toml) [default: found by walking up from here]' -r -F
complete -c okr -n "__fish_okr_using_subcommand trend" -s q -l quiet -d 'Print only data, no confirmations'
complete -c okr -n "__fish_okr_using_subcommand trend" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c okr -n "__fish_okr_using_subcommand trend" -l wide -d 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)'
complete -c okr -n "__fish_okr_using_subcommand trend" -l no-pager -d 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)'
complete -c okr -n "__fish_okr_using_subcommand trend" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c okr -n "__fish_okr_using_subcommand trend" -s V -l version -d 'Print version'
complete -c okr -n "__fish_okr_using_subcommand log" -l kr -d 'Only changes to this key result (its check-ins, grade and history included)' -r
complete -c okr -n "__fish_okr_using_subcommand log" -l objective -d 'Only changes to this objective and its key results' -r
complete -c okr -n "__fish_okr_using_subcommand log" -l since -d 'Only changes made on or after this day' -r
complete -c okr -n "__fish_okr_using_subcommand log" -s n -l limit -d 'Show at most N (0: all) [default: all]' -r
complete -c okr -n "__fish_okr_using_subcommand log" -l db -d 'The database file [default: okr.db in the platform data folder]' -r -F
complete -c okr -n "__fish_okr_using_subcommand log" -l format -d 'Output format where the output is data (`okr lint`: human, json or github)' -r -f -a "table\t''
markdown\t''
json\t''
csv\t''
html\t'`okr report` and `okr trend` only: a self-contained page with charts'
human\t'`okr lint`\'s default: like a compiler (elsewhere the same as table)'
github\t'`okr lint` only: GitHub Actions annotations'"
complete -c okr -n "__fish_okr_using_subcommand log" -l color -d 'When to colour output (NO_COLOR is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c okr -n "__fish_okr_using_subcommand log" -l team-dir -d 'The team directory (holding okr.toml) [default: found by walking up from here]' -r -F
complete -c okr -n "__fish_okr_using_subcommand log" -s q -l quiet -d 'Print only data, no confirmations'
complete -c okr -n "__fish_okr_using_subcommand log" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c okr -n "__fish_okr_using_subcommand log" -l wide -d 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)'
complete -c okr -n "__fish_okr_using_subcommand log" -l no-pager -d 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)'
complete -c okr -n "__fish_okr_using_subcommand log" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c okr -n "__fish_okr_using_subcommand log" -s V -l version -d 'Print version'
complete -c okr -n "__fish_okr_using_subcommand undo" -l db -d 'The database file [default: okr.db in the platform data folder]' -r -F
complete -c okr -n "__fish_okr_using_subcommand undo" -l format -d 'Output format where the output is data (`okr lint`: human, json or github)' -r -f -a "table\t''
markdown\t''
json\t''
csv\t''
html\t'`okr report` and `okr trend` only: a self-contained page with charts'
human\t'`okr lint`\'s default: like a compiler (elsewhere the same as table)'
github\t'`okr lint` only: GitHub Actions annotations'"
complete -c okr -n "__fish_okr_using_subcommand undo" -l color -d 'When to colour output (NO_COLOR is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c okr -n "__fish_okr_using_subcommand undo" -l team-dir -d 'The team directory (holding okr.toml) [default: found by walking up from here]' -r -F
complete -c okr -n "__fish_okr_using_subcommand undo" -s q -l quiet -d 'Print only data, no confirmations'
complete -c okr -n "__fish_okr_using_subcommand undo" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c okr -n "__fish_okr_using_subcommand undo" -l wide -d 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)'
complete -c okr -n "__fish_okr_using_subcommand undo" -l no-pager -d 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)'
complete -c okr -n "__fish_okr_using_subcommand undo" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c okr -n "__fish_okr_using_subcommand undo" -s V -l version -d 'Print version'
complete -c okr -n "__fish_okr_using_subcommand config; and not __fish_seen_subcommand_from path help" -l db -d 'The database file [default: okr.db in the platform data folder]' -r -F
complete -c okr -n "__fish_okr_using_subcommand config; and not __fish_seen_subcommand_from path help" -l format -d 'Output format where the output is data (`okr lint`: human, json or github)' -r -f -a "table\t''
markdown\t''
json\t''
csv\t''
html\t'`okr report` and `okr trend` only: a self-contained page with charts'
human\t'`okr lint`\'s default: like a compiler (elsewhere the same as table)'
github\t'`okr lint` only: GitHub Actions annotations'"
complete -c okr -n "__fish_okr_using_subcommand config; and not __fish_seen_subcommand_from path help" -l color -d 'When to colour output (NO_COLOR is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c okr -n "__fish_okr_using_subcommand config; and not __fish_seen_subcommand_from path help" -l team-dir -d 'The team directory (holding okr.toml) [default: found by walking up from here]' -r -F
complete -c okr -n "__fish_okr_using_subcommand config; and not __fish_seen_subcommand_from path help" -s q -l quiet -d 'Print only data, no confirmations'
complete -c okr -n "__fish_okr_using_subcommand config; and not __fish_seen_subcommand_from path help" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c okr -n "__fish_okr_using_subcommand config; and not __fish_seen_subcommand_from path help" -l wide -d 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)'
complete -c okr -n "__fish_okr_using_subcommand config; and not __fish_seen_subcommand_from path help" -l no-pager -d 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)'
complete -c okr -n "__fish_okr_using_subcommand config; and not __fish_seen_subcommand_from path help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c okr -n "__fish_okr_using_subcommand config; and not __fish_seen_subcommand_from path help" -s V -l version -d 'Print version'
complete -c okr -n "__fish_okr_using_subcommand config; and not __fish_seen_subcommand_from path help" -f -a "path" -d 'Print the files okr reads: user config, team okr.toml, database'
complete -c okr -n "__fish_okr_using_subcommand config; and not __fish_seen_subcommand_from path help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c okr -n "__fish_okr_using_subcommand config; and __fish_seen_subcommand_from path" -l db -d 'The database file [default: okr.db in the platform data folder]' -r -F
complete -c okr -n "__fish_okr_using_subcommand config; and __fish_seen_subcommand_from path" -l format -d 'Output format where the output is data (`okr lint`: human, json or github)' -r -f -a "table\t''
markdown\t''
json\t''
csv\t''
html\t'`okr report` and `okr trend` only: a self-contained page with charts'
human\t'`okr lint`\'s default: like a compiler (elsewhere the same as table)'
github\t'`okr lint` only: GitHub Actions annotations'"
complete -c okr -n "__fish_okr_using_subcommand config; and __fish_seen_subcommand_from path" -l color -d 'When to colour output (NO_COLOR is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c okr -n "__fish_okr_using_subcommand config; and __fish_seen_subcommand_from path" -l team-dir -d 'The team directory (holding okr.toml) [default: found by walking up from here]' -r -F
complete -c okr -n "__fish_okr_using_subcommand config; and __fish_seen_subcommand_from path" -s q -l quiet -d 'Print only data, no confirmations'
complete -c okr -n "__fish_okr_using_subcommand config; and __fish_seen_subcommand_from path" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c okr -n "__fish_okr_using_subcommand config; and __fish_seen_subcommand_from path" -l wide -d 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)'
complete -c okr -n "__fish_okr_using_subcommand config; and __fish_seen_subcommand_from path" -l no-pager -d 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)'
complete -c okr -n "__fish_okr_using_subcommand config; and __fish_seen_subcommand_from path" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c okr -n "__fish_okr_using_subcommand config; and __fish_seen_subcommand_from path" -s V -l version -d 'Print version'
complete -c okr -n "__fish_okr_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "path" -d 'Print the files okr reads: user config, team okr.toml, database'
complete -c okr -n "__fish_okr_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c okr -n "__fish_okr_using_subcommand prompt" -l db -d 'The database file [default: okr.db in the platform data folder]' -r -F
complete -c okr -n "__fish_okr_using_subcommand prompt" -l format -d 'Output format where the output is data (`okr lint`: human, json or github)' -r -f -a "table\t''
markdown\t''
json\t''
csv\t''
html\t'`okr report` and `okr trend` only: a self-contained page with charts'
human\t'`okr lint`\'s default: like a compiler (elsewhere the same as table)'
github\t'`okr lint` only: GitHub Actions annotations'"
complete -c okr -n "__fish_okr_using_subcommand prompt" -l color -d 'When to colour output (NO_COLOR is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c okr -n "__fish_okr_using_subcommand prompt" -l team-dir -d 'The team directory (holding okr.toml) [default: found by walking up from here]' -r -F
complete -c okr -n "__fish_okr_using_subcommand prompt" -l space -d 'Follow the text with a space (nothing is printed when nothing is due)'
complete -c okr -n "__fish_okr_using_subcommand prompt" -s q -l quiet -d 'Print only data, no confirmations'
complete -c okr -n "__fish_okr_using_subcommand prompt" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c okr -n "__fish_okr_using_subcommand prompt" -l wide -d 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)'
complete -c okr -n "__fish_okr_using_subcommand prompt" -l no-pager -d 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)'
complete -c okr -n "__fish_okr_using_subcommand prompt" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c okr -n "__fish_okr_using_subcommand prompt" -s V -l version -d 'Print version'
complete -c okr -n "__fish_okr_using_subcommand man" -l out -d 'Write every page (okr.1, okr-report.1, …) into this folder instead' -r -F
complete -c okr -n "__fish_okr_using_subcommand man" -l db -d 'The database file [default: okr.db in the platform data folder]' -r -F
complete -c okr -n "__fish_okr_using_subcommand man" -l format -d 'Output format where the output is data (`okr lint`: human, json or github)' -r -f -a "table\t''
markdown\t''
json\t''
csv\t''
html\t'`okr report` and `okr trend` only: a self-contained page with charts'
human\t'`okr lint`\'s default: like a compiler (elsewhere the same as table)'
github\t'`okr lint` only: GitHub Actions annotations'"
complete -c okr -n "__fish_okr_using_subcommand man" -l color -d 'When to colour output (NO_COLOR is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c okr -n "__fish_okr_using_subcommand man" -l team-dir -d 'The team directory (holding okr.toml) [default: found by walking up from here]' -r -F
complete -c okr -n "__fish_okr_using_subcommand man" -s q -l quiet -d 'Print only data, no confirmations'
complete -c okr -n "__fish_okr_using_subcommand man" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c okr -n "__fish_okr_using_subcommand man" -l wide -d 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)'
complete -c okr -n "__fish_okr_using_subcommand man" -l no-pager -d 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)'
complete -c okr -n "__fish_okr_using_subcommand man" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c okr -n "__fish_okr_using_subcommand man" -s V -l version -d 'Print version'
complete -c okr -n "__fish_okr_using_subcommand completions" -l db -d 'The database file [default: okr.db in the platform data folder]' -r -F
complete -c okr -n "__fish_okr_using_subcommand completions" -l format -d 'Output format where the output is data (`okr lint`: human, json or github)' -r -f -a "table\t''
markdown\t''
json\t''
csv\t''
html\t'`okr report` and `okr trend` only: a self-contained page with charts'
human\t'`okr lint`\'s default: like a compiler (elsewhere the same as table)'
github\t'`okr lint` only: GitHub Actions annotations'"
complete -c okr -n "__fish_okr_using_subcommand completions" -l color -d 'When to colour output (NO_COLOR is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c okr -n "__fish_okr_using_subcommand completions" -l team-dir -d 'The team directory (holding okr.toml) [default: found by walking up from here]' -r -F
complete -c okr -n "__fish_okr_using_subcommand completions" -l static -d 'A self-contained script: commands and options only, no ids'
complete -c okr -n "__fish_okr_using_subcommand completions" -s q -l quiet -d 'Print only data, no confirmations'
complete -c okr -n "__fish_okr_using_subcommand completions" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c okr -n "__fish_okr_using_subcommand completions" -l wide -d 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)'
complete -c okr -n "__fish_okr_using_subcommand completions" -l no-pager -d 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)'
complete -c okr -n "__fish_okr_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c okr -n "__fish_okr_using_subcommand completions" -s V -l version -d 'Print version'
complete -c okr -n "__fish_okr_using_subcommand demo" -l save -d 'Keep the sample database in this new file, to explore with `okr --db PATH …`' -r -F
complete -c okr -n "__fish_okr_using_subcommand demo" -l db -d 'The database file [default: okr.db in the platform data folder]' -r -F
complete -c okr -n "__fish_okr_using_subcommand demo" -l format -d 'Output format where the output is data (`okr lint`: human, json or github)' -r -f -a "table\t''
markdown\t''
json\t''
csv\t''
html\t'`okr report` and `okr trend` only: a self-contained page with charts'
human\t'`okr lint`\'s default: like a compiler (elsewhere the same as table)'
github\t'`okr lint` only: GitHub Actions annotations'"
complete -c okr -n "__fish_okr_using_subcommand demo" -l color -d 'When to colour output (NO_COLOR is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c okr -n "__fish_okr_using_subcommand demo" -l team-dir -d 'The team directory (holding okr.toml) [default: found by walking up from here]' -r -F
complete -c okr -n "__fish_okr_using_subcommand demo" -s q -l quiet -d 'Print only data, no confirmations'
complete -c okr -n "__fish_okr_using_subcommand demo" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c okr -n "__fish_okr_using_subcommand demo" -l wide -d 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)'
complete -c okr -n "__fish_okr_using_subcommand demo" -l no-pager -d 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)'
complete -c okr -n "__fish_okr_using_subcommand demo" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c okr -n "__fish_okr_using_subcommand demo" -s V -l version -d 'Print version'
complete -c okr -n "__fish_okr_using_subcommand help; and not __fish_seen_subcommand_from init cycle objective kr checkin task score report export import sync resolve merge-file pull trust lint review trend log undo config prompt man completions demo help" -f -a "init" -d 'Create the database (idempotent: an existing one is kept as it is)'
complete -c okr -n "__fish_okr_using_subcommand help; and not __fish_seen_subcommand_from init cycle objective kr checkin task score report export import sync resolve merge-file pull trust lint review trend log undo config prompt man completions demo help" -f -a "cycle" -d 'Quarters, halves, years and custom cycles'
complete -c okr -n "__fish_okr_using_subcommand help; and not __fish_seen_subcommand_from init cycle objective kr checkin task score report export import sync resolve merge-file pull trust lint review trend log undo config prompt man completions demo help" -f -a "objective" -d 'Qualitative goals on three levels: company, team, personal'
complete -c okr -n "__fish_okr_using_subcommand help; and not __fish_seen_subcommand_from init cycle objective kr checkin task score report export import sync resolve merge-file pull trust lint review trend log undo config prompt man completions demo help" -f -a "kr" -d 'Key results: the measurable part of an objective'
complete -c okr -n "__fish_okr_using_subcommand help; and not __fish_seen_subcommand_from init cycle objective kr checkin task score report export import sync resolve merge-file pull trust lint review trend log undo config prompt man completions demo help" -f -a "checkin" -d 'Record a key result\'s value (`okr checkin oqsw 42`, `okr checkin oqsw +3`)'
complete -c okr -n "__fish_okr_using_subcommand help; and not __fish_seen_subcommand_from init cycle objective kr checkin task score report export import sync resolve merge-file pull trust lint review trend log undo config prompt man completions demo help" -f -a "task" -d 'Initiatives: the work under a key result that should move it'
complete -c okr -n "__fish_okr_using_subcommand help; and not __fish_seen_subcommand_from init cycle objective kr checkin task score report export import sync resolve merge-file pull trust lint review trend log undo config prompt man completions demo help" -f -a "score" -d 'Scores from 0.0 to 1.0: green ≥ 0.7, yellow ≥ 0.4, red below'
complete -c okr -n "__fish_okr_using_subcommand help; and not __fish_seen_subcommand_from init cycle objective kr checkin task score report export import sync resolve merge-file pull trust lint review trend log undo config prompt man completions demo help" -f -a "report" -d 'Where the cycle stands: progress, expected pace, status, confidence, trend'
complete -c okr -n "__fish_okr_using_subcommand help; and not __fish_seen_subcommand_from init cycle objective kr checkin task score report export import sync resolve merge-file pull trust lint review trend log undo config prompt man completions demo help" -f -a "export" -d 'Write a cycle\'s objectives, key results and check-ins as TOML team files, or as CSV'
complete -c okr -n "__fish_okr_using_subcommand help; and not __fish_seen_subcommand_from init cycle objective kr checkin task score report export import sync resolve merge-file pull trust lint review trend log undo config prompt man completions demo help" -f -a "import" -d 'Read team files into the database (idempotent; all or nothing)'
complete -c okr -n "__fish_okr_using_subcommand help; and not __fish_seen_subcommand_from init cycle objective kr checkin task score report export import sync resolve merge-file pull trust lint review trend log undo config prompt man completions demo help" -f -a "sync" -d 'Import the team\'s files, then export: run after `git pull`, before `git commit`'
complete -c okr -n "__fish_okr_using_subcommand help; and not __fish_seen_subcommand_from init cycle objective kr checkin task score report export import sync resolve merge-file pull trust lint review trend log undo config prompt man completions demo help" -f -a "resolve" -d 'Finish a git merge of team files: merge them entry by entry, as okr\'s merge driver does'
complete -c okr -n "__fish_okr_using_subcommand help; and not __fish_seen_subcommand_from init cycle objective kr checkin task score report export import sync resolve merge-file pull trust lint review trend log undo config prompt man completions demo help" -f -a "merge-file" -d 'Merge three versions of a team file by identity (git\'s merge driver for okr)'
complete -c okr -n "__fish_okr_using_subcommand help; and not __fish_seen_subcommand_from init cycle objective kr checkin task score report export import sync resolve merge-file pull trust lint review trend log undo config prompt man completions demo help" -f -a "pull" -d 'Run the key results\' sources and check in what they print (for cron)'
complete -c okr -n "__fish_okr_using_subcommand help; and not __fish_seen_subcommand_from init cycle objective kr checkin task score report export import sync resolve merge-file pull trust lint review trend log undo config prompt man completions demo help" -f -a "trust" -d 'Trust the commands that came with key results in team files, so that `okr pull` runs them'
complete -c okr -n "__fish_okr_using_subcommand help; and not __fish_seen_subcommand_from init cycle objective kr checkin task score report export import sync resolve merge-file pull trust lint review trend log undo config prompt man completions demo help" -f -a "lint" -d 'Check OKRs against the SMART rules (files or folders of TOML, or the database)'
complete -c okr -n "__fish_okr_using_subcommand help; and not __fish_seen_subcommand_from init cycle objective kr checkin task score report export import sync resolve merge-file pull trust lint review trend log undo config prompt man completions demo help" -f -a "review" -d 'The end-of-cycle review: scores, changed targets and what was learned'
complete -c okr -n "__fish_okr_using_subcommand help; and not __fish_seen_subcommand_from init cycle objective kr checkin task score report export import sync resolve merge-file pull trust lint review trend log undo config prompt man completions demo help" -f -a "trend" -d 'Scores cycle after cycle: final for ended cycles, provisional for the running one'
complete -c okr -n "__fish_okr_using_subcommand help; and not __fish_seen_subcommand_from init cycle objective kr checkin task score report export import sync resolve merge-file pull trust lint review trend log undo config prompt man completions demo help" -f -a "log" -d 'Every change to the data, newest first: when, who, what (old → new), why'
complete -c okr -n "__fish_okr_using_subcommand help; and not __fish_seen_subcommand_from init cycle objective kr checkin task score report export import sync resolve merge-file pull trust lint review trend log undo config prompt man completions demo help" -f -a "undo" -d 'Take back the latest change of any kind (a check-in, an edit, an import…)'
complete -c okr -n "__fish_okr_using_subcommand help; and not __fish_seen_subcommand_from init cycle objective kr checkin task score report export import sync resolve merge-file pull trust lint review trend log undo config prompt man completions demo help" -f -a "config" -d 'Show the settings in force and where each comes from'
complete -c okr -n "__fish_okr_using_subcommand help; and not __fish_seen_subcommand_from init cycle objective kr checkin task score report export import sync resolve merge-file pull trust lint review trend log undo config prompt man completions demo help" -f -a "prompt" -d 'Print `okr:N!` when N of your key results this quarter are stale (for a shell prompt)'
complete -c okr -n "__fish_okr_using_subcommand help; and not __fish_seen_subcommand_from init cycle objective kr checkin task score report export import sync resolve merge-file pull trust lint review trend log undo config prompt man completions demo help" -f -a "man" -d 'Print okr\'s manual page, or a command\'s (`okr man report | man -l -`)'
complete -c okr -n "__fish_okr_using_subcommand help; and not __fish_seen_subcommand_from init cycle objective kr checkin task score report export import sync resolve merge-file pull trust lint review trend log undo config prompt man completions demo help" -f -a "completions" -d 'Print the completion setup for your shell'
complete -c okr -n "__fish_okr_using_subcommand help; and not __fish_seen_subcommand_from init cycle objective kr checkin task score report export import sync resolve merge-file pull trust lint review trend log undo config prompt man completions demo help" -f -a "demo" -d 'Build a sample quarter in a scratch database and show it (never touches your data)'
complete -c okr -n "__fish_okr_using_subcommand help; and not __fish_seen_subcommand_from init cycle objective kr checkin task score report export import sync resolve merge-file pull trust lint review trend log undo config prompt man completions demo help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c okr -n "__fish_okr_using_subcommand help; and __fish_seen_subcommand_from cycle" -f -a "list" -d 'List custom cycles, cycles in use, and the current quarter'
complete -c okr -n "__fish_okr_using_subcommand help; and __fish_seen_subcommand_from cycle" -f -a "add" -d 'Add a custom cycle (quarters like 2026-Q4 need no setup)'
complete -c okr -n "__fish_okr_using_subcommand help; and __fish_seen_subcommand_from cycle" -f -a "show" -d 'Show a cycle\'s dates and how far through it today is'
complete -c okr -n "__fish_okr_using_subcommand help; and __fish_seen_subcommand_from cycle" -f -a "carry" -d 'Start the next cycle from this one: unfinished key results carry over'
complete -c okr -n "__fish_okr_using_subcommand help; and __fish_seen_subcommand_from objective" -f -a "add" -d 'Add an objective to a cycle'
complete -c okr -n "__fish_okr_using_subcommand help; and __fish_seen_subcommand_from objective" -f -a "list" -d 'List objectives [default: the current quarter\'s]'
complete -c okr -n "__fish_okr_using_subcommand help; and __fish_seen_subcommand_from objective" -f -a "show" -d 'Show an objective with its key results, check-ins, parent and children'
complete -c okr -n "__fish_okr_using_subcommand help; and __fish_seen_subcommand_from objective" -f -a "edit" -d 'Change an objective\'s fields'
complete -c okr -n "__fish_okr_using_subcommand help; and __fish_seen_subcommand_from objective" -f -a "close" -d 'Mark an objective done'
complete -c okr -n "__fish_okr_using_subcommand help; and __fish_seen_subcommand_from objective" -f -a "archive" -d 'Archive an objective (kept with its history, out of the way)'
complete -c okr -n "__fish_okr_using_subcommand help; and __fish_seen_subcommand_from objective" -f -a "rm" -d 'Delete an objective and its key results (asks first, or `--yes`)'
complete -c okr -n "__fish_okr_using_subcommand help; and __fish_seen_subcommand_from objective" -f -a "link" -d 'Record that an objective contributes to another team\'s objective, besides its parent'
complete -c okr -n "__fish_okr_using_subcommand help; and __fish_seen_subcommand_from objective" -f -a "unlink" -d 'Remove a link made with `okr objective link`'
complete -c okr -n "__fish_okr_using_subcommand help; and __fish_seen_subcommand_from kr" -f -a "add" -d 'Add a key result to an objective'
complete -c okr -n "__fish_okr_using_subcommand help; and __fish_seen_subcommand_from kr" -f -a "list" -d 'List key results with their current values [default: the current quarter\'s]'
complete -c okr -n "__fish_okr_using_subcommand help; and __fish_seen_subcommand_from kr" -f -a "show" -d 'Show a key result with all its check-ins'
complete -c okr -n "__fish_okr_using_subcommand help; and __fish_seen_subcommand_from kr" -f -a "edit" -d 'Change a key result\'s fields'
complete -c okr -n "__fish_okr_using_subcommand help; and __fish_seen_subcommand_from kr" -f -a "rm" -d 'Delete a key result (asks first, or `--yes`)'
complete -c okr -n "__fish_okr_using_subcommand help; and __fish_seen_subcommand_from kr" -f -a "source" -d 'Where a key result\'s value comes from: a shell command that prints it'
complete -c okr -n "__fish_okr_using_subcommand help; and __fish_seen_subcommand_from checkin" -f -a "list" -d 'List check-ins, newest first'
complete -c okr -n "__fish_okr_using_subcommand help; and __fish_seen_subcommand_from checkin" -f -a "undo" -d 'Remove the check-in recorded last (asks first, or `--yes`)'
complete -c okr -n "__fish_okr_using_subcommand help; and __fish_seen_subcommand_from task" -f -a "add" -d 'Name an initiative under a key result'
complete -c okr -n "__fish_okr_using_subcommand help; and __fish_seen_subcommand_from task" -f -a "list" -d 'List initiatives [default: the open ones of the current quarter]'
complete -c okr -n "__fish_okr_using_subcommand help; and __fish_seen_subcommand_from task" -f -a "done" -d 'Tick an initiative off, today'
complete -c okr -n "__fish_okr_using_subcommand help; and __fish_seen_subcommand_from task" -f -a "reopen" -d 'Open a done initiative again'
complete -c okr -n "__fish_okr_using_subcommand help; and __fish_seen_subcommand_from task" -f -a "edit" -d 'Change an initiative\'s title, owner, due day or key result'
complete -c okr -n "__fish_okr_using_subcommand help; and __fish_seen_subcommand_from task" -f -a "rm" -d 'Delete an initiative (asks first, or `--yes`)'
complete -c okr -n "__fish_okr_using_subcommand help; and __fish_seen_subcommand_from score" -f -a "set" -d 'Grade a key result by hand, with the reason; the grade then counts'
complete -c okr -n "__fish_okr_using_subcommand help; and __fish_seen_subcommand_from score" -f -a "clear" -d 'Remove a hand grade; the computed score counts again'
complete -c okr -n "__fish_okr_using_subcommand help; and __fish_seen_subcommand_from review" -f -a "note" -d 'Record a reflection on an objective'
complete -c okr -n "__fish_okr_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "path" -d 'Print the files okr reads: user config, team okr.toml, database'
