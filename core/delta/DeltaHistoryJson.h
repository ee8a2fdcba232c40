#pragma once

#include "DeltaHistory.h"

#include <QJsonObject>

namespace brickdesk {

// One history row with DESCRIBE HISTORY's column names and meaning: version, timestamp (ISO 8601,
// UTC, milliseconds), userId, userName, operation, operationParameters and operationMetrics
// (string to string, as the map<string,string> columns are), job, notebook, clusterId,
// readVersion, isolationLevel, isBlindAppend, userMetadata, engineInfo. A field the commit does
// not have is null. Beside them, named so they cannot be mistaken for DESCRIBE HISTORY's:
// commitInfoTimestamp, filesAdded, filesRemoved, bytesAdded, bytesRemoved.
QJsonObject deltaHistoryEntryJson(const DeltaHistoryEntry &entry);

// The same as one line of compact JSON with the keys in DESCRIBE HISTORY's column order
// (QJsonObject would sort them).
QByteArray deltaHistoryEntryJsonLine(const DeltaHistoryEntry &entry);

// A map<string,string> column from the commit's object: strings stay, other values become their
// JSON text, null stays null.
QJsonObject stringMap(const QJsonObject &object);

} // namespace brickdesk
