#!/usr/bin/env python3
"""Run `itnlp analyze --jsonl` as the mapper of an Apache Spark job.

Input: a JSON Lines file (or folder, or glob) of {"id", "text"} documents. Every partition is
piped through one itnlp process with RDD.pipe; the result lines ({"id", "sentences", "claims",
"quotations", "sentiment", "frames", "missionOverMoney"}, or {"id", "error"}) are saved with
saveAsTextFile. The job then checks that every input id came back exactly once, in input order,
with no error line, prints a short summary (claims and sentiment per document) and exits with 1
when the check fails.

    python3 itnlp_spark.py sample.jsonl /tmp/itnlp-out --itnlp ../../.build/release/itnlp

See README.md in this folder for running it on a cluster (--ship, spark-submit --files).
"""

import argparse
import json
import os
import shlex
import sys
import time

# How many documents the summary lists one by one; the totals always cover all of them.
SUMMARY_ROWS = 20
# How many mismatched or failed documents the check names before it just counts them.
REPORTED_PROBLEMS = 10


def parse_arguments(argv):
    parser = argparse.ArgumentParser(
        description="Pipe {id, text} JSON Lines through `itnlp analyze --jsonl` with Spark (RDD.pipe).")
    parser.add_argument("input", help="JSON Lines input: a file, a folder or a glob (any Hadoop path).")
    parser.add_argument("output", help="Output folder for saveAsTextFile (must not exist yet).")
    parser.add_argument("--itnlp", default="itnlp",
                        help="The itnlp binary: a path valid on every worker, or with --ship the binary "
                             "to copy to the workers (default: itnlp).")
    parser.add_argument("--ship", action="store_true",
                        help="Copy the binary to the workers (SparkContext.addFile; a file already shipped "
                             "with spark-submit --files under the same name is used as it is) and run the "
                             "workers' copy.")
    parser.add_argument("--partitions", type=int, default=4,
                        help="Minimum number of input partitions, one itnlp process each (default: 4).")
    parser.add_argument("--itnlp-jobs", type=int, default=1,
                        help="itnlp --jobs inside each partition (default 1: Spark already runs one task per core).")
    parser.add_argument("--master", default=None,
                        help="Spark master when not given by spark-submit (default: local[2]).")
    arguments = parser.parse_args(argv)
    if arguments.partitions < 1 or arguments.itnlp_jobs < 1:
        parser.error("--partitions and --itnlp-jobs must be at least 1")
    return arguments


def import_pyspark():
    """Imports PySpark, or exits with a message saying what is missing (not a traceback)."""
    try:
        import pyspark  # noqa: F401
    except ImportError:
        sys.stderr.write(
            "itnlp_spark.py: PySpark is not installed for %s.\n"
            "Install it with `%s -m pip install pyspark` (it also needs Java 17 or later), "
            "or run the script with spark-submit.\n" % (sys.executable, sys.executable))
        sys.exit(2)
    return pyspark


def input_id(line):
    """The id of an input line as itnlp echoes it (canonical JSON), or None when the line is not a
    JSON object with an id (itnlp then answers with "id": null)."""
    try:
        document = json.loads(line)
    except ValueError:
        return None
    if not isinstance(document, dict) or document.get("id") is None:
        return None
    return json.dumps(document["id"], sort_keys=True, ensure_ascii=False)


def summarize_output(line):
    """(id, error, claims, sentiment score, sentiment label) of one itnlp output line."""
    try:
        result = json.loads(line)
    except ValueError:
        return (None, "not JSON: " + line[:80], 0, 0.0, None)
    if not isinstance(result, dict):
        return (None, "not a JSON object: " + line[:80], 0, 0.0, None)
    identifier = result.get("id")
    identifier = None if identifier is None else json.dumps(identifier, sort_keys=True, ensure_ascii=False)
    if "error" in result:
        return (identifier, str(result["error"]), 0, 0.0, None)
    sentiment = result.get("sentiment") or {}
    return (identifier, None, len(result.get("claims") or []),
            float(sentiment.get("score") or 0.0), sentiment.get("label"))


def is_blank(line):
    # itnlp skips lines made only of spaces and tabs without answering; so does the check.
    return line.strip(" \t") == ""


def resolve_itnlp(sc, path, ship):
    """The itnlp path the workers run. With ship, the binary travels with the job (addFile, or
    spark-submit --files) and is run from SparkFiles' folder as a worker sees it: "." (the
    executor's working folder, the same relative path on every executor) on a cluster, the
    driver's temporary folder in local mode."""
    from pyspark import SparkFiles

    if not ship:
        # A relative path that exists here is made absolute (in local mode the workers share this
        # machine); otherwise it is taken as it is, as a path valid on the workers.
        return os.path.abspath(path) if os.path.exists(path) else path
    name = os.path.basename(path)
    shipped = getattr(sc, "listFiles", [])
    if not any(uri.rstrip("/").rsplit("/", 1)[-1] == name for uri in shipped):
        if not os.path.isfile(path):
            sys.exit("itnlp_spark.py: --ship: no file %s here and none shipped under that name" % path)
        sc.addFile(path)
    # Not SparkFiles.get, which makes the path absolute: one executor's folder is not another's.
    root = sc.parallelize([0], 1).map(lambda _: SparkFiles.getRootDirectory()).first()
    return os.path.join(root, name)


def main(argv):
    arguments = parse_arguments(argv)
    pyspark = import_pyspark()
    from pyspark import StorageLevel

    conf = pyspark.SparkConf().setAppName("itnlp-analyze")
    if not conf.contains("spark.master"):
        conf.setMaster(arguments.master or "local[2]")
    master = conf.get("spark.master")
    # On this machine the workers run the Python that runs the driver (the one with pyspark),
    # not whatever python3 comes first on PATH. On a cluster that path may not exist on the
    # workers: there spark.pyspark.python or PYSPARK_PYTHON says which Python they run.
    local = master == "local" or master.startswith("local[") or master.startswith("local-cluster[")
    if local and not conf.contains("spark.pyspark.python"):
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    # Small and quiet by default; spark-submit --conf overrides these.
    for key, value in (("spark.driver.memory", "512m"), ("spark.ui.enabled", "false"),
                       ("spark.ui.showConsoleProgress", "false")):
        if not conf.contains(key):
            conf.set(key, value)

    # Mistakes found before Spark starts, with a sentence instead of a Java stack trace.
    if local and "://" not in arguments.output and os.path.exists(arguments.output):
        sys.exit("itnlp_spark.py: %s already exists (saveAsTextFile writes a new folder)" % arguments.output)
    if local and not arguments.ship and not os.access(arguments.itnlp, os.X_OK):
        sys.exit("itnlp_spark.py: no itnlp binary at %s (build it with `swift build -c release "
                 "--product itnlp`, then pass --itnlp .build/release/itnlp)" % arguments.itnlp)

    started = time.monotonic()
    sc = pyspark.SparkContext(conf=conf)
    sc.setLogLevel("WARN")
    try:
        return run(sc, arguments, StorageLevel, {"start": started, "context": time.monotonic()})
    finally:
        sc.stop()


def run(sc, arguments, StorageLevel, clock):
    itnlp = resolve_itnlp(sc, arguments.itnlp, arguments.ship)
    command = "%s analyze --jsonl --jobs %d -" % (shlex.quote(itnlp), arguments.itnlp_jobs)

    documents = sc.textFile(arguments.input, minPartitions=arguments.partitions).filter(lambda line: not is_blank(line))
    # RDD.pipe starts one itnlp per partition, writes the partition's lines to its standard input
    # and yields its standard output lines, in order. itnlp exits with 1 when a document failed;
    # that is not a task failure here (checkCode=False): the error lines are counted below, and a
    # crashed process shows up as missing ids. The environment is given explicitly (pipe's
    # default is an empty one).
    analyzed = documents.pipe(command, env={"LC_ALL": "C.UTF-8"}, checkCode=False)
    # Saved and then checked: kept so that the check does not run itnlp a second time.
    analyzed.persist(StorageLevel.MEMORY_AND_DISK)
    analyzed.saveAsTextFile(arguments.output)
    clock["saved"] = time.monotonic()

    # Checked partition by partition: pipe keeps partitions and the order inside each, so line i
    # of output partition p must carry the id of line i of input partition p. One small record
    # per partition travels to the driver, however many documents there are.
    expected = documents.mapPartitionsWithIndex(lambda index, lines: [(index, [input_id(line) for line in lines])])
    returned = analyzed.mapPartitionsWithIndex(lambda index, lines: [(index, [summarize_output(line) for line in lines])])
    reports = sorted(expected.join(returned).map(check_partition).collect())
    partitions = documents.getNumPartitions()
    analyzed.unpersist()
    clock["checked"] = time.monotonic()

    documents_count = sum(report["documents"] for _, report in reports)
    claims_count = sum(report["claims"] for _, report in reports)
    labels = {}
    for _, report in reports:
        for label, count in report["labels"].items():
            labels[label] = labels.get(label, 0) + count
    first_rows = [row for _, report in reports for row in report["rows"]][:SUMMARY_ROWS]
    mismatch_count = sum(report["mismatch_count"] for _, report in reports)
    mismatch_examples = [(index, problem) for index, report in reports for problem in report["mismatches"]][:REPORTED_PROBLEMS]
    failed_count = sum(report["error_count"] for _, report in reports)
    failed_examples = [problem for _, report in reports for problem in report["errors"]][:REPORTED_PROBLEMS]
    print("itnlp analyze on Spark (%s): %d documents in %d partitions, %d claims" % (
        sc.master, documents_count, partitions, claims_count))
    print("mapper: " + command)
    print("time: %.1f s = Spark start %.1f s + analyze and save %.1f s + check %.1f s" % (
        clock["checked"] - clock["start"], clock["context"] - clock["start"],
        clock["saved"] - clock["context"], clock["checked"] - clock["saved"]))
    print("%-24s %6s  %s" % ("id", "claims", "sentiment"))
    for identifier, error, claims, score, label in first_rows:
        shown = "-" if identifier is None else json.loads(identifier)
        if error is not None:
            print("%-24s %6s  error: %s" % (shown, "-", error))
        else:
            print("%-24s %6d  %+.3f %s" % (shown, claims, score, label))
    if documents_count > len(first_rows):
        print("... %d more" % (documents_count - len(first_rows)))
    print("labels: " + ", ".join("%s %d" % item for item in sorted(labels.items())))

    for partition, (position, wanted, got) in mismatch_examples:
        print("MISMATCH in partition %d, line %d: input id %s, output id %s" % (
            partition, position, "(none)" if wanted is None else wanted, "(none)" if got is None else got),
            file=sys.stderr)
    for identifier, error in failed_examples:
        print("ERROR for id %s: %s" % (identifier, error), file=sys.stderr)
    if mismatch_count or failed_count:
        print("check FAILED: %d id mismatches (missing, repeated, out of order or without id), %d error lines"
              % (mismatch_count, failed_count), file=sys.stderr)
        return 1
    print("check passed: every input id came back exactly once, in input order; no error lines")
    return 0


def check_partition(pair):
    """Compares one partition's input ids with its output lines; returns (partition, report)."""
    index, (wanted, summaries) = pair
    report = {"documents": len(wanted), "claims": 0, "labels": {}, "rows": summaries[:SUMMARY_ROWS],
              "mismatch_count": 0, "mismatches": [], "error_count": 0, "errors": []}
    for position in range(max(len(wanted), len(summaries))):
        want = wanted[position] if position < len(wanted) else None
        got = summaries[position][0] if position < len(summaries) else None
        # An input line without an id cannot be told apart from a lost one: it counts as a mismatch.
        if want is None or want != got:
            report["mismatch_count"] += 1
            if len(report["mismatches"]) < REPORTED_PROBLEMS:
                report["mismatches"].append((position, want, got))
    for identifier, error, claims, _, label in summaries:
        if error is not None:
            report["error_count"] += 1
            if len(report["errors"]) < REPORTED_PROBLEMS:
                report["errors"].append((identifier, error))
            continue
        report["claims"] += claims
        report["labels"][label] = report["labels"].get(label, 0) + 1
    return index, report


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
