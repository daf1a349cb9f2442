//! The `okr` binary: parse, build the context, dispatch, report errors.

mod cli;

fn main() -> std::process::ExitCode {
    cli::main()
}
