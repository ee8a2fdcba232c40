#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

namespace brickdesk {

// A protocol action: the reader and writer versions a table needs and, from reader 3 / writer 7
// on, its table features.
struct DeltaProtocol
{
    int minReaderVersion = 1;
    int minWriterVersion = 2;
    QStringList readerFeatures;
    QStringList writerFeatures;

    // The features a table has: listed ones from reader 3 / writer 7, otherwise the ones the
    // legacy writer version implies (2: appendOnly, invariants; 3: + checkConstraints; 4: +
    // changeDataFeed, generatedColumns; 5: + columnMapping; 6: + identityColumns).
    QStringList effectiveFeatures() const;
    // Listed features this build does not know: a newer writer's table, history still readable.
    QStringList unknownFeatures() const;
};

std::optional<DeltaProtocol> parseDeltaProtocol(const QJsonObject &protocol, QString *error);

// The table features delta-io/delta PROTOCOL.md names (with their -preview spellings).
const QStringList &knownDeltaTableFeatures();

} // namespace brickdesk
