import CloudSim

extension Console {
    /// Prints what a world command printed (the console ends each write with a newline itself);
    /// true when it succeeded.
    func show(_ result: CLIResult) -> Bool {
        if !result.stdout.isEmpty { out(result.stdout.hasSuffix("\n") ? String(result.stdout.dropLast()) : result.stdout) }
        if !result.stderr.isEmpty { err(result.stderr.hasSuffix("\n") ? String(result.stderr.dropLast()) : result.stderr) }
        return result.exitCode == 0
    }
}
