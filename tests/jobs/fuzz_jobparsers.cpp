// libFuzzer target for the jobs parsers: runs/get, runs/get-output, jobs/get, permissions answers,
// job definitions typed or opened by the user (JSON, dbx deployment files), and the line diff
// of two settings texts. Every parser must either give a value or say why not, never both.
#include "JobDefinitionText.h"
#include "JobDetails.h"
#include "JobPermissionsInfo.h"
#include "LineDiff.h"
#include "RunInfo.h"
#include "RunOutputInfo.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>
#include <cstdlib>

namespace {

void check(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "broken invariant: %s\n", what);
        std::abort();
    }
}

template<typename T>
void parse(const QJsonObject &object, std::optional<T> (*parser)(const QJsonObject &, QString *))
{
    QString error;
    const std::optional<T> value = parser(object, &error);
    check(value.has_value() == error.isEmpty(), "a value or an error");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const QJsonObject root = QJsonDocument::fromJson(input).object();

    QString error;
    if (const std::optional<brickdesk::RunInfo> run = brickdesk::RunInfo::fromJson(root, &error)) {
        check(error.isEmpty() && run->runId > 0, "a run has an id");
        (void)run->failedTaskKeys();
        (void)run->isRepairable();
        (void)brickdesk::formatRunDuration(run->elapsedMs(QDateTime::currentDateTimeUtc()));
    } else {
        check(!error.isEmpty(), "a rejected run says why");
    }
    parse<brickdesk::RunOutputInfo>(root, &brickdesk::RunOutputInfo::fromJson);
    parse<brickdesk::JobPermissionsInfo>(root, &brickdesk::JobPermissionsInfo::fromJson);
    if (const std::optional<brickdesk::JobDetails> job =
            brickdesk::JobDetails::fromJson(root, &error)) {
        check(job->id > 0, "a job has an id");
        for (const brickdesk::JobTaskSpec &task : job->tasks)
            check(task.depth >= 0 && task.depth < job->tasks.size(), "task depth within the DAG");
        (void)job->notebookParameterDefaults();
        (void)job->rawJsonText();
    }
    // Every list item of a runs/list answer, as the runs model reads it.
    const QJsonArray runs = root.value(QStringLiteral("runs")).toArray();
    for (const QJsonValue &item : runs)
        (void)brickdesk::RunInfo::fromJson(item.toObject());

    // The raw bytes as text the user pasted or opened.
    const QList<brickdesk::JobDefinition> definitions =
        brickdesk::jobDefinition::fromFile(input, &error);
    check(definitions.isEmpty() != error.isEmpty(), "definitions or an error");
    for (const brickdesk::JobDefinition &definition : definitions) {
        // What the editor shows reads back as settings, and from then on as the same ones. (Only
        // from the second round: QJsonObject orders and compares keys holding a NUL or a lone
        // surrogate differently depending on how they were read, which is Qt's business.)
        if (definition.settings.contains(QStringLiteral("job_id")) ||
            definition.settings.value(QStringLiteral("environments")).isObject())
            continue; // they look like a wrapper or a deployment file, which the reader looks for
        const auto reread = [](const QJsonObject &settings) {
            QString problem;
            return brickdesk::jobDefinition::fromText(brickdesk::jobDefinition::toText(settings),
                                                      &problem);
        };
        const QList<brickdesk::JobDefinition> first = reread(definition.settings);
        check(first.size() == 1, "settings shown in the editor read back");
        const QList<brickdesk::JobDefinition> second = reread(first.first().settings);
        check(second.size() == 1 && brickdesk::jobDefinition::toText(second.first().settings) ==
                                        brickdesk::jobDefinition::toText(first.first().settings),
              "settings read back as shown");
    }

    // A diff of the two halves: applying it gives the second half back.
    const QString text = QString::fromUtf8(input);
    const QString before = text.left(text.size() / 2);
    const QString after = text.mid(text.size() / 2);
    const QList<brickdesk::DiffLine> diff = brickdesk::diffTexts(before, after);
    QStringList rebuilt;
    for (const brickdesk::DiffLine &line : diff) {
        if (line.kind != brickdesk::DiffLine::Kind::Removed)
            rebuilt.append(line.text);
    }
    QStringList expected = after.split(QLatin1Char('\n'));
    if (!expected.isEmpty() && expected.last().isEmpty())
        expected.removeLast();
    check(rebuilt == expected, "the diff rebuilds the new text");
    (void)brickdesk::withContext(diff, 2);
    return 0;
}
