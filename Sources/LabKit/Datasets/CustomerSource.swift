import Foundation

/// Customer records as the CRM's API exported them: JSON lines in pages of 2,000
/// (`customers/customers_0001.jsonl`, ...), with nested `address` and `contact` objects, so a COPY
/// with JSON 'auto' sees only the top-level fields and a jsonpaths file is needed for the rest.
/// Planted faults: names, emails and states typed by hand, in the wrong case or with stray spaces.
struct CustomerSource {
    enum Fault: Sendable { case messy }

    static let pageSize = 2_000
    static let segments = ["Consumer", "Corporate", "Small Business"]

    let base: UInt64

    init(seed: UInt64) { base = SeededGenerator.base(seed: seed, source: "customers") }

    /// Where a customer lives: the first draw of its generator, so the sales source can place an
    /// online sale without building the whole record.
    func geographyID(_ customerID: Int) -> Int {
        var random = SeededGenerator.entity(base, customerID)
        return GeographySource.draw(using: &random)
    }

    func write(count: Int, scale: DatasetScale, seed: UInt64, to root: URL)
        throws -> (DatasetManifest.Customers, [DatasetManifest.File]) {
        var faults = SeededGenerator(text: "customers/faults/\(seed)")
        var names = FaultPlan(records: count, counts: [(Fault.messy, scale.messyNames)])
        var emails = FaultPlan(records: count, counts: [(Fault.messy, scale.messyEmails)])
        var states = FaultPlan(records: count, counts: [(Fault.messy, scale.messyStates)])
        var summary = DatasetManifest.Customers(customers: count, files: [], faults: .init())
        var written: [DatasetManifest.File] = []
        var file: DatasetFile?
        for id in 1...count {
            if (id - 1) % Self.pageSize == 0 {
                if let file { written.append(try file.close()) }
                let path = "customers/customers_\(String((id - 1) / Self.pageSize + 1).leftPadded(4)).jsonl"
                file = try DatasetFile(root: root, path: path)
                summary.files.append(path)
            }
            guard let file else { continue }
            var random = SeededGenerator.entity(base, id)
            let geographyID = GeographySource.draw(using: &random)
            let place = GeographySource.place(geographyID)
            let first = random.pick(NameLists.firstNames), last = random.pick(NameLists.lastNames)
            var name = "\(first) \(last)"
            var email = "\(first.lowercased()).\(last.lowercased())\(id)@\(random.pick(NameLists.emailDomains))"
            var state = place.state
            if names.next(using: &faults) != nil {
                name = Self.messy(name, first: first, last: last, using: &faults)
                summary.faults.messyNames += 1
            }
            if emails.next(using: &faults) != nil {
                email = Self.messy(email, using: &faults)
                summary.faults.messyEmails += 1
            }
            if states.next(using: &faults) != nil {
                state = Self.messy(state, using: &faults)
                summary.faults.messyStates += 1
            }
            let line = TextBytes.record { json in
                json.field("customer_id") { $0.append(id) }
                json.field("customer_name") { $0.append(json: name) }
                json.field("segment") { $0.append(json: random.pick(Self.segments)) }
                let signup = CivilCalendar.days(year: 2018, month: 1, day: 1) + random.below(7 * 365)
                json.field("signup_date") { $0.append(json: TextBytes.text { $0.append(date: signup) }) }
                json.field("geography_id") { $0.append(geographyID) }
                json.object("address") { address in
                    let street = "\(random.within(1...9999)) \(random.pick(NameLists.streets)) \(random.pick(NameLists.streetTypes))"
                    address.field("street") { $0.append(json: street) }
                    address.field("city") { $0.append(json: place.city) }
                    address.field("state") { $0.append(json: state) }
                    address.field("postal_code") { $0.append(json: place.postalCode) }
                    address.field("country") { $0.append(json: place.country == "Canada" ? "CA" : "US") }
                }
                json.object("contact") { contact in
                    contact.field("email") { $0.append(json: email) }
                    let phone = "+1-\(random.within(201...989))-555-\(String(random.within(100...199)).leftPadded(4))"
                    contact.field("phone") { $0.append(json: phone) }
                }
                json.field("marketing_opt_in") { $0.append(random.chance(percent: 60) ? "true" : "false") }
            }
            file.line = line
            try file.endLine()
        }
        if let file { written.append(try file.close()) }
        return (summary, written)
    }

    /// A clean name as someone typed it carelessly: all capitals, all small letters, padded with
    /// spaces, or with two spaces between the parts. Never equal to the clean value.
    static func messy(_ name: String, first: String, last: String, using random: inout SeededGenerator) -> String {
        switch random.below(4) {
        case 0: return name.uppercased()
        case 1: return name.lowercased()
        case 2: return "  \(name) "
        default: return "\(first)  \(last.uppercased())"
        }
    }

    /// An email or a state code with capitals changed or surrounding spaces; never equal to the clean value.
    static func messy(_ value: String, using random: inout SeededGenerator) -> String {
        let flipped = value.first?.isUppercase == true ? value.lowercased() : value.uppercased()
        switch random.below(3) {
        case 0: return flipped
        case 1: return " \(value)"
        default: return "\(flipped) "
        }
    }
}

/// Builds one JSON object member by member, in a fixed order (JSONEncoder's order is not the
/// record's, and a line per record must be exactly reproducible).
struct JSONObjectBuilder {
    var text = TextBytes()
    private var first = true

    mutating func field(_ key: String, _ value: (inout TextBytes) -> Void) {
        text.append(byte: first ? UInt8(ascii: "{") : UInt8(ascii: ","))
        first = false
        text.append(key: key)
        value(&text)
    }

    mutating func object(_ key: String, _ build: (inout JSONObjectBuilder) -> Void) {
        var nested = JSONObjectBuilder()
        build(&nested)
        field(key) { $0.bytes.append(contentsOf: nested.closed().bytes) }
    }

    func closed() -> TextBytes {
        var result = text
        if first { result.append(byte: UInt8(ascii: "{")) }
        result.append(byte: UInt8(ascii: "}"))
        return result
    }
}

extension TextBytes {
    static func record(_ build: (inout JSONObjectBuilder) -> Void) -> TextBytes {
        var builder = JSONObjectBuilder()
        build(&builder)
        return builder.closed()
    }
}
