#!/usr/bin/env python3
"""Redshift COPY from the simulated S3 against DuckDB's COPY of the same TPC-H files, in one run.

    swift build -c release --product lab
    python3 bench/run-copy.py --sf 1            # data is generated first if absent

On a fresh workspace, through the `lab` CLI only: `lab aws s3 mb` and `s3 cp` put each table's
`.tbl` file at `s3://BUCKET/tpch/TABLE/TABLE.tbl`, `lab aws iam create-role` makes a role that
trusts redshift.amazonaws.com with AmazonS3ReadOnlyAccess attached, and one `lab sql` process
creates the tables, runs `COPY TABLE FROM 's3://BUCKET/tpch/TABLE/' IAM_ROLE '...' DELIMITER '|' REMOVEQUOTES`
for each table with psql's `\\timing on` (each COPY's time is its `Time:` line) and counts the
rows (REMOVEQUOTES: DuckDB's dbgen export quotes fields such as "Clerk#..."). (The prefix ends in `/` because, as in Redshift, `tpch/part` would also match `partsupp`.)
DuckDB (SET threads=2) runs `COPY TABLE FROM 'file' (DELIMITER '|')` on the same files. Row
counts must match on both sides. lab's CPU time (user + system) and peak memory come from
`/usr/bin/time -v`; the machine may be shared, so CPU time and the load average are printed too.
The table is printed and written to bench/results/.
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from importlib import import_module  # noqa: E402

tpch_bench = import_module("run-tpch")
generate = tpch_bench.generate
BENCH, REPO = tpch_bench.BENCH, tpch_bench.REPO

BUCKET = "tpch-bench"
TRUST = {"Version": "2012-10-17", "Statement": [
    {"Effect": "Allow", "Principal": {"Service": "redshift.amazonaws.com"}, "Action": "sts:AssumeRole"}]}


def aws(lab, workspace, *words):
    """One `lab aws` command; its standard output (JSON for iam)."""
    process = subprocess.run([str(lab), "aws", "--workspace", str(workspace), *words], capture_output=True, text=True)
    if process.returncode != 0:
        sys.exit(f"lab aws {' '.join(words)} failed: {process.stderr.strip()}")
    return process.stdout


def prepare(lab, workspace, data, tables):
    """The bucket with one folder per table, and the role's ARN."""
    aws(lab, workspace, "s3", "mb", f"s3://{BUCKET}")
    for table in tables:
        aws(lab, workspace, "s3", "cp", str(data / (table + ".tbl")), f"s3://{BUCKET}/tpch/{table}/{table}.tbl", "--quiet")
    trust = workspace.parent / "trust.json"
    trust.write_text(json.dumps(TRUST))
    role = json.loads(aws(lab, workspace, "iam", "create-role", "--role-name", "tpch-copy",
                          "--assume-role-policy-document", f"file://{trust}"))["Role"]["Arn"]
    aws(lab, workspace, "iam", "attach-role-policy", "--role-name", "tpch-copy",
        "--policy-arn", "arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess")
    return role


def run_lab(lab, workspace, tables, role):
    """One `lab sql` process: schema, a timed COPY per table, then the row counts. Returns
    per-table seconds, per-table row counts, peak RSS in KiB and CPU seconds."""
    args = ["/usr/bin/time", "-v", str(lab), "sql", "--workspace", str(workspace), "--scratch", "-t"]
    args += ["-c", ";\n".join(tpch_bench.statements(BENCH / "tpch" / "schema.sql")), "-c", "\\timing on"]
    for table in tables:
        args += ["-c", f"COPY {table} FROM 's3://{BUCKET}/tpch/{table}/' IAM_ROLE '{role}' DELIMITER '|' REMOVEQUOTES"]
    args += ["-c", "\\timing off"]
    args += ["-c", " union all ".join(f"select '{t}'::varchar(10), count(*) from {t}" for t in tables)]
    process = subprocess.run(args, capture_output=True, text=True)
    if process.returncode != 0:
        sys.exit("lab sql failed:\n" + process.stderr.split("\tCommand being timed")[0].strip())
    stdout, stderr = process.stdout, process.stderr
    times = [float(ms) / 1000 for ms in re.findall(r"^Time: ([\d.]+) ms", stdout, flags=re.M)][:len(tables)]
    counts = {m.group(1): int(m.group(2)) for m in re.finditer(r"^\s*(\w+)\s*\|\s*(\d+)\s*$", stdout, flags=re.M)}
    rss = re.search(r"Maximum resident set size \(kbytes\): (\d+)", stderr)
    cpu = sum(float(m) for m in re.findall(r"(?:User|System) time \(seconds\): ([\d.]+)", stderr))
    return times, [counts.get(t) for t in tables], int(rss.group(1)) if rss else None, cpu


def run_duckdb(data, tables):
    """DuckDB's COPY of each file with 2 threads: per-table seconds and row counts."""
    con = generate.connect(threads=2)
    con.execute("SET enable_progress_bar = false")
    for sql in tpch_bench.statements(BENCH / "tpch" / "schema.sql"):
        con.execute(sql)
    times, counts = [], []
    for table in tables:
        start = time.monotonic()
        con.execute(f"COPY {table} FROM '{data / (table + '.tbl')}' (DELIMITER '|', HEADER false)")
        times.append(time.monotonic() - start)
        counts.append(con.execute(f"select count(*) from {table}").fetchone()[0])
    return times, counts


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sf", default="1", choices=["0.01", "0.1", "1"])
    parser.add_argument("--lab", default=str(REPO / ".build" / "release" / "lab"))
    options = parser.parse_args()
    data = tpch_bench.ensure_data(options.sf)
    tables = generate.TPCH_TABLES
    raw = sum((data / (t + ".tbl")).stat().st_size for t in tables)

    with tempfile.TemporaryDirectory(prefix="copy-bench-") as scratch:
        workspace = Path(scratch) / "ws"
        role = prepare(options.lab, workspace, data, tables)
        load_before = os.getloadavg()[0]
        lab_times, lab_counts, rss, cpu = run_lab(options.lab, workspace, tables, role)
    duck_times, duck_counts = run_duckdb(data, tables)
    load_after = os.getloadavg()[0]

    lines = [f"COPY of TPC-H SF {options.sf} from the simulated S3  ({datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC, "
             f"raw data {raw / 1e6:.0f} MB, load average {load_before:.1f} before / {load_after:.1f} after)", ""]
    lines.append(f"{'table':<10}{'rows':>10}{'lab s':>9}{'duckdb s':>10}{'lab/duck':>10}  rows match")
    for table, ours, theirs, ours_n, theirs_n in zip(tables, lab_times, duck_times, lab_counts, duck_counts):
        match = "ok" if ours_n == theirs_n else f"WRONG: lab {ours_n}, duckdb {theirs_n}"
        lines.append(f"{table:<10}{theirs_n:>10}{ours:>9.2f}{theirs:>10.2f}{ours / theirs:>9.1f}x  {match}")
    total, duck_total = sum(lab_times), sum(duck_times)
    lines.append(f"{'total':<10}{sum(duck_counts):>10}{total:>9.2f}{duck_total:>10.2f}{total / duck_total:>9.1f}x  (bar 2x)")
    lines.append("")
    lines.append(f"lab CPU, whole process (s)  {cpu:.2f}   (user + system, incl. start-up and CREATE TABLE; "
                 "wall times include waiting for a busy CPU)")
    if rss:
        lines.append(f"lab peak RSS                {rss / 1024:.0f}M  = {rss * 1024 / raw:.2f}x the raw data")
    ok = len(lab_times) == len(tables) and lab_counts == duck_counts
    lines.append("row counts: " + ("all match" if ok else "MISMATCH"))
    report = "\n".join(lines) + "\n"
    print(report)
    results_dir = BENCH / "results"
    results_dir.mkdir(exist_ok=True)
    (results_dir / f"copy-sf{options.sf}-{datetime.now(timezone.utc):%Y%m%dT%H%M%S}.txt").write_text(report)
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
