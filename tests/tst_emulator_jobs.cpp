// The emulator's job endpoints over real HTTP: create, reset, update (merging tasks by key),
// delete, and the generated jobs=N seed paged through jobs/list.

#include "WorkspaceEmulator.h"
#include "testing/EmulatorTestClient.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QTest>
#include <memory>

using namespace brickdesk::emulator;
using brickdesk::emulator::testing::EmulatorTestClient;
using brickdesk::emulator::testing::HttpResult;

namespace {

const QString kToken = QStringLiteral("dapi-emulator-jobs-test-0123456789");

QJsonObject notebookTask(const QString &key, const QStringList &dependsOn = {})
{
    QJsonObject task{{"task_key", key},
                     {"notebook_task",
                      QJsonObject{{"notebook_path", QString("/Workspace/Shared/tests/" + key)}}},
                     {"existing_cluster_id", "0923-164208-k9x2m1qa"}};
    QJsonArray deps;
    for (const QString &dep : dependsOn)
        deps.append(QJsonObject{{"task_key", dep}});
    if (!deps.isEmpty())
        task.insert("depends_on", deps);
    return task;
}

QStringList taskKeys(const QJsonObject &settings)
{
    QStringList keys;
    for (const QJsonValue &task : settings.value("tasks").toArray())
        keys.append(task.toObject().value("task_key").toString());
    return keys;
}

} // namespace

class tst_EmulatorJobs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();

    void createMinimalJobGetsDefaults();
    void createKeepsSettingsAndListsTheJob();
    void createValidatesSettings_data();
    void createValidatesSettings();
    void resetReplacesAllSettings();
    void resetAndUpdateRejectBadInput_data();
    void resetAndUpdateRejectBadInput();
    void updateMergesTasksByKeyAndRemovesFields();
    void updateThatBreaksTheJobIsRefused();
    void deleteRemovesTheJobAndItsRuns();
    void generatedSeedListsTenThousandJobsOnHundredPages();
    void generatedSeedIsVariedAndDeterministic();
    void generatedSeedRejectsTooManyJobs();

private:
    bool start(Seed seed = Seed::Demo, int generatedJobs = 0);
    qint64 createJob(const QJsonObject &settings);
    QJsonObject job(qint64 jobId);

    std::unique_ptr<WorkspaceEmulator> m_emulator;
    std::unique_ptr<EmulatorTestClient> m_client;
};

void tst_EmulatorJobs::cleanup()
{
    m_client.reset();
    m_emulator.reset();
}

bool tst_EmulatorJobs::start(Seed seed, int generatedJobs)
{
    EmulatorOptions options;
    options.token = kToken;
    options.seed = seed;
    options.generatedJobCount = generatedJobs;
    options.timeScale = 600.0;
    m_emulator = std::make_unique<WorkspaceEmulator>(options);
    if (!m_emulator->listen(0))
        return false;
    m_client = std::make_unique<EmulatorTestClient>(*m_emulator, kToken);
    return true;
}

qint64 tst_EmulatorJobs::createJob(const QJsonObject &settings)
{
    const HttpResult created = m_client->post("/api/2.1/jobs/create", settings);
    if (created.status != 200)
        qWarning("create failed: %s", created.body.constData());
    return static_cast<qint64>(created.json.value("job_id").toDouble());
}

QJsonObject tst_EmulatorJobs::job(qint64 jobId)
{
    return m_client
        ->get("/api/2.1/jobs/get", EmulatorTestClient::query({{"job_id", QString::number(jobId)}}))
        .json;
}

void tst_EmulatorJobs::createMinimalJobGetsDefaults()
{
    QVERIFY(start());
    const qint64 before = m_emulator->simulatedNowMs();
    const HttpResult created = m_client->post("/api/2.1/jobs/create", {});
    QCOMPARE(created.status, 200);
    QCOMPARE(created.json.keys(), QStringList{"job_id"});
    const qint64 jobId = static_cast<qint64>(created.json.value("job_id").toDouble());
    QVERIFY(jobId > 0);

    const QJsonObject stored = job(jobId);
    QCOMPARE(static_cast<qint64>(stored.value("job_id").toDouble()), jobId);
    QCOMPARE(stored.value("creator_user_name").toString(),
             QStringLiteral("demo.user@brickdesk.example"));
    QCOMPARE(stored.value("run_as_user_name").toString(),
             QStringLiteral("demo.user@brickdesk.example"));
    const auto created_time = static_cast<qint64>(stored.value("created_time").toDouble());
    QVERIFY(created_time >= before && created_time <= m_emulator->simulatedNowMs());
    const QJsonObject settings = stored.value("settings").toObject();
    QCOMPARE(settings.value("name").toString(), QStringLiteral("Untitled"));
    QCOMPARE(settings.value("format").toString(), QStringLiteral("MULTI_TASK"));
    QCOMPARE(settings.value("max_concurrent_runs").toInt(), 1);
    QCOMPARE(settings.value("timeout_seconds").toInt(), 0);
    // A second job gets a new, larger id.
    QVERIFY(createJob({{"name", "Second"}}) > jobId);
}

void tst_EmulatorJobs::createKeepsSettingsAndListsTheJob()
{
    QVERIFY(start());
    const QJsonObject settings{
        {"name", "Orders nightly rebuild"},
        {"tasks", QJsonArray{notebookTask("extract"), notebookTask("load", {"extract"})}},
        {"schedule", QJsonObject{{"quartz_cron_expression", "0 0 3 * * ?"},
                                 {"timezone_id", "Europe/Berlin"},
                                 {"pause_status", "UNPAUSED"}}},
        {"tags", QJsonObject{{"team", "data-eng"}}},
        {"max_concurrent_runs", 2},
        {"parameters", QJsonArray{QJsonObject{{"name", "env"}, {"default", "dev"}}}},
        {"access_control_list", QJsonArray{}},
    };
    const qint64 jobId = createJob(settings);
    QVERIFY(jobId > 0);
    const QJsonObject stored = job(jobId).value("settings").toObject();
    QCOMPARE(taskKeys(stored), (QStringList{"extract", "load"}));
    QCOMPARE(stored.value("schedule").toObject().value("timezone_id").toString(),
             QStringLiteral("Europe/Berlin"));
    QCOMPARE(stored.value("tags").toObject().value("team").toString(), QStringLiteral("data-eng"));
    QCOMPARE(stored.value("max_concurrent_runs").toInt(), 2);
    QVERIFY(!stored.contains("access_control_list"));

    const QJsonArray listed =
        m_client
            ->get("/api/2.1/jobs/list",
                  EmulatorTestClient::query({{"name", "orders NIGHTLY rebuild"}}))
            .json.value("jobs")
            .toArray();
    QCOMPARE(listed.size(), 1);
    QCOMPARE(static_cast<qint64>(listed.first().toObject().value("job_id").toDouble()), jobId);
    QCOMPARE(m_client->get("/api/2.1/jobs/list", EmulatorTestClient::query({{"limit", "100"}}))
                 .json.value("jobs")
                 .toArray()
                 .size(),
             26);
}

void tst_EmulatorJobs::createValidatesSettings_data()
{
    QTest::addColumn<QJsonObject>("settings");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("duplicate task keys")
        << QJsonObject{{"tasks", QJsonArray{notebookTask("a"), notebookTask("a")}}} << "a";
    QTest::newRow("unknown upstream")
        << QJsonObject{{"tasks", QJsonArray{notebookTask("a", {"ghost"})}}} << "ghost";
    QTest::newRow("cycle") << QJsonObject{{"tasks", QJsonArray{notebookTask("a", {"b"}),
                                                               notebookTask("b", {"a"})}}}
                           << "cycle";
    QTest::newRow("no task key")
        << QJsonObject{{"tasks", QJsonArray{QJsonObject{
                                     {"notebook_task", QJsonObject{{"notebook_path", "/x"}}}}}}}
        << "task_key";
    QTest::newRow("bad task key") << QJsonObject{{"tasks", QJsonArray{notebookTask("has space")}}}
                                  << "has space";
    QTest::newRow("no task type") << QJsonObject{{"tasks",
                                                  QJsonArray{QJsonObject{{"task_key", "a"}}}}}
                                  << "exactly one";
    QJsonObject twoTypes = notebookTask("a");
    twoTypes.insert("spark_python_task", QJsonObject{{"python_file", "/x.py"}});
    QTest::newRow("two task types")
        << QJsonObject{{"tasks", QJsonArray{twoTypes}}} << "exactly one";
    QJsonObject onCluster = notebookTask("a");
    onCluster.remove("existing_cluster_id");
    onCluster.insert("job_cluster_key", "missing_cluster");
    QTest::newRow("undefined job cluster")
        << QJsonObject{{"tasks", QJsonArray{onCluster}}} << "missing_cluster";
    QTest::newRow("max_concurrent_runs 1001")
        << QJsonObject{{"max_concurrent_runs", 1001}} << "max_concurrent_runs";
    QTest::newRow("negative timeout") << QJsonObject{{"timeout_seconds", -1}} << "timeout_seconds";
    QTest::newRow("name too long")
        << QJsonObject{{"name", QString(4097, QLatin1Char('n'))}} << "4096";
    QTest::newRow("tasks not an array") << QJsonObject{{"tasks", QJsonObject{}}} << "tasks";
    QTest::newRow("schedule without timezone")
        << QJsonObject{{"schedule", QJsonObject{{"quartz_cron_expression", "0 0 3 * * ?"}}}}
        << "timezone_id";
}

void tst_EmulatorJobs::createValidatesSettings()
{
    QFETCH(QJsonObject, settings);
    QFETCH(QString, messagePart);
    QVERIFY(start());
    const HttpResult result = m_client->post("/api/2.1/jobs/create", settings);
    QCOMPARE(result.status, 400);
    QCOMPARE(result.errorCode(), QStringLiteral("INVALID_PARAMETER_VALUE"));
    QVERIFY2(result.message().contains(messagePart, Qt::CaseInsensitive),
             qPrintable(result.message()));
    const HttpResult malformed = m_client->postRaw("/api/2.1/jobs/create", "{\"name\":");
    QCOMPARE(malformed.status, 400);
    QCOMPARE(malformed.errorCode(), QStringLiteral("MALFORMED_REQUEST"));
}

void tst_EmulatorJobs::resetReplacesAllSettings()
{
    QVERIFY(start());
    const qint64 jobId =
        createJob({{"name", "Before"},
                   {"tasks", QJsonArray{notebookTask("a"), notebookTask("b", {"a"})}},
                   {"tags", QJsonObject{{"team", "x"}}},
                   {"schedule", QJsonObject{{"quartz_cron_expression", "0 0 3 * * ?"},
                                            {"timezone_id", "UTC"}}}});
    const QJsonObject before = job(jobId);
    const HttpResult reset =
        m_client->post("/api/2.1/jobs/reset",
                       {{"job_id", jobId},
                        {"new_settings", QJsonObject{{"name", "After"},
                                                     {"tasks", QJsonArray{notebookTask("c")}}}}});
    QCOMPARE(reset.status, 200);
    QCOMPARE(reset.json, QJsonObject());
    const QJsonObject after = job(jobId);
    const QJsonObject settings = after.value("settings").toObject();
    QCOMPARE(settings.value("name").toString(), QStringLiteral("After"));
    QCOMPARE(taskKeys(settings), QStringList{"c"});
    QVERIFY(!settings.contains("tags"));
    QVERIFY(!settings.contains("schedule"));
    QCOMPARE(after.value("created_time"), before.value("created_time"));
    QCOMPARE(after.value("creator_user_name"), before.value("creator_user_name"));

    // job_id may come as a string, as the service accepts.
    QCOMPARE(m_client
                 ->post("/api/2.1/jobs/reset",
                        {{"job_id", QString::number(jobId)}, {"new_settings", QJsonObject{}}})
                 .status,
             200);
    QCOMPARE(job(jobId).value("settings").toObject().value("name").toString(),
             QStringLiteral("Untitled"));
}

void tst_EmulatorJobs::resetAndUpdateRejectBadInput_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("message");
    for (const char *endpoint : {"reset", "update", "delete"}) {
        const QString path = QStringLiteral("/api/2.1/jobs/") + QString::fromUtf8(endpoint);
        QTest::addRow("%s unknown job", endpoint)
            << path << QJsonObject{{"job_id", 424242}, {"new_settings", QJsonObject{}}}
            << "Job 424242 does not exist.";
        QTest::addRow("%s no job_id", endpoint)
            << path << QJsonObject{{"new_settings", QJsonObject{}}} << "job_id";
        QTest::addRow("%s bad job_id", endpoint)
            << path << QJsonObject{{"job_id", "twelve"}, {"new_settings", QJsonObject{}}}
            << "job_id";
    }
    QTest::newRow("reset without new_settings")
        << "/api/2.1/jobs/reset" << QJsonObject{{"job_id", -1}} << "new_settings";
    QTest::newRow("update new_settings not an object")
        << "/api/2.1/jobs/update" << QJsonObject{{"job_id", -1}, {"new_settings", 3}}
        << "new_settings";
}

void tst_EmulatorJobs::resetAndUpdateRejectBadInput()
{
    QFETCH(QString, path);
    QFETCH(QJsonObject, body);
    QFETCH(QString, message);
    QVERIFY(start());
    const qint64 jobId = createJob({{"name", "Target"}});
    if (body.value("job_id") == QJsonValue(-1))
        body.insert("job_id", jobId);
    const HttpResult result = m_client->post(path, body);
    QCOMPARE(result.status, 400);
    QCOMPARE(result.errorCode(), QStringLiteral("INVALID_PARAMETER_VALUE"));
    QVERIFY2(result.message().contains(message), qPrintable(result.message()));
    QCOMPARE(job(jobId).value("settings").toObject().value("name").toString(),
             QStringLiteral("Target"));
}

void tst_EmulatorJobs::updateMergesTasksByKeyAndRemovesFields()
{
    QVERIFY(start());
    const qint64 jobId = createJob(
        {{"name", "Merge me"},
         {"tasks", QJsonArray{notebookTask("a"), notebookTask("b"), notebookTask("c", {"b"})}},
         {"tags", QJsonObject{{"team", "x"}}},
         {"schedule",
          QJsonObject{{"quartz_cron_expression", "0 0 3 * * ?"}, {"timezone_id", "UTC"}}},
         {"max_concurrent_runs", 3}});
    QJsonObject newB = notebookTask("b");
    newB.insert("notebook_task", QJsonObject{{"notebook_path", "/Workspace/Shared/tests/b_v2"}});
    const HttpResult updated = m_client->post(
        "/api/2.1/jobs/update",
        {{"job_id", jobId},
         {"new_settings",
          QJsonObject{{"name", "Merged"}, {"tasks", QJsonArray{newB, notebookTask("d", {"c"})}}}},
         {"fields_to_remove", QJsonArray{"tags", "tasks/a"}}});
    QCOMPARE(updated.status, 200);
    const QJsonObject settings = job(jobId).value("settings").toObject();
    QCOMPARE(settings.value("name").toString(), QStringLiteral("Merged"));
    QCOMPARE(taskKeys(settings), (QStringList{"b", "c", "d"}));
    QCOMPARE(settings.value("tasks")
                 .toArray()
                 .at(0)
                 .toObject()
                 .value("notebook_task")
                 .toObject()
                 .value("notebook_path"),
             QJsonValue("/Workspace/Shared/tests/b_v2"));
    QVERIFY(!settings.contains("tags"));
    QVERIFY(settings.contains("schedule")); // untouched fields stay
    QCOMPARE(settings.value("max_concurrent_runs").toInt(), 3);
}

void tst_EmulatorJobs::updateThatBreaksTheJobIsRefused()
{
    QVERIFY(start());
    const qint64 jobId = createJob(
        {{"name", "Chain"}, {"tasks", QJsonArray{notebookTask("a"), notebookTask("b", {"a"})}}});
    // Removing a task another one depends on leaves a broken job: refused, nothing changes.
    const HttpResult result = m_client->post(
        "/api/2.1/jobs/update", {{"job_id", jobId}, {"fields_to_remove", QJsonArray{"tasks/a"}}});
    QCOMPARE(result.status, 400);
    QCOMPARE(result.errorCode(), QStringLiteral("INVALID_PARAMETER_VALUE"));
    QCOMPARE(taskKeys(job(jobId).value("settings").toObject()), (QStringList{"a", "b"}));
}

void tst_EmulatorJobs::deleteRemovesTheJobAndItsRuns()
{
    QVERIFY(start());
    const qint64 jobId = createJob({{"name", "Doomed"}, {"tasks", QJsonArray{notebookTask("a")}}});
    const HttpResult run = m_client->post("/api/2.1/jobs/run-now", {{"job_id", jobId}});
    QCOMPARE(run.status, 200);
    const qint64 runId = static_cast<qint64>(run.json.value("run_id").toDouble());

    const HttpResult deleted = m_client->post("/api/2.1/jobs/delete", {{"job_id", jobId}});
    QCOMPARE(deleted.status, 200);
    QCOMPARE(deleted.json, QJsonObject());
    const HttpResult gone = m_client->get(
        "/api/2.1/jobs/get", EmulatorTestClient::query({{"job_id", QString::number(jobId)}}));
    QCOMPARE(gone.status, 400);
    QCOMPARE(gone.errorCode(), QStringLiteral("INVALID_PARAMETER_VALUE"));
    QCOMPARE(gone.message(), QStringLiteral("Job %1 does not exist.").arg(jobId));
    QCOMPARE(m_client
                 ->get("/api/2.1/jobs/runs/get",
                       EmulatorTestClient::query({{"run_id", QString::number(runId)}}))
                 .status,
             400);
    QCOMPARE(m_client->post("/api/2.1/jobs/delete", {{"job_id", jobId}}).status, 400);
    QCOMPARE(m_client->get("/api/2.1/jobs/list", EmulatorTestClient::query({{"limit", "100"}}))
                 .json.value("jobs")
                 .toArray()
                 .size(),
             25);
}

void tst_EmulatorJobs::generatedSeedListsTenThousandJobsOnHundredPages()
{
    QElapsedTimer seeding;
    seeding.start();
    QVERIFY(start(Seed::GeneratedJobs, 10000));
    const qint64 seedMs = seeding.elapsed();
    qInfo("seeding 10000 jobs and listening took %lld ms", seedMs);
    QVERIFY2(seedMs < 3000, qPrintable(QString::number(seedMs))); // generous for Debug builds

    QSet<qint64> ids;
    qint64 previous = 0;
    int pages = 0;
    QString token;
    for (;;) {
        QUrlQuery query = EmulatorTestClient::query({{"limit", "100"}});
        if (!token.isEmpty())
            query.addQueryItem("page_token", token);
        const HttpResult page = m_client->get("/api/2.1/jobs/list", query);
        QCOMPARE(page.status, 200);
        const QJsonArray jobs = page.json.value("jobs").toArray();
        ++pages;
        for (const QJsonValue &value : jobs) {
            const qint64 id = static_cast<qint64>(value.toObject().value("job_id").toDouble());
            QVERIFY(id > previous);
            previous = id;
            ids.insert(id);
        }
        token = page.json.value("next_page_token").toString();
        QCOMPARE(page.json.value("has_more").toBool(), !token.isEmpty());
        if (token.isEmpty())
            break;
        QCOMPARE(jobs.size(), 100);
        QVERIFY(pages <= 100);
    }
    QCOMPARE(pages, 100);
    QCOMPARE(ids.size(), 10000);
    // The demo clusters are there for the jobs that use them; no runs were generated.
    QCOMPARE(m_client->get("/api/2.0/clusters/list").json.value("clusters").toArray().size(), 3);
    QVERIFY(!m_client->get("/api/2.1/jobs/runs/list").json.contains("runs"));
}

void tst_EmulatorJobs::generatedSeedIsVariedAndDeterministic()
{
    QVERIFY(start(Seed::GeneratedJobs, 300));
    const auto listAll = [this] {
        QList<QJsonObject> jobs;
        QString token;
        do {
            QUrlQuery query =
                EmulatorTestClient::query({{"limit", "100"}, {"expand_tasks", "true"}});
            if (!token.isEmpty())
                query.addQueryItem("page_token", token);
            const HttpResult page = m_client->get("/api/2.1/jobs/list", query);
            for (const QJsonValue &job : page.json.value("jobs").toArray())
                jobs.append(job.toObject());
            token = page.json.value("next_page_token").toString();
        } while (!token.isEmpty());
        return jobs;
    };
    const QList<QJsonObject> first = listAll();
    QCOMPARE(first.size(), 300);
    QSet<QString> names, creators, crons, teams;
    int scheduled = 0, paused = 0, multiTask = 0;
    for (const QJsonObject &job : first) {
        const QJsonObject settings = job.value("settings").toObject();
        names.insert(settings.value("name").toString());
        creators.insert(job.value("creator_user_name").toString());
        teams.insert(settings.value("tags").toObject().value("team").toString());
        if (settings.contains("schedule")) {
            ++scheduled;
            crons.insert(
                settings.value("schedule").toObject().value("quartz_cron_expression").toString());
            paused +=
                settings.value("schedule").toObject().value("pause_status") == QJsonValue("PAUSED");
        }
        multiTask += settings.value("tasks").toArray().size() > 1;
        QVERIFY(!settings.value("tasks").toArray().isEmpty());
    }
    QVERIFY2(names.size() > 150, qPrintable(QString::number(names.size())));
    QVERIFY(creators.size() >= 10);
    QVERIFY(teams.size() >= 5);
    QVERIFY(crons.size() >= 5);
    QVERIFY(scheduled > 100 && scheduled < 300);
    QVERIFY(paused > 0);
    QVERIFY(multiTask > 100);

    // The same seed on another start gives the same jobs.
    cleanup();
    QVERIFY(start(Seed::GeneratedJobs, 300));
    const QList<QJsonObject> second = listAll();
    QCOMPARE(second.size(), first.size());
    for (qsizetype i = 0; i < first.size(); ++i) {
        QCOMPARE(second.at(i).value("job_id"), first.at(i).value("job_id"));
        QCOMPARE(second.at(i).value("settings"), first.at(i).value("settings"));
    }
}

void tst_EmulatorJobs::generatedSeedRejectsTooManyJobs()
{
    EmulatorOptions options;
    options.token = kToken;
    options.seed = Seed::GeneratedJobs;
    options.generatedJobCount = kMaxGeneratedJobs + 1;
    WorkspaceEmulator emulator(options);
    QVERIFY(!emulator.listen(0));
    QVERIFY2(emulator.errorString().contains("100000"), qPrintable(emulator.errorString()));
}

QTEST_GUILESS_MAIN(tst_EmulatorJobs)
#include "tst_emulator_jobs.moc"
