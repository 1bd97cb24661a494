import Foundation

/// Geography reference data (`geography/geography.csv`): the cities customers live in and stores
/// stand in, with state or province, a postal code, country and sales region. It is the same at
/// every scale: reference data does not grow with the business.
struct GeographySource {
    struct Place: Sendable {
        let city: String
        let state: String
        let postalCode: String
        let country: String
        let region: String
        /// Relative share of customers and stores (a rough size class), so big cities sell more.
        let weight: Int
    }

    static let path = "geography/geography.csv"
    static let header = "geography_id,city,state,postal_code,country,region"

    /// Real cities with a real postal code of each; geography_id is the position here, from 1.
    static let places: [Place] = {
        let us = "United States", ca = "Canada"
        let rows: [(String, String, String, String, String, Int)] = [
            ("New York", "NY", "10001", us, "Northeast", 9), ("Los Angeles", "CA", "90012", us, "West", 8),
            ("Chicago", "IL", "60601", us, "Midwest", 7), ("Houston", "TX", "77002", us, "South", 6),
            ("Phoenix", "AZ", "85004", us, "West", 5), ("Philadelphia", "PA", "19102", us, "Northeast", 5),
            ("San Antonio", "TX", "78205", us, "South", 4), ("San Diego", "CA", "92101", us, "West", 4),
            ("Dallas", "TX", "75201", us, "South", 4), ("San Jose", "CA", "95113", us, "West", 3),
            ("Austin", "TX", "78701", us, "South", 3), ("Jacksonville", "FL", "32202", us, "South", 3),
            ("Fort Worth", "TX", "76102", us, "South", 3), ("Columbus", "OH", "43215", us, "Midwest", 3),
            ("Charlotte", "NC", "28202", us, "South", 3), ("Indianapolis", "IN", "46204", us, "Midwest", 3),
            ("San Francisco", "CA", "94103", us, "West", 3), ("Seattle", "WA", "98101", us, "West", 3),
            ("Denver", "CO", "80202", us, "West", 3), ("Washington", "DC", "20001", us, "South", 3),
            ("Boston", "MA", "02108", us, "Northeast", 3), ("Nashville", "TN", "37203", us, "South", 2),
            ("Detroit", "MI", "48226", us, "Midwest", 2), ("Portland", "OR", "97204", us, "West", 2),
            ("Las Vegas", "NV", "89101", us, "West", 2), ("Memphis", "TN", "38103", us, "South", 2),
            ("Louisville", "KY", "40202", us, "South", 2), ("Baltimore", "MD", "21202", us, "South", 2),
            ("Milwaukee", "WI", "53202", us, "Midwest", 2), ("Albuquerque", "NM", "87102", us, "West", 2),
            ("Tucson", "AZ", "85701", us, "West", 2), ("Sacramento", "CA", "95814", us, "West", 2),
            ("Kansas City", "MO", "64106", us, "Midwest", 2), ("Atlanta", "GA", "30303", us, "South", 2),
            ("Omaha", "NE", "68102", us, "Midwest", 2), ("Raleigh", "NC", "27601", us, "South", 2),
            ("Miami", "FL", "33130", us, "South", 2), ("Minneapolis", "MN", "55401", us, "Midwest", 2),
            ("Tulsa", "OK", "74103", us, "South", 1), ("Cleveland", "OH", "44113", us, "Midwest", 1),
            ("New Orleans", "LA", "70112", us, "South", 1), ("Tampa", "FL", "33602", us, "South", 1),
            ("Pittsburgh", "PA", "15222", us, "Northeast", 1), ("Cincinnati", "OH", "45202", us, "Midwest", 1),
            ("St. Louis", "MO", "63101", us, "Midwest", 1), ("Salt Lake City", "UT", "84101", us, "West", 1),
            ("Orlando", "FL", "32801", us, "South", 1), ("Richmond", "VA", "23219", us, "South", 1),
            ("Boise", "ID", "83702", us, "West", 1), ("Des Moines", "IA", "50309", us, "Midwest", 1),
            ("Anchorage", "AK", "99501", us, "West", 1), ("Honolulu", "HI", "96813", us, "West", 1),
            ("Hartford", "CT", "06103", us, "Northeast", 1), ("Providence", "RI", "02903", us, "Northeast", 1),
            ("Burlington", "VT", "05401", us, "Northeast", 1), ("Portland", "ME", "04101", us, "Northeast", 1),
            ("Manchester", "NH", "03101", us, "Northeast", 1), ("Newark", "NJ", "07102", us, "Northeast", 1),
            ("Buffalo", "NY", "14202", us, "Northeast", 1), ("Toronto", "ON", "M5H 2N2", ca, "Eastern Canada", 4),
            ("Montreal", "QC", "H2Y 1C6", ca, "Eastern Canada", 3), ("Vancouver", "BC", "V6B 1A1", ca, "Western Canada", 3),
            ("Calgary", "AB", "T2P 2M5", ca, "Western Canada", 2), ("Edmonton", "AB", "T5J 2R7", ca, "Western Canada", 1),
            ("Ottawa", "ON", "K1P 1J1", ca, "Eastern Canada", 1), ("Winnipeg", "MB", "R3C 4T3", ca, "Western Canada", 1),
            ("Quebec City", "QC", "G1R 4S9", ca, "Eastern Canada", 1), ("Halifax", "NS", "B3J 3A5", ca, "Eastern Canada", 1),
            ("Victoria", "BC", "V8W 1P6", ca, "Western Canada", 1),
        ]
        return rows.map { Place(city: $0.0, state: $0.1, postalCode: $0.2, country: $0.3, region: $0.4, weight: $0.5) }
    }()

    static let weights = places.map(\.weight)

    static func place(_ geographyID: Int) -> Place { places[geographyID - 1] }

    /// A geography_id drawn in proportion to the places' sizes.
    static func draw(using random: inout SeededGenerator) -> Int { random.weighted(weights) + 1 }

    static func write(to root: URL) throws -> (DatasetManifest.Geography, DatasetManifest.File) {
        let file = try DatasetFile(root: root, path: path)
        file.line.append(header)
        try file.endLine(record: false)
        for (index, place) in places.enumerated() {
            file.line.append(index + 1)
            for field in [place.city, place.state, place.postalCode, place.country, place.region] {
                file.line.append(byte: UInt8(ascii: ","))
                file.line.append(field)
            }
            try file.endLine()
        }
        return (DatasetManifest.Geography(rows: places.count, file: path), try file.close())
    }
}
