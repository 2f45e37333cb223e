"""Parse WARC archives with Spark: ``mapPartitions`` over the archives'
paths, each task reading its own files with :func:`newsshape.batch.parse_files`.

With pyspark installed this runs on a local Spark session; without it, the
same partition function runs over the same partitions in plain Python, so
the script still shows what each Spark task does.

Run: python examples/spark_warc.py
"""

from __future__ import annotations

from pathlib import Path

from newsshape.batch import parse_files

DATA = Path(__file__).parent / "data"


def main() -> None:
    """Parse the example archive (given twice, as two partitions)."""
    paths = [str(DATA / "pages.warc.gz"), str(DATA / "pages")]
    try:
        from pyspark.sql import SparkSession
    except ImportError:
        print("pyspark is not installed: running the Spark partitions in plain Python")
        partitions = [[path] for path in paths]
        records = [record for part in partitions for record in parse_files(part)]
    else:
        spark = SparkSession.builder.master("local[2]").appName("newsshape").getOrCreate()
        rdd = spark.sparkContext.parallelize(paths, len(paths)).mapPartitions(parse_files)
        records = rdd.collect()
        spark.stop()
    for record in records:
        print(f"{record['source']}: {record.get('title') or record.get('error')}")


if __name__ == "__main__":
    main()
