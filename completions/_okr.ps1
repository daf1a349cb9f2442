
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'okr' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'okr'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'okr' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: okr.db in the platform data folder]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format where the output is data (`okr lint`: human, json or github)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR is honoured in `auto`)')
            [CompletionResult]::new('--team-dir', '--team-dir', [CompletionResultType]::ParameterName, 'The team directory (holding okr.toml) [default: found by walking up from here]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data, no confirmations')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data, no confirmations')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create the database (idempotent: an existing one is kept as it is)')
            [CompletionResult]::new('cycle', 'cycle', [CompletionResultType]::ParameterValue, 'Quarters, halves, years and custom cycles')
            [CompletionResult]::new('objective', 'objective', [CompletionResultType]::ParameterValue, 'Qualitative goals on three levels: company, team, personal')
            [CompletionResult]::new('o', 'o', [CompletionResultType]::ParameterValue, 'Qualitative goals on three levels: company, team, personal')
            [CompletionResult]::new('kr', 'kr', [CompletionResultType]::ParameterValue, 'Key results: the measurable part of an objective')
            [CompletionResult]::new('checkin', 'checkin', [CompletionResultType]::ParameterValue, 'Record a key result''s value (`okr checkin oqsw 42`, `okr checkin oqsw +3`)')
            [CompletionResult]::new('ci', 'ci', [CompletionResultType]::ParameterValue, 'Record a key result''s value (`okr checkin oqsw 42`, `okr checkin oqsw +3`)')
            [CompletionResult]::new('task', 'task', [CompletionResultType]::ParameterValue, 'Initiatives: the work under a key result that should move it')
            [CompletionResult]::new('score', 'score', [CompletionResultType]::ParameterValue, 'Scores from 0.0 to 1.0: green ≥ 0.7, yellow ≥ 0.4, red below')
            [CompletionResult]::new('report', 'report', [CompletionResultType]::ParameterValue, 'Where the cycle stands: progress, expected pace, status, confidence, trend')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write a cycle''s objectives, key results and check-ins as TOML team files, or as CSV')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Read team files into the database (idempotent; all or nothing)')
            [CompletionResult]::new('sync', 'sync', [CompletionResultType]::ParameterValue, 'Import the team''s files, then export: run after `git pull`, before `git commit`')
            [CompletionResult]::new('resolve', 'resolve', [CompletionResultType]::ParameterValue, 'Finish a git merge of team files: merge them entry by entry, as okr''s merge driver does')
            [CompletionResult]::new('merge-file', 'merge-file', [CompletionResultType]::ParameterValue, 'Merge three versions of a team file by identity (git''s merge driver for okr)')
            [CompletionResult]::new('pull', 'pull', [CompletionResultType]::ParameterValue, 'Run the key results'' sources and check in what they print (for cron)')
            [CompletionResult]::new('trust', 'trust', [CompletionResultType]::ParameterValue, 'Trust the commands that came with key results in team files, so that `okr pull` runs them')
            [CompletionResult]::new('lint', 'lint', [CompletionResultType]::ParameterValue, 'Check OKRs against the SMART rules (files or folders of TOML, or the database)')
            [CompletionResult]::new('review', 'review', [CompletionResultType]::ParameterValue, 'The end-of-cycle review: scores, changed targets and what was learned')
            [CompletionResult]::new('trend', 'trend', [CompletionResultType]::ParameterValue, 'Scores cycle after cycle: final for ended cycles, provisional for the running one')
            [CompletionResult]::new('log', 'log', [CompletionResultType]::ParameterValue, 'Every change to the data, newest first: when, who, what (old → new), why')
            [CompletionResult]::new('undo', 'undo', [CompletionResultType]::ParameterValue, 'Take back the latest change of any kind (a check-in, an edit, an import…)')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Show the settings in force and where each comes from')
            [CompletionResult]::new('prompt', 'prompt', [CompletionResultType]::ParameterValue, 'Print `okr:N!` when N of your key results this quarter are stale (for a shell prompt)')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print okr''s manual page, or a command''s (`okr man report | man -l -`)')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print the completion setup for your shell')
            [CompletionResult]::new('demo', 'demo', [CompletionResultType]::ParameterValue, 'Build a sample quarter in a scratch database and show it (never touches your data)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'okr;init' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: okr.db in the platform data folder]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format where the output is data (`okr lint`: human, json or github)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR is honoured in `auto`)')
            [CompletionResult]::new('--team-dir', '--team-dir', [CompletionResultType]::ParameterName, 'The team directory (holding okr.toml) [default: found by walking up from here]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data, no confirmations')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data, no confirmations')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'okr;cycle' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: okr.db in the platform data folder]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format where the output is data (`okr lint`: human, json or github)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR is honoured in `auto`)')
            [CompletionResult]::new('--team-dir', '--team-dir', [CompletionResultType]::ParameterName, 'The team directory (holding okr.toml) [default: found by walking up from here]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data, no confirmations')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data, no confirmations')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List custom cycles, cycles in use, and the current quarter')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a custom cycle (quarters like 2026-Q4 need no setup)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a cycle''s dates and how far through it today is')
            [CompletionResult]::new('carry', 'carry', [CompletionResultType]::ParameterValue, 'Start the next cycle from this one: unfinished key results carry over')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'okr;cycle;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: okr.db in the platform data folder]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format where the output is data (`okr lint`: human, json or github)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR is honoured in `auto`)')
            [CompletionResult]::new('--team-dir', '--team-dir', [CompletionResultType]::ParameterName, 'The team directory (holding okr.toml) [default: found by walking up from here]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data, no confirmations')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data, no confirmations')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'okr;cycle;add' {
            [CompletionResult]::new('--start', '--start', [CompletionResultType]::ParameterName, 'First day (included)')
            [CompletionResult]::new('--end', '--end', [CompletionResultType]::ParameterName, 'Last day (included)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: okr.db in the platform data folder]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format where the output is data (`okr lint`: human, json or github)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR is honoured in `auto`)')
            [CompletionResult]::new('--team-dir', '--team-dir', [CompletionResultType]::ParameterName, 'The team directory (holding okr.toml) [default: found by walking up from here]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data, no confirmations')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data, no confirmations')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'okr;cycle;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: okr.db in the platform data folder]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format where the output is data (`okr lint`: human, json or github)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR is honoured in `auto`)')
            [CompletionResult]::new('--team-dir', '--team-dir', [CompletionResultType]::ParameterName, 'The team directory (holding okr.toml) [default: found by walking up from here]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data, no confirmations')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data, no confirmations')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'okr;cycle;carry' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: okr.db in the platform data folder]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format where the output is data (`okr lint`: human, json or github)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR is honoured in `auto`)')
            [CompletionResult]::new('--team-dir', '--team-dir', [CompletionResultType]::ParameterName, 'The team directory (holding okr.toml) [default: found by walking up from here]')
            [CompletionResult]::new('--reset-targets', '--reset-targets', [CompletionResultType]::ParameterName, 'Keep each key result''s distance from start to target, from its new start (otherwise the target stays as it was)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Say what would be carried, change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data, no confirmations')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data, no confirmations')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'okr;cycle;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List custom cycles, cycles in use, and the current quarter')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a custom cycle (quarters like 2026-Q4 need no setup)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a cycle''s dates and how far through it today is')
            [CompletionResult]::new('carry', 'carry', [CompletionResultType]::ParameterValue, 'Start the next cycle from this one: unfinished key results carry over')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'okr;cycle;help;list' {
            break
        }
        'okr;cycle;help;add' {
            break
        }
        'okr;cycle;help;show' {
            break
        }
        'okr;cycle;help;carry' {
            break
        }
        'okr;cycle;help;help' {
            break
        }
        'okr;objective' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: okr.db in the platform data folder]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format where the output is data (`okr lint`: human, json or github)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR is honoured in `auto`)')
            [CompletionResult]::new('--team-dir', '--team-dir', [CompletionResultType]::ParameterName, 'The team directory (holding okr.toml) [default: found by walking up from here]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data, no confirmations')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data, no confirmations')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add an objective to a cycle')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List objectives [default: the current quarter''s]')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List objectives [default: the current quarter''s]')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show an objective with its key results, check-ins, parent and children')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change an objective''s fields')
            [CompletionResult]::new('close', 'close', [CompletionResultType]::ParameterValue, 'Mark an objective done')
            [CompletionResult]::new('archive', 'archive', [CompletionResultType]::ParameterValue, 'Archive an objective (kept with its history, out of the way)')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete an objective and its key results (asks first, or `--yes`)')
            [CompletionResult]::new('link', 'link', [CompletionResultType]::ParameterValue, 'Record that an objective contributes to another team''s objective, besides its parent')
            [CompletionResult]::new('unlink', 'unlink', [CompletionResultType]::ParameterValue, 'Remove a link made with `okr objective link`')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'okr;o' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: okr.db in the platform data folder]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format where the output is data (`okr lint`: human, json or github)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR is honoured in `auto`)')
            [CompletionResult]::new('--team-dir', '--team-dir', [CompletionResultType]::ParameterName, 'The team directory (holding okr.toml) [default: found by walking up from here]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data, no confirmations')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data, no confirmations')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add an objective to a cycle')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List objectives [default: the current quarter''s]')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List objectives [default: the current quarter''s]')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show an objective with its key results, check-ins, parent and children')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change an objective''s fields')
            [CompletionResult]::new('close', 'close', [CompletionResultType]::ParameterValue, 'Mark an objective done')
            [CompletionResult]::new('archive', 'archive', [CompletionResultType]::ParameterValue, 'Archive an objective (kept with its history, out of the way)')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete an objective and its key results (asks first, or `--yes`)')
            [CompletionResult]::new('link', 'link', [CompletionResultType]::ParameterValue, 'Record that an objective contributes to another team''s objective, besides its parent')
            [CompletionResult]::new('unlink', 'unlink', [CompletionResultType]::ParameterValue, 'Remove a link made with `okr objective link`')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'okr;objective;add' {
            [CompletionResult]::new('--cycle', '--cycle', [CompletionResultType]::ParameterName, 'Cycle name, e.g. 2026-Q4 [default: the quarter containing today]')
            [CompletionResult]::new('--level', '--level', [CompletionResultType]::ParameterName, 'Company, team or personal')
            [CompletionResult]::new('--owner', '--owner', [CompletionResultType]::ParameterName, 'Who owns it [default: you, from OKR_USER, the config file or $USER]')
            [CompletionResult]::new('--parent', '--parent', [CompletionResultType]::ParameterName, 'The objective this one supports (alignment)')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Committed (succeeds at a 1.0 score) or aspirational (succeeds at 0.7)')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'Why it matters, in a sentence or two')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: okr.db in the platform data folder]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format where the output is data (`okr lint`: human, json or github)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR is honoured in `auto`)')
            [CompletionResult]::new('--team-dir', '--team-dir', [CompletionResultType]::ParameterName, 'The team directory (holding okr.toml) [default: found by walking up from here]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data, no confirmations')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data, no confirmations')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'okr;o;add' {
            [CompletionResult]::new('--cycle', '--cycle', [CompletionResultType]::ParameterName, 'Cycle name, e.g. 2026-Q4 [default: the quarter containing today]')
            [CompletionResult]::new('--level', '--level', [CompletionResultType]::ParameterName, 'Company, team or personal')
            [CompletionResult]::new('--owner', '--owner', [CompletionResultType]::ParameterName, 'Who owns it [default: you, from OKR_USER, the config file or $USER]')
            [CompletionResult]::new('--parent', '--parent', [CompletionResultType]::ParameterName, 'The objective this one supports (alignment)')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Committed (succeeds at a 1.0 score) or aspirational (succeeds at 0.7)')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'Why it matters, in a sentence or two')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: okr.db in the platform data folder]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format where the output is data (`okr lint`: human, json or github)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR is honoured in `auto`)')
            [CompletionResult]::new('--team-dir', '--team-dir', [CompletionResultType]::ParameterName, 'The team directory (holding okr.toml) [default: found by walking up from here]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data, no confirmations')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data, no confirmations')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'okr;objective;list' {
            [CompletionResult]::new('--cycle', '--cycle', [CompletionResultType]::ParameterName, 'Cycle name, or `all` [default: the quarter containing today]')
            [CompletionResult]::new('--owner', '--owner', [CompletionResultType]::ParameterName, 'Only objectives owned by this person')
            [CompletionResult]::new('--level', '--level', [CompletionResultType]::ParameterName, 'Only objectives of this level')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'Only objectives in this state')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Show at most N (0: all) [default: all]')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Show at most N (0: all) [default: all]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: okr.db in the platform data folder]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format where the output is data (`okr lint`: human, json or github)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR is honoured in `auto`)')
            [CompletionResult]::new('--team-dir', '--team-dir', [CompletionResultType]::ParameterName, 'The team directory (holding okr.toml) [default: found by walking up from here]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data, no confirmations')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data, no confirmations')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'okr;objective;ls' {
            [CompletionResult]::new('--cycle', '--cycle', [CompletionResultType]::ParameterName, 'Cycle name, or `all` [default: the quarter containing today]')
            [CompletionResult]::new('--owner', '--owner', [CompletionResultType]::ParameterName, 'Only objectives owned by this person')
            [CompletionResult]::new('--level', '--level', [CompletionResultType]::ParameterName, 'Only objectives of this level')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'Only objectives in this state')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Show at most N (0: all) [default: all]')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Show at most N (0: all) [default: all]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: okr.db in the platform data folder]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format where the output is data (`okr lint`: human, json or github)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR is honoured in `auto`)')
            [CompletionResult]::new('--team-dir', '--team-dir', [CompletionResultType]::ParameterName, 'The team directory (holding okr.toml) [default: found by walking up from here]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data, no confirmations')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data, no confirmations')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'okr;o;list' {
            [CompletionResult]::new('--cycle', '--cycle', [CompletionResultType]::ParameterName, 'Cycle name, or `all` [default: the quarter containing today]')
            [CompletionResult]::new('--owner', '--owner', [CompletionResultType]::ParameterName, 'Only objectives owned by this person')
            [CompletionResult]::new('--level', '--level', [CompletionResultType]::ParameterName, 'Only objectives of this level')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'Only objectives in this state')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Show at most N (0: all) [default: all]')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Show at most N (0: all) [default: all]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: okr.db in the platform data folder]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format where the output is data (`okr lint`: human, json or github)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR is honoured in `auto`)')
            [CompletionResult]::new('--team-dir', '--team-dir', [CompletionResultType]::ParameterName, 'The team directory (holding okr.toml) [default: found by walking up from here]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data, no confirmations')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data, no confirmations')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'okr;o;ls' {
            [CompletionResult]::new('--cycle', '--cycle', [CompletionResultType]::ParameterName, 'Cycle name, or `all` [default: the quarter containing today]')
            [CompletionResult]::new('--owner', '--owner', [CompletionResultType]::ParameterName, 'Only objectives owned by this person')
            [CompletionResult]::new('--level', '--level', [CompletionResultType]::ParameterName, 'Only objectives of this level')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'Only objectives in this state')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Show at most N (0: all) [default: all]')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Show at most N (0: all) [default: all]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: okr.db in the platform data folder]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format where the output is data (`okr lint`: human, json or github)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR is honoured in `auto`)')
            [CompletionResult]::new('--team-dir', '--team-dir', [CompletionResultType]::ParameterName, 'The team directory (holding okr.toml) [default: found by walking up from here]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data, no confirmations')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data, no confirmations')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'okr;objective;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: okr.db in the platform data folder]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format where the output is data (`okr lint`: human, json or github)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR is honoured in `auto`)')
            [CompletionResult]::new('--team-dir', '--team-dir', [CompletionResultType]::ParameterName, 'The team directory (holding okr.toml) [default: found by walking up from here]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data, no confirmations')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data, no confirmations')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'okr;o;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: okr.db in the platform data folder]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format where the output is data (`okr lint`: human, json or github)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR is honoured in `auto`)')
            [CompletionResult]::new('--team-dir', '--team-dir', [CompletionResultType]::ParameterName, 'The team directory (holding okr.toml) [default: found by walking up from here]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data, no confirmations')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data, no confirmations')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'okr;objective;edit' {
            [CompletionResult]::new('--title', '--title', [CompletionResultType]::ParameterName, 'New title')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'New description (an empty string removes it)')
            [CompletionResult]::new('--cycle', '--cycle', [CompletionResultType]::ParameterName, 'Move it to another cycle')
            [CompletionResult]::new('--level', '--level', [CompletionResultType]::ParameterName, 'New level')
            [CompletionResult]::new('--owner', '--owner', [CompletionResultType]::ParameterName, 'New owner')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Committed or aspirational')
            [CompletionResult]::new('--parent', '--parent', [CompletionResultType]::ParameterName, 'Align it to another objective')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'Active, done or archived')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why: kept in the log (required when the config says `require_reason = true`)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: okr.db in the platform data folder]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format where the output is data (`okr lint`: human, json or github)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR is honoured in `auto`)')
            [CompletionResult]::new('--team-dir', '--team-dir', [CompletionResultType]::ParameterName, 'The team directory (holding okr.toml) [default: found by walking up from here]')
            [CompletionResult]::new('--no-parent', '--no-parent', [CompletionResultType]::ParameterName, 'Remove the alignment to a parent')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data, no confirmations')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data, no confirmations')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'okr;o;edit' {
            [CompletionResult]::new('--title', '--title', [CompletionResultType]::ParameterName, 'New title')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'New description (an empty string removes it)')
            [CompletionResult]::new('--cycle', '--cycle', [CompletionResultType]::ParameterName, 'Move it to another cycle')
            [CompletionResult]::new('--level', '--level', [CompletionResultType]::ParameterName, 'New level')
            [CompletionResult]::new('--owner', '--owner', [CompletionResultType]::ParameterName, 'New owner')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Committed or aspirational')
            [CompletionResult]::new('--parent', '--parent', [CompletionResultType]::ParameterName, 'Align it to another objective')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'Active, done or archived')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why: kept in the log (required when the config says `require_reason = true`)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: okr.db in the platform data folder]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format where the output is data (`okr lint`: human, json or github)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR is honoured in `auto`)')
            [CompletionResult]::new('--team-dir', '--team-dir', [CompletionResultType]::ParameterName, 'The team directory (holding okr.toml) [default: found by walking up from here]')
            [CompletionResult]::new('--no-parent', '--no-parent', [CompletionResultType]::ParameterName, 'Remove the alignment to a parent')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data, no confirmations')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data, no confirmations')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'okr;objective;close' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: okr.db in the platform data folder]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format where the output is data (`okr lint`: human, json or github)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR is honoured in `auto`)')
            [CompletionResult]::new('--team-dir', '--team-dir', [CompletionResultType]::ParameterName, 'The team directory (holding okr.toml) [default: found by walking up from here]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data, no confirmations')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data, no confirmations')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'okr;o;close' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: okr.db in the platform data folder]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format where the output is data (`okr lint`: human, json or github)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR is honoured in `auto`)')
            [CompletionResult]::new('--team-dir', '--team-dir', [CompletionResultType]::ParameterName, 'The team directory (holding okr.toml) [default: found by walking up from here]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data, no confirmations')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data, no confirmations')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'okr;objective;archive' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: okr.db in the platform data folder]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format where the output is data (`okr lint`: human, json or github)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR is honoured in `auto`)')
            [CompletionResult]::new('--team-dir', '--team-dir', [CompletionResultType]::ParameterName, 'The team directory (holding okr.toml) [default: found by walking up from here]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data, no confirmations')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data, no confirmations')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'okr;o;archive' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: okr.db in the platform data folder]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format where the output is data (`okr lint`: human, json or github)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR is honoured in `auto`)')
            [CompletionResult]::new('--team-dir', '--team-dir', [CompletionResultType]::ParameterName, 'The team directory (holding okr.toml) [default: found by walking up from here]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data, no confirmations')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data, no confirmations')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'okr;objective;rm' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: okr.db in the platform data folder]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format where the output is data (`okr lint`: human, json or github)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR is honoured in `auto`)')
            [CompletionResult]::new('--team-dir', '--team-dir', [CompletionResultType]::ParameterName, 'The team directory (holding okr.toml) [default: found by walking up from here]')
            [CompletionResult]::new('--with-checkins', '--with-checkins', [CompletionResultType]::ParameterName, 'Also delete the check-ins of its key results (otherwise refused)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data, no confirmations')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data, no confirmations')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'okr;o;rm' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: okr.db in the platform data folder]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format where the output is data (`okr lint`: human, json or github)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR is honoured in `auto`)')
            [CompletionResult]::new('--team-dir', '--team-dir', [CompletionResultType]::ParameterName, 'The team directory (holding okr.toml) [default: found by walking up from here]')
            [CompletionResult]::new('--with-checkins', '--with-checkins', [CompletionResultType]::ParameterName, 'Also delete the check-ins of its key results (otherwise refused)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data, no confirmations')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data, no confirmations')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'okr;objective;link' {
            [CompletionResult]::new('--supports', '--supports', [CompletionResultType]::ParameterName, 'The objective it contributes to: another team''s, in the same cycle')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: okr.db in the platform data folder]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format where the output is data (`okr lint`: human, json or github)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR is honoured in `auto`)')
            [CompletionResult]::new('--team-dir', '--team-dir', [CompletionResultType]::ParameterName, 'The team directory (holding okr.toml) [default: found by walking up from here]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data, no confirmations')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data, no confirmations')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'okr;o;link' {
            [CompletionResult]::new('--supports', '--supports', [CompletionResultType]::ParameterName, 'The objective it contributes to: another team''s, in the same cycle')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: okr.db in the platform data folder]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format where the output is data (`okr lint`: human, json or github)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR is honoured in `auto`)')
            [CompletionResult]::new('--team-dir', '--team-dir', [CompletionResultType]::ParameterName, 'The team directory (holding okr.toml) [default: found by walking up from here]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data, no confirmations')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data, no confirmations')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'okr;objective;unlink' {
            [CompletionResult]::new('--supports', '--supports', [CompletionResultType]::ParameterName, 'The objective it contributes to: another team''s, in the same cycle')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: okr.db in the platform data folder]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format where the output is data (`okr lint`: human, json or github)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR is honoured in `auto`)')
            [CompletionResult]::new('--team-dir', '--team-dir', [CompletionResultType]::ParameterName, 'The team directory (holding okr.toml) [default: found by walking up from here]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data, no confirmations')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data, no confirmations')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'okr;o;unlink' {
            [CompletionResult]::new('--supports', '--supports', [CompletionResultType]::ParameterName, 'The objective it contributes to: another team''s, in the same cycle')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: okr.db in the platform data folder]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format where the output is data (`okr lint`: human, json or github)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR is honoured in `auto`)')
            [CompletionResult]::new('--team-dir', '--team-dir', [CompletionResultType]::ParameterName, 'The team directory (holding okr.toml) [default: found by walking up from here]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data, no confirmations')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data, no confirmations')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'okr;objective;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add an objective to a cycle')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List objectives [default: the current quarter''s]')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show an objective with its key results, check-ins, parent and children')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change an objective''s fields')
            [CompletionResult]::new('close', 'close', [CompletionResultType]::ParameterValue, 'Mark an objective done')
            [CompletionResult]::new('archive', 'archive', [CompletionResultType]::ParameterValue, 'Archive an objective (kept with its history, out of the way)')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete an objective and its key results (asks first, or `--yes`)')
            [CompletionResult]::new('link', 'link', [CompletionResultType]::ParameterValue, 'Record that an objective contributes to another team''s objective, besides its parent')
            [CompletionResult]::new('unlink', 'unlink', [CompletionResultType]::ParameterValue, 'Remove a link made with `okr objective link`')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'okr;objective;help;add' {
            break
        }
        'okr;objective;help;list' {
            break
        }
        'okr;objective;help;show' {
            break
        }
        'okr;objective;help;edit' {
            break
        }
        'okr;objective;help;close' {
            break
        }
        'okr;objective;help;archive' {
            break
        }
        'okr;objective;help;rm' {
            break
        }
        'okr;objective;help;link' {
            break
        }
        'okr;objective;help;unlink' {
            break
        }
        'okr;objective;help;help' {
            break
        }
        'okr;o;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add an objective to a cycle')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List objectives [default: the current quarter''s]')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show an objective with its key results, check-ins, parent and children')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change an objective''s fields')
            [CompletionResult]::new('close', 'close', [CompletionResultType]::ParameterValue, 'Mark an objective done')
            [CompletionResult]::new('archive', 'archive', [CompletionResultType]::ParameterValue, 'Archive an objective (kept with its history, out of the way)')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete an objective and its key results (asks first, or `--yes`)')
            [CompletionResult]::new('link', 'link', [CompletionResultType]::ParameterValue, 'Record that an objective contributes to another team''s objective, besides its parent')
            [CompletionResult]::new('unlink', 'unlink', [CompletionResultType]::ParameterValue, 'Remove a link made with `okr objective link`')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'okr;o;help;add' {
            break
        }
        'okr;o;help;list' {
            break
        }
        'okr;o;help;show' {
            break
        }
        'okr;o;help;edit' {
            break
        }
        'okr;o;help;close' {
            break
        }
        'okr;o;help;archive' {
            break
        }
        'okr;o;help;rm' {
            break
        }
        'okr;o;help;link' {
            break
        }
        'okr;o;help;unlink' {
            break
        }
        'okr;o;help;help' {
            break
        }
        'okr;kr' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: okr.db in the platform data folder]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format where the output is data (`okr lint`: human, json or github)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR is honoured in `auto`)')
            [CompletionResult]::new('--team-dir', '--team-dir', [CompletionResultType]::ParameterName, 'The team directory (holding okr.toml) [default: found by walking up from here]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data, no confirmations')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data, no confirmations')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a key result to an objective')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List key results with their current values [default: the current quarter''s]')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List key results with their current values [default: the current quarter''s]')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a key result with all its check-ins')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a key result''s fields')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete a key result (asks first, or `--yes`)')
            [CompletionResult]::new('source', 'source', [CompletionResultType]::ParameterValue, 'Where a key result''s value comes from: a shell command that prints it')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'okr;kr;add' {
            [CompletionResult]::new('--target', '--target', [CompletionResultType]::ParameterName, 'The value to reach (for a threshold: the value to hold)')
            [CompletionResult]::new('--start', '--start', [CompletionResultType]::ParameterName, 'The value now [default: 0; for a threshold, the target]')
            [CompletionResult]::new('--unit', '--unit', [CompletionResultType]::ParameterName, 'Free text: %, users, ms, 元')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Metric (a number from start to target), boolean (a milestone: done or not) or threshold (a value to hold)')
            [CompletionResult]::new('--keep', '--keep', [CompletionResultType]::ParameterName, 'For thresholds: which side holds [default: at-least]')
            [CompletionResult]::new('--weight', '--weight', [CompletionResultType]::ParameterName, 'Relative weight in the objective''s progress [default: 1]')
            [CompletionResult]::new('--owner', '--owner', [CompletionResultType]::ParameterName, 'Who owns it [default: the objective''s owner]')
            [CompletionResult]::new('--due', '--due', [CompletionResultType]::ParameterName, 'Due date, if earlier than the cycle''s end')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: okr.db in the platform data folder]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format where the output is data (`okr lint`: human, json or github)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR is honoured in `auto`)')
            [CompletionResult]::new('--team-dir', '--team-dir', [CompletionResultType]::ParameterName, 'The team directory (holding okr.toml) [default: found by walking up from here]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data, no confirmations')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data, no confirmations')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'okr;kr;list' {
            [CompletionResult]::new('--objective', '--objective', [CompletionResultType]::ParameterName, 'Only this objective''s key results')
            [CompletionResult]::new('--cycle', '--cycle', [CompletionResultType]::ParameterName, 'Cycle name, or `all` [default: the quarter containing today]')
            [CompletionResult]::new('--owner', '--owner', [CompletionResultType]::ParameterName, 'Key results owned by this person')
            [CompletionResult]::new('--level', '--level', [CompletionResultType]::ParameterName, 'Only key results of objectives of this level')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Show at most N (0: all) [default: all]')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Show at most N (0: all) [default: all]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: okr.db in the platform data folder]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format where the output is data (`okr lint`: human, json or github)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR is honoured in `auto`)')
            [CompletionResult]::new('--team-dir', '--team-dir', [CompletionResultType]::ParameterName, 'The team directory (holding okr.toml) [default: found by walking up from here]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data, no confirmations')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data, no confirmations')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'okr;kr;ls' {
            [CompletionResult]::new('--objective', '--objective', [CompletionResultType]::ParameterName, 'Only this objective''s key results')
            [CompletionResult]::new('--cycle', '--cycle', [CompletionResultType]::ParameterName, 'Cycle name, or `all` [default: the quarter containing today]')
            [CompletionResult]::new('--owner', '--owner', [CompletionResultType]::ParameterName, 'Key results owned by this person')
            [CompletionResult]::new('--level', '--level', [CompletionResultType]::ParameterName, 'Only key results of objectives of this level')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Show at most N (0: all) [default: all]')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Show at most N (0: all) [default: all]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: okr.db in the platform data folder]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format where the output is data (`okr lint`: human, json or github)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR is honoured in `auto`)')
            [CompletionResult]::new('--team-dir', '--team-dir', [CompletionResultType]::ParameterName, 'The team directory (holding okr.toml) [default: found by walking up from here]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data, no confirmations')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data, no confirmations')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'okr;kr;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: okr.db in the platform data folder]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format where the output is data (`okr lint`: human, json or github)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR is honoured in `auto`)')
            [CompletionResult]::new('--team-dir', '--team-dir', [CompletionResultType]::ParameterName, 'The team directory (holding okr.toml) [default: found by walking up from here]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data, no confirmations')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data, no confirmations')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'okr;kr;edit' {
            [CompletionResult]::new('--title', '--title', [CompletionResultType]::ParameterName, 'New title (checked against its start and target, as at `add`)')
            [CompletionResult]::new('--target', '--target', [CompletionResultType]::ParameterName, 'New target')
            [CompletionResult]::new('--start', '--start', [CompletionResultType]::ParameterName, 'New start')
            [CompletionResult]::new('--unit', '--unit', [CompletionResultType]::ParameterName, 'New unit')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'New kind (asks first when the change drops values, or `--yes`)')
            [CompletionResult]::new('--keep', '--keep', [CompletionResultType]::ParameterName, 'For thresholds: which side holds')
            [CompletionResult]::new('--weight', '--weight', [CompletionResultType]::ParameterName, 'New relative weight')
            [CompletionResult]::new('--owner', '--owner', [CompletionResultType]::ParameterName, 'New owner')
            [CompletionResult]::new('--due', '--due', [CompletionResultType]::ParameterName, 'New due date')
            [CompletionResult]::new('--objective', '--objective', [CompletionResultType]::ParameterName, 'Move it to another objective')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why: kept in the log, and beside a new start, target or weight in the history (asked in a terminal; required when the config says `require_reason = true`)')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'The day a new start, target or weight takes effect (default today); reports as of earlier days keep the old values')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: okr.db in the platform data folder]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format where the output is data (`okr lint`: human, json or github)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR is honoured in `auto`)')
            [CompletionResult]::new('--team-dir', '--team-dir', [CompletionResultType]::ParameterName, 'The team directory (holding okr.toml) [default: found by walking up from here]')
            [CompletionResult]::new('--no-due', '--no-due', [CompletionResultType]::ParameterName, 'Remove the due date')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data, no confirmations')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data, no confirmations')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'okr;kr;rm' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: okr.db in the platform data folder]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format where the output is data (`okr lint`: human, json or github)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR is honoured in `auto`)')
            [CompletionResult]::new('--team-dir', '--team-dir', [CompletionResultType]::ParameterName, 'The team directory (holding okr.toml) [default: found by walking up from here]')
            [CompletionResult]::new('--with-checkins', '--with-checkins', [CompletionResultType]::ParameterName, 'Also delete its check-ins (otherwise refused)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data, no confirmations')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data, no confirmations')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'okr;kr;source' {
            [CompletionResult]::new('--command', '--command', [CompletionResultType]::ParameterName, 'The shell command that prints the key result''s current value')
            [CompletionResult]::new('--json-path', '--json-path', [CompletionResultType]::ParameterName, 'Where the number is in the JSON the command prints: `$.data.nps`, `items[0].value`')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: okr.db in the platform data folder]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format where the output is data (`okr lint`: human, json or github)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR is honoured in `auto`)')
            [CompletionResult]::new('--team-dir', '--team-dir', [CompletionResultType]::ParameterName, 'The team directory (holding okr.toml) [default: found by walking up from here]')
            [CompletionResult]::new('--clear', '--clear', [CompletionResultType]::ParameterName, 'Remove the key result''s source')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data, no confirmations')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data, no confirmations')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'okr;kr;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a key result to an objective')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List key results with their current values [default: the current quarter''s]')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a key result with all its check-ins')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a key result''s fields')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete a key result (asks first, or `--yes`)')
            [CompletionResult]::new('source', 'source', [CompletionResultType]::ParameterValue, 'Where a key result''s value comes from: a shell command that prints it')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'okr;kr;help;add' {
            break
        }
        'okr;kr;help;list' {
            break
        }
        'okr;kr;help;show' {
            break
        }
        'okr;kr;help;edit' {
            break
        }
        'okr;kr;help;rm' {
            break
        }
        'okr;kr;help;source' {
            break
        }
        'okr;kr;help;help' {
            break
        }
        'okr;checkin' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'How sure you are of reaching the target, 0–10')
            [CompletionResult]::new('--confidence', '--confidence', [CompletionResultType]::ParameterName, 'How sure you are of reaching the target, 0–10')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'What happened, in a few words')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'What happened, in a few words')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'The day the value was measured (backfilling is fine) [default: today]')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'The day the value was measured (backfilling is fine) [default: today]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: okr.db in the platform data folder]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format where the output is data (`okr lint`: human, json or github)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR is honoured in `auto`)')
            [CompletionResult]::new('--team-dir', '--team-dir', [CompletionResultType]::ParameterName, 'The team directory (holding okr.toml) [default: found by walking up from here]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data, no confirmations')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data, no confirmations')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List check-ins, newest first')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List check-ins, newest first')
            [CompletionResult]::new('undo', 'undo', [CompletionResultType]::ParameterValue, 'Remove the check-in recorded last (asks first, or `--yes`)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'okr;ci' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'How sure you are of reaching the target, 0–10')
            [CompletionResult]::new('--confidence', '--confidence', [CompletionResultType]::ParameterName, 'How sure you are of reaching the target, 0–10')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'What happened, in a few words')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'What happened, in a few words')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'The day the value was measured (backfilling is fine) [default: today]')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'The day the value was measured (backfilling is fine) [default: today]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: okr.db in the platform data folder]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format where the output is data (`okr lint`: human, json or github)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR is honoured in `auto`)')
            [CompletionResult]::new('--team-dir', '--team-dir', [CompletionResultType]::ParameterName, 'The team directory (holding okr.toml) [default: found by walking up from here]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data, no confirmations')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data, no confirmations')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List check-ins, newest first')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List check-ins, newest first')
            [CompletionResult]::new('undo', 'undo', [CompletionResultType]::ParameterValue, 'Remove the check-in recorded last (asks first, or `--yes`)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'okr;checkin;list' {
            [CompletionResult]::new('--cycle', '--cycle', [CompletionResultType]::ParameterName, 'Only this cycle''s check-ins (or `all`) [default: all]')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Show at most N (0: all)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Show at most N (0: all)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: okr.db in the platform data folder]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format where the output is data (`okr lint`: human, json or github)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR is honoured in `auto`)')
            [CompletionResult]::new('--team-dir', '--team-dir', [CompletionResultType]::ParameterName, 'The team directory (holding okr.toml) [default: found by walking up from here]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data, no confirmations')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data, no confirmations')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'okr;checkin;ls' {
            [CompletionResult]::new('--cycle', '--cycle', [CompletionResultType]::ParameterName, 'Only this cycle''s check-ins (or `all`) [default: all]')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Show at most N (0: all)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Show at most N (0: all)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: okr.db in the platform data folder]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format where the output is data (`okr lint`: human, json or github)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR is honoured in `auto`)')
            [CompletionResult]::new('--team-dir', '--team-dir', [CompletionResultType]::ParameterName, 'The team directory (holding okr.toml) [default: found by walking up from here]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data, no confirmations')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data, no confirmations')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'okr;ci;list' {
            [CompletionResult]::new('--cycle', '--cycle', [CompletionResultType]::ParameterName, 'Only this cycle''s check-ins (or `all`) [default: all]')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Show at most N (0: all)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Show at most N (0: all)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: okr.db in the platform data folder]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format where the output is data (`okr lint`: human, json or github)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR is honoured in `auto`)')
            [CompletionResult]::new('--team-dir', '--team-dir', [CompletionResultType]::ParameterName, 'The team directory (holding okr.toml) [default: found by walking up from here]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data, no confirmations')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data, no confirmations')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'okr;ci;ls' {
            [CompletionResult]::new('--cycle', '--cycle', [CompletionResultType]::ParameterName, 'Only this cycle''s check-ins (or `all`) [default: all]')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Show at most N (0: all)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Show at most N (0: all)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: okr.db in the platform data folder]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format where the output is data (`okr lint`: human, json or github)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR is honoured in `auto`)')
            [CompletionResult]::new('--team-dir', '--team-dir', [CompletionResultType]::ParameterName, 'The team directory (holding okr.toml) [default: found by walking up from here]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data, no confirmations')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data, no confirmations')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'okr;checkin;undo' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: okr.db in the platform data folder]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format where the output is data (`okr lint`: human, json or github)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR is honoured in `auto`)')
            [CompletionResult]::new('--team-dir', '--team-dir', [CompletionResultType]::ParameterName, 'The team directory (holding okr.toml) [default: found by walking up from here]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data, no confirmations')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data, no confirmations')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'okr;ci;undo' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: okr.db in the platform data folder]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format where the output is data (`okr lint`: human, json or github)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR is honoured in `auto`)')
            [CompletionResult]::new('--team-dir', '--team-dir', [CompletionResultType]::ParameterName, 'The team directory (holding okr.toml) [default: found by walking up from here]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data, no confirmations')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data, no confirmations')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'okr;checkin;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List check-ins, newest first')
            [CompletionResult]::new('undo', 'undo', [CompletionResultType]::ParameterValue, 'Remove the check-in recorded last (asks first, or `--yes`)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'okr;checkin;help;list' {
            break
        }
        'okr;checkin;help;undo' {
            break
        }
        'okr;checkin;help;help' {
            break
        }
        'okr;ci;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List check-ins, newest first')
            [CompletionResult]::new('undo', 'undo', [CompletionResultType]::ParameterValue, 'Remove the check-in recorded last (asks first, or `--yes`)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'okr;ci;help;list' {
            break
        }
        'okr;ci;help;undo' {
            break
        }
        'okr;ci;help;help' {
            break
        }
        'okr;task' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: okr.db in the platform data folder]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format where the output is data (`okr lint`: human, json or github)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR is honoured in `auto`)')
            [CompletionResult]::new('--team-dir', '--team-dir', [CompletionResultType]::ParameterName, 'The team directory (holding okr.toml) [default: found by walking up from here]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data, no confirmations')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data, no confirmations')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Name an initiative under a key result')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List initiatives [default: the open ones of the current quarter]')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List initiatives [default: the open ones of the current quarter]')
            [CompletionResult]::new('done', 'done', [CompletionResultType]::ParameterValue, 'Tick an initiative off, today')
            [CompletionResult]::new('reopen', 'reopen', [CompletionResultType]::ParameterValue, 'Open a done initiative again')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change an initiative''s title, owner, due day or key result')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete an initiative (asks first, or `--yes`)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'okr;task;add' {
            [CompletionResult]::new('--owner', '--owner', [CompletionResultType]::ParameterName, 'Who does it [default: the key result''s owner]')
            [CompletionResult]::new('--due', '--due', [CompletionResultType]::ParameterName, 'When it is due')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: okr.db in the platform data folder]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format where the output is data (`okr lint`: human, json or github)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR is honoured in `auto`)')
            [CompletionResult]::new('--team-dir', '--team-dir', [CompletionResultType]::ParameterName, 'The team directory (holding okr.toml) [default: found by walking up from here]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data, no confirmations')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data, no confirmations')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'okr;task;list' {
            [CompletionResult]::new('--kr', '--kr', [CompletionResultType]::ParameterName, 'Only those under this key result (any cycle)')
            [CompletionResult]::new('--objective', '--objective', [CompletionResultType]::ParameterName, 'Only those under this objective''s key results (any cycle)')
            [CompletionResult]::new('--owner', '--owner', [CompletionResultType]::ParameterName, 'Only this person''s (`me`: yours)')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'Open, done or all')
            [CompletionResult]::new('--cycle', '--cycle', [CompletionResultType]::ParameterName, 'Cycle name, or `all` [default: the current quarter]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: okr.db in the platform data folder]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format where the output is data (`okr lint`: human, json or github)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR is honoured in `auto`)')
            [CompletionResult]::new('--team-dir', '--team-dir', [CompletionResultType]::ParameterName, 'The team directory (holding okr.toml) [default: found by walking up from here]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data, no confirmations')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data, no confirmations')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'okr;task;ls' {
            [CompletionResult]::new('--kr', '--kr', [CompletionResultType]::ParameterName, 'Only those under this key result (any cycle)')
            [CompletionResult]::new('--objective', '--objective', [CompletionResultType]::ParameterName, 'Only those under this objective''s key results (any cycle)')
            [CompletionResult]::new('--owner', '--owner', [CompletionResultType]::ParameterName, 'Only this person''s (`me`: yours)')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'Open, done or all')
            [CompletionResult]::new('--cycle', '--cycle', [CompletionResultType]::ParameterName, 'Cycle name, or `all` [default: the current quarter]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: okr.db in the platform data folder]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format where the output is data (`okr lint`: human, json or github)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR is honoured in `auto`)')
            [CompletionResult]::new('--team-dir', '--team-dir', [CompletionResultType]::ParameterName, 'The team directory (holding okr.toml) [default: found by walking up from here]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data, no confirmations')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data, no confirmations')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'okr;task;done' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: okr.db in the platform data folder]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format where the output is data (`okr lint`: human, json or github)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR is honoured in `auto`)')
            [CompletionResult]::new('--team-dir', '--team-dir', [CompletionResultType]::ParameterName, 'The team directory (holding okr.toml) [default: found by walking up from here]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data, no confirmations')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data, no confirmations')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'okr;task;reopen' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: okr.db in the platform data folder]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format where the output is data (`okr lint`: human, json or github)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR is honoured in `auto`)')
            [CompletionResult]::new('--team-dir', '--team-dir', [CompletionResultType]::ParameterName, 'The team directory (holding okr.toml) [default: found by walking up from here]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data, no confirmations')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data, no confirmations')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'okr;task;edit' {
            [CompletionResult]::new('--title', '--title', [CompletionResultType]::ParameterName, 'New title')
            [CompletionResult]::new('--owner', '--owner', [CompletionResultType]::ParameterName, 'New owner')
            [CompletionResult]::new('--due', '--due', [CompletionResultType]::ParameterName, 'New due day')
            [CompletionResult]::new('--kr', '--kr', [CompletionResultType]::ParameterName, 'Move it under another key result')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: okr.db in the platform data folder]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format where the output is data (`okr lint`: human, json or github)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR is honoured in `auto`)')
            [CompletionResult]::new('--team-dir', '--team-dir', [CompletionResultType]::ParameterName, 'The team directory (holding okr.toml) [default: found by walking up from here]')
            [CompletionResult]::new('--no-due', '--no-due', [CompletionResultType]::ParameterName, 'Remove the due day')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data, no confirmations')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data, no confirmations')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'okr;task;rm' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: okr.db in the platform data folder]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format where the output is data (`okr lint`: human, json or github)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR is honoured in `auto`)')
            [CompletionResult]::new('--team-dir', '--team-dir', [CompletionResultType]::ParameterName, 'The team directory (holding okr.toml) [default: found by walking up from here]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data, no confirmations')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data, no confirmations')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'okr;task;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Name an initiative under a key result')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List initiatives [default: the open ones of the current quarter]')
            [CompletionResult]::new('done', 'done', [CompletionResultType]::ParameterValue, 'Tick an initiative off, today')
            [CompletionResult]::new('reopen', 'reopen', [CompletionResultType]::ParameterValue, 'Open a done initiative again')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change an initiative''s title, owner, due day or key result')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete an initiative (asks first, or `--yes`)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'okr;task;help;add' {
            break
        }
        'okr;task;help;list' {
            break
        }
        'okr;task;help;done' {
            break
        }
        'okr;task;help;reopen' {
            break
        }
        'okr;task;help;edit' {
            break
        }
        'okr;task;help;rm' {
            break
        }
        'okr;task;help;help' {
            break
        }
        'okr;score' {
            [CompletionResult]::new('--cycle', '--cycle', [CompletionResultType]::ParameterName, 'Cycle name [default: the quarter containing the as-of date]')
            [CompletionResult]::new('--owner', '--owner', [CompletionResultType]::ParameterName, 'Only objectives owned by this person or team')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Score as of this day [default: today]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: okr.db in the platform data folder]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format where the output is data (`okr lint`: human, json or github)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR is honoured in `auto`)')
            [CompletionResult]::new('--team-dir', '--team-dir', [CompletionResultType]::ParameterName, 'The team directory (holding okr.toml) [default: found by walking up from here]')
            [CompletionResult]::new('--explain', '--explain', [CompletionResultType]::ParameterName, 'Show how each number was reached: values, dates, weights')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data, no confirmations')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data, no confirmations')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Grade a key result by hand, with the reason; the grade then counts')
            [CompletionResult]::new('clear', 'clear', [CompletionResultType]::ParameterValue, 'Remove a hand grade; the computed score counts again')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'okr;score;set' {
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Why this grade (required)')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'Why this grade (required)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: okr.db in the platform data folder]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format where the output is data (`okr lint`: human, json or github)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR is honoured in `auto`)')
            [CompletionResult]::new('--team-dir', '--team-dir', [CompletionResultType]::ParameterName, 'The team directory (holding okr.toml) [default: found by walking up from here]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data, no confirmations')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data, no confirmations')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'okr;score;clear' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: okr.db in the platform data folder]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format where the output is data (`okr lint`: human, json or github)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR is honoured in `auto`)')
            [CompletionResult]::new('--team-dir', '--team-dir', [CompletionResultType]::ParameterName, 'The team directory (holding okr.toml) [default: found by walking up from here]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data, no confirmations')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data, no confirmations')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'okr;score;help' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Grade a key result by hand, with the reason; the grade then counts')
            [CompletionResult]::new('clear', 'clear', [CompletionResultType]::ParameterValue, 'Remove a hand grade; the computed score counts again')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'okr;score;help;set' {
            break
        }
        'okr;score;help;clear' {
            break
        }
        'okr;score;help;help' {
            break
        }
        'okr;report' {
            [CompletionResult]::new('--cycle', '--cycle', [CompletionResultType]::ParameterName, 'Cycle name [default: the quarter containing the as-of date]')
            [CompletionResult]::new('--owner', '--owner', [CompletionResultType]::ParameterName, 'Only objectives owned by this person or team')
            [CompletionResult]::new('--level', '--level', [CompletionResultType]::ParameterName, 'Only objectives of this level')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Report as that day would have seen it: later check-ins are ignored [default: today]')
            [CompletionResult]::new('--by', '--by', [CompletionResultType]::ParameterName, 'One row per owner or level: objectives, key results, mean progress, status mix')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: okr.db in the platform data folder]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format where the output is data (`okr lint`: human, json or github)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR is honoured in `auto`)')
            [CompletionResult]::new('--team-dir', '--team-dir', [CompletionResultType]::ParameterName, 'The team directory (holding okr.toml) [default: found by walking up from here]')
            [CompletionResult]::new('--week', '--week', [CompletionResultType]::ParameterName, 'The ISO week of the as-of date: check-ins, changes, status moves, who did not check in')
            [CompletionResult]::new('--tree', '--tree', [CompletionResultType]::ParameterName, 'Company → team → personal, with rolled-up progress')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data, no confirmations')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data, no confirmations')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'okr;export' {
            [CompletionResult]::new('--cycle', '--cycle', [CompletionResultType]::ParameterName, 'Cycle name [default: the quarter containing today]')
            [CompletionResult]::new('--owner', '--owner', [CompletionResultType]::ParameterName, 'Only objectives owned by this person or team')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'A folder, an objectives file (`.toml`), a spreadsheet (`.csv`), or `-` for stdout [default: the team''s OKR folder]')
            [CompletionResult]::new('--headers', '--headers', [CompletionResultType]::ParameterName, 'CSV: the headers'' language [default: the existing file''s, else en]')
            [CompletionResult]::new('--encoding', '--encoding', [CompletionResultType]::ParameterName, 'CSV: how the file is stored [default: the existing file''s, else utf-8]')
            [CompletionResult]::new('--separator', '--separator', [CompletionResultType]::ParameterName, 'CSV: what separates fields [default: the existing file''s, else comma; tab for .tsv]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: okr.db in the platform data folder]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format where the output is data (`okr lint`: human, json or github)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR is honoured in `auto`)')
            [CompletionResult]::new('--team-dir', '--team-dir', [CompletionResultType]::ParameterName, 'The team directory (holding okr.toml) [default: found by walking up from here]')
            [CompletionResult]::new('--template', '--template', [CompletionResultType]::ParameterName, 'CSV: only the header row, a template to fill in')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data, no confirmations')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data, no confirmations')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'okr;import' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: okr.db in the platform data folder]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format where the output is data (`okr lint`: human, json or github)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR is honoured in `auto`)')
            [CompletionResult]::new('--team-dir', '--team-dir', [CompletionResultType]::ParameterName, 'The team directory (holding okr.toml) [default: found by walking up from here]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data, no confirmations')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data, no confirmations')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'okr;sync' {
            [CompletionResult]::new('--cycle', '--cycle', [CompletionResultType]::ParameterName, 'Also export this cycle [default: the quarter containing today, if it has objectives]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: okr.db in the platform data folder]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format where the output is data (`okr lint`: human, json or github)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR is honoured in `auto`)')
            [CompletionResult]::new('--team-dir', '--team-dir', [CompletionResultType]::ParameterName, 'The team directory (holding okr.toml) [default: found by walking up from here]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data, no confirmations')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data, no confirmations')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'okr;resolve' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: okr.db in the platform data folder]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format where the output is data (`okr lint`: human, json or github)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR is honoured in `auto`)')
            [CompletionResult]::new('--team-dir', '--team-dir', [CompletionResultType]::ParameterName, 'The team directory (holding okr.toml) [default: found by walking up from here]')
            [CompletionResult]::new('--ours', '--ours', [CompletionResultType]::ParameterName, 'Where both sides changed the same field, keep ours')
            [CompletionResult]::new('--theirs', '--theirs', [CompletionResultType]::ParameterName, 'Where both sides changed the same field, take theirs')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data, no confirmations')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data, no confirmations')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'okr;merge-file' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: okr.db in the platform data folder]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format where the output is data (`okr lint`: human, json or github)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR is honoured in `auto`)')
            [CompletionResult]::new('--team-dir', '--team-dir', [CompletionResultType]::ParameterName, 'The team directory (holding okr.toml) [default: found by walking up from here]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data, no confirmations')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data, no confirmations')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'okr;pull' {
            [CompletionResult]::new('--kr', '--kr', [CompletionResultType]::ParameterName, 'Only this key result: its id (`qxmz`), or its uid''s hex digits')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a command may run before it is stopped')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: okr.db in the platform data folder]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format where the output is data (`okr lint`: human, json or github)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR is honoured in `auto`)')
            [CompletionResult]::new('--team-dir', '--team-dir', [CompletionResultType]::ParameterName, 'The team directory (holding okr.toml) [default: found by walking up from here]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Run the sources and show what would be checked in, without recording it')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data, no confirmations')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data, no confirmations')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'okr;trust' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: okr.db in the platform data folder]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format where the output is data (`okr lint`: human, json or github)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR is honoured in `auto`)')
            [CompletionResult]::new('--team-dir', '--team-dir', [CompletionResultType]::ParameterName, 'The team directory (holding okr.toml) [default: found by walking up from here]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data, no confirmations')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data, no confirmations')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'okr;lint' {
            [CompletionResult]::new('--deny', '--deny', [CompletionResultType]::ParameterName, 'Fail (exit 1) on warnings too')
            [CompletionResult]::new('--cycle', '--cycle', [CompletionResultType]::ParameterName, 'With the database: a cycle, or `all` [default: the quarter containing today]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: okr.db in the platform data folder]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format where the output is data (`okr lint`: human, json or github)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR is honoured in `auto`)')
            [CompletionResult]::new('--team-dir', '--team-dir', [CompletionResultType]::ParameterName, 'The team directory (holding okr.toml) [default: found by walking up from here]')
            [CompletionResult]::new('--rules', '--rules', [CompletionResultType]::ParameterName, 'List the rules with their severities, and exit')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data, no confirmations')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data, no confirmations')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'okr;review' {
            [CompletionResult]::new('--cycle', '--cycle', [CompletionResultType]::ParameterName, 'The cycle [default: the quarter containing today]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: okr.db in the platform data folder]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format where the output is data (`okr lint`: human, json or github)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR is honoured in `auto`)')
            [CompletionResult]::new('--team-dir', '--team-dir', [CompletionResultType]::ParameterName, 'The team directory (holding okr.toml) [default: found by walking up from here]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data, no confirmations')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data, no confirmations')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('note', 'note', [CompletionResultType]::ParameterValue, 'Record a reflection on an objective')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'okr;review;note' {
            [CompletionResult]::new('--topic', '--topic', [CompletionResultType]::ParameterName, 'What it is about')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: okr.db in the platform data folder]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format where the output is data (`okr lint`: human, json or github)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR is honoured in `auto`)')
            [CompletionResult]::new('--team-dir', '--team-dir', [CompletionResultType]::ParameterName, 'The team directory (holding okr.toml) [default: found by walking up from here]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data, no confirmations')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data, no confirmations')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'okr;review;help' {
            [CompletionResult]::new('note', 'note', [CompletionResultType]::ParameterValue, 'Record a reflection on an objective')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'okr;review;help;note' {
            break
        }
        'okr;review;help;help' {
            break
        }
        'okr;trend' {
            [CompletionResult]::new('--cycles', '--cycles', [CompletionResultType]::ParameterName, 'Cycles from one to another by name, oldest first; either end may be left open (`2026-Q1..`) [default: every cycle that holds objectives and has started]')
            [CompletionResult]::new('--by', '--by', [CompletionResultType]::ParameterName, 'One row per owner or level')
            [CompletionResult]::new('--owner', '--owner', [CompletionResultType]::ParameterName, 'Only objectives owned by this person or team')
            [CompletionResult]::new('--level', '--level', [CompletionResultType]::ParameterName, 'Only objectives of this level')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: okr.db in the platform data folder]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format where the output is data (`okr lint`: human, json or github)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR is honoured in `auto`)')
            [CompletionResult]::new('--team-dir', '--team-dir', [CompletionResultType]::ParameterName, 'The team directory (holding okr.toml) [default: found by walking up from here]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data, no confirmations')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data, no confirmations')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'okr;log' {
            [CompletionResult]::new('--kr', '--kr', [CompletionResultType]::ParameterName, 'Only changes to this key result (its check-ins, grade and history included)')
            [CompletionResult]::new('--objective', '--objective', [CompletionResultType]::ParameterName, 'Only changes to this objective and its key results')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only changes made on or after this day')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Show at most N (0: all) [default: all]')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Show at most N (0: all) [default: all]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: okr.db in the platform data folder]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format where the output is data (`okr lint`: human, json or github)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR is honoured in `auto`)')
            [CompletionResult]::new('--team-dir', '--team-dir', [CompletionResultType]::ParameterName, 'The team directory (holding okr.toml) [default: found by walking up from here]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data, no confirmations')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data, no confirmations')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'okr;undo' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: okr.db in the platform data folder]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format where the output is data (`okr lint`: human, json or github)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR is honoured in `auto`)')
            [CompletionResult]::new('--team-dir', '--team-dir', [CompletionResultType]::ParameterName, 'The team directory (holding okr.toml) [default: found by walking up from here]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data, no confirmations')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data, no confirmations')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'okr;config' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: okr.db in the platform data folder]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format where the output is data (`okr lint`: human, json or github)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR is honoured in `auto`)')
            [CompletionResult]::new('--team-dir', '--team-dir', [CompletionResultType]::ParameterName, 'The team directory (holding okr.toml) [default: found by walking up from here]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data, no confirmations')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data, no confirmations')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('path', 'path', [CompletionResultType]::ParameterValue, 'Print the files okr reads: user config, team okr.toml, database')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'okr;config;path' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: okr.db in the platform data folder]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format where the output is data (`okr lint`: human, json or github)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR is honoured in `auto`)')
            [CompletionResult]::new('--team-dir', '--team-dir', [CompletionResultType]::ParameterName, 'The team directory (holding okr.toml) [default: found by walking up from here]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data, no confirmations')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data, no confirmations')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'okr;config;help' {
            [CompletionResult]::new('path', 'path', [CompletionResultType]::ParameterValue, 'Print the files okr reads: user config, team okr.toml, database')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'okr;config;help;path' {
            break
        }
        'okr;config;help;help' {
            break
        }
        'okr;prompt' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: okr.db in the platform data folder]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format where the output is data (`okr lint`: human, json or github)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR is honoured in `auto`)')
            [CompletionResult]::new('--team-dir', '--team-dir', [CompletionResultType]::ParameterName, 'The team directory (holding okr.toml) [default: found by walking up from here]')
            [CompletionResult]::new('--space', '--space', [CompletionResultType]::ParameterName, 'Follow the text with a space (nothing is printed when nothing is due)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data, no confirmations')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data, no confirmations')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'okr;man' {
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Write every page (okr.1, okr-report.1, …) into this folder instead')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: okr.db in the platform data folder]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format where the output is data (`okr lint`: human, json or github)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR is honoured in `auto`)')
            [CompletionResult]::new('--team-dir', '--team-dir', [CompletionResultType]::ParameterName, 'The team directory (holding okr.toml) [default: found by walking up from here]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data, no confirmations')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data, no confirmations')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'okr;completions' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: okr.db in the platform data folder]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format where the output is data (`okr lint`: human, json or github)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR is honoured in `auto`)')
            [CompletionResult]::new('--team-dir', '--team-dir', [CompletionResultType]::ParameterName, 'The team directory (holding okr.toml) [default: found by walking up from here]')
            [CompletionResult]::new('--static', '--static', [CompletionResultType]::ParameterName, 'A self-contained script: commands and options only, no ids')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data, no confirmations')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data, no confirmations')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'okr;demo' {
            [CompletionResult]::new('--save', '--save', [CompletionResultType]::ParameterName, 'Keep the sample database in this new file, to explore with `okr --db PATH …`')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: okr.db in the platform data folder]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format where the output is data (`okr lint`: human, json or github)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR is honoured in `auto`)')
            [CompletionResult]::new('--team-dir', '--team-dir', [CompletionResultType]::ParameterName, 'The team directory (holding okr.toml) [default: found by walking up from here]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data, no confirmations')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data, no confirmations')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show tables at full width: no column left out, no title cut (by default tables fit the terminal, or $COLUMNS)')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page output (by default long output goes through $OKR_PAGER, $PAGER or `less` when printed to a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'okr;help' {
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create the database (idempotent: an existing one is kept as it is)')
            [CompletionResult]::new('cycle', 'cycle', [CompletionResultType]::ParameterValue, 'Quarters, halves, years and custom cycles')
            [CompletionResult]::new('objective', 'objective', [CompletionResultType]::ParameterValue, 'Qualitative goals on three levels: company, team, personal')
            [CompletionResult]::new('kr', 'kr', [CompletionResultType]::ParameterValue, 'Key results: the measurable part of an objective')
            [CompletionResult]::new('checkin', 'checkin', [CompletionResultType]::ParameterValue, 'Record a key result''s value (`okr checkin oqsw 42`, `okr checkin oqsw +3`)')
            [CompletionResult]::new('task', 'task', [CompletionResultType]::ParameterValue, 'Initiatives: the work under a key result that should move it')
            [CompletionResult]::new('score', 'score', [CompletionResultType]::ParameterValue, 'Scores from 0.0 to 1.0: green ≥ 0.7, yellow ≥ 0.4, red below')
            [CompletionResult]::new('report', 'report', [CompletionResultType]::ParameterValue, 'Where the cycle stands: progress, expected pace, status, confidence, trend')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write a cycle''s objectives, key results and check-ins as TOML team files, or as CSV')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Read team files into the database (idempotent; all or nothing)')
            [CompletionResult]::new('sync', 'sync', [CompletionResultType]::ParameterValue, 'Import the team''s files, then export: run after `git pull`, before `git commit`')
            [CompletionResult]::new('resolve', 'resolve', [CompletionResultType]::ParameterValue, 'Finish a git merge of team files: merge them entry by entry, as okr''s merge driver does')
            [CompletionResult]::new('merge-file', 'merge-file', [CompletionResultType]::ParameterValue, 'Merge three versions of a team file by identity (git''s merge driver for okr)')
            [CompletionResult]::new('pull', 'pull', [CompletionResultType]::ParameterValue, 'Run the key results'' sources and check in what they print (for cron)')
            [CompletionResult]::new('trust', 'trust', [CompletionResultType]::ParameterValue, 'Trust the commands that came with key results in team files, so that `okr pull` runs them')
            [CompletionResult]::new('lint', 'lint', [CompletionResultType]::ParameterValue, 'Check OKRs against the SMART rules (files or folders of TOML, or the database)')
            [CompletionResult]::new('review', 'review', [CompletionResultType]::ParameterValue, 'The end-of-cycle review: scores, changed targets and what was learned')
            [CompletionResult]::new('trend', 'trend', [CompletionResultType]::ParameterValue, 'Scores cycle after cycle: final for ended cycles, provisional for the running one')
            [CompletionResult]::new('log', 'log', [CompletionResultType]::ParameterValue, 'Every change to the data, newest first: when, who, what (old → new), why')
            [CompletionResult]::new('undo', 'undo', [CompletionResultType]::ParameterValue, 'Take back the latest change of any kind (a check-in, an edit, an import…)')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Show the settings in force and where each comes from')
            [CompletionResult]::new('prompt', 'prompt', [CompletionResultType]::ParameterValue, 'Print `okr:N!` when N of your key results this quarter are stale (for a shell prompt)')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print okr''s manual page, or a command''s (`okr man report | man -l -`)')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print the completion setup for your shell')
            [CompletionResult]::new('demo', 'demo', [CompletionResultType]::ParameterValue, 'Build a sample quarter in a scratch database and show it (never touches your data)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'okr;help;init' {
            break
        }
        'okr;help;cycle' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List custom cycles, cycles in use, and the current quarter')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a custom cycle (quarters like 2026-Q4 need no setup)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a cycle''s dates and how far through it today is')
            [CompletionResult]::new('carry', 'carry', [CompletionResultType]::ParameterValue, 'Start the next cycle from this one: unfinished key results carry over')
            break
        }
        'okr;help;cycle;list' {
            break
        }
        'okr;help;cycle;add' {
            break
        }
        'okr;help;cycle;show' {
            break
        }
        'okr;help;cycle;carry' {
            break
        }
        'okr;help;objective' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add an objective to a cycle')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List objectives [default: the current quarter''s]')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show an objective with its key results, check-ins, parent and children')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change an objective''s fields')
            [CompletionResult]::new('close', 'close', [CompletionResultType]::ParameterValue, 'Mark an objective done')
            [CompletionResult]::new('archive', 'archive', [CompletionResultType]::ParameterValue, 'Archive an objective (kept with its history, out of the way)')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete an objective and its key results (asks first, or `--yes`)')
            [CompletionResult]::new('link', 'link', [CompletionResultType]::ParameterValue, 'Record that an objective contributes to another team''s objective, besides its parent')
            [CompletionResult]::new('unlink', 'unlink', [CompletionResultType]::ParameterValue, 'Remove a link made with `okr objective link`')
            break
        }
        'okr;help;objective;add' {
            break
        }
        'okr;help;objective;list' {
            break
        }
        'okr;help;objective;show' {
            break
        }
        'okr;help;objective;edit' {
            break
        }
        'okr;help;objective;close' {
            break
        }
        'okr;help;objective;archive' {
            break
        }
        'okr;help;objective;rm' {
            break
        }
        'okr;help;objective;link' {
            break
        }
        'okr;help;objective;unlink' {
            break
        }
        'okr;help;kr' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a key result to an objective')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List key results with their current values [default: the current quarter''s]')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a key result with all its check-ins')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a key result''s fields')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete a key result (asks first, or `--yes`)')
            [CompletionResult]::new('source', 'source', [CompletionResultType]::ParameterValue, 'Where a key result''s value comes from: a shell command that prints it')
            break
        }
        'okr;help;kr;add' {
            break
        }
        'okr;help;kr;list' {
            break
        }
        'okr;help;kr;show' {
            break
        }
        'okr;help;kr;edit' {
            break
        }
        'okr;help;kr;rm' {
            break
        }
        'okr;help;kr;source' {
            break
        }
        'okr;help;checkin' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List check-ins, newest first')
            [CompletionResult]::new('undo', 'undo', [CompletionResultType]::ParameterValue, 'Remove the check-in recorded last (asks first, or `--yes`)')
            break
        }
        'okr;help;checkin;list' {
            break
        }
        'okr;help;checkin;undo' {
            break
        }
        'okr;help;task' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Name an initiative under a key result')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List initiatives [default: the open ones of the current quarter]')
            [CompletionResult]::new('done', 'done', [CompletionResultType]::ParameterValue, 'Tick an initiative off, today')
            [CompletionResult]::new('reopen', 'reopen', [CompletionResultType]::ParameterValue, 'Open a done initiative again')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change an initiative''s title, owner, due day or key result')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete an initiative (asks first, or `--yes`)')
            break
        }
        'okr;help;task;add' {
            break
        }
        'okr;help;task;list' {
            break
        }
        'okr;help;task;done' {
            break
        }
        'okr;help;task;reopen' {
            break
        }
        'okr;help;task;edit' {
            break
        }
        'okr;help;task;rm' {
            break
        }
        'okr;help;score' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Grade a key result by hand, with the reason; the grade then counts')
            [CompletionResult]::new('clear', 'clear', [CompletionResultType]::ParameterValue, 'Remove a hand grade; the computed score counts again')
            break
        }
        'okr;help;score;set' {
            break
        }
        'okr;help;score;clear' {
            break
        }
        'okr;help;report' {
            break
        }
        'okr;help;export' {
            break
        }
        'okr;help;import' {
            break
        }
        'okr;help;sync' {
            break
        }
        'okr;help;resolve' {
            break
        }
        'okr;help;merge-file' {
            break
        }
        'okr;help;pull' {
            break
        }
        'okr;help;trust' {
            break
        }
        'okr;help;lint' {
            break
        }
        'okr;help;review' {
            [CompletionResult]::new('note', 'note', [CompletionResultType]::ParameterValue, 'Record a reflection on an objective')
            break
        }
        'okr;help;review;note' {
            break
        }
        'okr;help;trend' {
            break
        }
        'okr;help;log' {
            break
        }
        'okr;help;undo' {
            break
        }
        'okr;help;config' {
            [CompletionResult]::new('path', 'path', [CompletionResultType]::ParameterValue, 'Print the files okr reads: user config, team okr.toml, database')
            break
        }
        'okr;help;config;path' {
            break
        }
        'okr;help;prompt' {
            break
        }
        'okr;help;man' {
            break
        }
        'okr;help;completions' {
            break
        }
        'okr;help;demo' {
            break
        }
        'okr;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
