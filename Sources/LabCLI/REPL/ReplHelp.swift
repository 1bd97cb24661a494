/// The REPL's own help texts (`help` and `\?`).
enum ReplHelp {
    static let text = """
    Redshift Lab REPL. Type SQL ending in ';' (it may span lines), an AWS CLI command
    starting with 'aws', or one of the lab commands:
      labs      list the labs and your progress      status   show the current step
      check     grade the current step               hint     reveal the next hint tier
      next      move to the next step                back     move to the previous step
      goto X    go to a lab or a step of this lab    reset    rebuild the world this step starts from
      submit X  hand in X (bare: your last query)    solution show the reference solution
      clock     show or advance the world's clock    cost     what the simulated account has cost
      exam      exam practice and mock exams         help     this text
    \\? lists backslash commands; \\q, exit, quit or Ctrl-D leaves; Ctrl-C abandons the current input.
    """

    static let metaText = """
    General
      \\q          quit lab
      \\?          this list
    Query buffer
      \\r          reset (clear) the query buffer
    Informational
      \\timing [on|off] toggle timing of commands
    Connection
      \\c CLUSTER  connect to a cluster's database (its own, as its master user)
      \\c DBNAME [USER [CLUSTER]]  connect as psql's \\connect does; \\c scratch goes back
    Input/Output
      \\copy ...   load a local file into a table: \\copy t FROM 'f.csv' WITH (FORMAT csv, HEADER)
    """

    /// What tab completion offers at the start of a line.
    static var leadingWords: [String] {
        LabWord.allCases.map(\.rawValue) + ["aws", "exit", "quit", "\\q", "\\?", "\\r", "\\c"]
    }
}
