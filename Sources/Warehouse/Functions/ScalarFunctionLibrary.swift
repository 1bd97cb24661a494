/// Every built-in scalar function: the families (numeric, string, conditional, date and time)
/// each contribute their list. Overloads are tried in this order, so numeric TRUNC(x) is found
/// before TRUNC(timestamp).
///
/// What the binder passes, for calls whose SQL syntax is not a plain argument list:
/// - a datepart (`DATEADD(month, …)`, `DATE_TRUNC('week', …)`, `DATE_PART(dow, …)`) as a
///   VARCHAR value, bare word or quoted alike; unknown parts fail at run time with
///   `timestamp units "x" not recognized`;
/// - `EXTRACT(part FROM x)` as `extract(part, x)`;
/// - `POSITION(sub IN s)` as `position(sub, s)`;
/// - `TRIM([BOTH|LEADING|TRAILING] [chars] FROM s)` as `btrim/ltrim/rtrim(s [, chars])`;
/// - `SUBSTRING(s FROM a FOR b)` as `substring(s, a, b)`;
/// - SYSDATE, CURRENT_DATE and CURRENT_TIMESTAMP (written without parentheses) as calls
///   without arguments; bind them inside `SessionClock.$current.withValue(…)` so they see the
///   statement's and transaction's start (see `SessionClock`).
/// Every argument is cast to the resolved `argumentTypes` before `evaluate`, and all vectors
/// have the call's row count.
enum ScalarFunctionLibrary {
    static let all: [ScalarFunction] = NumericFunctions.all + StringFunctions.all + ConditionalFunctions.all
        + DateTimeFunctions.all
}
