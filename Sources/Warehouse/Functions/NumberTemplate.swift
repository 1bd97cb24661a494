/// TO_CHAR's numeric format, as PostgreSQL (and so Redshift) reads it: `9` a digit or a blank
/// where a leading zero would be, `0` a digit, `D`/`.` the decimal point, `G`/`,` a group
/// separator, `S` a sign anchored to the number (or trailing), `MI`/`PL`/`SG` explicit sign
/// characters, `PR` angle brackets around negatives, `RN` Roman numerals, `FM` no padding;
/// anything else (such as `$`) is copied. Without an explicit sign, a minus or a blank goes right
/// before the first digit, which is the leading space Redshift shows for positive numbers. A value
/// with more integer digits than the format has places prints as `#`.
struct NumberTemplate: Sendable {
    enum Token: Sendable, Equatable {
        case digit(zero: Bool), point, group, anchoredSign, minus, plus, signOrPlus, brackets, roman
        case literal(Character)
    }

    let tokens: [Token]
    let fillMode: Bool

    init(_ format: String) {
        var tokens: [Token] = []
        var fillMode = false
        var rest = Substring(format)
        let words: [(String, Token?)] = [("FM", nil), ("MI", .minus), ("PL", .plus), ("SG", .signOrPlus), ("PR", .brackets),
                                         ("RN", .roman), ("9", .digit(zero: false)), ("0", .digit(zero: true)),
                                         ("D", .point), (".", .point), ("G", .group), (",", .group), ("S", .anchoredSign)]
        while let first = rest.first {
            if let (word, token) = words.first(where: { rest.uppercased().hasPrefix($0.0) }) {
                if let token { tokens.append(token) } else { fillMode = true }
                rest = rest.dropFirst(word.count)
            } else {
                tokens.append(.literal(first))
                rest = rest.dropFirst()
            }
        }
        self.tokens = tokens
        self.fillMode = fillMode
    }

    private var pointIndex: Int { tokens.firstIndex(of: .point) ?? tokens.count }

    private var integerPlaces: Int {
        tokens[..<pointIndex].filter { if case .digit = $0 { true } else { false } }.count
    }

    private var fractionPlaces: Int {
        tokens[pointIndex...].filter { if case .digit = $0 { true } else { false } }.count
    }

    func format(unscaled: Int128, scale: Int) -> String {
        if tokens.contains(.roman) { return roman(DigitRounding.halfAwayFromZero.wholePart(unscaled, scale: scale)) }
        let negative = unscaled < 0
        let fraction = fractionPlaces
        let rounded = DigitRounding.halfAwayFromZero.apply(unscaled.magnitude, dropping: max(scale - fraction, 0))
        var digits = Array(String(rounded ?? 0))
        if digits.count <= scale { digits = Array(repeating: "0", count: scale - digits.count + 1) + digits }
        var integer = Array(digits.dropLast(scale).drop { $0 == "0" })
        var fractional = Array(digits.suffix(scale).prefix(fraction))
        fractional += Array(repeating: Character("0"), count: fraction - fractional.count)
        let overflow = rounded == nil || integer.count > integerPlaces
        if overflow {
            integer = Array(repeating: "#", count: integerPlaces)
            fractional = Array(repeating: "#", count: fraction)
        }
        return render(integer: integer, fractional: fractional, negative: negative && !overflow)
    }

    private func render(integer: [Character], fractional: [Character], negative: Bool) -> String {
        let explicitSign = tokens.contains { [.minus, .plus, .signOrPlus, .brackets, .anchoredSign].contains($0) }
        let anchoredBeforeDigits = tokens.prefix { if case .digit = $0 { false } else { true } }.contains(.anchoredSign)
        var pendingSign: String? = anchoredBeforeDigits ? (negative ? "-" : "+")
            : explicitSign ? nil : (negative ? "-" : (fillMode ? "" : " "))
        if tokens.contains(.brackets) { pendingSign = negative ? "<" : (fillMode ? "" : " ") }
        let blank = fillMode ? "" : " "
        var output = ""
        var started = false
        var place = 0, fractionPlace = 0
        let lead = integerPlaces - integer.count
        func start() {
            if let sign = pendingSign { output += sign }
            pendingSign = nil
            started = true
        }
        var beforePoint = true
        for token in tokens {
            switch token {
            case .digit(let zero) where beforePoint:
                if place >= lead {
                    if !started { start() }
                    output.append(integer[place - lead])
                } else if zero {
                    if !started { start() }
                    output += "0"
                } else {
                    output += blank
                }
                place += 1
            case .digit:
                output.append(fractional[fractionPlace])
                fractionPlace += 1
            case .point:
                if !started { start() }
                output += "."
                beforePoint = false
            case .group: output += started ? "," : blank
            case .anchoredSign: if !anchoredBeforeDigits { output += negative ? "-" : "+" }
            case .minus: output += negative ? "-" : blank
            case .plus: output += negative ? blank : "+"
            case .signOrPlus: output += negative ? "-" : "+"
            case .brackets: output += negative ? ">" : blank
            case .roman: break
            case .literal(let character): output.append(character)
            }
        }
        if !started, let sign = pendingSign { output = sign + output }
        return output
    }

    /// Roman numerals for 1…3999, padded to 15 characters unless FM; `#` otherwise.
    private func roman(_ value: Int128) -> String {
        guard (1...3999).contains(value) else { return String(repeating: "#", count: 15) }
        var remaining = Int(value)
        var text = ""
        for (amount, numeral) in [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"),
                                  (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")] {
            while remaining >= amount {
                text += numeral
                remaining -= amount
            }
        }
        return fillMode ? text : String(repeating: " ", count: 15 - text.count) + text
    }
}
