#include "DeltaHistoryCommand.h"

#include "ActivityLog.h"
#include "AzureSignIn.h"
#include "DbfsClient.h"
#include "DbfsDeltaLogSource.h"
#include "DbfsPath.h"
#include "DeltaHistory.h"
#include "DeltaHistoryJson.h"
#include "KeychainTokenStore.h"
#include "LocalDeltaLogSource.h"
#include "ProfileCatalog.h"
#include "ProfileSettings.h"
#include "WorkspaceSession.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QSettings>
#include <cstdio>
#include <memory>

namespace brickdesk {

namespace {

void printLine(const QByteArray &line, FILE *stream = stdout)
{
    std::fwrite(line.constData(), 1, static_cast<size_t>(line.size()), stream);
    std::fputc('\n', stream);
    std::fflush(stream);
}

void fail(const QString &message)
{
    printLine(QByteArrayLiteral("brickdesk: ") + message.toUtf8(), stderr);
}

QByteArray textLine(const DeltaHistoryEntry &entry)
{
    const DeltaCommit &commit = entry.commit;
    const QString line =
        QStringLiteral("%1  %2  %3  %4  +%5/-%6 files  +%7/-%8")
            .arg(entry.version, 6)
            .arg(entry.timestamp.isValid() ? entry.timestamp.toString(Qt::ISODateWithMs)
                                           : QStringLiteral("-"),
                 24)
            .arg(commit.operation.isEmpty() ? QStringLiteral("-") : commit.operation, -20)
            .arg(commit.userName.isEmpty() ? QStringLiteral("-") : commit.userName, -24)
            .arg(commit.filesAdded)
            .arg(commit.filesRemoved)
            .arg(QLocale::c().formattedDataSize(commit.bytesAdded),
                 QLocale::c().formattedDataSize(commit.bytesRemoved));
    return line.toUtf8();
}

// Prints rows as they come, newest first, and the warnings once everything is read.
class HistoryPrinter : public QObject
{
public:
    HistoryPrinter(DeltaHistory *history, bool json)
        : m_history(history)
        , m_json(json)
    {
        connect(history, &DeltaHistory::openFailed, this, [](const QString &error) {
            fail(error);
            QCoreApplication::exit(2);
        });
        connect(history, &DeltaHistory::opened, this, [this] {
            if (!m_json)
                printLine(QStringLiteral("%1: versions %2–%3, %4 commits")
                              .arg(m_history->tableLocation(),
                                   QString::number(m_history->earliestVersion()),
                                   QString::number(m_history->latestVersion()),
                                   QString::number(m_history->commitCount()))
                              .toUtf8());
            m_history->loadAll();
        });
        connect(history, &DeltaHistory::rowsLoaded, this, [this](int first, int count) {
            for (int row = first; row < first + count; ++row) {
                const DeltaHistoryEntry &entry = m_history->entryAt(row);
                printLine(m_json ? deltaHistoryEntryJsonLine(entry) : textLine(entry));
                for (const QString &warning : entry.warnings())
                    m_warnings.append(QStringLiteral("version %1: ").arg(entry.version) + warning);
            }
        });
        connect(history, &DeltaHistory::busyChanged, this, [this](bool busy) {
            if (!busy && m_history->isOpen() && !m_history->canLoadMore())
                finish();
        });
    }

private:
    void finish()
    {
        const QStringList warnings = m_history->tableWarnings() + m_warnings;
        if (m_json) {
            printLine(QJsonDocument(QJsonObject{{QStringLiteral("warnings"),
                                                 QJsonArray::fromStringList(warnings)}})
                          .toJson(QJsonDocument::Compact));
        } else {
            for (const QString &warning : warnings)
                printLine(QByteArrayLiteral("warning: ") + warning.toUtf8());
        }
        QCoreApplication::exit(0);
    }

    DeltaHistory *m_history;
    bool m_json;
    QStringList m_warnings;
};

} // namespace

int runDeltaHistoryCommand(const DeltaHistoryCommandOptions &options)
{
    QNetworkAccessManager network;
    ActivityLog activity;
    KeychainTokenStore keychain;
    std::unique_ptr<WorkspaceSession> session;
    std::unique_ptr<DbfsClient> dbfs;
    std::unique_ptr<DeltaHistory> history;
    std::unique_ptr<HistoryPrinter> printer;

    const bool onDbfs = options.path.startsWith(QLatin1String("dbfs:"), Qt::CaseInsensitive);
    if (!onDbfs) {
        history = std::make_unique<DeltaHistory>(new LocalDeltaLogSource(options.path));
        printer = std::make_unique<HistoryPrinter>(history.get(), options.json);
        history->open();
        return QCoreApplication::exec();
    }

    QString pathError;
    const std::optional<QString> tablePath = dbfspath::normalize(options.path, &pathError);
    if (!tablePath) {
        fail(QStringLiteral("%1: %2").arg(options.path, pathError));
        return 2;
    }
    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    QSettings store;
    ProfileSettings settings(store);
    const ProfileCatalog catalog =
        ProfileLoader::load(options.configPath, environment, &settings, false);
    const QString name =
        options.profileName.isEmpty() ? catalog.defaultProfile : options.profileName;
    const Profile *profile = catalog.find(name);
    if (!profile) {
        fail(name.isEmpty()
                 ? QStringLiteral("%1 needs a profile: give --profile NAME (no "
                                  "default profile in %2)")
                       .arg(options.path, options.configPath)
                 : QStringLiteral("no profile named '%1' in %2").arg(name, options.configPath));
        return 1;
    }
    if (!profile->isUsable()) {
        fail(QStringLiteral("profile '%1' cannot be used: %2")
                 .arg(profile->name, profile->problems.join(QStringLiteral("; "))));
        return 1;
    }
    AzureSignIn azure(&network, &activity, &keychain);
    session = std::make_unique<WorkspaceSession>(&network, &activity, &keychain);
    session->setEnvironment(environment);
    session->setAzureSignIn(&azure);
    QObject::connect(
        session.get(), &WorkspaceSession::stateChanged, session.get(),
        [&](WorkspaceSession::State state) {
            if (state == WorkspaceSession::State::Failed) {
                fail(QStringLiteral("profile '%1': %2").arg(profile->name, session->errorText()));
                QCoreApplication::exit(1);
            } else if (state == WorkspaceSession::State::Connected && !history) {
                dbfs = std::make_unique<DbfsClient>(session->client());
                history =
                    std::make_unique<DeltaHistory>(new DbfsDeltaLogSource(dbfs.get(), *tablePath));
                printer = std::make_unique<HistoryPrinter>(history.get(), options.json);
                history->open();
            }
        });
    session->open(*profile);
    // Some profiles fail at once (an auth type not supported): exit() before exec() is ignored.
    if (session->state() == WorkspaceSession::State::Failed)
        return 1;
    const int code = QCoreApplication::exec();
    printer.reset();
    history.reset();
    dbfs.reset();
    return code;
}

} // namespace brickdesk
