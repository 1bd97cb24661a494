import Foundation

/// Sales transactions as the point-of-sale system exports them: one CSV file per month of 2025
/// (`sales/sales_2025_01.csv` ... `_12.csv`), each with its own header line, sale ids rising with
/// time. Planted faults (exact counts in `DatasetScale`, positions by seed): duplicated lines,
/// malformed timestamps, fields that are not numbers, customer ids no customer has, empty customer
/// ids; and stray files under `sales/` that a prefix COPY picks up too.
struct SalesSource {
    enum Fault: Sendable { case duplicate, malformedDate, badNumber, orphanCustomer, nullCustomer }

    static let header = "sale_id,sale_timestamp,customer_id,product_id,geography_id,quantity,unit_price,"
        + "discount_amount,total_amount,channel,payment_type"
    static let year = 2025
    static let firstSaleID = 1_000_001
    /// Seasonality: the holiday months sell most.
    static let monthWeights = [80, 72, 85, 84, 90, 88, 92, 95, 88, 98, 125, 160]
    static let quantityWeights = [40, 25, 12, 8, 5, 4, 2, 2, 1, 1]
    static let channels = ["store", "online", "mobile"]
    static let channelWeights = [55, 35, 10]
    static let payments = ["card", "cash", "paypal", "gift_card", "mobile_wallet"]
    static let storePaymentWeights = [60, 25, 0, 5, 10]
    static let remotePaymentWeights = [70, 0, 20, 5, 5]
    static let discountPercents = [5, 10, 15, 20, 25]

    static let strayFiles = ["sales/_SUCCESS", "sales/readme.txt", "sales/sales_2024_backup.csv.old"]

    static func path(month: Int) -> String { "sales/sales_\(year)_\(String(month).leftPadded(2)).csv" }

    let customers: CustomerSource
    let products: ProductSource

    func write(scale: DatasetScale, seed: UInt64, to root: URL) throws -> (DatasetManifest.Sales, [DatasetManifest.File]) {
        let listPrices = (1...scale.products).map { products.product($0).listPriceCents }
        var random = SeededGenerator(text: "sales/\(seed)")
        var faultRandom = SeededGenerator(text: "sales/faults/\(seed)")
        var plan = FaultPlan(records: scale.sales, counts: [
            (Fault.duplicate, scale.duplicateSales), (.malformedDate, scale.malformedDates),
            (.badNumber, scale.badNumbers), (.orphanCustomer, scale.orphanCustomerIds),
            (.nullCustomer, scale.nullCustomerIds),
        ])
        var summary = DatasetManifest.Sales(sales: 0, dataLines: 0, files: [], strayFiles: Self.strayFiles, faults: .init())
        var written: [DatasetManifest.File] = []
        var saleID = Self.firstSaleID
        for (index, rows) in apportion(scale.sales, weights: Self.monthWeights).enumerated() {
            let month = index + 1
            let file = try DatasetFile(root: root, path: Self.path(month: month))
            file.line.append(Self.header)
            try file.endLine(record: false)
            var faults = DatasetManifest.SalesFaults()
            var duplicates: [(due: Int, line: [UInt8])] = []
            let monthStart = CivilCalendar.days(year: Self.year, month: month, day: 1) * 86_400
            let monthSeconds = CivilCalendar.daysInMonth(year: Self.year, month: month) * 86_400
            for row in 0..<rows {
                while let first = duplicates.first, first.due <= row {
                    try file.write(first.line)
                    file.countRecord()
                    duplicates.removeFirst()
                }
                let fault = plan.next(using: &faultRandom)
                let time = monthStart + (row * monthSeconds + random.below(monthSeconds)) / rows
                writeSale(id: saleID, time: time, fault: fault, listPrices: listPrices, scale: scale,
                          into: &file.line, random: &random, faultRandom: &faultRandom)
                switch fault {
                case .duplicate?:
                    faults.duplicateRows += 1
                    duplicates.append((row + 1 + faultRandom.below(40), file.line.bytes + [UInt8(ascii: "\n")]))
                case .malformedDate?: faults.malformedDates += 1
                case .badNumber?: faults.badNumbers += 1
                case .orphanCustomer?: faults.orphanCustomerIds += 1
                case .nullCustomer?: faults.nullCustomerIds += 1
                case nil: break
                }
                try file.endLine()
                saleID += 1
            }
            for duplicate in duplicates {
                try file.write(duplicate.line)
                file.countRecord()
            }
            let entry = try file.close()
            written.append(entry)
            summary.files.append(.init(path: entry.path, sales: rows, dataLines: entry.records, faults: faults))
            summary.sales += rows
            summary.dataLines += entry.records
            summary.faults.add(faults)
        }
        written += try writeStrayFiles(scale: scale, seed: seed, to: root)
        return (summary, written)
    }

    /// One sale as a CSV line (without its newline), with the fault it was planned to carry.
    /// The main generator draws the same values whatever the fault, so faults only replace fields.
    private func writeSale(id: Int, time: Int, fault: Fault?, listPrices: [Int], scale: DatasetScale,
                           into line: inout TextBytes, random: inout SeededGenerator,
                           faultRandom: inout SeededGenerator) {
        let comma = UInt8(ascii: ",")
        let customer = random.skewedID(scale.customers)
        let product = random.skewedID(scale.products)
        let channel = random.weighted(Self.channelWeights)
        let storeGeography = GeographySource.draw(using: &random)
        let quantity = random.weighted(Self.quantityWeights) + 1
        let discountPercent = random.chance(percent: 30) ? random.pick(Self.discountPercents) : 0
        let payment = random.weighted(channel == 0 ? Self.storePaymentWeights : Self.remotePaymentWeights)
        let unitPrice = listPrices[product - 1]
        let gross = unitPrice * quantity
        let discount = (gross * discountPercent + 50) / 100

        line.append(id)
        line.append(byte: comma)
        switch fault {
        case .malformedDate?:
            let date = CivilCalendar.date(days: time / 86_400)
            let clock = TextBytes.text { $0.append(timestamp: time) }.suffix(8)
            switch faultRandom.below(3) {
            case 0: line.append("0000-00-00 00:00:00")
            case 1: line.append("\(Self.year)-02-30 \(clock)")
            default: line.append("\(Self.year)-13-\(String(date.day).leftPadded(2)) \(clock)")
            }
        default:
            line.append(timestamp: time)
        }
        line.append(byte: comma)
        switch fault {
        case .nullCustomer?: break
        case .orphanCustomer?: line.append(scale.customers + 1 + faultRandom.below(max(scale.customers / 10, 10)))
        default: line.append(customer)
        }
        line.append(byte: comma)
        line.append(product)
        line.append(byte: comma)
        let hasCustomer = fault != .nullCustomer && fault != .orphanCustomer
        line.append(channel == 0 || !hasCustomer ? storeGeography : customers.geographyID(customer))
        line.append(byte: comma)
        let badField = fault == .badNumber ? faultRandom.below(3) : -1
        if badField == 0 { line.append("N/A") } else { line.append(quantity) }
        line.append(byte: comma)
        if badField == 1 {
            // A second decimal point inside the price: 150.89 → 150.8.9
            line.append(unitPrice / 100)
            line.append(".\(unitPrice % 100 / 10).\(unitPrice % 10)")
        } else {
            line.append(cents: unitPrice)
        }
        line.append(byte: comma)
        line.append(cents: discount)
        line.append(byte: comma)
        if badField == 2 { line.append("$") }
        line.append(cents: gross - discount)
        line.append(byte: comma)
        line.append(Self.channels[channel])
        line.append(byte: comma)
        line.append(Self.payments[payment])
    }

    /// Files that landed under `sales/` but are not sales: the marker a Spark job leaves, a note
    /// from the export's owner, and a backup of December 2024 in the old eight-column layout.
    private func writeStrayFiles(scale: DatasetScale, seed: UInt64, to root: URL) throws -> [DatasetManifest.File] {
        let success = try DatasetFile(root: root, path: "sales/_SUCCESS")
        let readme = try DatasetFile(root: root, path: "sales/readme.txt")
        readme.line.append("""
            Point-of-sale export, one CSV file per month (sales_YYYY_MM.csv), comma-separated with a
            header line. Amounts are in US dollars. Re-sent batches may repeat lines; the finance team
            de-duplicates on sale_id. Questions: data-platform@example.com
            """)
        try readme.endLine(record: false)
        let backup = try DatasetFile(root: root, path: "sales/sales_2024_backup.csv.old")
        backup.line.append("sale_id,customer_id,product_id,sale_date,quantity,unit_price,total_amount,discount_amount")
        try backup.endLine(record: false)
        var random = SeededGenerator(text: "sales/backup/\(seed)")
        let december = CivilCalendar.days(year: Self.year - 1, month: 12, day: 1)
        for row in 0..<scale.backupRows {
            let price = random.within(399...34_999), quantity = random.weighted(Self.quantityWeights) + 1
            let discount = random.chance(percent: 30) ? price * quantity * random.pick(Self.discountPercents) / 100 : 0
            backup.line.append(900_001 + row)
            backup.line.append(",\(random.skewedID(scale.customers)),\(random.skewedID(scale.products)),")
            backup.line.append(date: december + row * 31 / scale.backupRows)
            backup.line.append(",\(quantity),")
            backup.line.append(cents: price)
            backup.line.append(byte: UInt8(ascii: ","))
            backup.line.append(cents: price * quantity - discount)
            backup.line.append(byte: UInt8(ascii: ","))
            backup.line.append(cents: discount)
            try backup.endLine()
        }
        return try [success.close(), readme.close(), backup.close()]
    }
}
