#include "RunOutcome.h"

#include "StableHash.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>
#include <array>

namespace brickdesk::emulator::runOutcome {

namespace {

const QString kZeroDivision = QStringLiteral("ZeroDivisionError: division by zero");

QString taskPath(const QJsonObject &task)
{
    const QString notebook = task.value(QStringLiteral("notebook_task"))
                                 .toObject()
                                 .value(QStringLiteral("notebook_path"))
                                 .toString();
    if (!notebook.isEmpty())
        return notebook;
    return task.value(QStringLiteral("spark_python_task"))
        .toObject()
        .value(QStringLiteral("python_file"))
        .toString();
}

QString taskKey(const QJsonObject &task)
{
    return task.value(QStringLiteral("task_key")).toString();
}

bool isNotebook(const QJsonObject &task)
{
    return task.contains(QStringLiteral("notebook_task"));
}

bool isPython(const QJsonObject &task)
{
    return task.contains(QStringLiteral("spark_python_task")) ||
           task.contains(QStringLiteral("python_wheel_task"));
}

bool namedToFail(const QJsonObject &task, const QLatin1String &word)
{
    return taskKey(task).contains(word, Qt::CaseInsensitive) ||
           taskPath(task).contains(word, Qt::CaseInsensitive);
}

QString resultOf(const QJsonObject &task)
{
    return task.value(QStringLiteral("state"))
        .toObject()
        .value(QStringLiteral("result_state"))
        .toString();
}

QString stamp(qint64 epochMs)
{
    return QDateTime::fromMSecsSinceEpoch(epochMs, Qt::UTC)
        .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss,zzz"));
}

QString tableName(const QJsonObject &task)
{
    return QStringLiteral("main.analytics.") + taskKey(task).toLower();
}

QString notebookTrace(const QJsonObject &task, quint64 hash)
{
    const int line = static_cast<int>(pickInRange(hash, 8, 42));
    return QStringLiteral(
               "---------------------------------------------------------------------------\n"
               "ZeroDivisionError                         Traceback (most recent call last)\n"
               "File <command-%1>, line %2\n"
               "     %3 daily_totals = spark.table(\"%4\").groupBy(\"day\").count().collect()\n"
               "     %5 baseline = sum(row[\"count\"] for row in daily_totals[:0])\n"
               "---> %2 growth = daily_totals[-1][\"count\"] / baseline\n"
               "\n")
               .arg(pickInRange(hash >> 8, 1000000000000000LL, 4999999999999999LL))
               .arg(line)
               .arg(line - 2)
               .arg(tableName(task))
               .arg(line - 1) +
           kZeroDivision;
}

QString pythonTrace(const QJsonObject &task, quint64 hash)
{
    QString file = taskPath(task);
    if (file.isEmpty()) {
        file = QStringLiteral("/local_disk0/.ephemeral_nfs/envs/pythonEnv/lib/python3.10/"
                              "site-packages/") +
               task.value(QStringLiteral("python_wheel_task"))
                   .toObject()
                   .value(QStringLiteral("package_name"))
                   .toString() +
               QStringLiteral("/main.py");
    }
    const int line = static_cast<int>(pickInRange(hash, 20, 80));
    return QStringLiteral("Traceback (most recent call last):\n"
                          "  File \"%1\", line %2, in <module>\n"
                          "    main()\n"
                          "  File \"%1\", line %3, in main\n"
                          "    ratio = processed_rows / expected_rows\n")
               .arg(file)
               .arg(line + 9)
               .arg(line) +
           kZeroDivision;
}

// Failures of seeded runs vary like a real workspace's; tasks named to fail divide by zero.
struct Failure
{
    const char *error;
    const char *trace;
};
const std::array<Failure, 3> kSeededFailures = {{
    {"AnalysisException: [TABLE_OR_VIEW_NOT_FOUND] The table or view `main`.`staging`.`events_raw` "
     "cannot be found. Verify the spelling and correctness of the schema and catalog.",
     "---------------------------------------------------------------------------\n"
     "AnalysisException                         Traceback (most recent call last)\n"
     "File <command-3372610998123401>, line 4\n"
     "      2 from pyspark.sql import functions as F\n"
     "----> 4 events = spark.table(\"main.staging.events_raw\")\n"
     "AnalysisException: [TABLE_OR_VIEW_NOT_FOUND] The table or view `main`.`staging`.`events_raw` "
     "cannot be found."},
    {"Py4JJavaError: An error occurred while calling o412.save.\n: "
     "org.apache.spark.SparkException: Job aborted due to stage failure: Task 3 in stage 17.0 "
     "failed 4 times, most recent failure: Lost task 3.3 in stage 17.0 (TID 211) "
     "(10.139.64.9 executor 2): ExecutorLostFailure (executor 2 exited caused by one of the "
     "running tasks) Reason: Remote RPC client disassociated.",
     "Py4JJavaError                             Traceback (most recent call last)\n"
     "File <command-2287610998120077>, line 18\n"
     "---> 18 df.write.format(\"delta\").mode(\"overwrite\").save(target_path)\n"
     "Py4JJavaError: An error occurred while calling o412.save.\n"
     ": org.apache.spark.SparkException: Job aborted due to stage failure"},
    {nullptr, nullptr}, // division by zero
}};

QJsonObject failureOutput(const QJsonObject &task)
{
    const quint64 hash = stableHash(taskKey(task) + taskPath(task));
    const bool named =
        namedToFail(task, QLatin1String("fail")) || namedToFail(task, QLatin1String("flaky"));
    const Failure &failure =
        kSeededFailures.at(named ? kSeededFailures.size() - 1 : hash % kSeededFailures.size());
    QJsonObject output;
    if (failure.error) {
        output.insert(QStringLiteral("error"), QString::fromUtf8(failure.error));
        output.insert(QStringLiteral("error_trace"), QString::fromUtf8(failure.trace));
    } else {
        output.insert(QStringLiteral("error"), kZeroDivision);
        output.insert(QStringLiteral("error_trace"),
                      isNotebook(task) ? notebookTrace(task, hash) : pythonTrace(task, hash));
    }
    return output;
}

QString argumentsText(const QJsonObject &task)
{
    for (const QString &type :
         {QStringLiteral("spark_python_task"), QStringLiteral("python_wheel_task")}) {
        const QJsonArray parameters =
            task.value(type).toObject().value(QStringLiteral("parameters")).toArray();
        if (task.contains(type))
            return QString::fromUtf8(QJsonDocument(parameters).toJson(QJsonDocument::Compact));
    }
    return QStringLiteral("[]");
}

QString pythonLogs(const QJsonObject &task, bool failed)
{
    const qint64 start = static_cast<qint64>(task.value(QStringLiteral("start_time")).toDouble());
    const qint64 end = static_cast<qint64>(task.value(QStringLiteral("end_time")).toDouble());
    const quint64 hash = stableHash(taskKey(task));
    const qint64 rows = pickInRange(hash, 10'000, 9'000'000);
    const QString logger = QStringLiteral(" INFO ") + taskKey(task) + QStringLiteral(": ");
    QStringList lines{
        stamp(start) + logger + QStringLiteral("Starting with arguments ") + argumentsText(task),
        stamp(start + 4'210) + logger + QStringLiteral("Spark session ready (Spark 3.4.1)"),
        stamp(start + (end - start) / 3) + logger +
            QStringLiteral("Read %1 rows from source").arg(rows),
    };
    if (failed) {
        lines.append(stamp(end - 800) + QStringLiteral(" ERROR ") + taskKey(task) +
                     QStringLiteral(": ") + kZeroDivision);
    } else {
        lines.append(
            stamp(end - 2'500) + logger +
            QStringLiteral("Wrote %1 rows to %2").arg(rows - rows / 7).arg(tableName(task)));
        lines.append(stamp(end - 300) + logger + QStringLiteral("Done"));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace

qint64 taskDurationMs(const QJsonObject &task)
{
    return pickInRange(stableHash(taskKey(task) + QLatin1Char('|') + taskPath(task)), 60, 600) *
           1000;
}

bool taskFails(const QJsonObject &task, bool isRepairAttempt)
{
    if (namedToFail(task, QLatin1String("fail")))
        return true;
    return namedToFail(task, QLatin1String("flaky")) && !isRepairAttempt;
}

QJsonObject taskOutput(const QJsonObject &task)
{
    const QString result = resultOf(task);
    QJsonObject output;
    if (result == QLatin1String("FAILED")) {
        output = failureOutput(task);
        if (isPython(task)) {
            output.insert(QStringLiteral("logs"), pythonLogs(task, true));
            output.insert(QStringLiteral("logs_truncated"), false);
        }
    } else if (result == QLatin1String("SUCCESS")) {
        if (isNotebook(task)) {
            const quint64 hash = stableHash(taskKey(task) + taskPath(task));
            const QString value =
                QStringLiteral("{\"status\": \"OK\", \"rows_written\": %1, \"table\": \"%2\"}")
                    .arg(pickInRange(hash, 1'000, 5'000'000))
                    .arg(tableName(task));
            output.insert(QStringLiteral("notebook_output"),
                          QJsonObject{{QStringLiteral("result"), value},
                                      {QStringLiteral("truncated"), false}});
        } else if (isPython(task)) {
            output.insert(QStringLiteral("logs"), pythonLogs(task, false));
            output.insert(QStringLiteral("logs_truncated"), false);
        }
    }
    return output;
}

} // namespace brickdesk::emulator::runOutcome
