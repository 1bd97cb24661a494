"""Clean a crawled sales table into the processed zone (AWS Glue 4.0, PySpark).

The lab's simulated Glue does not run this script: it does the same work from the job's arguments
(docs/glue-jobs.md). On real AWS this script does what those arguments describe.

Arguments: --source_database, --source_table, --target_path, --target_format (csv or json),
--trim (true: trim every value, empty becomes null), --dedupe (true: drop repeated rows).
"""
import sys

from awsglue.context import GlueContext
from awsglue.job import Job
from awsglue.utils import getResolvedOptions
from pyspark.context import SparkContext
from pyspark.sql import functions as F

args = getResolvedOptions(sys.argv, ["JOB_NAME", "source_database", "source_table", "target_path",
                                     "target_format", "trim", "dedupe"])
glue = GlueContext(SparkContext.getOrCreate())
job = Job(glue)
job.init(args["JOB_NAME"], args)

frame = glue.create_dynamic_frame.from_catalog(database=args["source_database"],
                                               table_name=args["source_table"]).toDF()
if args["trim"] == "true":
    for column in frame.columns:
        trimmed = F.trim(F.col(column).cast("string"))
        frame = frame.withColumn(column, F.when(trimmed == "", None).otherwise(trimmed))
if args["dedupe"] == "true":
    frame = frame.dropDuplicates()

frame.coalesce(1).write.mode("append").option("header", "true").format(args["target_format"]).save(args["target_path"])
job.commit()
