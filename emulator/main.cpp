#include "EmulatorCommandLine.h"
#include "ShutdownSignals.h"
#include "WorkspaceEmulator.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <cstdio>

using brickdesk::emulator::AzureEmulatorOptions;
using brickdesk::emulator::EmulatorCommandLine;
using brickdesk::emulator::ShutdownSignals;
using brickdesk::emulator::WorkspaceEmulator;

namespace {

constexpr int kUsageError = 2;
constexpr int kStartError = 1;

void printLine(std::FILE *stream, const QString &text)
{
    std::fputs(qUtf8Printable(text), stream);
    std::fputc('\n', stream);
    std::fflush(stream);
}

// What a client needs to reach the emulated Azure side. Never the client secret: only whether
// there is one.
void printAzureEndpoints(const WorkspaceEmulator &emulator, const AzureEmulatorOptions &azure)
{
    for (const QString &vault : azure.vaults) {
        printLine(stdout, QStringLiteral("Key Vault ") + vault + QStringLiteral(": ") +
                              emulator.keyVaultUrl(vault).toString());
    }
    printLine(stdout,
              QStringLiteral("Entra ID authority: ") + emulator.entraAuthorityUrl().toString());
    printLine(stdout, QStringLiteral("Entra ID tenant: ") + emulator.entraTenantId());
    printLine(stdout, QStringLiteral("Entra ID client id: ") + azure.clientId);
    printLine(stdout, azure.clientSecret.isEmpty()
                          ? QStringLiteral("Entra ID client secret: not set "
                                           "(BRICKDESK_EMULATOR_ENTRA_CLIENT_SECRET); client "
                                           "credentials are refused")
                          : QStringLiteral("Entra ID client secret: set from "
                                           "BRICKDESK_EMULATOR_ENTRA_CLIENT_SECRET"));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("brickdesk-emulator"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BRICKDESK_VERSION));
    // One stderr line per request (method, path, status); QT_LOGGING_RULES can turn it off.
    QLoggingCategory::setFilterRules(QStringLiteral("brickdesk.emulator.info=true"));

    const EmulatorCommandLine commandLine = EmulatorCommandLine::parse(
        QCoreApplication::arguments(), qEnvironmentVariable("BRICKDESK_EMULATOR_TOKEN"),
        qEnvironmentVariable("BRICKDESK_EMULATOR_ENTRA_CLIENT_SECRET"));
    switch (commandLine.result) {
    case EmulatorCommandLine::Result::ShowHelp:
        printLine(stdout, commandLine.helpText);
        return 0;
    case EmulatorCommandLine::Result::ShowVersion:
        printLine(stdout, QCoreApplication::applicationName() + QLatin1Char(' ') +
                              QCoreApplication::applicationVersion());
        return 0;
    case EmulatorCommandLine::Result::Error:
        printLine(stderr, QStringLiteral("brickdesk-emulator: ") + commandLine.error);
        printLine(stderr, QStringLiteral("Try 'brickdesk-emulator --help'."));
        return kUsageError;
    case EmulatorCommandLine::Result::Run:
        break;
    }

    WorkspaceEmulator emulator(commandLine.options);
    if (!emulator.listen(commandLine.port)) {
        printLine(stderr, QStringLiteral("brickdesk-emulator: ") + emulator.errorString());
        return kStartError;
    }

    ShutdownSignals shutdownSignals;
    QObject::connect(&shutdownSignals, &ShutdownSignals::shutdownRequested, &app,
                     [] { QCoreApplication::quit(); });

    printLine(stdout,
              QStringLiteral("brickdesk-emulator listening on ") + emulator.baseUrl().toString());
    printAzureEndpoints(emulator, commandLine.options.azure);
    return QCoreApplication::exec();
}
