import Foundation

/// Web-analytics events as a delivery stream lands them in S3: JSON lines in batch files under
/// Hive-style partitions, `events/dt=YYYY-MM-DD/hour=HH/batch_0001.json`, for the three days
/// 1-3 December 2025 (72 hourly partitions, each with at least one event). Each event has
/// a nested `device` object; anonymous visitors have a null `customer_id`.
struct EventSource {
    static let firstDay = CivilCalendar.days(year: 2025, month: 12, day: 1)
    static let days = 3
    static let batchSize = 10_000
    /// Visits by hour of day (UTC): quiet nights, busy evenings.
    static let hourWeights = [3, 2, 2, 1, 1, 2, 4, 6, 8, 9, 10, 10, 11, 11, 10, 10, 11, 12, 14, 15, 15, 13, 9, 5]
    static let eventTypes = ["page_view", "product_view", "search", "add_to_cart", "checkout", "purchase"]
    static let eventWeights = [50, 25, 8, 10, 4, 3]
    static let devices: [(type: String, os: String, browsers: [String])] = [
        ("desktop", "Windows", ["Chrome", "Edge", "Firefox"]), ("desktop", "macOS", ["Safari", "Chrome"]),
        ("mobile", "iOS", ["Safari"]), ("mobile", "Android", ["Chrome", "Samsung Internet"]),
        ("tablet", "iPadOS", ["Safari"]),
    ]
    static let deviceWeights = [30, 15, 25, 20, 10]
    static let referrers = ["google", "bing", "facebook", "instagram", "email", "affiliate"]
    static let searchTerms = ["headphones", "coffee maker", "yoga mat", "tent", "hoodie", "board game", "sunscreen"]

    func write(scale: DatasetScale, seed: UInt64, customers: Int, products: Int, to root: URL)
        throws -> (DatasetManifest.Events, [DatasetManifest.File]) {
        let hours = Self.days * 24
        // Every hour gets at least one event, so every scale has all 72 partitions.
        let perHour = apportion(scale.events - hours, weights: (0..<hours).map { Self.hourWeights[$0 % 24] }).map { $0 + 1 }
        var random = SeededGenerator(text: "events/\(seed)")
        var summary = DatasetManifest.Events(
            events: scale.events, firstHour: Self.partition(hour: 0), lastHour: Self.partition(hour: hours - 1),
            partitions: [], files: 0, anonymousEvents: 0)
        var written: [DatasetManifest.File] = []
        for (hour, count) in perHour.enumerated() {
            let partition = Self.partition(hour: hour)
            summary.partitions.append(partition)
            let hourStart = (Self.firstDay * 24 + hour) * 3_600_000
            // About five events per visit; each visit is one session with one visitor and device.
            let sessions = max(1, count / 5)
            let visits = SeededGenerator.base(seed: seed, source: "events/\(hour)")
            var file: DatasetFile?
            for index in 0..<count {
                if index % Self.batchSize == 0 {
                    if let file { written.append(try file.close()) }
                    file = try DatasetFile(root: root, path: "events/\(partition)/batch_\(String(index / Self.batchSize + 1).leftPadded(4)).json")
                }
                guard let file else { continue }
                let millis = hourStart + (index * 3_600_000 + random.below(3_600_000)) / count
                let session = random.below(sessions)
                var visit = SeededGenerator.entity(visits, session)
                let customer = visit.chance(percent: 40) ? nil : visit.skewedID(customers)
                let device = Self.devices[visit.weighted(Self.deviceWeights)]
                let browser = visit.pick(device.browsers)
                let referrer: String? = visit.chance(percent: 35) ? nil : visit.pick(Self.referrers)
                let sessionID = visit.uuidText()
                let type = random.weighted(Self.eventWeights)
                let product: Int? = type == 1 || type == 3 ? random.skewedID(products) : nil
                if customer == nil { summary.anonymousEvents += 1 }
                file.line = TextBytes.record { json in
                    json.field("event_id") { $0.append(json: random.uuidText()) }
                    json.field("event_time") { $0.append(json: Self.isoTime(millis: millis)) }
                    json.field("event_type") { $0.append(json: Self.eventTypes[type]) }
                    json.field("session_id") { $0.append(json: sessionID) }
                    json.field("customer_id") { out in if let customer { out.append(customer) } else { out.append("null") } }
                    json.field("page") { $0.append(json: Self.page(type: type, product: product, random: &random)) }
                    json.field("product_id") { out in if let product { out.append(product) } else { out.append("null") } }
                    json.object("device") { object in
                        object.field("type") { $0.append(json: device.type) }
                        object.field("os") { $0.append(json: device.os) }
                        object.field("browser") { $0.append(json: browser) }
                    }
                    json.field("referrer") { out in if let referrer { out.append(json: referrer) } else { out.append("null") } }
                }
                try file.endLine()
            }
            if let file { written.append(try file.close()) }
        }
        summary.files = written.count
        return (summary, written)
    }

    /// `dt=2025-12-01/hour=07` for the hour-th hour of the window.
    static func partition(hour: Int) -> String {
        let day = TextBytes.text { $0.append(date: firstDay + hour / 24) }
        return "dt=\(day)/hour=\(String(hour % 24).leftPadded(2))"
    }

    /// ISO 8601 in UTC with milliseconds, as JavaScript's `Date.toISOString()` writes it.
    static func isoTime(millis: Int) -> String {
        TextBytes.text { text in
            text.append(timestamp: millis / 1000, separator: UInt8(ascii: "T"))
            text.append(byte: UInt8(ascii: "."))
            text.append(millis % 1000, width: 3)
            text.append(byte: UInt8(ascii: "Z"))
        }
    }

    private static func page(type: Int, product: Int?, random: inout SeededGenerator) -> String {
        switch type {
        case 0: return random.pick(["/", "/deals", "/category/electronics", "/category/home-kitchen", "/category/clothing"])
        case 1, 3: return "/product/\(product ?? 0)"
        case 2: return "/search?q=\(random.pick(searchTerms).replacingOccurrences(of: " ", with: "+"))"
        case 4: return "/checkout"
        default: return "/checkout/confirmation"
        }
    }
}
