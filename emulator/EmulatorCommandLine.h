#pragma once

#include "WorkspaceEmulator.h"

#include <QStringList>

namespace brickdesk::emulator {

// The brickdesk-emulator command line:
//   --port N --token T [--state DIR] [--seed demo|empty|jobs=N] [--time-scale X]
//   [--latency-ms N] [--fail-rate P] [--rate-limit N/s] [--drop-connection-rate P]
//   [--dbfs-folder /PATH=N]... [--generate-delta-table /PATH=N]...
//   [--entra-token-lifetime SECONDS] [--device-code-polls N]
// The token may come from BRICKDESK_EMULATOR_TOKEN instead of --token.
// --drop-connection-rate: probability 0..1 that an answer is cut midway (headers and half the
// body, then the connection is aborted).
// --dbfs-folder /bench/many=100000 (repeatable): at start, that DBFS folder holds 100000 empty
// files part-000001.csv... (up to kMaxDbfsFolderEntries), for huge listings.
// --generate-delta-table /bench/trips=10000 (DBFS_PATH=COMMITS, repeatable): at start, that DBFS
// folder holds the _delta_log of a generated Delta table with 10000 commits (1 to
// kMaxDeltaTableCommits; see WorkspaceEmulator::generateDeltaTable), for DESCRIBE HISTORY and
// history views at scale.
// --entra-token-lifetime SECONDS: lifetime of the fake Entra ID's access tokens (1..86400).
// --device-code-polls N: a device code is approved after N "authorization_pending" polls.
// The Entra application's client secret comes only from BRICKDESK_EMULATOR_ENTRA_CLIENT_SECRET:
// an option would show in the process list.
struct EmulatorCommandLine
{
    enum class Result
    {
        Run,
        ShowHelp,
        ShowVersion,
        Error
    };

    Result result = Result::Error;
    quint16 port = 0;
    EmulatorOptions options;
    QString error;    // for Result::Error: one sentence, never containing the token
    QString helpText; // for Result::ShowHelp

    static EmulatorCommandLine parse(const QStringList &arguments, const QString &environmentToken,
                                     const QString &environmentEntraClientSecret = {});
};

} // namespace brickdesk::emulator
