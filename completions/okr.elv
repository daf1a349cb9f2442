
use builtin;
use str;

set edit:completion:arg-completer[okr] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'okr'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'okr'= {
            cand --db 'The database file [default: okr.db in the platform data folder]'
            cand --format 'Output format where the output is data (`okr lint`: human, json or github)'
            cand --color 'When to colour output (NO_COLOR is honoured in `auto`)'
            cand --team-dir 'The team directory (holding okr.toml) [default: found by walking up from here]'
            cand -q 'Print only data, no confirmations'
            cand --quiet 'Print only data, no confirmations'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --wide 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)'
            cand --no-pager 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand init 'Create the database (idempotent: an existing one is kept as it is)'
            cand cycle 'Quarters, halves, years and custom cycles'
            cand objective 'Qualitative goals on three levels: company, team, personal'
            cand o 'Qualitative goals on three levels: company, team, personal'
            cand kr 'Key results: the measurable part of an objective'
            cand checkin 'Record a key result''s value (`okr checkin oqsw 42`, `okr checkin oqsw +3`)'
            cand ci 'Record a key result''s value (`okr checkin oqsw 42`, `okr checkin oqsw +3`)'
            cand task 'Initiatives: the work under a key result that should move it'
            cand score 'Scores from 0.0 to 1.0: green ≥ 0.7, yellow ≥ 0.4, red below'
            cand report 'Where the cycle stands: progress, expected pace, status, confidence, trend'
            cand export 'Write a cycle''s objectives, key results and check-ins as TOML team files, or as CSV'
            cand import 'Read team files into the database (idempotent; all or nothing)'
            cand sync 'Import the team''s files, then export: run after `git pull`, before `git commit`'
            cand resolve 'Finish a git merge of team files: merge them entry by entry, as okr''s merge driver does'
            cand merge-file 'Merge three versions of a team file by identity (git''s merge driver for okr)'
            cand pull 'Run the key results'' sources and check in what they print (for cron)'
            cand trust 'Trust the commands that came with key results in team files, so that `okr pull` runs them'
            cand lint 'Check OKRs against the SMART rules (files or folders of TOML, or the database)'
            cand review 'The end-of-cycle review: scores, changed targets and what was learned'
            cand trend 'Scores cycle after cycle: final for ended cycles, provisional for the running one'
            cand log 'Every change to the data, newest first: when, who, what (old → new), why'
            cand undo 'Take back the latest change of any kind (a check-in, an edit, an import…)'
            cand config 'Show the settings in force and where each comes from'
            cand prompt 'Print `okr:N!` when N of your key results this quarter are stale (for a shell prompt)'
            cand man 'Print okr''s manual page, or a command''s (`okr man report | man -l -`)'
            cand completions 'Print the completion setup for your shell'
            cand demo 'Build a sample quarter in a scratch database and show it (never touches your data)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'okr;init'= {
            cand --db 'The database file [default: okr.db in the platform data folder]'
            cand --format 'Output format where the output is data (`okr lint`: human, json or github)'
            cand --color 'When to colour output (NO_COLOR is honoured in `auto`)'
            cand --team-dir 'The team directory (holding okr.toml) [default: found by walking up from here]'
            cand -q 'Print only data, no confirmations'
            cand --quiet 'Print only data, no confirmations'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --wide 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)'
            cand --no-pager 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'okr;cycle'= {
            cand --db 'The database file [default: okr.db in the platform data folder]'
            cand --format 'Output format where the output is data (`okr lint`: human, json or github)'
            cand --color 'When to colour output (NO_COLOR is honoured in `auto`)'
            cand --team-dir 'The team directory (holding okr.toml) [default: found by walking up from here]'
            cand -q 'Print only data, no confirmations'
            cand --quiet 'Print only data, no confirmations'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --wide 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)'
            cand --no-pager 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List custom cycles, cycles in use, and the current quarter'
            cand add 'Add a custom cycle (quarters like 2026-Q4 need no setup)'
            cand show 'Show a cycle''s dates and how far through it today is'
            cand carry 'Start the next cycle from this one: unfinished key results carry over'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'okr;cycle;list'= {
            cand --db 'The database file [default: okr.db in the platform data folder]'
            cand --format 'Output format where the output is data (`okr lint`: human, json or github)'
            cand --color 'When to colour output (NO_COLOR is honoured in `auto`)'
            cand --team-dir 'The team directory (holding okr.toml) [default: found by walking up from here]'
            cand -q 'Print only data, no confirmations'
            cand --quiet 'Print only data, no confirmations'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --wide 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)'
            cand --no-pager 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'okr;cycle;add'= {
            cand --start 'First day (included)'
            cand --end 'Last day (included)'
            cand --db 'The database file [default: okr.db in the platform data folder]'
            cand --format 'Output format where the output is data (`okr lint`: human, json or github)'
            cand --color 'When to colour output (NO_COLOR is honoured in `auto`)'
            cand --team-dir 'The team directory (holding okr.toml) [default: found by walking up from here]'
            cand -q 'Print only data, no confirmations'
            cand --quiet 'Print only data, no confirmations'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --wide 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)'
            cand --no-pager 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'okr;cycle;show'= {
            cand --db 'The database file [default: okr.db in the platform data folder]'
            cand --format 'Output format where the output is data (`okr lint`: human, json or github)'
            cand --color 'When to colour output (NO_COLOR is honoured in `auto`)'
            cand --team-dir 'The team directory (holding okr.toml) [default: found by walking up from here]'
            cand -q 'Print only data, no confirmations'
            cand --quiet 'Print only data, no confirmations'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --wide 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)'
            cand --no-pager 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'okr;cycle;carry'= {
            cand --db 'The database file [default: okr.db in the platform data folder]'
            cand --format 'Output format where the output is data (`okr lint`: human, json or github)'
            cand --color 'When to colour output (NO_COLOR is honoured in `auto`)'
            cand --team-dir 'The team directory (holding okr.toml) [default: found by walking up from here]'
            cand --reset-targets 'Keep each key result''s distance from start to target, from its new start (otherwise the target stays as it was)'
            cand --dry-run 'Say what would be carried, change nothing'
            cand -q 'Print only data, no confirmations'
            cand --quiet 'Print only data, no confirmations'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --wide 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)'
            cand --no-pager 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'okr;cycle;help'= {
            cand list 'List custom cycles, cycles in use, and the current quarter'
            cand add 'Add a custom cycle (quarters like 2026-Q4 need no setup)'
            cand show 'Show a cycle''s dates and how far through it today is'
            cand carry 'Start the next cycle from this one: unfinished key results carry over'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'okr;cycle;help;list'= {
        }
        &'okr;cycle;help;add'= {
        }
        &'okr;cycle;help;show'= {
        }
        &'okr;cycle;help;carry'= {
        }
        &'okr;cycle;help;help'= {
        }
        &'okr;objective'= {
            cand --db 'The database file [default: okr.db in the platform data folder]'
            cand --format 'Output format where the output is data (`okr lint`: human, json or github)'
            cand --color 'When to colour output (NO_COLOR is honoured in `auto`)'
            cand --team-dir 'The team directory (holding okr.toml) [default: found by walking up from here]'
            cand -q 'Print only data, no confirmations'
            cand --quiet 'Print only data, no confirmations'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --wide 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)'
            cand --no-pager 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Add an objective to a cycle'
            cand list 'List objectives [default: the current quarter''s]'
            cand ls 'List objectives [default: the current quarter''s]'
            cand show 'Show an objective with its key results, check-ins, parent and children'
            cand edit 'Change an objective''s fields'
            cand close 'Mark an objective done'
            cand archive 'Archive an objective (kept with its history, out of the way)'
            cand rm 'Delete an objective and its key results (asks first, or `--yes`)'
            cand link 'Record that an objective contributes to another team''s objective, besides its parent'
            cand unlink 'Remove a link made with `okr objective link`'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'okr;o'= {
            cand --db 'The database file [default: okr.db in the platform data folder]'
            cand --format 'Output format where the output is data (`okr lint`: human, json or github)'
            cand --color 'When to colour output (NO_COLOR is honoured in `auto`)'
            cand --team-dir 'The team directory (holding okr.toml) [default: found by walking up from here]'
            cand -q 'Print only data, no confirmations'
            cand --quiet 'Print only data, no confirmations'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --wide 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)'
            cand --no-pager 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Add an objective to a cycle'
            cand list 'List objectives [default: the current quarter''s]'
            cand ls 'List objectives [default: the current quarter''s]'
            cand show 'Show an objective with its key results, check-ins, parent and children'
            cand edit 'Change an objective''s fields'
            cand close 'Mark an objective done'
            cand archive 'Archive an objective (kept with its history, out of the way)'
            cand rm 'Delete an objective and its key results (asks first, or `--yes`)'
            cand link 'Record that an objective contributes to another team''s objective, besides its parent'
            cand unlink 'Remove a link made with `okr objective link`'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'okr;objective;add'= {
            cand --cycle 'Cycle name, e.g. 2026-Q4 [default: the quarter containing today]'
            cand --level 'Company, team or personal'
            cand --owner 'Who owns it [default: you, from OKR_USER, the config file or $USER]'
            cand --parent 'The objective this one supports (alignment)'
            cand --kind 'Committed (succeeds at a 1.0 score) or aspirational (succeeds at 0.7)'
            cand --description 'Why it matters, in a sentence or two'
            cand --db 'The database file [default: okr.db in the platform data folder]'
            cand --format 'Output format where the output is data (`okr lint`: human, json or github)'
            cand --color 'When to colour output (NO_COLOR is honoured in `auto`)'
            cand --team-dir 'The team directory (holding okr.toml) [default: found by walking up from here]'
            cand -q 'Print only data, no confirmations'
            cand --quiet 'Print only data, no confirmations'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --wide 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)'
            cand --no-pager 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'okr;o;add'= {
            cand --cycle 'Cycle name, e.g. 2026-Q4 [default: the quarter containing today]'
            cand --level 'Company, team or personal'
            cand --owner 'Who owns it [default: you, from OKR_USER, the config file or $USER]'
            cand --parent 'The objective this one supports (alignment)'
            cand --kind 'Committed (succeeds at a 1.0 score) or aspirational (succeeds at 0.7)'
            cand --description 'Why it matters, in a sentence or two'
            cand --db 'The database file [default: okr.db in the platform data folder]'
            cand --format 'Output format where the output is data (`okr lint`: human, json or github)'
            cand --color 'When to colour output (NO_COLOR is honoured in `auto`)'
            cand --team-dir 'The team directory (holding okr.toml) [default: found by walking up from here]'
            cand -q 'Print only data, no confirmations'
            cand --quiet 'Print only data, no confirmations'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --wide 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)'
            cand --no-pager 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'okr;objective;list'= {
            cand --cycle 'Cycle name, or `all` [default: the quarter containing today]'
            cand --owner 'Only objectives owned by this person'
            cand --level 'Only objectives of this level'
            cand --state 'Only objectives in this state'
            cand -n 'Show at most N (0: all) [default: all]'
            cand --limit 'Show at most N (0: all) [default: all]'
            cand --db 'The database file [default: okr.db in the platform data folder]'
            cand --format 'Output format where the output is data (`okr lint`: human, json or github)'
            cand --color 'When to colour output (NO_COLOR is honoured in `auto`)'
            cand --team-dir 'The team directory (holding okr.toml) [default: found by walking up from here]'
            cand -q 'Print only data, no confirmations'
            cand --quiet 'Print only data, no confirmations'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --wide 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)'
            cand --no-pager 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'okr;objective;ls'= {
            cand --cycle 'Cycle name, or `all` [default: the quarter containing today]'
            cand --owner 'Only objectives owned by this person'
            cand --level 'Only objectives of this level'
            cand --state 'Only objectives in this state'
            cand -n 'Show at most N (0: all) [default: all]'
            cand --limit 'Show at most N (0: all) [default: all]'
            cand --db 'The database file [default: okr.db in the platform data folder]'
            cand --format 'Output format where the output is data (`okr lint`: human, json or github)'
            cand --color 'When to colour output (NO_COLOR is honoured in `auto`)'
            cand --team-dir 'The team directory (holding okr.toml) [default: found by walking up from here]'
            cand -q 'Print only data, no confirmations'
            cand --quiet 'Print only data, no confirmations'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --wide 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)'
            cand --no-pager 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'okr;o;list'= {
            cand --cycle 'Cycle name, or `all` [default: the quarter containing today]'
            cand --owner 'Only objectives owned by this person'
            cand --level 'Only objectives of this level'
            cand --state 'Only objectives in this state'
            cand -n 'Show at most N (0: all) [default: all]'
            cand --limit 'Show at most N (0: all) [default: all]'
            cand --db 'The database file [default: okr.db in the platform data folder]'
            cand --format 'Output format where the output is data (`okr lint`: human, json or github)'
            cand --color 'When to colour output (NO_COLOR is honoured in `auto`)'
            cand --team-dir 'The team directory (holding okr.toml) [default: found by walking up from here]'
            cand -q 'Print only data, no confirmations'
            cand --quiet 'Print only data, no confirmations'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --wide 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)'
            cand --no-pager 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'okr;o;ls'= {
            cand --cycle 'Cycle name, or `all` [default: the quarter containing today]'
            cand --owner 'Only objectives owned by this person'
            cand --level 'Only objectives of this level'
            cand --state 'Only objectives in this state'
            cand -n 'Show at most N (0: all) [default: all]'
            cand --limit 'Show at most N (0: all) [default: all]'
            cand --db 'The database file [default: okr.db in the platform data folder]'
            cand --format 'Output format where the output is data (`okr lint`: human, json or github)'
            cand --color 'When to colour output (NO_COLOR is honoured in `auto`)'
            cand --team-dir 'The team directory (holding okr.toml) [default: found by walking up from here]'
            cand -q 'Print only data, no confirmations'
            cand --quiet 'Print only data, no confirmations'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --wide 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)'
            cand --no-pager 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'okr;objective;show'= {
            cand --db 'The database file [default: okr.db in the platform data folder]'
            cand --format 'Output format where the output is data (`okr lint`: human, json or github)'
            cand --color 'When to colour output (NO_COLOR is honoured in `auto`)'
            cand --team-dir 'The team directory (holding okr.toml) [default: found by walking up from here]'
            cand -q 'Print only data, no confirmations'
            cand --quiet 'Print only data, no confirmations'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --wide 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)'
            cand --no-pager 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'okr;o;show'= {
            cand --db 'The database file [default: okr.db in the platform data folder]'
            cand --format 'Output format where the output is data (`okr lint`: human, json or github)'
            cand --color 'When to colour output (NO_COLOR is honoured in `auto`)'
            cand --team-dir 'The team directory (holding okr.toml) [default: found by walking up from here]'
            cand -q 'Print only data, no confirmations'
            cand --quiet 'Print only data, no confirmations'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --wide 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)'
            cand --no-pager 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'okr;objective;edit'= {
            cand --title 'New title'
            cand --description 'New description (an empty string removes it)'
            cand --cycle 'Move it to another cycle'
            cand --level 'New level'
            cand --owner 'New owner'
            cand --kind 'Committed or aspirational'
            cand --parent 'Align it to another objective'
            cand --state 'Active, done or archived'
            cand --reason 'Why: kept in the log (required when the config says `require_reason = true`)'
            cand --db 'The database file [default: okr.db in the platform data folder]'
            cand --format 'Output format where the output is data (`okr lint`: human, json or github)'
            cand --color 'When to colour output (NO_COLOR is honoured in `auto`)'
            cand --team-dir 'The team directory (holding okr.toml) [default: found by walking up from here]'
            cand --no-parent 'Remove the alignment to a parent'
            cand -q 'Print only data, no confirmations'
            cand --quiet 'Print only data, no confirmations'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --wide 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)'
            cand --no-pager 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'okr;o;edit'= {
            cand --title 'New title'
            cand --description 'New description (an empty string removes it)'
            cand --cycle 'Move it to another cycle'
            cand --level 'New level'
            cand --owner 'New owner'
            cand --kind 'Committed or aspirational'
            cand --parent 'Align it to another objective'
            cand --state 'Active, done or archived'
            cand --reason 'Why: kept in the log (required when the config says `require_reason = true`)'
            cand --db 'The database file [default: okr.db in the platform data folder]'
            cand --format 'Output format where the output is data (`okr lint`: human, json or github)'
            cand --color 'When to colour output (NO_COLOR is honoured in `auto`)'
            cand --team-dir 'The team directory (holding okr.toml) [default: found by walking up from here]'
            cand --no-parent 'Remove the alignment to a parent'
            cand -q 'Print only data, no confirmations'
            cand --quiet 'Print only data, no confirmations'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --wide 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)'
            cand --no-pager 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'okr;objective;close'= {
            cand --db 'The database file [default: okr.db in the platform data folder]'
            cand --format 'Output format where the output is data (`okr lint`: human, json or github)'
            cand --color 'When to colour output (NO_COLOR is honoured in `auto`)'
            cand --team-dir 'The team directory (holding okr.toml) [default: found by walking up from here]'
            cand -q 'Print only data, no confirmations'
            cand --quiet 'Print only data, no confirmations'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --wide 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)'
            cand --no-pager 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'okr;o;close'= {
            cand --db 'The database file [default: okr.db in the platform data folder]'
            cand --format 'Output format where the output is data (`okr lint`: human, json or github)'
            cand --color 'When to colour output (NO_COLOR is honoured in `auto`)'
            cand --team-dir 'The team directory (holding okr.toml) [default: found by walking up from here]'
            cand -q 'Print only data, no confirmations'
            cand --quiet 'Print only data, no confirmations'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --wide 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)'
            cand --no-pager 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'okr;objective;archive'= {
            cand --db 'The database file [default: okr.db in the platform data folder]'
            cand --format 'Output format where the output is data (`okr lint`: human, json or github)'
            cand --color 'When to colour output (NO_COLOR is honoured in `auto`)'
            cand --team-dir 'The team directory (holding okr.toml) [default: found by walking up from here]'
            cand -q 'Print only data, no confirmations'
            cand --quiet 'Print only data, no confirmations'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --wide 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)'
            cand --no-pager 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'okr;o;archive'= {
            cand --db 'The database file [default: okr.db in the platform data folder]'
            cand --format 'Output format where the output is data (`okr lint`: human, json or github)'
            cand --color 'When to colour output (NO_COLOR is honoured in `auto`)'
            cand --team-dir 'The team directory (holding okr.toml) [default: found by walking up from here]'
            cand -q 'Print only data, no confirmations'
            cand --quiet 'Print only data, no confirmations'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --wide 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)'
            cand --no-pager 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'okr;objective;rm'= {
            cand --db 'The database file [default: okr.db in the platform data folder]'
            cand --format 'Output format where the output is data (`okr lint`: human, json or github)'
            cand --color 'When to colour output (NO_COLOR is honoured in `auto`)'
            cand --team-dir 'The team directory (holding okr.toml) [default: found by walking up from here]'
            cand --with-checkins 'Also delete the check-ins of its key results (otherwise refused)'
            cand -q 'Print only data, no confirmations'
            cand --quiet 'Print only data, no confirmations'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --wide 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)'
            cand --no-pager 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'okr;o;rm'= {
            cand --db 'The database file [default: okr.db in the platform data folder]'
            cand --format 'Output format where the output is data (`okr lint`: human, json or github)'
            cand --color 'When to colour output (NO_COLOR is honoured in `auto`)'
            cand --team-dir 'The team directory (holding okr.toml) [default: found by walking up from here]'
            cand --with-checkins 'Also delete the check-ins of its key results (otherwise refused)'
            cand -q 'Print only data, no confirmations'
            cand --quiet 'Print only data, no confirmations'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --wide 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)'
            cand --no-pager 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'okr;objective;link'= {
            cand --supports 'The objective it contributes to: another team''s, in the same cycle'
            cand --db 'The database file [default: okr.db in the platform data folder]'
            cand --format 'Output format where the output is data (`okr lint`: human, json or github)'
            cand --color 'When to colour output (NO_COLOR is honoured in `auto`)'
            cand --team-dir 'The team directory (holding okr.toml) [default: found by walking up from here]'
            cand -q 'Print only data, no confirmations'
            cand --quiet 'Print only data, no confirmations'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --wide 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)'
            cand --no-pager 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'okr;o;link'= {
            cand --supports 'The objective it contributes to: another team''s, in the same cycle'
            cand --db 'The database file [default: okr.db in the platform data folder]'
            cand --format 'Output format where the output is data (`okr lint`: human, json or github)'
            cand --color 'When to colour output (NO_COLOR is honoured in `auto`)'
            cand --team-dir 'The team directory (holding okr.toml) [default: found by walking up from here]'
            cand -q 'Print only data, no confirmations'
            cand --quiet 'Print only data, no confirmations'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --wide 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)'
            cand --no-pager 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'okr;objective;unlink'= {
            cand --supports 'The objective it contributes to: another team''s, in the same cycle'
            cand --db 'The database file [default: okr.db in the platform data folder]'
            cand --format 'Output format where the output is data (`okr lint`: human, json or github)'
            cand --color 'When to colour output (NO_COLOR is honoured in `auto`)'
            cand --team-dir 'The team directory (holding okr.toml) [default: found by walking up from here]'
            cand -q 'Print only data, no confirmations'
            cand --quiet 'Print only data, no confirmations'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --wide 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)'
            cand --no-pager 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'okr;o;unlink'= {
            cand --supports 'The objective it contributes to: another team''s, in the same cycle'
            cand --db 'The database file [default: okr.db in the platform data folder]'
            cand --format 'Output format where the output is data (`okr lint`: human, json or github)'
            cand --color 'When to colour output (NO_COLOR is honoured in `auto`)'
            cand --team-dir 'The team directory (holding okr.toml) [default: found by walking up from here]'
            cand -q 'Print only data, no confirmations'
            cand --quiet 'Print only data, no confirmations'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --wide 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)'
            cand --no-pager 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'okr;objective;help'= {
            cand add 'Add an objective to a cycle'
            cand list 'List objectives [default: the current quarter''s]'
            cand show 'Show an objective with its key results, check-ins, parent and children'
            cand edit 'Change an objective''s fields'
            cand close 'Mark an objective done'
            cand archive 'Archive an objective (kept with its history, out of the way)'
            cand rm 'Delete an objective and its key results (asks first, or `--yes`)'
            cand link 'Record that an objective contributes to another team''s objective, besides its parent'
            cand unlink 'Remove a link made with `okr objective link`'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'okr;objective;help;add'= {
        }
        &'okr;objective;help;list'= {
        }
        &'okr;objective;help;show'= {
        }
        &'okr;objective;help;edit'= {
        }
        &'okr;objective;help;close'= {
        }
        &'okr;objective;help;archive'= {
        }
        &'okr;objective;help;rm'= {
        }
        &'okr;objective;help;link'= {
        }
        &'okr;objective;help;unlink'= {
        }
        &'okr;objective;help;help'= {
        }
        &'okr;o;help'= {
            cand add 'Add an objective to a cycle'
            cand list 'List objectives [default: the current quarter''s]'
            cand show 'Show an objective with its key results, check-ins, parent and children'
            cand edit 'Change an objective''s fields'
            cand close 'Mark an objective done'
            cand archive 'Archive an objective (kept with its history, out of the way)'
            cand rm 'Delete an objective and its key results (asks first, or `--yes`)'
            cand link 'Record that an objective contributes to another team''s objective, besides its parent'
            cand unlink 'Remove a link made with `okr objective link`'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'okr;o;help;add'= {
        }
        &'okr;o;help;list'= {
        }
        &'okr;o;help;show'= {
        }
        &'okr;o;help;edit'= {
        }
        &'okr;o;help;close'= {
        }
        &'okr;o;help;archive'= {
        }
        &'okr;o;help;rm'= {
        }
        &'okr;o;help;link'= {
        }
        &'okr;o;help;unlink'= {
        }
        &'okr;o;help;help'= {
        }
        &'okr;kr'= {
            cand --db 'The database file [default: okr.db in the platform data folder]'
            cand --format 'Output format where the output is data (`okr lint`: human, json or github)'
            cand --color 'When to colour output (NO_COLOR is honoured in `auto`)'
            cand --team-dir 'The team directory (holding okr.toml) [default: found by walking up from here]'
            cand -q 'Print only data, no confirmations'
            cand --quiet 'Print only data, no confirmations'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --wide 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)'
            cand --no-pager 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Add a key result to an objective'
            cand list 'List key results with their current values [default: the current quarter''s]'
            cand ls 'List key results with their current values [default: the current quarter''s]'
            cand show 'Show a key result with all its check-ins'
            cand edit 'Change a key result''s fields'
            cand rm 'Delete a key result (asks first, or `--yes`)'
            cand source 'Where a key result''s value comes from: a shell command that prints it'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'okr;kr;add'= {
            cand --target 'The value to reach (for a threshold: the value to hold)'
            cand --start 'The value now [default: 0; for a threshold, the target]'
            cand --unit 'Free text: %, users, ms, 元'
            cand --kind 'Metric (a number from start to target), boolean (a milestone: done or not) or threshold (a value to hold)'
            cand --keep 'For thresholds: which side holds [default: at-least]'
            cand --weight 'Relative weight in the objective''s progress [default: 1]'
            cand --owner 'Who owns it [default: the objective''s owner]'
            cand --due 'Due date, if earlier than the cycle''s end'
            cand --db 'The database file [default: okr.db in the platform data folder]'
            cand --format 'Output format where the output is data (`okr lint`: human, json or github)'
            cand --color 'When to colour output (NO_COLOR is honoured in `auto`)'
            cand --team-dir 'The team directory (holding okr.toml) [default: found by walking up from here]'
            cand -q 'Print only data, no confirmations'
            cand --quiet 'Print only data, no confirmations'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --wide 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)'
            cand --no-pager 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'okr;kr;list'= {
            cand --objective 'Only this objective''s key results'
            cand --cycle 'Cycle name, or `all` [default: the quarter containing today]'
            cand --owner 'Key results owned by this person'
            cand --level 'Only key results of objectives of this level'
            cand -n 'Show at most N (0: all) [default: all]'
            cand --limit 'Show at most N (0: all) [default: all]'
            cand --db 'The database file [default: okr.db in the platform data folder]'
            cand --format 'Output format where the output is data (`okr lint`: human, json or github)'
            cand --color 'When to colour output (NO_COLOR is honoured in `auto`)'
            cand --team-dir 'The team directory (holding okr.toml) [default: found by walking up from here]'
            cand -q 'Print only data, no confirmations'
            cand --quiet 'Print only data, no confirmations'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --wide 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)'
            cand --no-pager 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'okr;kr;ls'= {
            cand --objective 'Only this objective''s key results'
            cand --cycle 'Cycle name, or `all` [default: the quarter containing today]'
            cand --owner 'Key results owned by this person'
            cand --level 'Only key results of objectives of this level'
            cand -n 'Show at most N (0: all) [default: all]'
            cand --limit 'Show at most N (0: all) [default: all]'
            cand --db 'The database file [default: okr.db in the platform data folder]'
            cand --format 'Output format where the output is data (`okr lint`: human, json or github)'
            cand --color 'When to colour output (NO_COLOR is honoured in `auto`)'
            cand --team-dir 'The team directory (holding okr.toml) [default: found by walking up from here]'
            cand -q 'Print only data, no confirmations'
            cand --quiet 'Print only data, no confirmations'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --wide 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)'
            cand --no-pager 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'okr;kr;show'= {
            cand --db 'The database file [default: okr.db in the platform data folder]'
            cand --format 'Output format where the output is data (`okr lint`: human, json or github)'
            cand --color 'When to colour output (NO_COLOR is honoured in `auto`)'
            cand --team-dir 'The team directory (holding okr.toml) [default: found by walking up from here]'
            cand -q 'Print only data, no confirmations'
            cand --quiet 'Print only data, no confirmations'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --wide 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)'
            cand --no-pager 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'okr;kr;edit'= {
            cand --title 'New title (checked against its start and target, as at `add`)'
            cand --target 'New target'
            cand --start 'New start'
            cand --unit 'New unit'
            cand --kind 'New kind (asks first when the change drops values, or `--yes`)'
            cand --keep 'For thresholds: which side holds'
            cand --weight 'New relative weight'
            cand --owner 'New owner'
            cand --due 'New due date'
            cand --objective 'Move it to another objective'
            cand --reason 'Why: kept in the log, and beside a new start, target or weight in the history (asked in a terminal; required when the config says `require_reason = true`)'
            cand --date 'The day a new start, target or weight takes effect (default today); reports as of earlier days keep the old values'
            cand --db 'The database file [default: okr.db in the platform data folder]'
            cand --format 'Output format where the output is data (`okr lint`: human, json or github)'
            cand --color 'When to colour output (NO_COLOR is honoured in `auto`)'
            cand --team-dir 'The team directory (holding okr.toml) [default: found by walking up from here]'
            cand --no-due 'Remove the due date'
            cand -q 'Print only data, no confirmations'
            cand --quiet 'Print only data, no confirmations'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --wide 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)'
            cand --no-pager 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'okr;kr;rm'= {
            cand --db 'The database file [default: okr.db in the platform data folder]'
            cand --format 'Output format where the output is data (`okr lint`: human, json or github)'
            cand --color 'When to colour output (NO_COLOR is honoured in `auto`)'
            cand --team-dir 'The team directory (holding okr.toml) [default: found by walking up from here]'
            cand --with-checkins 'Also delete its check-ins (otherwise refused)'
            cand -q 'Print only data, no confirmations'
            cand --quiet 'Print only data, no confirmations'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --wide 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)'
            cand --no-pager 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'okr;kr;source'= {
            cand --command 'The shell command that prints the key result''s current value'
            cand --json-path 'Where the number is in the JSON the command prints: `$.data.nps`, `items[0].value`'
            cand --db 'The database file [default: okr.db in the platform data folder]'
            cand --format 'Output format where the output is data (`okr lint`: human, json or github)'
            cand --color 'When to colour output (NO_COLOR is honoured in `auto`)'
            cand --team-dir 'The team directory (holding okr.toml) [default: found by walking up from here]'
            cand --clear 'Remove the key result''s source'
            cand -q 'Print only data, no confirmations'
            cand --quiet 'Print only data, no confirmations'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --wide 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)'
            cand --no-pager 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'okr;kr;help'= {
            cand add 'Add a key result to an objective'
            cand list 'List key results with their current values [default: the current quarter''s]'
            cand show 'Show a key result with all its check-ins'
            cand edit 'Change a key result''s fields'
            cand rm 'Delete a key result (asks first, or `--yes`)'
            cand source 'Where a key result''s value comes from: a shell command that prints it'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'okr;kr;help;add'= {
        }
        &'okr;kr;help;list'= {
        }
        &'okr;kr;help;show'= {
        }
        &'okr;kr;help;edit'= {
        }
        &'okr;kr;help;rm'= {
        }
        &'okr;kr;help;source'= {
        }
        &'okr;kr;help;help'= {
        }
        &'okr;checkin'= {
            cand -c 'How sure you are of reaching the target, 0–10'
            cand --confidence 'How sure you are of reaching the target, 0–10'
            cand -n 'What happened, in a few words'
            cand --note 'What happened, in a few words'
            cand -d 'The day the value was measured (backfilling is fine) [default: today]'
            cand --date 'The day the value was measured (backfilling is fine) [default: today]'
            cand --db 'The database file [default: okr.db in the platform data folder]'
            cand --format 'Output format where the output is data (`okr lint`: human, json or github)'
            cand --color 'When to colour output (NO_COLOR is honoured in `auto`)'
            cand --team-dir 'The team directory (holding okr.toml) [default: found by walking up from here]'
            cand -q 'Print only data, no confirmations'
            cand --quiet 'Print only data, no confirmations'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --wide 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)'
            cand --no-pager 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List check-ins, newest first'
            cand ls 'List check-ins, newest first'
            cand undo 'Remove the check-in recorded last (asks first, or `--yes`)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'okr;ci'= {
            cand -c 'How sure you are of reaching the target, 0–10'
            cand --confidence 'How sure you are of reaching the target, 0–10'
            cand -n 'What happened, in a few words'
            cand --note 'What happened, in a few words'
            cand -d 'The day the value was measured (backfilling is fine) [default: today]'
            cand --date 'The day the value was measured (backfilling is fine) [default: today]'
            cand --db 'The database file [default: okr.db in the platform data folder]'
            cand --format 'Output format where the output is data (`okr lint`: human, json or github)'
            cand --color 'When to colour output (NO_COLOR is honoured in `auto`)'
            cand --team-dir 'The team directory (holding okr.toml) [default: found by walking up from here]'
            cand -q 'Print only data, no confirmations'
            cand --quiet 'Print only data, no confirmations'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --wide 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)'
            cand --no-pager 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List check-ins, newest first'
            cand ls 'List check-ins, newest first'
            cand undo 'Remove the check-in recorded last (asks first, or `--yes`)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'okr;checkin;list'= {
            cand --cycle 'Only this cycle''s check-ins (or `all`) [default: all]'
            cand -n 'Show at most N (0: all)'
            cand --limit 'Show at most N (0: all)'
            cand --db 'The database file [default: okr.db in the platform data folder]'
            cand --format 'Output format where the output is data (`okr lint`: human, json or github)'
            cand --color 'When to colour output (NO_COLOR is honoured in `auto`)'
            cand --team-dir 'The team directory (holding okr.toml) [default: found by walking up from here]'
            cand -q 'Print only data, no confirmations'
            cand --quiet 'Print only data, no confirmations'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --wide 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)'
            cand --no-pager 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'okr;checkin;ls'= {
            cand --cycle 'Only this cycle''s check-ins (or `all`) [default: all]'
            cand -n 'Show at most N (0: all)'
            cand --limit 'Show at most N (0: all)'
            cand --db 'The database file [default: okr.db in the platform data folder]'
            cand --format 'Output format where the output is data (`okr lint`: human, json or github)'
            cand --color 'When to colour output (NO_COLOR is honoured in `auto`)'
            cand --team-dir 'The team directory (holding okr.toml) [default: found by walking up from here]'
            cand -q 'Print only data, no confirmations'
            cand --quiet 'Print only data, no confirmations'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --wide 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)'
            cand --no-pager 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'okr;ci;list'= {
            cand --cycle 'Only this cycle''s check-ins (or `all`) [default: all]'
            cand -n 'Show at most N (0: all)'
            cand --limit 'Show at most N (0: all)'
            cand --db 'The database file [default: okr.db in the platform data folder]'
            cand --format 'Output format where the output is data (`okr lint`: human, json or github)'
            cand --color 'When to colour output (NO_COLOR is honoured in `auto`)'
            cand --team-dir 'The team directory (holding okr.toml) [default: found by walking up from here]'
            cand -q 'Print only data, no confirmations'
            cand --quiet 'Print only data, no confirmations'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --wide 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)'
            cand --no-pager 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'okr;ci;ls'= {
            cand --cycle 'Only this cycle''s check-ins (or `all`) [default: all]'
            cand -n 'Show at most N (0: all)'
            cand --limit 'Show at most N (0: all)'
            cand --db 'The database file [default: okr.db in the platform data folder]'
            cand --format 'Output format where the output is data (`okr lint`: human, json or github)'
            cand --color 'When to colour output (NO_COLOR is honoured in `auto`)'
            cand --team-dir 'The team directory (holding okr.toml) [default: found by walking up from here]'
            cand -q 'Print only data, no confirmations'
            cand --quiet 'Print only data, no confirmations'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --wide 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)'
            cand --no-pager 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'okr;checkin;undo'= {
            cand --db 'The database file [default: okr.db in the platform data folder]'
            cand --format 'Output format where the output is data (`okr lint`: human, json or github)'
            cand --color 'When to colour output (NO_COLOR is honoured in `auto`)'
            cand --team-dir 'The team directory (holding okr.toml) [default: found by walking up from here]'
            cand -q 'Print only data, no confirmations'
            cand --quiet 'Print only data, no confirmations'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --wide 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)'
            cand --no-pager 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'okr;ci;undo'= {
            cand --db 'The database file [default: okr.db in the platform data folder]'
            cand --format 'Output format where the output is data (`okr lint`: human, json or github)'
            cand --color 'When to colour output (NO_COLOR is honoured in `auto`)'
            cand --team-dir 'The team directory (holding okr.toml) [default: found by walking up from here]'
            cand -q 'Print only data, no confirmations'
            cand --quiet 'Print only data, no confirmations'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --wide 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)'
            cand --no-pager 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'okr;checkin;help'= {
            cand list 'List check-ins, newest first'
            cand undo 'Remove the check-in recorded last (asks first, or `--yes`)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'okr;checkin;help;list'= {
        }
        &'okr;checkin;help;undo'= {
        }
        &'okr;checkin;help;help'= {
        }
        &'okr;ci;help'= {
            cand list 'List check-ins, newest first'
            cand undo 'Remove the check-in recorded last (asks first, or `--yes`)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'okr;ci;help;list'= {
        }
        &'okr;ci;help;undo'= {
        }
        &'okr;ci;help;help'= {
        }
        &'okr;task'= {
            cand --db 'The database file [default: okr.db in the platform data folder]'
            cand --format 'Output format where the output is data (`okr lint`: human, json or github)'
            cand --color 'When to colour output (NO_COLOR is honoured in `auto`)'
            cand --team-dir 'The team directory (holding okr.toml) [default: found by walking up from here]'
            cand -q 'Print only data, no confirmations'
            cand --quiet 'Print only data, no confirmations'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --wide 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)'
            cand --no-pager 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Name an initiative under a key result'
            cand list 'List initiatives [default: the open ones of the current quarter]'
            cand ls 'List initiatives [default: the open ones of the current quarter]'
            cand done 'Tick an initiative off, today'
            cand reopen 'Open a done initiative again'
            cand edit 'Change an initiative''s title, owner, due day or key result'
            cand rm 'Delete an initiative (asks first, or `--yes`)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'okr;task;add'= {
            cand --owner 'Who does it [default: the key result''s owner]'
            cand --due 'When it is due'
            cand --db 'The database file [default: okr.db in the platform data folder]'
            cand --format 'Output format where the output is data (`okr lint`: human, json or github)'
            cand --color 'When to colour output (NO_COLOR is honoured in `auto`)'
            cand --team-dir 'The team directory (holding okr.toml) [default: found by walking up from here]'
            cand -q 'Print only data, no confirmations'
            cand --quiet 'Print only data, no confirmations'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --wide 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)'
            cand --no-pager 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'okr;task;list'= {
            cand --kr 'Only those under this key result (any cycle)'
            cand --objective 'Only those under this objective''s key results (any cycle)'
            cand --owner 'Only this person''s (`me`: yours)'
            cand --state 'Open, done or all'
            cand --cycle 'Cycle name, or `all` [default: the current quarter]'
            cand --db 'The database file [default: okr.db in the platform data folder]'
            cand --format 'Output format where the output is data (`okr lint`: human, json or github)'
            cand --color 'When to colour output (NO_COLOR is honoured in `auto`)'
            cand --team-dir 'The team directory (holding okr.toml) [default: found by walking up from here]'
            cand -q 'Print only data, no confirmations'
            cand --quiet 'Print only data, no confirmations'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --wide 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)'
            cand --no-pager 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'okr;task;ls'= {
            cand --kr 'Only those under this key result (any cycle)'
            cand --objective 'Only those under this objective''s key results (any cycle)'
            cand --owner 'Only this person''s (`me`: yours)'
            cand --state 'Open, done or all'
            cand --cycle 'Cycle name, or `all` [default: the current quarter]'
            cand --db 'The database file [default: okr.db in the platform data folder]'
            cand --format 'Output format where the output is data (`okr lint`: human, json or github)'
            cand --color 'When to colour output (NO_COLOR is honoured in `auto`)'
            cand --team-dir 'The team directory (holding okr.toml) [default: found by walking up from here]'
            cand -q 'Print only data, no confirmations'
            cand --quiet 'Print only data, no confirmations'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --wide 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)'
            cand --no-pager 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'okr;task;done'= {
            cand --db 'The database file [default: okr.db in the platform data folder]'
            cand --format 'Output format where the output is data (`okr lint`: human, json or github)'
            cand --color 'When to colour output (NO_COLOR is honoured in `auto`)'
            cand --team-dir 'The team directory (holding okr.toml) [default: found by walking up from here]'
            cand -q 'Print only data, no confirmations'
            cand --quiet 'Print only data, no confirmations'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --wide 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)'
            cand --no-pager 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'okr;task;reopen'= {
            cand --db 'The database file [default: okr.db in the platform data folder]'
            cand --format 'Output format where the output is data (`okr lint`: human, json or github)'
            cand --color 'When to colour output (NO_COLOR is honoured in `auto`)'
            cand --team-dir 'The team directory (holding okr.toml) [default: found by walking up from here]'
            cand -q 'Print only data, no confirmations'
            cand --quiet 'Print only data, no confirmations'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --wide 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)'
            cand --no-pager 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'okr;task;edit'= {
            cand --title 'New title'
            cand --owner 'New owner'
            cand --due 'New due day'
            cand --kr 'Move it under another key result'
            cand --db 'The database file [default: okr.db in the platform data folder]'
            cand --format 'Output format where the output is data (`okr lint`: human, json or github)'
            cand --color 'When to colour output (NO_COLOR is honoured in `auto`)'
            cand --team-dir 'The team directory (holding okr.toml) [default: found by walking up from here]'
            cand --no-due 'Remove the due day'
            cand -q 'Print only data, no confirmations'
            cand --quiet 'Print only data, no confirmations'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --wide 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)'
            cand --no-pager 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'okr;task;rm'= {
            cand --db 'The database file [default: okr.db in the platform data folder]'
            cand --format 'Output format where the output is data (`okr lint`: human, json or github)'
            cand --color 'When to colour output (NO_COLOR is honoured in `auto`)'
            cand --team-dir 'The team directory (holding okr.toml) [default: found by walking up from here]'
            cand -q 'Print only data, no confirmations'
            cand --quiet 'Print only data, no confirmations'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --wide 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)'
            cand --no-pager 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'okr;task;help'= {
            cand add 'Name an initiative under a key result'
            cand list 'List initiatives [default: the open ones of the current quarter]'
            cand done 'Tick an initiative off, today'
            cand reopen 'Open a done initiative again'
            cand edit 'Change an initiative''s title, owner, due day or key result'
            cand rm 'Delete an initiative (asks first, or `--yes`)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'okr;task;help;add'= {
        }
        &'okr;task;help;list'= {
        }
        &'okr;task;help;done'= {
        }
        &'okr;task;help;reopen'= {
        }
        &'okr;task;help;edit'= {
        }
        &'okr;task;help;rm'= {
        }
        &'okr;task;help;help'= {
        }
        &'okr;score'= {
            cand --cycle 'Cycle name [default: the quarter containing the as-of date]'
            cand --owner 'Only objectives owned by this person or team'
            cand --as-of 'Score as of this day [default: today]'
            cand --db 'The database file [default: okr.db in the platform data folder]'
            cand --format 'Output format where the output is data (`okr lint`: human, json or github)'
            cand --color 'When to colour output (NO_COLOR is honoured in `auto`)'
            cand --team-dir 'The team directory (holding okr.toml) [default: found by walking up from here]'
            cand --explain 'Show how each number was reached: values, dates, weights'
            cand -q 'Print only data, no confirmations'
            cand --quiet 'Print only data, no confirmations'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --wide 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)'
            cand --no-pager 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand set 'Grade a key result by hand, with the reason; the grade then counts'
            cand clear 'Remove a hand grade; the computed score counts again'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'okr;score;set'= {
            cand -n 'Why this grade (required)'
            cand --note 'Why this grade (required)'
            cand --db 'The database file [default: okr.db in the platform data folder]'
            cand --format 'Output format where the output is data (`okr lint`: human, json or github)'
            cand --color 'When to colour output (NO_COLOR is honoured in `auto`)'
            cand --team-dir 'The team directory (holding okr.toml) [default: found by walking up from here]'
            cand -q 'Print only data, no confirmations'
            cand --quiet 'Print only data, no confirmations'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --wide 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)'
            cand --no-pager 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'okr;score;clear'= {
            cand --db 'The database file [default: okr.db in the platform data folder]'
            cand --format 'Output format where the output is data (`okr lint`: human, json or github)'
            cand --color 'When to colour output (NO_COLOR is honoured in `auto`)'
            cand --team-dir 'The team directory (holding okr.toml) [default: found by walking up from here]'
            cand -q 'Print only data, no confirmations'
            cand --quiet 'Print only data, no confirmations'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --wide 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)'
            cand --no-pager 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'okr;score;help'= {
            cand set 'Grade a key result by hand, with the reason; the grade then counts'
            cand clear 'Remove a hand grade; the computed score counts again'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'okr;score;help;set'= {
        }
        &'okr;score;help;clear'= {
        }
        &'okr;score;help;help'= {
        }
        &'okr;report'= {
            cand --cycle 'Cycle name [default: the quarter containing the as-of date]'
            cand --owner 'Only objectives owned by this person or team'
            cand --level 'Only objectives of this level'
            cand --as-of 'Report as that day would have seen it: later check-ins are ignored [default: today]'
            cand --by 'One row per owner or level: objectives, key results, mean progress, status mix'
            cand --db 'The database file [default: okr.db in the platform data folder]'
            cand --format 'Output format where the output is data (`okr lint`: human, json or github)'
            cand --color 'When to colour output (NO_COLOR is honoured in `auto`)'
            cand --team-dir 'The team directory (holding okr.toml) [default: found by walking up from here]'
            cand --week 'The ISO week of the as-of date: check-ins, changes, status moves, who did not check in'
            cand --tree 'Company → team → personal, with rolled-up progress'
            cand -q 'Print only data, no confirmations'
            cand --quiet 'Print only data, no confirmations'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --wide 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)'
            cand --no-pager 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'okr;export'= {
            cand --cycle 'Cycle name [default: the quarter containing today]'
            cand --owner 'Only objectives owned by this person or team'
            cand --out 'A folder, an objectives file (`.toml`), a spreadsheet (`.csv`), or `-` for stdout [default: the team''s OKR folder]'
            cand --headers 'CSV: the headers'' language [default: the existing file''s, else en]'
            cand --encoding 'CSV: how the file is stored [default: the existing file''s, else utf-8]'
            cand --separator 'CSV: what separates fields [default: the existing file''s, else comma; tab for .tsv]'
            cand --db 'The database file [default: okr.db in the platform data folder]'
            cand --format 'Output format where the output is data (`okr lint`: human, json or github)'
            cand --color 'When to colour output (NO_COLOR is honoured in `auto`)'
            cand --team-dir 'The team directory (holding okr.toml) [default: found by walking up from here]'
            cand --template 'CSV: only the header row, a template to fill in'
            cand -q 'Print only data, no confirmations'
            cand --quiet 'Print only data, no confirmations'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --wide 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)'
            cand --no-pager 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'okr;import'= {
            cand --db 'The database file [default: okr.db in the platform data folder]'
            cand --format 'Output format where the output is data (`okr lint`: human, json or github)'
            cand --color 'When to colour output (NO_COLOR is honoured in `auto`)'
            cand --team-dir 'The team directory (holding okr.toml) [default: found by walking up from here]'
            cand --dry-run 'Show what would change, and change nothing'
            cand -q 'Print only data, no confirmations'
            cand --quiet 'Print only data, no confirmations'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --wide 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)'
            cand --no-pager 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'okr;sync'= {
            cand --cycle 'Also export this cycle [default: the quarter containing today, if it has objectives]'
            cand --db 'The database file [default: okr.db in the platform data folder]'
            cand --format 'Output format where the output is data (`okr lint`: human, json or github)'
            cand --color 'When to colour output (NO_COLOR is honoured in `auto`)'
            cand --team-dir 'The team directory (holding okr.toml) [default: found by walking up from here]'
            cand -q 'Print only data, no confirmations'
            cand --quiet 'Print only data, no confirmations'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --wide 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)'
            cand --no-pager 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'okr;resolve'= {
            cand --db 'The database file [default: okr.db in the platform data folder]'
            cand --format 'Output format where the output is data (`okr lint`: human, json or github)'
            cand --color 'When to colour output (NO_COLOR is honoured in `auto`)'
            cand --team-dir 'The team directory (holding okr.toml) [default: found by walking up from here]'
            cand --ours 'Where both sides changed the same field, keep ours'
            cand --theirs 'Where both sides changed the same field, take theirs'
            cand -q 'Print only data, no confirmations'
            cand --quiet 'Print only data, no confirmations'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --wide 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)'
            cand --no-pager 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'okr;merge-file'= {
            cand --db 'The database file [default: okr.db in the platform data folder]'
            cand --format 'Output format where the output is data (`okr lint`: human, json or github)'
            cand --color 'When to colour output (NO_COLOR is honoured in `auto`)'
            cand --team-dir 'The team directory (holding okr.toml) [default: found by walking up from here]'
            cand -q 'Print only data, no confirmations'
            cand --quiet 'Print only data, no confirmations'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --wide 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)'
            cand --no-pager 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'okr;pull'= {
            cand --kr 'Only this key result: its id (`qxmz`), or its uid''s hex digits'
            cand --timeout 'Seconds a command may run before it is stopped'
            cand --db 'The database file [default: okr.db in the platform data folder]'
            cand --format 'Output format where the output is data (`okr lint`: human, json or github)'
            cand --color 'When to colour output (NO_COLOR is honoured in `auto`)'
            cand --team-dir 'The team directory (holding okr.toml) [default: found by walking up from here]'
            cand --dry-run 'Run the sources and show what would be checked in, without recording it'
            cand -q 'Print only data, no confirmations'
            cand --quiet 'Print only data, no confirmations'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --wide 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)'
            cand --no-pager 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'okr;trust'= {
            cand --db 'The database file [default: okr.db in the platform data folder]'
            cand --format 'Output format where the output is data (`okr lint`: human, json or github)'
            cand --color 'When to colour output (NO_COLOR is honoured in `auto`)'
            cand --team-dir 'The team directory (holding okr.toml) [default: found by walking up from here]'
            cand -q 'Print only data, no confirmations'
            cand --quiet 'Print only data, no confirmations'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --wide 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)'
            cand --no-pager 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'okr;lint'= {
            cand --deny 'Fail (exit 1) on warnings too'
            cand --cycle 'With the database: a cycle, or `all` [default: the quarter containing today]'
            cand --db 'The database file [default: okr.db in the platform data folder]'
            cand --format 'Output format where the output is data (`okr lint`: human, json or github)'
            cand --color 'When to colour output (NO_COLOR is honoured in `auto`)'
            cand --team-dir 'The team directory (holding okr.toml) [default: found by walking up from here]'
            cand --rules 'List the rules with their severities, and exit'
            cand -q 'Print only data, no confirmations'
            cand --quiet 'Print only data, no confirmations'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --wide 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)'
            cand --no-pager 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'okr;review'= {
            cand --cycle 'The cycle [default: the quarter containing today]'
            cand --db 'The database file [default: okr.db in the platform data folder]'
            cand --format 'Output format where the output is data (`okr lint`: human, json or github)'
            cand --color 'When to colour output (NO_COLOR is honoured in `auto`)'
            cand --team-dir 'The team directory (holding okr.toml) [default: found by walking up from here]'
            cand -q 'Print only data, no confirmations'
            cand --quiet 'Print only data, no confirmations'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --wide 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)'
            cand --no-pager 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand note 'Record a reflection on an objective'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'okr;review;note'= {
            cand --topic 'What it is about'
            cand --db 'The database file [default: okr.db in the platform data folder]'
            cand --format 'Output format where the output is data (`okr lint`: human, json or github)'
            cand --color 'When to colour output (NO_COLOR is honoured in `auto`)'
            cand --team-dir 'The team directory (holding okr.toml) [default: found by walking up from here]'
            cand -q 'Print only data, no confirmations'
            cand --quiet 'Print only data, no confirmations'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --wide 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)'
            cand --no-pager 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'okr;review;help'= {
            cand note 'Record a reflection on an objective'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'okr;review;help;note'= {
        }
        &'okr;review;help;help'= {
        }
        &'okr;trend'= {
            cand --cycles 'Cycles from one to another by name, oldest first; either end may be left open (`2026-Q1..`) [default: every cycle that holds objectives and has started]'
            cand --by 'One row per owner or level'
            cand --owner 'Only objectives owned by this person or team'
            cand --level 'Only objectives of this level'
            cand --db 'The database file [default: okr.db in the platform data folder]'
            cand --format 'Output format where the output is data (`okr lint`: human, json or github)'
            cand --color 'When to colour output (NO_COLOR is honoured in `auto`)'
            cand --team-dir 'The team directory (holding okr.toml) [default: found by walking up from here]'
            cand -q 'Print only data, no confirmations'
            cand --quiet 'Print only data, no confirmations'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --wide 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)'
            cand --no-pager 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'okr;log'= {
            cand --kr 'Only changes to this key result (its check-ins, grade and history included)'
            cand --objective 'Only changes to this objective and its key results'
            cand --since 'Only changes made on or after this day'
            cand -n 'Show at most N (0: all) [default: all]'
            cand --limit 'Show at most N (0: all) [default: all]'
            cand --db 'The database file [default: okr.db in the platform data folder]'
            cand --format 'Output format where the output is data (`okr lint`: human, json or github)'
            cand --color 'When to colour output (NO_COLOR is honoured in `auto`)'
            cand --team-dir 'The team directory (holding okr.toml) [default: found by walking up from here]'
            cand -q 'Print only data, no confirmations'
            cand --quiet 'Print only data, no confirmations'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --wide 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)'
            cand --no-pager 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'okr;undo'= {
            cand --db 'The database file [default: okr.db in the platform data folder]'
            cand --format 'Output format where the output is data (`okr lint`: human, json or github)'
            cand --color 'When to colour output (NO_COLOR is honoured in `auto`)'
            cand --team-dir 'The team directory (holding okr.toml) [default: found by walking up from here]'
            cand -q 'Print only data, no confirmations'
            cand --quiet 'Print only data, no confirmations'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --wide 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)'
            cand --no-pager 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'okr;config'= {
            cand --db 'The database file [default: okr.db in the platform data folder]'
            cand --format 'Output format where the output is data (`okr lint`: human, json or github)'
            cand --color 'When to colour output (NO_COLOR is honoured in `auto`)'
            cand --team-dir 'The team directory (holding okr.toml) [default: found by walking up from here]'
            cand -q 'Print only data, no confirmations'
            cand --quiet 'Print only data, no confirmations'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --wide 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)'
            cand --no-pager 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand path 'Print the files okr reads: user config, team okr.toml, database'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'okr;config;path'= {
            cand --db 'The database file [default: okr.db in the platform data folder]'
            cand --format 'Output format where the output is data (`okr lint`: human, json or github)'
            cand --color 'When to colour output (NO_COLOR is honoured in `auto`)'
            cand --team-dir 'The team directory (holding okr.toml) [default: found by walking up from here]'
            cand -q 'Print only data, no confirmations'
            cand --quiet 'Print only data, no confirmations'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --wide 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)'
            cand --no-pager 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'okr;config;help'= {
            cand path 'Print the files okr reads: user config, team okr.toml, database'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'okr;config;help;path'= {
        }
        &'okr;config;help;help'= {
        }
        &'okr;prompt'= {
            cand --db 'The database file [default: okr.db in the platform data folder]'
            cand --format 'Output format where the output is data (`okr lint`: human, json or github)'
            cand --color 'When to colour output (NO_COLOR is honoured in `auto`)'
            cand --team-dir 'The team directory (holding okr.toml) [default: found by walking up from here]'
            cand --space 'Follow the text with a space (nothing is printed when nothing is due)'
            cand -q 'Print only data, no confirmations'
            cand --quiet 'Print only data, no confirmations'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --wide 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)'
            cand --no-pager 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'okr;man'= {
            cand --out 'Write every page (okr.1, okr-report.1, …) into this folder instead'
            cand --db 'The database file [default: okr.db in the platform data folder]'
            cand --format 'Output format where the output is data (`okr lint`: human, json or github)'
            cand --color 'When to colour output (NO_COLOR is honoured in `auto`)'
            cand --team-dir 'The team directory (holding okr.toml) [default: found by walking up from here]'
            cand -q 'Print only data, no confirmations'
            cand --quiet 'Print only data, no confirmations'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --wide 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)'
            cand --no-pager 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'okr;completions'= {
            cand --db 'The database file [default: okr.db in the platform data folder]'
            cand --format 'Output format where the output is data (`okr lint`: human, json or github)'
            cand --color 'When to colour output (NO_COLOR is honoured in `auto`)'
            cand --team-dir 'The team directory (holding okr.toml) [default: found by walking up from here]'
            cand --static 'A self-contained script: commands and options only, no ids'
            cand -q 'Print only data, no confirmations'
            cand --quiet 'Print only data, no confirmations'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --wide 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)'
            cand --no-pager 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'okr;demo'= {
            cand --save 'Keep the sample database in this new file, to explore with `okr --db PATH …`'
            cand --db 'The database file [default: okr.db in the platform data folder]'
            cand --format 'Output format where the output is data (`okr lint`: human, json or github)'
            cand --color 'When to colour output (NO_COLOR is honoured in `auto`)'
            cand --team-dir 'The team directory (holding okr.toml) [default: found by walking up from here]'
            cand -q 'Print only data, no confirmations'
            cand --quiet 'Print only data, no confirmations'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --wide 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)'
            cand --no-pager 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'okr;help'= {
            cand init 'Create the database (idempotent: an existing one is kept as it is)'
            cand cycle 'Quarters, halves, years and custom cycles'
            cand objective 'Qualitative goals on three levels: company, team, personal'
            cand kr 'Key results: the measurable part of an objective'
            cand checkin 'Record a key result''s value (`okr checkin oqsw 42`, `okr checkin oqsw +3`)'
            cand task 'Initiatives: the work under a key result that should move it'
            cand score 'Scores from 0.0 to 1.0: green ≥ 0.7, yellow ≥ 0.4, red below'
            cand report 'Where the cycle stands: progress, expected pace, status, confidence, trend'
            cand export 'Write a cycle''s objectives, key results and check-ins as TOML team files, or as CSV'
            cand import 'Read team files into the database (idempotent; all or nothing)'
            cand sync 'Import the team''s files, then export: run after `git pull`, before `git commit`'
            cand resolve 'Finish a git merge of team files: merge them entry by entry, as okr''s merge driver does'
            cand merge-file 'Merge three versions of a team file by identity (git''s merge driver for okr)'
            cand pull 'Run the key results'' sources and check in what they print (for cron)'
            cand trust 'Trust the commands that came with key results in team files, so that `okr pull` runs them'
            cand lint 'Check OKRs against the SMART rules (files or folders of TOML, or the database)'
            cand review 'The end-of-cycle review: scores, changed targets and what was learned'
            cand trend 'Scores cycle after cycle: final for ended cycles, provisional for the running one'
            cand log 'Every change to the data, newest first: when, who, what (old → new), why'
            cand undo 'Take back the latest change of any kind (a check-in, an edit, an import…)'
            cand config 'Show the settings in force and where each comes from'
            cand prompt 'Print `okr:N!` when N of your key results this quarter are stale (for a shell prompt)'
            cand man 'Print okr''s manual page, or a command''s (`okr man report | man -l -`)'
            cand completions 'Print the completion setup for your shell'
            cand demo 'Build a sample quarter in a scratch database and show it (never touches your data)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'okr;help;init'= {
        }
        &'okr;help;cycle'= {
            cand list 'List custom cycles, cycles in use, and the current quarter'
            cand add 'Add a custom cycle (quarters like 2026-Q4 need no setup)'
            cand show 'Show a cycle''s dates and how far through it today is'
            cand carry 'Start the next cycle from this one: unfinished key results carry over'
        }
        &'okr;help;cycle;list'= {
        }
        &'okr;help;cycle;add'= {
        }
        &'okr;help;cycle;show'= {
        }
        &'okr;help;cycle;carry'= {
        }
        &'okr;help;objective'= {
            cand add 'Add an objective to a cycle'
            cand list 'List objectives [default: the current quarter''s]'
            cand show 'Show an objective with its key results, check-ins, parent and children'
            cand edit 'Change an objective''s fields'
            cand close 'Mark an objective done'
            cand archive 'Archive an objective (kept with its history, out of the way)'
            cand rm 'Delete an objective and its key results (asks first, or `--yes`)'
            cand link 'Record that an objective contributes to another team''s objective, besides its parent'
            cand unlink 'Remove a link made with `okr objective link`'
        }
        &'okr;help;objective;add'= {
        }
        &'okr;help;objective;list'= {
        }
        &'okr;help;objective;show'= {
        }
        &'okr;help;objective;edit'= {
        }
        &'okr;help;objective;close'= {
        }
        &'okr;help;objective;archive'= {
        }
        &'okr;help;objective;rm'= {
        }
        &'okr;help;objective;link'= {
        }
        &'okr;help;objective;unlink'= {
        }
        &'okr;help;kr'= {
            cand add 'Add a key result to an objective'
            cand list 'List key results with their current values [default: the current quarter''s]'
            cand show 'Show a key result with all its check-ins'
            cand edit 'Change a key result''s fields'
            cand rm 'Delete a key result (asks first, or `--yes`)'
            cand source 'Where a key result''s value comes from: a shell command that prints it'
        }
        &'okr;help;kr;add'= {
        }
        &'okr;help;kr;list'= {
        }
        &'okr;help;kr;show'= {
        }
        &'okr;help;kr;edit'= {
        }
        &'okr;help;kr;rm'= {
        }
        &'okr;help;kr;source'= {
        }
        &'okr;help;checkin'= {
            cand list 'List check-ins, newest first'
            cand undo 'Remove the check-in recorded last (asks first, or `--yes`)'
        }
        &'okr;help;checkin;list'= {
        }
        &'okr;help;checkin;undo'= {
        }
        &'okr;help;task'= {
            cand add 'Name an initiative under a key result'
            cand list 'List initiatives [default: the open ones of the current quarter]'
            cand done 'Tick an initiative off, today'
            cand reopen 'Open a done initiative again'
            cand edit 'Change an initiative''s title, owner, due day or key result'
            cand rm 'Delete an initiative (asks first, or `--yes`)'
        }
        &'okr;help;task;add'= {
        }
        &'okr;help;task;list'= {
        }
        &'okr;help;task;done'= {
        }
        &'okr;help;task;reopen'= {
        }
        &'okr;help;task;edit'= {
        }
        &'okr;help;task;rm'= {
        }
        &'okr;help;score'= {
            cand set 'Grade a key result by hand, with the reason; the grade then counts'
            cand clear 'Remove a hand grade; the computed score counts again'
        }
        &'okr;help;score;set'= {
        }
        &'okr;help;score;clear'= {
        }
        &'okr;help;report'= {
        }
        &'okr;help;export'= {
        }
        &'okr;help;import'= {
        }
        &'okr;help;sync'= {
        }
        &'okr;help;resolve'= {
        }
        &'okr;help;merge-file'= {
        }
        &'okr;help;pull'= {
        }
        &'okr;help;trust'= {
        }
        &'okr;help;lint'= {
        }
        &'okr;help;review'= {
            cand note 'Record a reflection on an objective'
        }
        &'okr;help;review;note'= {
        }
        &'okr;help;trend'= {
        }
        &'okr;help;log'= {
        }
        &'okr;help;undo'= {
        }
        &'okr;help;config'= {
            cand path 'Print the files okr reads: user config, team okr.toml, database'
        }
        &'okr;help;config;path'= {
        }
        &'okr;help;prompt'= {
        }
        &'okr;help;man'= {
        }
        &'okr;help;completions'= {
        }
        &'okr;help;demo'= {
        }
        &'okr;help;help'= {
        }
    ]
    $completions[$command]
}
