#include "EmulatorCommandLine.h"

#include <QCommandLineParser>
#include <cmath>
#include <optional>

namespace brickdesk::emulator {

namespace {

// "10/s", "10" or "0.5/s"; 0 means unlimited.
std::optional<double> parseRate(QString text)
{
    if (text.endsWith(QLatin1String("/s")))
        text.chop(2);
    bool ok = false;
    const double rate = text.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(rate) || rate < 0.0)
        return std::nullopt;
    return rate;
}

} // namespace

EmulatorCommandLine EmulatorCommandLine::parse(const QStringList &arguments,
                                               const QString &environmentToken,
                                               const QString &environmentEntraClientSecret)
{
    EmulatorCommandLine result;
    const auto fail = [&result](const QString &message) {
        result.result = Result::Error;
        result.error = message;
        return result;
    };

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Serves a local Databricks workspace emulator on 127.0.0.1."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption portOption(
        QStringLiteral("port"), QStringLiteral("TCP port to listen on (0 = any free port)."),
        QStringLiteral("N"));
    const QCommandLineOption tokenOption(
        QStringLiteral("token"),
        QStringLiteral("The bearer token clients must send (or set BRICKDESK_EMULATOR_TOKEN)."),
        QStringLiteral("T"));
    const QCommandLineOption stateOption(
        QStringLiteral("state"),
        QStringLiteral("Folder holding state.json; created and seeded when missing."),
        QStringLiteral("DIR"));
    const QCommandLineOption seedOption(
        QStringLiteral("seed"),
        QStringLiteral("Contents of a new workspace: demo, empty, or jobs=N (the demo clusters "
                       "and N generated jobs, N up to %1).")
            .arg(kMaxGeneratedJobs),
        QStringLiteral("demo|empty|jobs=N"), QStringLiteral("demo"));
    const QCommandLineOption timeScaleOption(
        QStringLiteral("time-scale"),
        QStringLiteral("Simulated time runs X times faster than real time (cluster starts, "
                       "job runs)."),
        QStringLiteral("X"), QStringLiteral("1"));
    const QCommandLineOption latencyOption(QStringLiteral("latency-ms"),
                                           QStringLiteral("Delay before every answer."),
                                           QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption failRateOption(
        QStringLiteral("fail-rate"),
        QStringLiteral("Probability 0..1 that a request answers 503 TEMPORARILY_UNAVAILABLE."),
        QStringLiteral("P"), QStringLiteral("0"));
    const QCommandLineOption rateLimitOption(
        QStringLiteral("rate-limit"),
        QStringLiteral("Requests per second before 429 REQUEST_LIMIT_EXCEEDED (0 = unlimited)."),
        QStringLiteral("N/s"), QStringLiteral("0"));
    const QCommandLineOption dropConnectionRateOption(
        QStringLiteral("drop-connection-rate"),
        QStringLiteral("Probability 0..1 that an answer is cut midway: the headers and half the "
                       "body, then the connection is aborted."),
        QStringLiteral("P"), QStringLiteral("0"));
    const QCommandLineOption dbfsFolderOption(
        QStringLiteral("dbfs-folder"),
        QStringLiteral("At start, make this DBFS folder hold N empty files part-000001.csv... "
                       "(N up to %1; repeatable), e.g. --dbfs-folder /bench/many=100000.")
            .arg(kMaxDbfsFolderEntries),
        QStringLiteral("/PATH=N"));
    const QCommandLineOption deltaTableOption(
        QStringLiteral("generate-delta-table"),
        QStringLiteral("At start, write the _delta_log of a realistic Delta table of N "
                       "commits (DBFS_PATH=COMMITS, N from 1 to %1: appends, MERGE, UPDATE, "
                       "DELETE, OPTIMIZE, schema changes, RESTORE; no checkpoint) at this DBFS "
                       "path, replacing a _delta_log already there (repeatable), e.g. "
                       "--generate-delta-table /bench/trips=10000.")
            .arg(kMaxDeltaTableCommits),
        // Not wider than the other value names: a wider column would wrap long words in the
        // descriptions (BRICKDESK_EMULATOR_ENTRA_CLIENT_SECRET) in two.
        QStringLiteral("/PATH=N"));
    const QCommandLineOption tokenLifetimeOption(
        QStringLiteral("entra-token-lifetime"),
        QStringLiteral("Lifetime of the access tokens of the emulated Microsoft Entra ID, in "
                       "seconds (1 to %1). Its application's client secret is read from "
                       "BRICKDESK_EMULATOR_ENTRA_CLIENT_SECRET; without it, client credentials "
                       "are refused.")
            .arg(kMaxEntraTokenLifetimeSeconds),
        QStringLiteral("SECONDS"), QStringLiteral("3600"));
    const QCommandLineOption deviceCodePollsOption(
        QStringLiteral("device-code-polls"),
        QStringLiteral("Device-code sign-in: polls answered 'authorization_pending' before the "
                       "code is approved (0 to %1).")
            .arg(kMaxDeviceCodePolls),
        QStringLiteral("N"), QStringLiteral("2"));
    parser.addOptions({portOption, tokenOption, stateOption, seedOption, timeScaleOption,
                       latencyOption, failRateOption, rateLimitOption, dropConnectionRateOption,
                       dbfsFolderOption, deltaTableOption, tokenLifetimeOption,
                       deviceCodePollsOption});

    if (!parser.parse(arguments))
        return fail(parser.errorText());
    if (parser.isSet(helpOption)) {
        result.result = Result::ShowHelp;
        result.helpText = parser.helpText();
        return result;
    }
    if (parser.isSet(versionOption)) {
        result.result = Result::ShowVersion;
        return result;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return fail(QStringLiteral("Unexpected argument '%1'.")
                        .arg(parser.positionalArguments().constFirst()));
    }

    if (!parser.isSet(portOption))
        return fail(QStringLiteral("--port is required."));
    bool ok = false;
    const uint port = parser.value(portOption).toUInt(&ok, 10);
    if (!ok || port > 65535) {
        return fail(QStringLiteral("--port must be a number from 0 to 65535, not '%1'.")
                        .arg(parser.value(portOption)));
    }
    result.port = static_cast<quint16>(port);

    // Never quote the token back: it may have landed in the wrong option by mistake.
    result.options.token = parser.isSet(tokenOption) ? parser.value(tokenOption) : environmentToken;
    if (result.options.token.isEmpty())
        return fail(QStringLiteral("--token (or BRICKDESK_EMULATOR_TOKEN) is required."));
    if (result.options.token.contains(QLatin1Char(' ')))
        return fail(QStringLiteral("The token must not contain spaces."));

    result.options.stateDir = parser.value(stateOption);
    if (parser.isSet(stateOption) && result.options.stateDir.isEmpty())
        return fail(QStringLiteral("--state needs a folder."));

    const QString seed = parser.value(seedOption);
    if (seed == QLatin1String("demo")) {
        result.options.seed = Seed::Demo;
    } else if (seed == QLatin1String("empty")) {
        result.options.seed = Seed::Empty;
    } else if (seed.startsWith(QLatin1String("jobs="))) {
        const int count = seed.mid(5).toInt(&ok, 10);
        if (!ok || count < 0 || count > kMaxGeneratedJobs) {
            return fail(QStringLiteral("--seed jobs=N needs N from 0 to %1, not '%2'.")
                            .arg(kMaxGeneratedJobs)
                            .arg(seed.mid(5)));
        }
        result.options.seed = Seed::GeneratedJobs;
        result.options.generatedJobCount = count;
    } else {
        return fail(
            QStringLiteral("--seed must be 'demo', 'empty' or 'jobs=N', not '%1'.").arg(seed));
    }

    const double timeScale = parser.value(timeScaleOption).toDouble(&ok);
    if (!ok || !std::isfinite(timeScale) || timeScale <= 0.0 || timeScale > 1e6) {
        return fail(QStringLiteral("--time-scale must be a number above 0 (at most 1000000), "
                                   "not '%1'.")
                        .arg(parser.value(timeScaleOption)));
    }
    result.options.timeScale = timeScale;

    const int latency = parser.value(latencyOption).toInt(&ok, 10);
    if (!ok || latency < 0 || latency > 600000) {
        return fail(QStringLiteral("--latency-ms must be a number from 0 to 600000, not '%1'.")
                        .arg(parser.value(latencyOption)));
    }
    result.options.latencyMs = latency;

    const double failRate = parser.value(failRateOption).toDouble(&ok);
    if (!ok || !(failRate >= 0.0 && failRate <= 1.0)) {
        return fail(QStringLiteral("--fail-rate must be a number from 0 to 1, not '%1'.")
                        .arg(parser.value(failRateOption)));
    }
    result.options.failRate = failRate;

    const std::optional<double> rate = parseRate(parser.value(rateLimitOption));
    if (!rate) {
        return fail(QStringLiteral("--rate-limit must look like '10/s' or '10' (0 = unlimited), "
                                   "not '%1'.")
                        .arg(parser.value(rateLimitOption)));
    }
    result.options.rateLimitPerSecond = *rate;

    const double dropRate = parser.value(dropConnectionRateOption).toDouble(&ok);
    if (!ok || !(dropRate >= 0.0 && dropRate <= 1.0)) {
        return fail(QStringLiteral("--drop-connection-rate must be a number from 0 to 1, not "
                                   "'%1'.")
                        .arg(parser.value(dropConnectionRateOption)));
    }
    result.options.dropConnectionRate = dropRate;

    const QStringList folders = parser.values(dbfsFolderOption);
    for (const QString &folder : folders) {
        const qsizetype equals = folder.lastIndexOf(QLatin1Char('='));
        const QString path = equals < 0 ? QString() : folder.left(equals);
        const int count = equals < 0 ? -1 : folder.mid(equals + 1).toInt(&ok, 10);
        const bool absolute =
            path.startsWith(QLatin1Char('/')) || path.startsWith(QLatin1String("dbfs:/"));
        if (equals < 0 || !ok || !absolute || count < 0 || count > kMaxDbfsFolderEntries) {
            return fail(QStringLiteral("--dbfs-folder must look like '/bench/many=100000' (an "
                                       "absolute DBFS path, N from 0 to %1), not '%2'.")
                            .arg(kMaxDbfsFolderEntries)
                            .arg(folder));
        }
        result.options.dbfsFolders.append({path, count});
    }

    const QStringList deltaTables = parser.values(deltaTableOption);
    for (const QString &table : deltaTables) {
        const qsizetype equals = table.lastIndexOf(QLatin1Char('='));
        const QString path = equals < 0 ? QString() : table.left(equals);
        const int commits = equals < 0 ? -1 : table.mid(equals + 1).toInt(&ok, 10);
        const bool absolute =
            path.startsWith(QLatin1Char('/')) || path.startsWith(QLatin1String("dbfs:/"));
        const bool hasParent = path.split(QLatin1Char('/')).contains(QStringLiteral(".."));
        if (equals < 0 || !ok || !absolute || hasParent || commits < 1 ||
            commits > kMaxDeltaTableCommits) {
            return fail(QStringLiteral("--generate-delta-table must look like "
                                       "'/bench/trips=10000' (an absolute DBFS path without "
                                       "'..', COMMITS from 1 to %1), not '%2'.")
                            .arg(kMaxDeltaTableCommits)
                            .arg(table));
        }
        result.options.deltaTables.append({path, commits});
    }

    const int lifetime = parser.value(tokenLifetimeOption).toInt(&ok, 10);
    if (!ok || lifetime < 1 || lifetime > kMaxEntraTokenLifetimeSeconds) {
        return fail(QStringLiteral("--entra-token-lifetime must be a number of seconds from 1 to "
                                   "%1, not '%2'.")
                        .arg(kMaxEntraTokenLifetimeSeconds)
                        .arg(parser.value(tokenLifetimeOption)));
    }
    result.options.azure.tokenLifetimeSeconds = lifetime;

    const int polls = parser.value(deviceCodePollsOption).toInt(&ok, 10);
    if (!ok || polls < 0 || polls > kMaxDeviceCodePolls) {
        return fail(QStringLiteral("--device-code-polls must be a number from 0 to %1, not '%2'.")
                        .arg(kMaxDeviceCodePolls)
                        .arg(parser.value(deviceCodePollsOption)));
    }
    result.options.azure.deviceCodePollsBeforeApproval = polls;
    result.options.azure.clientSecret = environmentEntraClientSecret;

    result.result = Result::Run;
    return result;
}

} // namespace brickdesk::emulator
