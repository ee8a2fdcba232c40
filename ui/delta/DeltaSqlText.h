#pragma once

#include <QString>

namespace brickdesk {

// The SQL a user copies for a Delta table at a version. The path is quoted as a delta.`…`
// identifier, with backticks inside doubled.
QString deltaTableIdentifier(const QString &dbfsUri);
QString selectVersionAsOfSql(const QString &dbfsUri, qint64 version);
QString restoreToVersionSql(const QString &dbfsUri, qint64 version);
QString describeHistorySql(const QString &dbfsUri);

} // namespace brickdesk
