#!/usr/bin/env python3
"""What Redshift's storage model buys on TPC-H's lineitem, measured on a release build.

    swift build -c release --product lab
    python3 bench/run-storage.py --sf 1            # data is generated first if absent

1. Stored size per encoding choice: lineitem loaded with every column ENCODE RAW, with the
   engine's defaults (ENCODE AUTO: AZ64 for numbers and dates, LZO for text, RAW for sort keys),
   and with the encodings ANALYZE COMPRESSION suggests for the default-encoded copy. Size is
   SVV_TABLE_INFO's `size` (1 MB blocks, as Redshift counts disk), next to the load time.
2. Zone maps: the same rows in `lineitem` (no sort key) and `lineitem_sorted` (SORTKEY
   l_shipdate, vacuumed after the load so the sorted region covers every row); a selective
   date-range query runs several times on each, and the median times give the speed-up.

Each configuration runs in one `lab sql` process on a fresh workspace; query times are psql's
`\\timing` lines. Results are printed and written to bench/results/.
"""
import argparse
import re
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent / "tpch"))
import generate  # noqa: E402

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
RANGE_QUERY = ("select count(*), sum(l_extendedprice) from {table} "
               "where l_shipdate between '1995-03-01' and '1995-03-31'")


def lineitem_columns():
    """The column definitions of lineitem in bench/tpch/schema.sql, one string per column."""
    text = (BENCH / "tpch" / "schema.sql").read_text()
    body = re.search(r"create table lineitem \((.*)\);", text, re.I).group(1)
    return [c.strip() for c in re.split(r",(?![^()]*\))", body)]


def ddl(table, columns, encodings=None, sortkey=None):
    """CREATE TABLE for lineitem's columns, each with `encodings[name]` when given."""
    parts = []
    for column in columns:
        name = column.split()[0]
        parts.append(f"{column} encode {encodings[name]}" if encodings else column)
    return f"create table {table} ({', '.join(parts)})" + (f" sortkey({sortkey})" if sortkey else "")


def lab_sql(lab, commands):
    """Runs one `lab sql` process on a fresh scratch workspace; returns its stdout lines, wall
    seconds and CPU seconds (user + system)."""
    workspace = Path(tempfile.mkdtemp(prefix="storage-bench-")) / "ws"
    args = ["/usr/bin/time", "-v", str(lab), "sql", "--workspace", str(workspace), "--scratch", "-t", "--csv"]
    for command in commands:
        args += ["-c", command]
    start = time.monotonic()
    done = subprocess.run(args, capture_output=True, text=True)
    wall = time.monotonic() - start
    if done.returncode != 0:
        sys.exit(f"lab sql failed:\n{done.stderr.split('Command being timed')[0]}")
    cpu = sum(float(m) for m in re.findall(r"(?:User|System) time \(seconds\): ([\d.]+)", done.stderr))
    return [line for line in done.stdout.splitlines() if line.strip()], wall, cpu


def copy_command(table, data):
    return f"\\copy {table} from '{data / 'lineitem.tbl'}' with (format csv, delimiter '|')"


def size_of(lines, table):
    """SVV_TABLE_INFO's size and rows for `table` from `-t --csv` output lines `table,size,rows`."""
    for line in lines:
        fields = line.split(",")
        if len(fields) == 3 and fields[0] == table:
            return int(fields[1]), int(fields[2])
    sys.exit(f"no svv_table_info row for {table} in:\n" + "\n".join(lines[-5:]))


def encoding_sizes(lab, data, columns):
    info = "select \"table\", size, tbl_rows from svv_table_info where \"table\" = 'lineitem'"
    results = []
    raw = {c.split()[0]: "raw" for c in columns}
    lines, wall, cpu = lab_sql(lab, [ddl("lineitem", columns, raw), copy_command("lineitem", data), info])
    results.append(("all RAW", *size_of(lines, "lineitem"), wall, cpu))
    lines, wall, cpu = lab_sql(lab, [ddl("lineitem", columns), copy_command("lineitem", data), info,
                                     "analyze compression lineitem"])
    results.append(("defaults (ENCODE AUTO)", *size_of(lines, "lineitem"), wall, cpu))
    # ANALYZE COMPRESSION's rows: Table,Column,Encoding,Est_reduction_pct.
    suggested = {}
    for line in lines:
        fields = line.split(",")
        if len(fields) == 4 and fields[0] == "lineitem":
            suggested[fields[1]] = fields[2]
    if len(suggested) != len(columns):
        sys.exit(f"ANALYZE COMPRESSION named {len(suggested)} of {len(columns)} columns")
    lines, wall, cpu = lab_sql(lab, [ddl("lineitem", columns, suggested), copy_command("lineitem", data), info])
    results.append(("ANALYZE COMPRESSION's suggestions", *size_of(lines, "lineitem"), wall, cpu))
    return results, suggested


def zone_map_speedup(lab, data, columns, repeats):
    commands = [ddl("lineitem", columns), copy_command("lineitem", data),
                ddl("lineitem_sorted", columns, sortkey="l_shipdate"), copy_command("lineitem_sorted", data),
                "vacuum lineitem_sorted", "\\timing on"]
    for table in ["lineitem", "lineitem_sorted"]:
        commands += [RANGE_QUERY.format(table=table)] * repeats
    lines, _, _ = lab_sql(lab, commands)
    times = [float(m) for line in lines for m in re.findall(r"^Time: ([\d.]+) ms", line)]
    answers = [line for line in lines if not line.startswith("Time:") and "," in line]
    if len(times) != 2 * repeats or len(set(answers[-2 * repeats:])) != 1:
        sys.exit("the range query did not run or gave different answers:\n" + "\n".join(lines[-10:]))
    unsorted = statistics.median(times[:repeats])
    sorted_ = statistics.median(times[repeats:])
    return unsorted, sorted_, answers[-1]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sf", default="1", help="TPC-H scale factor (0.01, 0.1 or 1)")
    parser.add_argument("--lab", default=str(REPO / ".build" / "release" / "lab"))
    parser.add_argument("--repeats", type=int, default=5)
    options = parser.parse_args()
    data = generate.data_directory(options.sf)
    if not (data / "COMPLETE").exists():
        print(f"generating TPC-H data at SF {options.sf} ...", file=sys.stderr)
        generate.generate(options.sf, data)
    columns = lineitem_columns()
    raw_bytes = (data / "lineitem.tbl").stat().st_size

    sizes, suggested = encoding_sizes(options.lab, data, columns)
    unsorted, sorted_, answer = zone_map_speedup(options.lab, data, columns, options.repeats)

    out = [f"Storage on TPC-H SF {options.sf} lineitem ({raw_bytes / 2**20:.0f} MB of text), "
           f"{datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC", "",
           f"{'encodings':36} {'size (1 MB blocks)':>18} {'vs RAW':>7} {'rows':>10} {'load wall s':>11} {'lab CPU s':>9}"]
    base = sizes[0][1]
    for name, blocks, rows, wall, cpu in sizes:
        out.append(f"{name:36} {blocks:18d} {blocks / base:7.2f} {rows:10d} {wall:11.1f} {cpu:9.1f}")
    out += ["", "suggested: " + ", ".join(f"{c} {e}" for c, e in suggested.items()), "",
            f"range query ({RANGE_QUERY.format(table='T')}), median of {options.repeats}:",
            f"  no sort key:           {unsorted:9.1f} ms",
            f"  SORTKEY(l_shipdate):   {sorted_:9.1f} ms   speed-up {unsorted / sorted_:.1f}x   (answer {answer})"]
    text = "\n".join(out)
    print(text)
    results = BENCH / "results"
    results.mkdir(exist_ok=True)
    (results / f"storage-sf{options.sf}-{datetime.now(timezone.utc):%Y%m%dT%H%M%S}.txt").write_text(text + "\n")


if __name__ == "__main__":
    main()
