// The jobs parsers, request builders, job definitions and the line diff, without a server.
#include "JobDefinitionText.h"
#include "JobDetails.h"
#include "JobPermissionsInfo.h"
#include "JobRequests.h"
#include "LineDiff.h"
#include "RunInfo.h"
#include "RunOutputInfo.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace brickdesk;

class TestJobsCore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void runParsesStateTasksAndRepairs();
    void runDurationFallsBackToPhasesAndTimes();
    void runStatusOnlyAnswer();
    void malformedRunsAreRejectedWithThePath_data();
    void malformedRunsAreRejectedWithThePath();
    void runOutputParsesEverySection();
    void malformedOutputIsRejected();
    void jobDetailsReadsTasksInDependencyOrder();
    void jobDetailsParametersAndTags();
    void malformedJobsAreRejected_data();
    void malformedJobsAreRejected();
    void permissionsSummary();
    void malformedPermissionsAreRejected();
    void requestBodies();
    void definitionFromSettingsGetAnswerAndCreateBody();
    void newJobTemplateIsUsableSettings();
    void definitionErrorsNameLineAndColumn();
    void dbxDeploymentFile();
    void dbxDeploymentWithSeveralJobs();
    void lineDiff();
    void lineDiffOfLargeTextsStaysLinear();
    void durationText();
};

namespace {

QJsonObject json(const char *text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(text), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", qPrintable(error.errorString()));
    return document.object();
}

const char *const kRun = R"({
  "job_id": 11, "run_id": 500, "number_in_job": 7, "run_name": "nightly",
  "state": {"life_cycle_state": "TERMINATED", "result_state": "FAILED", "state_message": "Task load failed",
            "user_cancelled_or_timedout": false},
  "start_time": 1700000000000, "end_time": 1700000090000, "run_duration": 90000,
  "trigger": "PERIODIC", "run_type": "JOB_RUN", "run_page_url": "https://x/#job/11/run/500",
  "repair_history": [{"type": "ORIGINAL", "id": 500}, {"type": "REPAIR", "id": 901}],
  "tasks": [
    {"run_id": 501, "task_key": "extract", "state": {"life_cycle_state": "TERMINATED", "result_state": "SUCCESS"},
     "start_time": 1700000000000, "end_time": 1700000030000, "execution_duration": 30000, "attempt_number": 0},
    {"run_id": 502, "task_key": "load", "depends_on": [{"task_key": "extract"}],
     "state": {"life_cycle_state": "TERMINATED", "result_state": "FAILED"}, "attempt_number": 1,
     "cluster_instance": {"cluster_id": "0412-abc"}}
  ]})";

} // namespace

void TestJobsCore::runParsesStateTasksAndRepairs()
{
    QString error;
    const std::optional<RunInfo> run = RunInfo::fromJson(json(kRun), &error);
    QVERIFY2(run, qPrintable(error));
    QCOMPARE(run->runId, 500);
    QCOMPARE(run->jobId, 11);
    QCOMPARE(run->numberInJob, 7);
    QCOMPARE(run->state.lifeCycle, QStringLiteral("TERMINATED"));
    QCOMPARE(run->state.result, QStringLiteral("FAILED"));
    QCOMPARE(run->state.text(), QStringLiteral("FAILED"));
    QVERIFY(!run->state.isActive());
    QVERIFY(run->state.isFailure());
    QVERIFY(run->isRepairable());
    QCOMPARE(run->durationMs, 90000);
    QCOMPARE(run->trigger, QStringLiteral("PERIODIC"));
    QCOMPARE(run->latestRepairId, 901);
    QCOMPARE(run->tasks.size(), 2);
    QCOMPARE(run->tasks[0].taskKey, QStringLiteral("extract"));
    QCOMPARE(run->tasks[0].durationMs, 30000);
    QCOMPARE(run->tasks[1].dependsOn, QStringList{QStringLiteral("extract")});
    QCOMPARE(run->tasks[1].clusterId, QStringLiteral("0412-abc"));
    QCOMPARE(run->tasks[1].attempt, 1);
    QCOMPARE(run->failedTaskKeys(), QStringList{QStringLiteral("load")});
}

void TestJobsCore::runDurationFallsBackToPhasesAndTimes()
{
    std::optional<RunInfo> run = RunInfo::fromJson(json(R"({"run_id": 1, "setup_duration": 1000,
        "execution_duration": 5000, "cleanup_duration": 500, "state": {"life_cycle_state": "TERMINATED"}})"));
    QVERIFY(run);
    QCOMPARE(run->durationMs, 6500);
    run = RunInfo::fromJson(json(R"({"run_id": 1, "start_time": 1000, "end_time": 4000,
        "state": {"life_cycle_state": "TERMINATED", "result_state": "SUCCESS"}})"));
    QCOMPARE(run->durationMs, 3000);
    run = RunInfo::fromJson(json(
        R"({"run_id": "12", "start_time": 1700000000000, "state": {"life_cycle_state": "RUNNING"}})"));
    QVERIFY(run);
    QCOMPARE(run->runId, 12); // ids as strings, as proto3 JSON writes int64
    QCOMPARE(run->durationMs, -1);
    QVERIFY(run->state.isActive());
    QVERIFY(!run->isRepairable());
    QCOMPARE(run->elapsedMs(QDateTime::fromMSecsSinceEpoch(1700000042000, QTimeZone::utc())),
             42000);
}

void TestJobsCore::runStatusOnlyAnswer()
{
    const std::optional<RunInfo> run = RunInfo::fromJson(json(R"({"run_id": 3,
        "status": {"state": "TERMINATED", "termination_details": {"code": "RUN_EXECUTION_ERROR"}}})"));
    QVERIFY(run);
    QCOMPARE(run->state.lifeCycle, QStringLiteral("TERMINATED"));
    QCOMPARE(run->state.result, QStringLiteral("FAILED"));
}

void TestJobsCore::malformedRunsAreRejectedWithThePath_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("message");
    QTest::newRow("no run_id") << QByteArray(R"({"state": {"life_cycle_state": "RUNNING"}})")
                               << "run.run_id is missing";
    QTest::newRow("zero run_id") << QByteArray(R"({"run_id": 0})")
                                 << "run.run_id: expected a positive whole number, found '0'";
    QTest::newRow("fraction") << QByteArray(R"({"run_id": 1.5})")
                              << "run.run_id: expected a positive whole number";
    QTest::newRow("huge") << QByteArray(R"({"run_id": 1e300})")
                          << "run.run_id: expected a positive whole number";
    QTest::newRow("state string") << QByteArray(R"({"run_id": 1, "state": "RUNNING"})")
                                  << "run.state: expected an object, found a string";
    QTest::newRow("no life cycle")
        << QByteArray(R"({"run_id": 1, "state": {}})") << "run.state.life_cycle_state is missing";
    QTest::newRow("tasks object") << QByteArray(R"({"run_id": 1, "tasks": {}})")
                                  << "run.tasks: expected a list, found an object";
    QTest::newRow("task number") << QByteArray(R"({"run_id": 1, "tasks": [7]})")
                                 << "run.tasks[0]: expected an object, found a number";
    QTest::newRow("task without key") << QByteArray(R"({"run_id": 1, "tasks": [{"run_id": 2}]})")
                                      << "run.tasks[0].task_key is missing";
    QTest::newRow("task bad state")
        << QByteArray(
               R"({"run_id": 1, "tasks": [{"run_id": 2, "task_key": "a", "state": {"life_cycle_state": 4}}]})")
        << "run.tasks[0].state.life_cycle_state: expected a string, found a number";
    QTest::newRow("start text") << QByteArray(R"({"run_id": 1, "start_time": "yesterday"})")
                                << "run.start_time: expected a whole number, found a string";
    QTest::newRow("negative time")
        << QByteArray(R"({"run_id": 1, "end_time": -5})") << "run.end_time: -5 is not a time";
    QTest::newRow("depends_on string")
        << QByteArray(
               R"({"run_id": 1, "tasks": [{"run_id": 2, "task_key": "a", "depends_on": "b"}]})")
        << "run.tasks[0].depends_on: expected a list, found a string";
}

void TestJobsCore::malformedRunsAreRejectedWithThePath()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, message);
    QString error;
    QVERIFY(!RunInfo::fromJson(QJsonDocument::fromJson(input).object(), &error));
    QVERIFY2(error.startsWith(message), qPrintable(error));
}

void TestJobsCore::runOutputParsesEverySection()
{
    QString error;
    const std::optional<RunOutputInfo> output = RunOutputInfo::fromJson(json(R"({
        "metadata": {"run_id": 502, "task_key": "load", "state": {"life_cycle_state": "TERMINATED", "result_state": "FAILED"}},
        "notebook_output": {"result": "42 rows", "truncated": true},
        "error": "ZeroDivisionError: division by zero", "error_trace": "Traceback...\nZeroDivisionError",
        "logs": "line 1\nline 2\n", "logs_truncated": false})"),
                                                                        &error);
    QVERIFY2(output, qPrintable(error));
    QVERIFY(output->metadata);
    QCOMPARE(output->metadata->runId, 502);
    QVERIFY(output->hasNotebookOutput);
    QCOMPARE(output->notebookResult, QStringLiteral("42 rows"));
    QVERIFY(output->notebookTruncated);
    QCOMPARE(output->error, QStringLiteral("ZeroDivisionError: division by zero"));
    QVERIFY(output->errorTrace.contains(QStringLiteral("Traceback")));
    QCOMPARE(output->logs, QStringLiteral("line 1\nline 2\n"));
    QVERIFY(!output->isEmpty());
    QVERIFY(RunOutputInfo::fromJson(json(R"({"metadata": {"run_id": 1}})"))->isEmpty());
}

void TestJobsCore::malformedOutputIsRejected()
{
    QString error;
    QVERIFY(!RunOutputInfo::fromJson(json(R"({"notebook_output": "done"})"), &error));
    QCOMPARE(error, QStringLiteral("output.notebook_output: expected an object, found a string"));
    QVERIFY(!RunOutputInfo::fromJson(json(R"({"logs": ["a"]})"), &error));
    QCOMPARE(error, QStringLiteral("output.logs: expected a string, found a list"));
    QVERIFY(!RunOutputInfo::fromJson(json(R"({"metadata": {"state": {}}})"), &error));
    QCOMPARE(error, QStringLiteral("output.metadata.run_id is missing"));
    QVERIFY(!RunOutputInfo::fromJson(json(R"({"logs_truncated": "yes"})"), &error));
    QCOMPARE(error, QStringLiteral("output.logs_truncated: expected a boolean, found a string"));
}

void TestJobsCore::jobDetailsReadsTasksInDependencyOrder()
{
    QString error;
    const std::optional<JobDetails> job = JobDetails::fromJson(json(R"({
        "job_id": 77, "creator_user_name": "a@x.com", "run_as_user_name": "sp-1", "created_time": 1700000000000,
        "settings": {"name": "ETL", "max_concurrent_runs": 2, "timeout_seconds": 3600,
          "schedule": {"quartz_cron_expression": "0 0 2 * * ?", "timezone_id": "UTC", "pause_status": "UNPAUSED"},
          "email_notifications": {"on_failure": ["ops@x.com"]},
          "job_clusters": [{"job_cluster_key": "jc", "new_cluster": {"spark_version": "13.3.x-scala2.12",
                            "node_type_id": "Standard_DS3_v2", "autoscale": {"min_workers": 2, "max_workers": 8}}}],
          "tasks": [
            {"task_key": "publish", "depends_on": [{"task_key": "merge"}], "spark_python_task": {"python_file": "p.py"},
             "existing_cluster_id": "0412-x"},
            {"task_key": "merge", "depends_on": [{"task_key": "extract"}, {"task_key": "lookup"}],
             "notebook_task": {"notebook_path": "/m", "base_parameters": {"env": "prod", "n": 3}}, "job_cluster_key": "jc"},
            {"task_key": "extract", "python_wheel_task": {"package_name": "pkg", "entry_point": "run"}},
            {"task_key": "lookup", "spark_jar_task": {"main_class_name": "com.x.Main"}, "run_if": "ALL_DONE"}
          ]}})"),
                                                               &error);
    QVERIFY2(job, qPrintable(error));
    QCOMPARE(job->id, 77);
    QCOMPARE(job->name, QStringLiteral("ETL"));
    QCOMPARE(job->runAs, QStringLiteral("sp-1"));
    QCOMPARE(job->schedule, QStringLiteral("0 0 2 * * ? (UTC)"));
    QCOMPARE(job->maxConcurrentRuns, 2);
    QCOMPARE(job->failureRecipients, QStringList{QStringLiteral("ops@x.com")});
    QStringList order;
    for (const JobTaskSpec &task : job->tasks)
        order.append(task.key);
    QCOMPARE(order, (QStringList{"extract", "lookup", "merge", "publish"}));
    QCOMPARE(job->tasks[0].kind, QStringLiteral("Python wheel"));
    QCOMPARE(job->tasks[0].target, QStringLiteral("pkg:run"));
    QCOMPARE(job->tasks[0].compute, QStringLiteral("serverless"));
    QCOMPARE(job->tasks[1].kind, QStringLiteral("JAR"));
    QCOMPARE(job->tasks[1].runIf, QStringLiteral("ALL_DONE"));
    QCOMPARE(job->tasks[2].depth, 1);
    QCOMPARE(job->tasks[2].compute, QStringLiteral("job cluster jc"));
    QCOMPARE(job->tasks[2].notebookParameters.value(QStringLiteral("n")), QStringLiteral("3"));
    QCOMPARE(job->tasks[3].depth, 2);
    QCOMPARE(job->tasks[3].compute, QStringLiteral("cluster 0412-x"));
    QCOMPARE(job->jobClusters.size(), 1);
    QCOMPARE(job->jobClusters[0].summary,
             QStringLiteral("13.3.x-scala2.12 · Standard_DS3_v2 · 2–8 workers (autoscale)"));
    QVERIFY(job->hasNotebookTasks());
    QVERIFY(job->hasPythonTasks());
    QVERIFY(job->hasJarTasks());
    QVERIFY(job->rawJsonText().contains(QStringLiteral("\"job_id\": 77")));
    QVERIFY(job->settingsJsonText().startsWith(QStringLiteral("{")));
}

void TestJobsCore::jobDetailsParametersAndTags()
{
    const std::optional<JobDetails> job = JobDetails::fromJson(json(R"({"job_id": 5, "settings": {
        "parameters": [{"name": "date", "default": "2024-01-01"}, {"name": "limit", "default": 10}],
        "tags": {"team": "ml", "flag": ""}, "continuous": {"pause_status": "PAUSED"}}})"));
    QVERIFY(job);
    QCOMPARE(job->name, QStringLiteral("Untitled job 5"));
    QCOMPARE(job->parameters.size(), 2);
    QCOMPARE(job->parameters[1].defaultValue, QStringLiteral("10"));
    QCOMPARE(job->tags.value(QStringLiteral("team")), QStringLiteral("ml"));
    QCOMPARE(job->trigger, QStringLiteral("continuous (paused)"));
    // A cycle (invalid, but it must not hang or drop a task).
    const std::optional<JobDetails> cyclic =
        JobDetails::fromJson(json(R"({"job_id": 6, "settings": {"tasks": [
        {"task_key": "a", "depends_on": [{"task_key": "b"}]}, {"task_key": "b", "depends_on": [{"task_key": "a"}]}]}})"));
    QVERIFY(cyclic);
    QCOMPARE(cyclic->tasks.size(), 2);
}

void TestJobsCore::malformedJobsAreRejected_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("message");
    QTest::newRow("no id") << QByteArray(R"({"settings": {}})") << "job.job_id is missing";
    QTest::newRow("settings list") << QByteArray(R"({"job_id": 1, "settings": []})")
                                   << "job.settings: expected an object, found a list";
    QTest::newRow("tasks string") << QByteArray(R"({"job_id": 1, "settings": {"tasks": "a"}})")
                                  << "job.settings.tasks: expected a list, found a string";
    QTest::newRow("task key missing") << QByteArray(R"({"job_id": 1, "settings": {"tasks": [{}]}})")
                                      << "job.settings.tasks[0].task_key is missing";
    QTest::newRow("tag object") << QByteArray(R"({"job_id": 1, "settings": {"tags": {"a": {}}}})")
                                << "job.settings.tags.a: expected a text value, found an object";
    QTest::newRow("schedule string")
        << QByteArray(R"({"job_id": 1, "settings": {"schedule": "daily"}})")
        << "job.settings.schedule: expected an object, found a string";
    QTest::newRow("parameter without name")
        << QByteArray(R"({"job_id": 1, "settings": {"parameters": [{"default": "x"}]}})")
        << "job.settings.parameters[0].name is missing";
    QTest::newRow("max runs text")
        << QByteArray(R"({"job_id": 1, "settings": {"max_concurrent_runs": "many"}})")
        << "job.settings.max_concurrent_runs: expected a whole number, found a string";
    QTest::newRow("created negative") << QByteArray(R"({"job_id": 1, "created_time": -1})")
                                      << "job.created_time: -1 is not a time";
}

void TestJobsCore::malformedJobsAreRejected()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, message);
    QString error;
    QVERIFY(!JobDetails::fromJson(QJsonDocument::fromJson(input).object(), &error));
    QCOMPARE(error, message);
}

void TestJobsCore::permissionsSummary()
{
    QString error;
    const std::optional<JobPermissionsInfo> info =
        JobPermissionsInfo::fromJson(json(R"({"object_id": "/jobs/1",
        "access_control_list": [
          {"group_name": "admins", "all_permissions": [{"permission_level": "CAN_MANAGE", "inherited": true}]},
          {"user_name": "b@x.com", "all_permissions": [{"permission_level": "CAN_VIEW"}, {"permission_level": "CAN_MANAGE_RUN"}]},
          {"user_name": "a@x.com", "all_permissions": [{"permission_level": "IS_OWNER"}]},
          {"service_principal_name": "1234-abcd", "display_name": "ci-bot", "all_permissions": [{"permission_level": "CAN_MANAGE_RUN"}]}
        ]})"),
                                     &error);
    QVERIFY2(info, qPrintable(error));
    QCOMPARE(info->owner(), QStringLiteral("a@x.com"));
    QCOMPARE(info->summary(), QStringLiteral("Owner: a@x.com · Can manage: group admins "
                                             "(inherited) · Can manage run: b@x.com, sp ci-bot"));
    QCOMPARE(JobPermissionsInfo::fromJson(QJsonObject())->summary(),
             QStringLiteral("no access control entries"));
}

void TestJobsCore::malformedPermissionsAreRejected()
{
    QString error;
    QVERIFY(!JobPermissionsInfo::fromJson(json(R"({"access_control_list": {}})"), &error));
    QCOMPARE(error,
             QStringLiteral("permissions.access_control_list: expected a list, found an object"));
    QVERIFY(!JobPermissionsInfo::fromJson(
        json(R"({"access_control_list": [{"all_permissions": []}]})"), &error));
    QCOMPARE(error,
             QStringLiteral(
                 "permissions.access_control_list[0] names no user, group or service principal"));
    QVERIFY(!JobPermissionsInfo::fromJson(
        json(R"({"access_control_list": [{"user_name": "a", "all_permissions": [1]}]})"), &error));
    QCOMPARE(error, QStringLiteral("permissions.access_control_list[0].all_permissions[0]: "
                                   "expected an object, found a number"));
}

void TestJobsCore::requestBodies()
{
    RunNowRequest runNow;
    runNow.jobId = 118204556301127LL;
    runNow.notebookParams = {{QStringLiteral("env"), QStringLiteral("dev")}};
    runNow.pythonParams = {QStringLiteral("--x"), QStringLiteral("1")};
    runNow.idempotencyToken = jobRequests::newIdempotencyToken();
    QVERIFY(runNow.idempotencyToken.size() <= 64);
    ApiRequest request = jobRequests::runNow(runNow);
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.path, QStringLiteral("/api/2.1/jobs/run-now"));
    QVERIFY(request.isIdempotent()); // the token makes a re-send harmless
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    QCOMPARE(body.value(QStringLiteral("job_id")).toInteger(), 118204556301127LL);
    QCOMPARE(body.value(QStringLiteral("notebook_params"))
                 .toObject()
                 .value(QStringLiteral("env"))
                 .toString(),
             QStringLiteral("dev"));
    QCOMPARE(body.value(QStringLiteral("python_params")).toArray().size(), 2);
    QVERIFY(!body.contains(QStringLiteral("job_parameters")));
    runNow.idempotencyToken.clear();
    QVERIFY(!jobRequests::runNow(runNow).isIdempotent());

    RepairRequest repair;
    repair.runId = 9;
    repair.latestRepairId = 12;
    QCOMPARE(
        QJsonDocument(repair.toJson()).toJson(QJsonDocument::Compact),
        QByteArray(
            R"({"latest_repair_id":12,"rerun_all_failed_tasks":true,"rerun_dependent_tasks":true,"run_id":9})"));
    repair.rerunTasks = {QStringLiteral("load")};
    QVERIFY(repair.toJson().contains(QStringLiteral("rerun_tasks")));
    QVERIFY(!repair.toJson().contains(QStringLiteral("rerun_all_failed_tasks")));
    QVERIFY(!jobRequests::repairRun(repair).isIdempotent());

    QCOMPARE(jobRequests::getJob(5).query.queryItemValue(QStringLiteral("job_id")),
             QStringLiteral("5"));
    QCOMPARE(jobRequests::listRuns(5, 100).query.queryItemValue(QStringLiteral("limit")),
             QStringLiteral("24"));
    QVERIFY(!jobRequests::createJob({}).isIdempotent());
    QVERIFY(!jobRequests::deleteJob(1).isIdempotent());
    QVERIFY(jobRequests::resetJob(1, {}).isIdempotent());
    QVERIFY(jobRequests::cancelRun(1).isIdempotent());
    QCOMPARE(QJsonDocument::fromJson(
                 jobRequests::resetJob(3, {{QStringLiteral("name"), QStringLiteral("n")}}).body)
                 .object(),
             json(R"({"job_id": 3, "new_settings": {"name": "n"}})"));
    QCOMPARE(jobRequests::getPermissions(8).path, QStringLiteral("/api/2.0/permissions/jobs/8"));
    QCOMPARE(jobRequests::cancelAllRuns(8).path, QStringLiteral("/api/2.1/jobs/runs/cancel-all"));
    QCOMPARE(jobRequests::getRunOutput(8).path, QStringLiteral("/api/2.1/jobs/runs/get-output"));
}

void TestJobsCore::definitionFromSettingsGetAnswerAndCreateBody()
{
    QString error;
    std::optional<JobDefinition> definition =
        jobDefinition::single(QStringLiteral(R"({"name": "a", "tasks": []})"), &error);
    QVERIFY2(definition, qPrintable(error));
    QCOMPARE(definition->settings.value(QStringLiteral("name")).toString(), QStringLiteral("a"));
    QVERIFY(definition->warnings.isEmpty());
    definition = jobDefinition::single(
        QStringLiteral(R"({"job_id": 4, "settings": {"name": "b"}})"), &error);
    QVERIFY(definition);
    QCOMPARE(definition->settings, json(R"({"name": "b"})"));
    QCOMPARE(definition->warnings.size(), 1);
    QVERIFY(definition->warnings.first().contains(QStringLiteral("job_id 4")));
    definition = jobDefinition::single(
        QStringLiteral(R"({"job_id": 4, "new_settings": {"name": "c"}})"), &error);
    QCOMPARE(definition->settings, json(R"({"name": "c"})"));
    // Serverless JobSettings have "environments" too, as a list: settings, not a dbx file.
    definition = jobDefinition::single(
        QStringLiteral(R"({"name": "s", "environments": [{"environment_key": "e"}]})"), &error);
    QVERIFY2(definition, qPrintable(error));
    QCOMPARE(definition->label, QStringLiteral("job settings"));
    // Without a job id, a "settings" key is just a (strange) setting.
    definition = jobDefinition::single(QStringLiteral(R"({"name": "n", "settings": {}})"), &error);
    QCOMPARE(definition->settings.value(QStringLiteral("name")).toString(), QStringLiteral("n"));
    const QJsonObject settings = json(R"({"name": "d", "tasks": [{"task_key": "t"}]})");
    QCOMPARE(jobDefinition::single(jobDefinition::toText(settings), &error)->settings, settings);
}

void TestJobsCore::newJobTemplateIsUsableSettings()
{
    QString error;
    const std::optional<JobDefinition> definition =
        jobDefinition::single(jobDefinition::toText(jobDefinition::newJobTemplate()), &error);
    QVERIFY2(definition, qPrintable(error));
    QCOMPARE(jobDefinition::checkSettings(definition->settings), QString());
    QCOMPARE(definition->settings.value(QStringLiteral("tasks")).toArray().size(), 1);
}

void TestJobsCore::definitionErrorsNameLineAndColumn()
{
    QString error;
    QVERIFY(!jobDefinition::single(
        QStringLiteral("{\n  \"name\": \"ä\",\n  \"tasks\": [\n    {\"task_key\" \"x\"}\n  ]\n}"),
        &error));
    QVERIFY2(error.startsWith(QStringLiteral("line 4, column ")), qPrintable(error));
    QVERIFY(!jobDefinition::single(QStringLiteral("  "), &error));
    QCOMPARE(error, QStringLiteral("the text is empty"));
    QVERIFY(!jobDefinition::single(QStringLiteral("[1]"), &error));
    QCOMPARE(error, QStringLiteral("expected a JSON object, found a list"));
    QVERIFY(!jobDefinition::single(QStringLiteral(R"({"name": 5})"), &error));
    QCOMPARE(error, QStringLiteral("name: expected a string, found a number"));
    QVERIFY(
        !jobDefinition::single(QStringLiteral(R"({"tasks": [{"notebook_task": {}}]})"), &error));
    QCOMPARE(error, QStringLiteral("tasks[0].task_key is missing"));
}

void TestJobsCore::dbxDeploymentFile()
{
    const QByteArray file =
        "\xEF\xBB\xBF"
        R"({"build": {"no_build": true}, "environments": {"default": {"workflows": [
        {"name": "etl", "workflow_type": "job-v2.1",
         "access_control_list": [{"user_name": "a@x.com", "permission_level": "IS_OWNER"}],
         "tasks": [{"task_key": "main", "deployment_config": {"no_package": true},
                    "spark_python_task": {"python_file": "file://jobs/main.py"}, "existing_cluster_id": "cluster://shared"}]},
        {"name": "dlt", "workflow_type": "pipeline", "target": "x"}]}}})";
    QString error;
    const QList<JobDefinition> definitions = jobDefinition::fromFile(file, &error);
    QVERIFY2(definitions.size() == 1, qPrintable(error));
    const JobDefinition &etl = definitions.first();
    QCOMPARE(etl.label, QStringLiteral("default / etl"));
    QVERIFY(!etl.settings.contains(QStringLiteral("workflow_type")));
    QVERIFY(!etl.settings.contains(QStringLiteral("access_control_list")));
    const QJsonObject task =
        etl.settings.value(QStringLiteral("tasks")).toArray().first().toObject();
    QVERIFY(!task.contains(QStringLiteral("deployment_config")));
    QCOMPARE(task.value(QStringLiteral("task_key")).toString(), QStringLiteral("main"));
    const QString warnings = etl.warnings.join(QLatin1Char('\n'));
    QVERIFY(warnings.contains(QStringLiteral("access_control_list")));
    QVERIFY(warnings.contains(QStringLiteral("deployment_config")));
    QVERIFY(warnings.contains(
        QStringLiteral("tasks[0].spark_python_task.python_file = file://jobs/main.py")));
    QVERIFY(warnings.contains(QStringLiteral("cluster://shared")));
}

void TestJobsCore::dbxDeploymentWithSeveralJobs()
{
    const QString text = QStringLiteral(
        R"({"environments": {"dev": {"jobs": [{"name": "a"}, {"name": "b"}]}, "prod": {"workflows": []}}})");
    QString error;
    QCOMPARE(jobDefinition::fromText(text, &error).size(), 2);
    QVERIFY(!jobDefinition::single(text, &error));
    QCOMPARE(error, QStringLiteral("the text defines 2 jobs (dev / a, dev / b): keep one"));
    QVERIFY(jobDefinition::fromText(
                QStringLiteral(R"({"environments": {"dev": {"workflows": {}}}})"), &error)
                .isEmpty());
    QCOMPARE(error, QStringLiteral("environments.dev.workflows is not a list"));
    QVERIFY(jobDefinition::fromText(QStringLiteral(R"({"environments": {}})"), &error).isEmpty());
    QCOMPARE(error, QStringLiteral("the deployment file defines no job"));
    QVERIFY(jobDefinition::fromText(
                QStringLiteral(R"({"environments": {"d": {"jobs": [{"tasks": [{}]}]}}})"), &error)
                .isEmpty());
    QCOMPARE(error, QStringLiteral("environments.d.jobs[0]: tasks[0].task_key is missing"));
}

void TestJobsCore::lineDiff()
{
    const QList<DiffLine> diff =
        diffTexts(QStringLiteral("a\nb\nc\nd\n"), QStringLiteral("a\nc\nx\nd\n"));
    const QList<DiffLine> expected = {{DiffLine::Kind::Same, "a"},
                                      {DiffLine::Kind::Removed, "b"},
                                      {DiffLine::Kind::Same, "c"},
                                      {DiffLine::Kind::Added, "x"},
                                      {DiffLine::Kind::Same, "d"}};
    QCOMPARE(diff, expected);
    QVERIFY(hasChanges(diff));
    QCOMPARE(diffStat(diff), QStringLiteral("+1 −1"));
    QVERIFY(!hasChanges(diffTexts(QStringLiteral("same"), QStringLiteral("same"))));

    QStringList before;
    for (int i = 0; i < 40; ++i)
        before.append(QString::number(i));
    QStringList after = before;
    after[20] = QStringLiteral("changed");
    const QList<DiffLine> context = withContext(diffLines(before, after), 2);
    QCOMPARE(context.size(), 1 + 2 + 2 + 2 + 1); // "…", 2 before, -/+, 2 after, "…"
    QCOMPARE(context.first().text, QStringLiteral("…"));
    QCOMPARE(context.last().text, QStringLiteral("…"));
    QCOMPARE(context[1].text, QStringLiteral("18"));
}

void TestJobsCore::lineDiffOfLargeTextsStaysLinear()
{
    QStringList before;
    QStringList after;
    for (int i = 0; i < 6000; ++i) {
        before.append(QStringLiteral("b%1").arg(i));
        after.append(QStringLiteral("a%1").arg(i));
    }
    const QList<DiffLine> diff = diffLines(before, after);
    QCOMPARE(diff.size(), 12000);
    QCOMPARE(diffStat(diff), QStringLiteral("+6000 −6000"));
}

void TestJobsCore::durationText()
{
    QCOMPARE(formatRunDuration(-1), QStringLiteral("—"));
    QCOMPARE(formatRunDuration(12400), QStringLiteral("12 s"));
    QCOMPARE(formatRunDuration(245000), QStringLiteral("4 min 05 s"));
    QCOMPARE(formatRunDuration(3720000), QStringLiteral("1 h 02 min"));
}

QTEST_GUILESS_MAIN(TestJobsCore)
#include "tst_jobscore.moc"
