/// A word with a meaning in Redshift's grammar, spelled in lower case as the lexer folds it.
///
/// Words outside this list are plain identifiers. Words in it are still identifiers wherever the
/// grammar allows (`date`, `key`, `type` make fine column names) unless they are reserved.
public enum Keyword: String, Sendable, CaseIterable {
    case abort
    case add
    case all
    case alter
    case analyse
    case analyze
    case and
    case `any`
    case append
    case approximate
    case array
    case `as`
    case asc
    case asymmetric
    case at
    case authorization
    case auto
    case backup
    case begin
    case between
    case binary
    case binding
    case boost
    case both
    case by
    case cascade
    case `case`
    case cast
    case char
    case character
    case check
    case collate
    case collation
    case column
    case columns
    case commit
    case compound
    case compression
    case comprows
    case concurrently
    case constraint
    case convert
    case copy
    case create
    case cross
    case cube
    case current
    case currentDate = "current_date"
    case currentRole = "current_role"
    case currentSchema = "current_schema"
    case currentTime = "current_time"
    case currentTimestamp = "current_timestamp"
    case currentUser = "current_user"
    case database
    case `default`
    case defaults
    case deferrable
    case delete
    case desc
    case distinct
    case distkey
    case diststyle
    case `do`
    case double
    case drop
    case duplicates
    case `else`
    case encode
    case end
    case escape
    case even
    case except
    case excluding
    case exists
    case explain
    case extract
    case `false`
    case fetch
    case filltarget
    case first
    case following
    case `for`
    case foreign
    case freeze
    case from
    case full
    case generated
    case grant
    case group
    case grouping
    case having
    case identity
    case `if`
    case ignore
    case ignoreextra
    case ilike
    case `in`
    case including
    case initially
    case inner
    case insert
    case interleaved
    case intersect
    case into
    case `is`
    case isnull
    case join
    case key
    case last
    case lateral
    case leading
    case left
    case like
    case limit
    case local
    case localtime
    case localtimestamp
    case matched
    case materialized
    case merge
    case minus
    case natural
    case no
    case noneKeyword = "none"
    case not
    case notnull
    case null
    case nulls
    case offset
    case on
    case only
    case option
    case or
    case order
    case outer
    case over
    case overlaps
    case owner
    case partition
    case percent
    case placing
    case position
    case preceding
    case precision
    case predicate
    case primary
    case privileges
    case `public`
    case range
    case recluster
    case recursive
    case references
    case refresh
    case reindex
    case remove
    case rename
    case replace
    case reset
    case respect
    case restrict
    case returning
    case revoke
    case right
    case rollback
    case rollup
    case row
    case rows
    case schema
    case schemas
    case select
    case session
    case sessionUser = "session_user"
    case `set`
    case sets
    case show
    case similar
    case someKeyword = "some"
    case sort
    case sortkey
    case start
    case substring
    case symmetric
    case sysdate
    case table
    case tables
    case tablesample
    case temp
    case temporary
    case then
    case time
    case timestamp
    case to
    case top
    case trailing
    case transaction
    case trim
    case `true`
    case truncate
    case type
    case unbounded
    case union
    case unique
    case unknown
    case unload
    case update
    case user
    case using
    case vacuum
    case values
    case variadic
    case varying
    case verbose
    case view
    case when
    case `where`
    case window
    case with
    case within
    case without
    case work
    case yes
    case zone

    /// PostgreSQL's reserved and type/function-name keywords plus Redshift's `MINUS` and `SYSDATE`:
    /// these can't be column names or aliases without double quotes, which is what keeps
    /// `FROM a LEFT JOIN b` from reading `left` as an alias of `a`.
    public var isReserved: Bool { Keyword.reserved.contains(self) }

    /// Reserved words PostgreSQL still accepts as function names (`left(s, 3)`, `right(s, 2)`).
    public var isFunctionName: Bool { !isReserved || Keyword.typeFunctionNames.contains(self) }

    private static let typeFunctionNames: Set<Keyword> = [
        .authorization, .binary, .collation, .concurrently, .cross, .currentSchema, .freeze, .full, .ilike,
        .inner, .is, .isnull, .join, .left, .like, .natural, .notnull, .outer, .overlaps, .right, .similar,
        .tablesample, .verbose,
    ]

    private static let reserved: Set<Keyword> = [
        .all, .analyse, .analyze, .and, .any, .array, .as, .asc, .asymmetric, .authorization, .binary, .both,
        .case, .cast, .check, .collate, .collation, .column, .concurrently, .constraint, .create, .cross,
        .currentDate, .currentRole, .currentSchema, .currentTime, .currentTimestamp, .currentUser, .default,
        .deferrable, .desc, .distinct, .do, .else, .end, .except, .false, .fetch, .for, .foreign, .freeze,
        .from, .full, .grant, .group, .having, .ilike, .in, .initially, .inner, .intersect, .into, .is,
        .isnull, .join, .lateral, .leading, .left, .like, .limit, .localtime, .localtimestamp, .minus,
        .natural, .not, .notnull, .null, .offset, .on, .only, .or, .order, .outer, .overlaps, .placing,
        .primary, .references, .returning, .right, .select, .sessionUser, .similar, .someKeyword, .symmetric,
        .sysdate, .table, .tablesample, .then, .to, .trailing, .true, .union, .unique, .user, .using,
        .variadic, .verbose, .when, .where, .window, .with
    ]
}
