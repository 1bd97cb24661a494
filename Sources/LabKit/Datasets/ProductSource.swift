import Foundation

/// The product catalog as it lives in the operational PostgreSQL ("RDS") database, delivered as
/// the dump `products/products.sql` in pg_dump's plain format (CREATE TABLE, COPY ... FROM stdin,
/// constraints), which `psql -f` loads into a real PostgreSQL 15 and `PostgresDump` reads for the
/// simulated Glue JDBC crawler and jobs. The catalog is clean: the database enforces its keys.
struct ProductSource {
    /// One product; its attributes are a pure function of the seed and its id, so the sales
    /// source prices a sale from the catalog without holding the catalog.
    struct Product {
        let id: Int
        let sku: String
        let name: String
        let category: String
        let subcategory: String
        let brand: String
        let description: String?
        let unitCostCents: Int
        let listPriceCents: Int
        let isActive: Bool
        let createdAt: Int
    }

    static let path = "products/products.sql"
    static let table = "public.products"
    static let columns: [(name: String, type: String)] = [
        ("product_id", "integer NOT NULL"),
        ("sku", "character varying(20) NOT NULL"),
        ("product_name", "character varying(200) NOT NULL"),
        ("category", "character varying(50) NOT NULL"),
        ("subcategory", "character varying(50) NOT NULL"),
        ("brand", "character varying(50) NOT NULL"),
        ("description", "text"),
        ("unit_cost", "numeric(10,2) NOT NULL"),
        ("list_price", "numeric(10,2) NOT NULL"),
        ("is_active", "boolean DEFAULT true NOT NULL"),
        ("created_at", "timestamp without time zone NOT NULL"),
    ]

    let base: UInt64

    init(seed: UInt64) { base = SeededGenerator.base(seed: seed, source: "products") }

    func product(_ id: Int) -> Product {
        var random = SeededGenerator.entity(base, id)
        let category = random.pick(NameLists.categories)
        let sub = random.pick(category.subcategories)
        let brand = random.pick(NameLists.brands)
        let adjective = random.pick(NameLists.adjectives)
        let noun = random.pick(sub.nouns)
        // Prices end in .99 or .49, as retail prices do.
        let dollars = random.within(sub.prices) / 100
        let listPrice = dollars * 100 + (random.chance(percent: 70) ? 99 : 49)
        let cost = listPrice * random.within(40...70) / 100
        let created = CivilCalendar.days(year: 2020, month: 1, day: 1) * 86_400 + random.below(5 * 365 * 86_400)
        let description: String? = random.chance(percent: 10) ? nil
            : "\(adjective) \(noun.lowercased()) by \(brand), part of our \(sub.name.lowercased()) range."
        return Product(id: id, sku: "\(category.code)-\(String(id).leftPadded(6))", name: "\(brand) \(adjective) \(noun)",
                       category: category.name, subcategory: sub.name, brand: brand, description: description,
                       unitCostCents: cost, listPriceCents: listPrice, isActive: !random.chance(percent: 5),
                       createdAt: created)
    }

    func write(count: Int, to root: URL) throws -> (DatasetManifest.Products, DatasetManifest.File) {
        let file = try DatasetFile(root: root, path: Self.path)
        file.line.append(Self.prologue)
        file.line.append("CREATE TABLE \(Self.table) (\n")
        file.line.append(Self.columns.map { "    \($0.name) \($0.type)" }.joined(separator: ",\n"))
        file.line.append("\n);\n\n\n--\n-- Data for Name: products; Type: TABLE DATA; Schema: public; Owner: -\n--\n\n")
        file.line.append("COPY \(Self.table) (\(Self.columns.map(\.name).joined(separator: ", "))) FROM stdin;")
        try file.endLine(record: false)
        var nullDescriptions = 0
        for id in 1...count {
            let product = product(id)
            if product.description == nil { nullDescriptions += 1 }
            let fields: [String?] = [
                String(id), product.sku, product.name, product.category, product.subcategory, product.brand,
                product.description, Self.dollars(product.unitCostCents), Self.dollars(product.listPriceCents),
                product.isActive ? "t" : "f", TextBytes.text { $0.append(timestamp: product.createdAt) },
            ]
            file.line.append(fields.map { $0.map(PostgresDump.escapeCopyText) ?? "\\N" }.joined(separator: "\t"))
            try file.endLine()
        }
        try file.write(Array(Self.epilogue.utf8))
        let summary = DatasetManifest.Products(products: count, file: Self.path, table: Self.table,
                                               nullDescriptions: nullDescriptions)
        return (summary, try file.close())
    }

    private static func dollars(_ cents: Int) -> String { TextBytes.text { $0.append(cents: cents) } }

    /// What pg_dump 15 writes before the first table (the settings psql needs to load the rest).
    private static let prologue = """
        --
        -- PostgreSQL database dump
        --

        -- Product catalog of the scenario's operational database, written by `lab datasets generate`
        -- in the layout of pg_dump 15's plain format. Load it with: psql -v ON_ERROR_STOP=1 -f products.sql

        SET statement_timeout = 0;
        SET lock_timeout = 0;
        SET idle_in_transaction_session_timeout = 0;
        SET client_encoding = 'UTF8';
        SET standard_conforming_strings = on;
        SELECT pg_catalog.set_config('search_path', '', false);
        SET check_function_bodies = false;
        SET xmloption = content;
        SET client_min_messages = warning;
        SET row_security = off;

        SET default_tablespace = '';

        SET default_table_access_method = heap;

        --
        -- Name: products; Type: TABLE; Schema: public; Owner: -
        --


        """

    private static let epilogue = """
        \\.


        --
        -- Name: products products_pkey; Type: CONSTRAINT; Schema: public; Owner: -
        --

        ALTER TABLE ONLY public.products
            ADD CONSTRAINT products_pkey PRIMARY KEY (product_id);


        --
        -- Name: products products_sku_key; Type: CONSTRAINT; Schema: public; Owner: -
        --

        ALTER TABLE ONLY public.products
            ADD CONSTRAINT products_sku_key UNIQUE (sku);


        --
        -- PostgreSQL database dump complete
        --


        """
}

extension TextBytes {
    /// The text a formatting closure produces, for the few places that need a String.
    static func text(_ build: (inout TextBytes) -> Void) -> String {
        var bytes = TextBytes()
        build(&bytes)
        return String(decoding: bytes.bytes, as: UTF8.self)
    }
}
