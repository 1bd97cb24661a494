import Testing
@testable import LabCLI

@Suite struct ExamInputTests {
    @Test(arguments: [("b", [1]), (" B ", [1]), ("a,c", [0, 2]), ("ac", [0, 2]), ("c a", [0, 2])] as [(String, Set<Int>)])
    func lettersBecomePositions(_ text: String, _ expected: Set<Int>) {
        let select = expected.count
        #expect(AnswerInput.parse(text, optionCount: 5, select: select) == .success(expected))
    }

    @Test func badAnswersSayWhatIsWrong() {
        #expect(AnswerInput.parse("", optionCount: 4, select: 1) == .failure(.empty))
        #expect(AnswerInput.parse("e", optionCount: 4, select: 1) == .failure(.unknownOption("e", last: "d")))
        #expect(AnswerInput.parse("ab", optionCount: 4, select: 1) == .failure(.wrongCount(1, got: 2)))
        #expect(AnswerInput.parse("aa", optionCount: 5, select: 2) == .failure(.wrongCount(2, got: 1)))
        #expect(AnswerInput.AnswerError.wrongCount(2, got: 1).description == "Choose exactly 2 options, e.g. 'a,c' (you chose 1).")
        #expect(AnswerInput.AnswerError.unknownOption("x", last: "d").description == "'x' is not an option; choose from a to d.")
    }

    @Test func proseIsWrappedAndCodeIsKept() {
        let text = "A company loads many files every hour into one table and wants a result.\n\n"
            + "  SELECT a,\n         b\n  FROM t;\nWhich query?"
        let wrapped = TextWrap.wrap(text, width: 30)
        #expect(wrapped == """
        A company loads many files
        every hour into one table and
        wants a result.

          SELECT a,
                 b
          FROM t;
        Which query?
        """)
        #expect(TextWrap.wrap("one two three", indent: "  A. ", hanging: "     ", width: 12) == "  A. one two\n     three")
    }
}
