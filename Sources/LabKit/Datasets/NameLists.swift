/// Words the generator composes people, streets and products from. Every word is plain ASCII in
/// title case, so a clean value is recognisable and a planted "messy" value is always different.
enum NameLists {
    static let firstNames = [
        "James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael", "Linda", "David", "Elizabeth",
        "William", "Barbara", "Richard", "Susan", "Joseph", "Jessica", "Thomas", "Sarah", "Charles", "Karen",
        "Christopher", "Lisa", "Daniel", "Nancy", "Matthew", "Betty", "Anthony", "Sandra", "Mark", "Margaret",
        "Steven", "Ashley", "Paul", "Kimberly", "Andrew", "Emily", "Joshua", "Donna", "Kevin", "Michelle",
        "Brian", "Carol", "George", "Amanda", "Timothy", "Melissa", "Ronald", "Deborah", "Jason", "Stephanie",
        "Maria", "Jose", "Wei", "Priya", "Ahmed", "Fatima", "Hiroshi", "Yuki", "Carlos", "Sofia",
    ]

    static let lastNames = [
        "Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez", "Martinez",
        "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Thomas", "Taylor", "Moore", "Jackson", "Martin",
        "Lee", "Perez", "Thompson", "White", "Harris", "Sanchez", "Clark", "Ramirez", "Lewis", "Robinson",
        "Walker", "Young", "Allen", "King", "Wright", "Scott", "Torres", "Nguyen", "Hill", "Flores",
        "Green", "Adams", "Nelson", "Baker", "Hall", "Rivera", "Campbell", "Mitchell", "Carter", "Roberts",
        "Chen", "Patel", "Kim", "Singh", "Tanaka", "Khan", "Novak", "Larsen", "Silva", "Murphy",
    ]

    static let streets = [
        "Oak", "Maple", "Cedar", "Pine", "Elm", "Washington", "Lake", "Hill", "Park", "Main",
        "Church", "Sunset", "Highland", "River", "Spring", "Forest", "Meadow", "Ridge", "Valley", "Mill",
    ]

    static let streetTypes = ["St", "Ave", "Rd", "Blvd", "Ln", "Dr", "Way", "Ct"]

    /// Reserved example domains (RFC 2606): no generated address can belong to anyone.
    static let emailDomains = ["example.com", "example.net", "example.org"]

    static let brands = [
        "Northwind", "Contoso", "Fabrikam", "Adatum", "Litware", "Proseware", "Tailspin", "Wingtip",
        "Woodgrove", "Lucerne", "Alpine", "Bluefin", "Coho", "Margie", "Trey",
    ]

    static let adjectives = [
        "Classic", "Pro", "Ultra", "Eco", "Compact", "Deluxe", "Smart", "Essential", "Premium", "Travel",
        "Everyday", "Signature", "Lite", "Max", "Studio",
    ]

    /// A product category, its code for SKUs, and its subcategories with what they sell and the
    /// range of list prices in cents.
    struct Category: Sendable {
        let name: String
        let code: String
        let subcategories: [(name: String, nouns: [String], prices: ClosedRange<Int>)]
    }

    static let categories: [Category] = [
        Category(name: "Electronics", code: "EL", subcategories: [
            ("Audio", ["Wireless Headphones", "Bluetooth Speaker", "Earbuds", "Soundbar"], 1_999...34_999),
            ("Accessories", ["USB-C Cable", "Power Bank", "Wall Charger", "Phone Case"], 799...6_999),
            ("Computers", ["Laptop Stand", "Mechanical Keyboard", "Wireless Mouse", "Monitor"], 1_499...89_999),
        ]),
        Category(name: "Home & Kitchen", code: "HK", subcategories: [
            ("Cookware", ["Frying Pan", "Stock Pot", "Dutch Oven", "Knife Set"], 1_999...19_999),
            ("Appliances", ["Coffee Maker", "Blender", "Toaster", "Air Fryer"], 2_999...24_999),
            ("Decor", ["Table Lamp", "Wall Clock", "Throw Pillow", "Picture Frame"], 999...7_999),
        ]),
        Category(name: "Sports & Outdoors", code: "SO", subcategories: [
            ("Fitness", ["Yoga Mat", "Dumbbell Set", "Resistance Bands", "Jump Rope"], 999...14_999),
            ("Camping", ["Tent", "Sleeping Bag", "Headlamp", "Camp Stove"], 1_499...39_999),
        ]),
        Category(name: "Clothing", code: "CL", subcategories: [
            ("Outerwear", ["Rain Jacket", "Fleece Vest", "Down Parka"], 3_999...24_999),
            ("Basics", ["T-Shirt", "Hoodie", "Socks 6-Pack", "Joggers"], 999...5_999),
        ]),
        Category(name: "Books", code: "BK", subcategories: [
            ("Fiction", ["Mystery Novel", "Fantasy Saga", "Short Stories"], 899...2_999),
            ("Nonfiction", ["Cookbook", "Travel Guide", "Data Engineering Handbook"], 1_299...5_999),
        ]),
        Category(name: "Toys & Games", code: "TG", subcategories: [
            ("Games", ["Board Game", "Card Game", "Puzzle 1000 Pieces"], 999...5_999),
            ("Toys", ["Building Blocks", "Plush Bear", "Remote Control Car"], 1_299...8_999),
        ]),
        Category(name: "Beauty", code: "BE", subcategories: [
            ("Skin Care", ["Moisturizer", "Sunscreen SPF 50", "Face Wash"], 699...4_999),
            ("Hair Care", ["Shampoo", "Conditioner", "Hair Dryer"], 699...12_999),
        ]),
        Category(name: "Grocery", code: "GR", subcategories: [
            ("Pantry", ["Olive Oil", "Ground Coffee", "Green Tea", "Dark Chocolate"], 399...2_999),
        ]),
    ]
}
