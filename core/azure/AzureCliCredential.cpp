#include "AzureCliCredential.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTimeZone>
#include <QTimer>

namespace brickdesk {

AzureCliCredential::AzureCliCredential(QString tenantId, QObject *parent)
    : AzureCredential(parent)
    , m_tenantId(std::move(tenantId))
    , m_program(QStandardPaths::findExecutable(QStringLiteral("az")))
{}

bool AzureCliCredential::isInstalled()
{
    return !QStandardPaths::findExecutable(QStringLiteral("az")).isEmpty();
}

QString AzureCliCredential::description() const
{
    return account().isEmpty() ? QStringLiteral("Azure CLI")
                               : QStringLiteral("Azure CLI as %1").arg(account());
}

void AzureCliCredential::fetchToken(const QString &scope, Callback done)
{
    if (m_program.isEmpty()) {
        AccessTokenResult result;
        result.error = QStringLiteral("The Azure CLI (az) is not installed, or not on PATH");
        QMetaObject::invokeMethod(
            this, [done, result] { done(result); }, Qt::QueuedConnection);
        return;
    }
    auto *process = new QProcess(this);
    QStringList arguments{QStringLiteral("account"),  QStringLiteral("get-access-token"),
                          QStringLiteral("--scope"),  scope,
                          QStringLiteral("--output"), QStringLiteral("json")};
    if (!m_tenantId.isEmpty() && m_tenantId != QLatin1String("organizations"))
        arguments << QStringLiteral("--tenant") << m_tenantId;
    auto *timeout = new QTimer(process);
    timeout->setSingleShot(true);
    connect(timeout, &QTimer::timeout, process, [process] { process->kill(); });
    auto finished = std::make_shared<bool>(false);
    const auto finish = [process, done, finished](const AccessTokenResult &result) {
        if (*finished)
            return;
        *finished = true;
        process->deleteLater();
        done(result);
    };
    connect(
        process, &QProcess::errorOccurred, this, [process, finish](QProcess::ProcessError error) {
            if (error == QProcess::Crashed)
                return; // finished() follows
            AccessTokenResult result;
            result.error = error == QProcess::FailedToStart
                               ? QStringLiteral("The Azure CLI could not be started: ") +
                                     process->errorString()
                               : QStringLiteral("The Azure CLI failed: ") + process->errorString();
            finish(result);
        });
    connect(process, &QProcess::finished, this,
            [process, finish, timeout](int exitCode, QProcess::ExitStatus status) {
                const bool timedOut = !timeout->isActive();
                timeout->stop();
                if (status != QProcess::NormalExit || exitCode != 0) {
                    AccessTokenResult result;
                    // az's message, e.g. "Please run 'az login' to setup account." — no token in
                    // it.
                    const QString message =
                        QString::fromUtf8(process->readAllStandardError()).simplified().left(400);
                    result.signInRequired = message.contains(QLatin1String("az login"));
                    result.error =
                        timedOut && status != QProcess::NormalExit
                            ? QStringLiteral("The Azure CLI did not answer in time")
                        : result.signInRequired
                            ? QStringLiteral("The Azure CLI is not signed in: run 'az login' "
                                             "in a terminal, then retry. (%1)")
                                  .arg(message)
                            : QStringLiteral("The Azure CLI failed: ") +
                                  (message.isEmpty() ? QStringLiteral("exit code %1").arg(exitCode)
                                                     : message);
                    finish(result);
                    return;
                }
                finish(parseAzureCliTokenAnswer(process->readAllStandardOutput(),
                                                QDateTime::currentDateTimeUtc()));
            });
    timeout->start(m_timeoutMs);
    process->start(m_program, arguments);
}

} // namespace brickdesk
