#include "WorkspaceSeed.h"

#include "DemoSeed.h"
#include "StableHash.h"
#include "WorkspacePath.h"
#include "WorkspaceTree.h"

#include <QJsonArray>

namespace brickdesk::emulator {

namespace {

// clang-format off
const char *const kIngestTrips = R"nb(# Databricks notebook source
# MAGIC %md
# MAGIC # Ingest trips
# MAGIC Loads the raw taxi trips from the landing zone into `demo.trips`.
# MAGIC
# MAGIC * source: `dbfs:/mnt/raw/events/`
# MAGIC * target: `demo.trips` (append)

# COMMAND ----------

from pyspark.sql import functions as F

raw = spark.read.json("dbfs:/mnt/raw/events/")
trips = (
    raw.withColumn("pickup_time", F.to_timestamp("pickup_time"))
    .withColumn("dropoff_time", F.to_timestamp("dropoff_time"))
    .filter(F.col("fare_amount") > 0)
)
print(f"{trips.count()} trips to load")

# COMMAND ----------

# MAGIC %sql
# MAGIC SELECT pickup_zip, count(*) AS trips, round(avg(fare_amount), 2) AS avg_fare
# MAGIC FROM demo.trips
# MAGIC GROUP BY pickup_zip
# MAGIC ORDER BY trips DESC
# MAGIC LIMIT 10

# COMMAND ----------

# MAGIC %sh
# MAGIC ls -lh /dbfs/mnt/raw/events | head -n 5

# COMMAND ----------

trips.write.mode("append").saveAsTable("demo.trips")
display(spark.table("demo.trips").orderBy(F.desc("pickup_time")).limit(10))
)nb";

const char *const kDailyRevenue = R"nb(-- Databricks notebook source
-- MAGIC %md
-- MAGIC # Daily revenue
-- MAGIC Revenue per day from `demo.trips`, for the finance dashboard.

-- COMMAND ----------

SELECT trip_date, trips, revenue
FROM demo.daily_revenue
ORDER BY trip_date DESC
LIMIT 30

-- COMMAND ----------

SELECT payment_type, count(*) AS trips, sum(total_amount) AS revenue
FROM demo.trips
WHERE pickup_time >= date_sub(current_date(), 7)
GROUP BY payment_type

-- COMMAND ----------

-- MAGIC %python
-- MAGIC df = spark.table("demo.daily_revenue")
-- MAGIC display(df.orderBy("trip_date"))
)nb";

const char *const kSessionize = R"nb(// Databricks notebook source
// MAGIC %md
// MAGIC # Sessionize
// MAGIC Groups `demo.events_1m` into sessions: a gap of 30 minutes starts a new one.

// COMMAND ----------

import org.apache.spark.sql.expressions.Window
import org.apache.spark.sql.functions._

val events = spark.table("demo.events_1m")
val byUser = Window.partitionBy("user_id").orderBy("event_time")

// COMMAND ----------

val sessions = events
  .withColumn("gap", unix_timestamp(col("event_time")) - lag(unix_timestamp(col("event_time")), 1).over(byUser))
  .withColumn("new_session", when(col("gap").isNull || col("gap") > 1800, 1).otherwise(0))
  .withColumn("session_id", sum("new_session").over(byUser))

// COMMAND ----------

// MAGIC %sql
// MAGIC SELECT kind, count(*) AS events
// MAGIC FROM demo.events_1m
// MAGIC GROUP BY kind

// COMMAND ----------

display(sessions.groupBy("user_id").agg(countDistinct("session_id").as("sessions")))
)nb";

const char *const kForecast = R"nb(# Databricks notebook source
# MAGIC %md
# MAGIC # Forecast
# MAGIC Forecasts next week's daily revenue from `demo.daily_revenue`.

# COMMAND ----------

library(SparkR)
revenue <- collect(sql("SELECT trip_date, revenue FROM demo.daily_revenue ORDER BY trip_date"))
head(revenue)

# COMMAND ----------

fit <- lm(revenue ~ as.numeric(as.Date(trip_date)), data = revenue)
summary(fit)

# COMMAND ----------

# MAGIC %sql
# MAGIC SELECT max(trip_date) AS last_day, sum(revenue) AS total FROM demo.daily_revenue

# COMMAND ----------

# MAGIC %sh
# MAGIC R --version | head -n 1
)nb";

const char *const kWeeklyKpis = R"nb(# Databricks notebook source
# MAGIC %md
# MAGIC # Weekly KPIs
# MAGIC Trips, revenue and average fare per week, shared with the whole team.

# COMMAND ----------

kpis = spark.sql("""
    SELECT date_trunc('week', pickup_time) AS week,
           count(*) AS trips,
           sum(total_amount) AS revenue,
           avg(fare_amount) AS avg_fare
    FROM demo.trips
    GROUP BY 1
    ORDER BY 1
""")
display(kpis)

# COMMAND ----------

# MAGIC %scala
# MAGIC val orders = spark.table("demo.orders")
# MAGIC println(s"${orders.count()} orders")

# COMMAND ----------

# MAGIC %r
# MAGIC library(SparkR)
# MAGIC head(sql("SELECT status, count(*) AS n FROM demo.orders GROUP BY status"))
)nb";

const char *const kChurnOverview = R"nb(-- Databricks notebook source
-- MAGIC %md
-- MAGIC # Churn overview
-- MAGIC Customers without an order in the last 90 days, by segment.

-- COMMAND ----------

SELECT c.segment, count(*) AS customers
FROM demo.customers c
LEFT JOIN demo.orders o ON o.customer_id = c.customer_id
GROUP BY c.segment

-- COMMAND ----------

SELECT customer_id, name, email
FROM demo.customers
WHERE is_active = false
ORDER BY customer_id
)nb";

const char *const kBronzeOrders = R"nb(# Databricks notebook source
# MAGIC %md
# MAGIC # Bronze orders
# MAGIC Raw orders from the shop's export into `demo.orders`; kept in the `etl-pipelines` repo.

# COMMAND ----------

dbutils.widgets.text("env", "dev")
env = dbutils.widgets.get("env")

# COMMAND ----------

orders = spark.read.option("header", True).csv("dbfs:/FileStore/tables/sales.csv")
orders.write.mode("overwrite").saveAsTable("demo.orders")

# COMMAND ----------

# MAGIC %sql
# MAGIC SELECT status, count(*) FROM demo.orders GROUP BY status
)nb";

const char *const kConfigYaml = R"(# Settings read by the demo notebooks.
warehouse: Demo Serverless
catalog: main
schema: demo
landing_zone: dbfs:/mnt/raw/events/
alerts:
  email: demo.user@brickdesk.example
  on_failure: true
)";

const char *const kRepoReadme = R"(# etl-pipelines

Notebooks and jobs of the demo ETL: bronze, silver and gold tables of the shop's orders.
)";

const char *const kDashboard = R"({"datasets":[{"name":"daily_revenue","displayName":"Daily revenue","query":"SELECT * FROM demo.daily_revenue"}],"pages":[{"name":"overview","displayName":"Revenue overview","layout":[]}]}
)";
// clang-format on

const char *const kJobNotebook = "# Databricks notebook source\n"
                                 "# MAGIC %md\n"
                                 "# MAGIC # %1\n"
                                 "# MAGIC Task `%2` of the job *%1*.\n"
                                 "\n"
                                 "# COMMAND ----------\n"
                                 "\n"
                                 "dbutils.widgets.text(\"env\", \"dev\")\n"
                                 "env = dbutils.widgets.get(\"env\")\n"
                                 "print(f\"%2 running in {env}\")\n"
                                 "\n"
                                 "# COMMAND ----------\n"
                                 "\n"
                                 "# MAGIC %sql\n"
                                 "# MAGIC SELECT current_timestamp() AS started_at\n";

const char *const kJobScript = "import argparse\n"
                               "\n"
                               "parser = argparse.ArgumentParser(description=\"%1: %2\")\n"
                               "parser.add_argument(\"--env\", default=\"dev\")\n"
                               "args = parser.parse_args()\n"
                               "print(f\"%2 running in {args.env}\")\n";

// A few bytes that start like a wheel (a zip file); the emulator never installs it.
QByteArray fakeWheel()
{
    QByteArray data("PK\x03\x04", 4);
    data.append("brickdesk_utils/__init__.py\n__version__ = \"0.3.0\"\n");
    return data;
}

class Seeder
{
public:
    Seeder(WorkspaceTree &tree, qint64 nowMs)
        : m_tree(tree)
        , m_time(DemoTime::startingAt(nowMs))
    {}

    void folder(const QString &path)
    {
        // Folders of the demo were made long ago.
        m_tree.makeFolders(path, m_time.at(2024, 3, 4, 9, 0, 0));
    }

    // Created some days before it was last changed, both before the demo's "now".
    void object(const QString &path, WorkspaceObjectType type, const QString &language,
                const QByteArray &content)
    {
        folder(workspaceParentPath(path));
        const quint64 hash = stableHash(path);
        const qint64 modified =
            m_time.at(2024, 11, 20, 8, 0, 0) - pickInRange(hash, 0, 40 * 24 * 3600) * 1000;
        const qint64 created = modified - pickInRange(mixHash(hash), 1, 120) * 24 * 3600 * 1000LL;
        m_tree.write(path, type, language, content, created);
        WorkspaceObject stamped = *m_tree.object(path);
        stamped.modifiedAt = modified;
        m_tree.put(std::move(stamped));
    }

    void notebook(const QString &path, const char *language, const QByteArray &source)
    {
        object(path, WorkspaceObjectType::Notebook, QString::fromLatin1(language), source);
    }

private:
    WorkspaceTree &m_tree;
    DemoTime m_time;
};

QString homeOf(const QString &user)
{
    return QStringLiteral("/Users/") + user;
}

void seedJobFiles(Seeder &seeder, const QList<QJsonObject> &jobs)
{
    for (const QJsonObject &job : jobs) {
        const QJsonObject settings = job.value(QStringLiteral("settings")).toObject();
        const QString jobName = settings.value(QStringLiteral("name")).toString();
        const QJsonArray tasks = settings.value(QStringLiteral("tasks")).toArray();
        for (const QJsonValue &value : tasks) {
            const QJsonObject task = value.toObject();
            const QString key = task.value(QStringLiteral("task_key")).toString();
            const QString notebookPath = task.value(QStringLiteral("notebook_task"))
                                             .toObject()
                                             .value(QStringLiteral("notebook_path"))
                                             .toString();
            const QString pythonFile = task.value(QStringLiteral("spark_python_task"))
                                           .toObject()
                                           .value(QStringLiteral("python_file"))
                                           .toString();
            QString path;
            if (!notebookPath.isEmpty() && !normaliseWorkspacePath(notebookPath, &path)) {
                seeder.notebook(path, "PYTHON",
                                QString::fromLatin1(kJobNotebook).arg(jobName, key).toUtf8());
            } else if (!pythonFile.isEmpty() && !normaliseWorkspacePath(pythonFile, &path)) {
                seeder.object(path, WorkspaceObjectType::File, QString(),
                              QString::fromLatin1(kJobScript).arg(jobName, key).toUtf8());
            }
        }
    }
}

} // namespace

void seedWorkspaceTree(WorkspaceTree &tree, bool demo, const QList<QJsonObject> &jobs, qint64 nowMs)
{
    Seeder seeder(tree, nowMs);
    const QString me = demoUserName();
    const QString home = homeOf(me);
    for (const QString &folder :
         {QStringLiteral("/Users"), QStringLiteral("/Shared"), QStringLiteral("/Repos"), home}) {
        seeder.folder(folder);
    }
    if (!demo)
        return;

    seeder.notebook(home + QStringLiteral("/Ingest trips"), "PYTHON", kIngestTrips);
    seeder.notebook(home + QStringLiteral("/Daily revenue"), "SQL", kDailyRevenue);
    seeder.notebook(home + QStringLiteral("/Sessionize"), "SCALA", kSessionize);
    seeder.notebook(home + QStringLiteral("/Forecast"), "R", kForecast);
    seeder.object(home + QStringLiteral("/config.yaml"), WorkspaceObjectType::File, QString(),
                  QByteArray(kConfigYaml));
    seeder.object(home + QStringLiteral("/Revenue overview.lvdash.json"),
                  WorkspaceObjectType::Dashboard, QString(), QByteArray(kDashboard));
    seeder.folder(home + QStringLiteral("/Scratch"));

    seeder.notebook(QStringLiteral("/Shared/Team reports/Weekly KPIs"), "PYTHON", kWeeklyKpis);
    seeder.notebook(QStringLiteral("/Shared/Team reports/Churn overview"), "SQL", kChurnOverview);
    seeder.object(QStringLiteral("/Shared/libs/brickdesk_utils-0.3.0-py3-none-any.whl"),
                  WorkspaceObjectType::Library, QString(), fakeWheel());

    const QString repo = QStringLiteral("/Repos/") + me + QStringLiteral("/etl-pipelines");
    seeder.folder(workspaceParentPath(repo));
    WorkspaceObject repoObject;
    repoObject.path = repo;
    repoObject.type = WorkspaceObjectType::Repo;
    tree.put(std::move(repoObject));
    seeder.object(repo + QStringLiteral("/README.md"), WorkspaceObjectType::File, QString(),
                  QByteArray(kRepoReadme));
    seeder.notebook(repo + QStringLiteral("/notebooks/bronze_orders"), "PYTHON", kBronzeOrders);

    seedJobFiles(seeder, jobs);
}

} // namespace brickdesk::emulator
