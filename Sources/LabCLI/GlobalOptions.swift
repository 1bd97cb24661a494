import ArgumentParser

/// Options every `lab` command takes.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The workspace directory (default: $LAB_HOME, else ~/.redshift-lab).", valueName: "dir"))
    var workspace: String?
}
