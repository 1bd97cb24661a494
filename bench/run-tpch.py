#!/usr/bin/env python3
"""TPC-H (and SSB) on the engine against DuckDB and SQLite, in one run.

    swift build -c release --product lab
    python3 bench/run-tpch.py --sf 1            # data is generated first if absent

For our engine, one `lab sql --json` process on a fresh workspace creates the tables, loads each
`.tbl` file with psql's `\\copy` and runs the 22 queries; the load time and each query's time come
from when its output arrives on the pipe, and peak memory from `/usr/bin/time -v`. Every result
is checked against DuckDB's answer (bench/tpch/generate.py). DuckDB (SET threads=2) loads the same
files with COPY and runs the same queries; SQLite (Python's sqlite3) loads them with executemany
and runs them with a per-query time limit. The table is printed and written to bench/results/.
With --ssb, a second `lab sql` process loads the Star Schema Benchmark tables and checks its 13
queries the same way.
"""
import argparse
import csv
import json
import os
import re
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from datetime import datetime, timezone
from decimal import Decimal, InvalidOperation
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent / "tpch"))
import generate  # noqa: E402

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent


def ensure_data(sf):
    out = generate.data_directory(sf)
    if not (out / "COMPLETE").exists():
        print(f"generating TPC-H data at SF {sf} ...", file=sys.stderr)
        generate.generate(sf, out)
    return out


def statements_text(text):
    """SQL text without its whole-line comments."""
    return "\n".join(line for line in text.splitlines() if not line.strip().startswith("--")).strip()


def statements(path):
    """The statements of a committed .sql file (comments dropped), one per -c."""
    return [s.strip() for s in statements_text(Path(path).read_text()).split(";") if s.strip()]


def run_lab(lab, kind, tables_dir, tables, queries):
    """One `lab sql` process: schema, \\copy per table, then the queries. Returns load seconds,
    per-query seconds (None when not run), per-query results or error text, and peak RSS in KiB."""
    workspace = Path(tempfile.mkdtemp(prefix="tpch-bench-")) / "ws"
    args = ["/usr/bin/time", "-v", str(lab), "sql", "--workspace", str(workspace), "--scratch", "--json"]
    args += ["-c", ";\n".join(statements(BENCH / kind / "schema.sql"))]
    for table in tables:
        args += ["-c", f"\\copy {table} from '{tables_dir / (table + '.tbl')}' with (format csv, delimiter '|')"]
    for _, sql in queries:
        # A leading `--` comment would read as an option to the argument parser.
        args += ["-c", statements_text(sql)]
    start = time.monotonic()
    process = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    chunks = []  # (seconds since start, bytes so far)
    output = bytearray()
    errors = []
    reader = threading.Thread(target=lambda: errors.append(process.stderr.read()))
    reader.start()
    while True:
        data = os.read(process.stdout.fileno(), 1 << 20)
        if not data:
            break
        output += data
        chunks.append((time.monotonic() - start, len(output)))
    process.wait()
    reader.join()
    stderr = errors[0].decode(errors="replace") if errors else ""
    rss = re.search(r"Maximum resident set size \(kbytes\): (\d+)", stderr)
    cpu = sum(float(m) for m in re.findall(r"(?:User|System) time \(seconds\): ([\d.]+)", stderr))
    text = output.decode()
    # Each \copy prints a line `COPY n`; each query one JSON array.
    ends, results, position = [], [], 0
    decoder = json.JSONDecoder(parse_float=str, parse_int=str)
    while position < len(text):
        if text.startswith("COPY ", position):
            position = text.index("\n", position) + 1
            ends.append(position)
            continue
        if text[position].isspace():
            position += 1
            continue
        value, position = decoder.raw_decode(text, position)
        results.append(value)
        ends.append(position)

    def arrival(offset):
        byte_offset = len(text[:offset].encode())
        return next(t for t, size in chunks if size >= byte_offset)

    copies = len(ends) - len(results)
    load = arrival(ends[copies - 1]) if copies == len(tables) else None
    times, previous = [], load
    for index in range(len(queries)):
        if index < len(results):
            finished = arrival(ends[copies + index])
            times.append(finished - previous)
            previous = finished
        else:
            times.append(None)
    error = stderr.split("\tCommand being timed")[0].strip() if process.returncode != 0 else ""
    outcomes = results + [error or "not run"] + ["not run"] * (len(queries) - len(results) - 1)
    return load, times, outcomes[:len(queries)], int(rss.group(1)) if rss else None, cpu


def matches(actual, expected):
    """The test suite's rule: numbers within 1e-6 relative or half a unit of the result's last
    decimal place, strings with trailing blanks ignored."""
    if actual is None:
        return expected == ""
    if isinstance(actual, bool):
        return ("t" if actual else "f") == expected
    text = str(actual)
    try:
        a, e = Decimal(text), Decimal(expected)
    except InvalidOperation:
        return text.rstrip(" ") == expected.rstrip(" ")
    scale = len(text.split(".")[1]) if "." in text and "e" not in text.lower() else 0
    tolerance = max(Decimal("1e-6") * abs(e), Decimal("1e-9"), Decimal(5) / (Decimal(10) ** (scale + 1)) if scale else Decimal(0))
    return abs(a - e) <= tolerance


def check(result, answer_path, ordered):
    if isinstance(result, str):
        return "ERROR: " + result.splitlines()[0][:120] if result else "not run"
    with open(answer_path, newline="") as f:
        rows = list(csv.reader(f))
    expected = rows[1:]
    actual = [list(row.values()) for row in result]
    if len(actual) != len(expected):
        return f"WRONG: {len(actual)} rows, expected {len(expected)}"
    if not ordered:
        actual.sort(key=lambda r: [str(v) for v in r])
        expected.sort()
    for i, (a, e) in enumerate(zip(actual, expected)):
        if len(a) != len(e):
            return f"WRONG: {len(a)} columns, expected {len(e)}"
        for j, (x, y) in enumerate(zip(a, e)):
            if not matches(x, y):
                return f"WRONG: row {i + 1} column {j + 1}: {x}, expected {y}"
    return "ok"


def queries_of(kind):
    return [(p.stem, p.read_text()) for p in generate.query_files(kind)]


def sqlite_dialect(sql):
    units = {"day": "day", "month": "month", "year": "year"}
    sql = re.sub(r"dateadd\((\w+),\s*(-?\d+),\s*date '([^']+)'\)",
                 lambda m: f"date('{m.group(3)}', '{int(m.group(2)):+d} {units[m.group(1).lower()]}')", sql, flags=re.I)
    sql = re.sub(r"date '([^']+)'", r"'\1'", sql)
    sql = re.sub(r"extract\(year FROM (\w+)\)", r"cast(strftime('%Y', \1) as integer)", sql, flags=re.I)
    sql = re.sub(r"substring\((\w+) FROM (\d+) FOR (\d+)\)", r"substr(\1, \2, \3)", sql, flags=re.I)
    # Q13: SQLite has no column list on a derived table's alias.
    sql = sql.replace("count(o_orderkey)\n", "count(o_orderkey) AS c_count\n")
    sql = re.sub(r"AS c_orders \(c_custkey,\s*c_count\)", "AS c_orders", sql)
    return sql


def run_duckdb(data, queries):
    con = generate.connect(threads=2)
    start = time.monotonic()
    for sql in statements(BENCH / "tpch" / "schema.sql"):
        con.execute(sql)
    for table in generate.TPCH_TABLES:
        con.execute(f"COPY {table} FROM '{data / (table + '.tbl')}' (DELIMITER '|', HEADER false, QUOTE '\"')")
    load = time.monotonic() - start
    times = []
    for _, sql in queries:
        t = time.monotonic()
        con.execute(generate.duckdb_dialect(sql)).fetchall()
        times.append(time.monotonic() - t)
    return load, times


def run_sqlite(data, queries, limit):
    con = sqlite3.connect(":memory:")
    start = time.monotonic()
    for sql in statements(BENCH / "tpch" / "schema.sql"):
        con.execute(sql)
    for table in generate.TPCH_TABLES:
        with open(data / (table + ".tbl"), newline="") as f:
            rows = csv.reader(f, delimiter="|")
            first = next(rows)
            marks = ",".join("?" * len(first))
            con.execute(f"INSERT INTO {table} VALUES ({marks})", first)
            con.executemany(f"INSERT INTO {table} VALUES ({marks})", rows)
    con.commit()
    load = time.monotonic() - start
    times = []
    for _, sql in queries:
        t = time.monotonic()
        con.set_progress_handler(lambda: 1 if time.monotonic() - t > limit else 0, 100000)
        try:
            con.execute(sqlite_dialect(sql)).fetchall()
            times.append(time.monotonic() - t)
        except sqlite3.OperationalError as error:
            times.append(None if "interrupted" in str(error) else float("nan"))
    return load, times


def seconds(value):
    if value is None:
        return "-"
    return f"{value:.2f}"


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sf", default="1", choices=["0.01", "0.1", "1"])
    parser.add_argument("--lab", default=str(REPO / ".build" / "release" / "lab"))
    parser.add_argument("--sqlite-limit", type=float, default=20, help="seconds per SQLite query before it is stopped")
    parser.add_argument("--no-sqlite", action="store_true")
    parser.add_argument("--no-duckdb", action="store_true")
    parser.add_argument("--ssb", action="store_true", help="also load and check the SSB tables and queries")
    options = parser.parse_args()
    data = ensure_data(options.sf)
    queries = queries_of("tpch")
    raw = sum((data / (t + ".tbl")).stat().st_size for t in generate.TPCH_TABLES)

    load, times, results, rss, cpu = run_lab(options.lab, "tpch", data, generate.TPCH_TABLES, queries)
    status = [check(r, data / "answers" / (name + ".csv"), "order by" in sql.lower())
              for (name, sql), r in zip(queries, results)]
    duck = run_duckdb(data, queries) if not options.no_duckdb else (None, [None] * len(queries))
    lite = run_sqlite(data, queries, options.sqlite_limit) if not options.no_sqlite else (None, [None] * len(queries))

    lines = [f"TPC-H SF {options.sf}  ({datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC, raw data {raw / 1e6:.0f} MB)", ""]
    lines.append(f"{'query':<7}{'lab s':>9}{'duckdb s':>10}{'sqlite s':>10}{'lab/duck':>10}  result")
    for (name, _), ours, d, s, st in zip(queries, times, duck[1], lite[1], status):
        ratio = f"{ours / d:.1f}x" if ours is not None and d else "-"
        lite_text = "timeout" if s is None and not options.no_sqlite else seconds(s)
        lines.append(f"{name:<7}{seconds(ours):>9}{seconds(d):>10}{lite_text:>10}{ratio:>10}  {st}")
    total = sum(t for t in times if t is not None) if all(t is not None for t in times) else None
    duck_total = sum(duck[1]) if duck[0] is not None else None
    lite_done = [t for t in lite[1] if t is not None and t == t]
    lite_total = sum(lite_done) if lite[0] is not None else None
    lines.append("")

    def ratio(a, b):
        return f"{a / b:.1f}x" if a is not None and b else "-"
    lines.append(f"{'':<22}{'lab':>10}{'duckdb':>10}{'sqlite':>10}{'lab/duck':>10}{'lab/sqlite':>12}")
    lines.append(f"{'load (s)':<22}{seconds(load):>10}{seconds(duck[0]):>10}{seconds(lite[0]):>10}"
                 f"{ratio(load, duck[0]):>10}{ratio(load, lite[0]):>12}")
    lite_note = "" if len(lite_done) == len(queries) or lite[0] is None else f" ({len(queries) - len(lite_done)} stopped at {options.sqlite_limit:.0f} s, not counted)"
    lines.append(f"{'22 queries (s)':<22}{seconds(total):>10}{seconds(duck_total):>10}{seconds(lite_total):>10}"
                 f"{ratio(total, duck_total):>10}{ratio(total, lite_total):>12}{lite_note}")
    lines.append(f"{'lab CPU, whole run (s)':<22}{cpu:>10.2f}   (user + system; wall times above include waiting for a busy CPU)")
    if rss:
        lines.append(f"{'lab peak RSS':<22}{rss / 1024:>9.0f}M  = {rss * 1024 / raw:.2f}x the raw data")
    lines.append(f"correct: {status.count('ok')} of {len(queries)} TPC-H queries")

    if options.ssb:
        ssb_queries = queries_of("ssb")
        ssb_load, ssb_times, ssb_results, ssb_rss, _ = run_lab(options.lab, "ssb", data / "ssb", generate.SSB_TABLES, ssb_queries)
        ssb_status = [check(r, data / "ssb" / "answers" / (name + ".csv"), "order by" in sql.lower())
                      for (name, sql), r in zip(ssb_queries, ssb_results)]
        lines += ["", f"SSB SF {options.sf}: load {seconds(ssb_load)} s, peak RSS {(ssb_rss or 0) / 1024:.0f}M"]
        for (name, _), t, st in zip(ssb_queries, ssb_times, ssb_status):
            lines.append(f"{name:<7}{seconds(t):>9}  {st}")
        lines.append(f"correct: {ssb_status.count('ok')} of {len(ssb_queries)} SSB queries")

    report = "\n".join(lines) + "\n"
    print(report)
    results_dir = BENCH / "results"
    results_dir.mkdir(exist_ok=True)
    (results_dir / f"tpch-sf{options.sf}-{datetime.now(timezone.utc):%Y%m%dT%H%M%S}.txt").write_text(report)


if __name__ == "__main__":
    main()
