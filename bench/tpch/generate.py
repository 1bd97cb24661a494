#!/usr/bin/env python3
"""Generates TPC-H data at a scale factor, the Star Schema Benchmark tables derived from it, and
the expected answers of the 22 TPC-H and 13 SSB queries, all computed by DuckDB.

    python3 bench/tpch/generate.py 0.01        # writes bench/data/tpch-sf0.01/

Needs the PyPI packages duckdb==1.5.5 and duckdb-extension-tpch==1.5.5; the tpch extension is
loaded from the wheel's file, so nothing is downloaded. The output directory holds one
pipe-delimited file per table (`<table>.tbl`, no header, FORMAT csv quoting), `answers/qNN.csv`,
`ssb/<table>.tbl`, `ssb/answers/qX.Y.csv` (CSV with a header row) and, written last, a `COMPLETE`
marker so that a half-written directory is never taken for a finished one.

The query texts are the committed Redshift-dialect files in bench/tpch/queries and
bench/ssb/queries; `duckdb_dialect` rewrites the few forms DuckDB spells differently.
"""
import csv
import os
import re
import shutil
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent.parent
TPCH_TABLES = ["region", "nation", "part", "supplier", "partsupp", "customer", "orders", "lineitem"]
SSB_TABLES = ["customer", "supplier", "part", "dwdate", "lineorder"]

# SSB's tables from TPC-H's, the usual derivation: lineorder is lineitem joined with its order
# (and its partsupp row for the supply cost), dates become yyyymmdd keys into dwdate, discounts
# and taxes whole percents; cities are a nation's first nine letters and a digit.
SSB_DERIVATION = {
    "customer": """
        select c_custkey, c_name, c_address,
               rpad(substr(n_name, 1, 9), 9, ' ') || cast(c_custkey % 10 as varchar) as c_city,
               n_name as c_nation, r_name as c_region, c_phone, c_mktsegment
        from tpch.customer join tpch.nation on c_nationkey = n_nationkey
                           join tpch.region on n_regionkey = r_regionkey
        order by c_custkey""",
    "supplier": """
        select s_suppkey, s_name, s_address,
               rpad(substr(n_name, 1, 9), 9, ' ') || cast(s_suppkey % 10 as varchar) as s_city,
               n_name as s_nation, r_name as s_region, s_phone
        from tpch.supplier join tpch.nation on s_nationkey = n_nationkey
                           join tpch.region on n_regionkey = r_regionkey
        order by s_suppkey""",
    "part": """
        select p_partkey, p_name,
               'MFGR#' || substr(p_mfgr, 14, 1) as p_mfgr,
               'MFGR#' || substr(p_brand, 7, 2) as p_category,
               'MFGR#' || substr(p_brand, 7, 2) || cast(1 + p_partkey % 40 as varchar) as p_brand1,
               split_part(p_name, ' ', 1) as p_color, p_type, p_size, p_container
        from tpch.part order by p_partkey""",
    "dwdate": """
        select cast(strftime(d, '%Y%m%d') as integer) as d_datekey,
               strftime(d, '%B ') || cast(day(d) as varchar) || strftime(d, ', %Y') as d_date,
               dayname(d) as d_dayofweek, monthname(d) as d_month, year(d) as d_year,
               cast(strftime(d, '%Y%m') as integer) as d_yearmonthnum,
               strftime(d, '%b%Y') as d_yearmonth,
               dayofweek(d) + 1 as d_daynuminweek, day(d) as d_daynuminmonth,
               dayofyear(d) as d_daynuminyear, month(d) as d_monthnuminyear,
               (dayofyear(d) - 1) // 7 + 1 as d_weeknuminyear,
               case when month(d) = 12 then 'Christmas' when month(d) in (6, 7, 8) then 'Summer'
                    when month(d) in (1, 2) then 'Winter' when month(d) in (3, 4, 5) then 'Spring'
                    else 'Fall' end as d_sellingseason,
               case when dayofweek(d) = 6 then '1' else '0' end as d_lastdayinweekfl,
               case when d = last_day(d) then '1' else '0' end as d_lastdayinmonthfl,
               case when (month(d) = 12 and day(d) = 25) or (month(d) = 1 and day(d) = 1)
                    then '1' else '0' end as d_holidayfl,
               case when dayofweek(d) between 1 and 5 then '1' else '0' end as d_weekdayfl
        from (select cast(range as date) as d
              from range(date '1992-01-01', date '1999-01-01', interval 1 day))
        order by d""",
    "lineorder": """
        select l_orderkey as lo_orderkey, l_linenumber as lo_linenumber, o_custkey as lo_custkey,
               l_partkey as lo_partkey, l_suppkey as lo_suppkey,
               cast(strftime(o_orderdate, '%Y%m%d') as integer) as lo_orderdate,
               o_orderpriority as lo_orderpriority, cast(o_shippriority as varchar) as lo_shippriority,
               cast(l_quantity as integer) as lo_quantity, l_extendedprice as lo_extendedprice,
               o_totalprice as lo_ordertotalprice, cast(l_discount * 100 as integer) as lo_discount,
               cast(l_extendedprice * (1 - l_discount) as decimal(15, 2)) as lo_revenue,
               ps_supplycost as lo_supplycost, cast(l_tax * 100 as integer) as lo_tax,
               cast(strftime(l_commitdate, '%Y%m%d') as integer) as lo_commitdate,
               l_shipmode as lo_shipmode
        from tpch.lineitem join tpch.orders on l_orderkey = o_orderkey
             join tpch.partsupp on ps_partkey = l_partkey and ps_suppkey = l_suppkey
        order by lo_orderkey, lo_linenumber""",
}


def tpch_extension_path():
    """The tpch extension inside the duckdb-extension-tpch wheel (loaded offline)."""
    try:
        import duckdb_extension_tpch
    except ImportError:
        sys.exit("generate.py: the PyPI package duckdb-extension-tpch is missing; "
                 "run: python3 -m pip install duckdb==1.5.5 duckdb-extension-tpch==1.5.5")
    root = Path(duckdb_extension_tpch.__file__).parent / "extensions"
    found = sorted(root.glob("*/tpch.duckdb_extension"))
    if not found:
        sys.exit(f"generate.py: no tpch.duckdb_extension under {root}")
    return found[-1]


def connect(threads=None):
    try:
        import duckdb
    except ImportError:
        sys.exit("generate.py: the PyPI package duckdb is missing; "
                 "run: python3 -m pip install duckdb==1.5.5 duckdb-extension-tpch==1.5.5")
    con = duckdb.connect()
    if threads:
        con.execute(f"SET threads={threads}")
    con.execute(f"LOAD '{tpch_extension_path()}'")
    return con


def duckdb_dialect(sql):
    """A committed Redshift-dialect query as DuckDB reads it: DATEADD(part, n, date) becomes
    date + INTERVAL (DuckDB has no DATEADD); everything else the two dialects spell alike."""
    def interval(match):
        part, amount, value = match.group(1), match.group(2), match.group(3)
        return f"cast(date '{value}' + interval '{amount} {part}' as date)"
    return re.sub(r"dateadd\((\w+),\s*(-?\d+),\s*date '([^']+)'\)", interval, sql, flags=re.I)


def query_files(kind):
    return sorted((BENCH / kind / "queries").glob("q*.sql"))


def write_answer(con, sql, path):
    cursor = con.execute(duckdb_dialect(sql))
    names = [d[0] for d in cursor.description]
    rows = cursor.fetchall()
    with open(path, "w", newline="") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(names)
        for row in rows:
            writer.writerow(["" if v is None else format_value(v) for v in row])


def format_value(value):
    if isinstance(value, float):
        return repr(value)
    return str(value)


def export(con, query, path):
    con.execute(f"COPY ({query}) TO '{path}' (FORMAT csv, DELIMITER '|', HEADER false)")


def generate(sf, out):
    tmp = out.with_name(out.name + ".partial")
    shutil.rmtree(tmp, ignore_errors=True)
    (tmp / "answers").mkdir(parents=True)
    (tmp / "ssb" / "answers").mkdir(parents=True)
    con = connect()
    con.execute("CREATE SCHEMA tpch")
    con.execute("USE tpch")
    con.execute(f"CALL dbgen(sf={sf})")
    for table in TPCH_TABLES:
        export(con, f"select * from tpch.{table}", tmp / f"{table}.tbl")
    for path in query_files("tpch"):
        write_answer(con, path.read_text(), tmp / "answers" / (path.stem + ".csv"))
    con.execute("CREATE SCHEMA ssb")
    for table in SSB_TABLES:
        con.execute(f"CREATE TABLE ssb.{table} AS {SSB_DERIVATION[table]}")
    con.execute("USE ssb")
    for table in SSB_TABLES:
        export(con, f"select * from ssb.{table}", tmp / "ssb" / f"{table}.tbl")
    for path in query_files("ssb"):
        write_answer(con, path.read_text(), tmp / "ssb" / "answers" / (path.stem + ".csv"))
    (tmp / "COMPLETE").write_text(f"sf={sf}\n")
    shutil.rmtree(out, ignore_errors=True)
    os.replace(tmp, out)


def data_directory(sf):
    return BENCH / "data" / f"tpch-sf{sf}"


def main():
    if len(sys.argv) != 2 or sys.argv[1] not in ("0.01", "0.1", "1"):
        sys.exit("usage: generate.py SCALE_FACTOR   (0.01, 0.1 or 1)")
    sf = sys.argv[1]
    out = data_directory(sf)
    generate(sf, out)
    print(out)


if __name__ == "__main__":
    main()
