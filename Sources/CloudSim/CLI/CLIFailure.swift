/// A command the CLI refuses or an operation that failed, with the text and exit status the real
/// AWS CLI v1 gives: argument errors print the usage block and exit 2 (`aws: error: ...`),
/// unknown options exit 255 after the usage block, parameter and service errors print the
/// message after a blank line and exit 255.
public struct CLIFailure: Error, Equatable, CustomStringConvertible {
    public let stderr: String
    public let exitCode: Int32

    public var description: String { stderr }

    /// `aws: error: ...` after the usage block; exit status 2.
    static func usage(_ message: String) -> CLIFailure {
        CLIFailure(stderr: usageBlock + "aws: error: " + message + "\n", exitCode: 2)
    }

    /// Arguments the command does not know; exit status 255.
    static func unknownOptions(_ tokens: [String]) -> CLIFailure {
        CLIFailure(stderr: usageBlock + "\nUnknown options: " + tokens.joined(separator: ", ") + "\n", exitCode: 255)
    }

    /// A parameter that could not be read or did not validate; exit status 255.
    static func parameter(_ message: String) -> CLIFailure {
        CLIFailure(stderr: "\n" + message + "\n", exitCode: 255)
    }

    /// `Error parsing parameter '--name': ...`.
    static func parsing(_ cliName: String, _ message: String) -> CLIFailure {
        parameter("Error parsing parameter '\(cliName)': \(message)")
    }

    /// A service's answer: `An error occurred (Code) when calling the Op operation: Message`.
    static func service(_ error: ServiceError, operation: String) -> CLIFailure {
        parameter(serviceMessage(error, operation: operation))
    }

    static func serviceMessage(_ error: ServiceError, operation: String) -> String {
        "An error occurred (\(error.code)) when calling the \(operation) operation: \(error.message)"
    }

    static let usageBlock = """
        usage: \rNote: AWS CLI version 2, the latest major version of the AWS CLI, is now stable and recommended \
        for general use. For more information, see the AWS CLI version 2 installation instructions at: \
        https://docs.aws.amazon.com/cli/latest/userguide/install-cliv2.html

        usage: aws [options] <command> <subcommand> [<subcommand> ...] [parameters]
        To see help text, you can run:

          aws help
          aws <command> help
          aws <command> <subcommand> help

        """

    /// The CLI's `Invalid choice, valid choices are:` list: two columns of 40, ` | ` between.
    static func invalidChoice(argument: String, choices: [String]) -> CLIFailure {
        var lines: [String] = []
        var index = 0
        while index < choices.count {
            let left = choices[index].padding(toLength: max(40, choices[index].count), withPad: " ", startingAt: 0)
            if index + 1 < choices.count {
                let right = choices[index + 1]
                lines.append(left + " | " + right.padding(toLength: max(40, right.count), withPad: " ", startingAt: 0))
            } else {
                lines.append(left)
            }
            index += 2
        }
        return usage("argument \(argument): Invalid choice, valid choices are:\n\n" + lines.joined(separator: "\n"))
    }
}
