#include "DeltaSqlText.h"

namespace brickdesk {

QString deltaTableIdentifier(const QString &dbfsUri)
{
    QString quoted = dbfsUri;
    quoted.replace(QLatin1Char('`'), QStringLiteral("``"));
    return QStringLiteral("delta.`") + quoted + QLatin1Char('`');
}

QString selectVersionAsOfSql(const QString &dbfsUri, qint64 version)
{
    // Concatenated, not .arg()-chained: a path may hold "%2", which a second arg() would fill.
    return QStringLiteral("SELECT * FROM ") + deltaTableIdentifier(dbfsUri) +
           QStringLiteral(" VERSION AS OF ") + QString::number(version);
}

QString restoreToVersionSql(const QString &dbfsUri, qint64 version)
{
    return QStringLiteral("RESTORE TABLE ") + deltaTableIdentifier(dbfsUri) +
           QStringLiteral(" TO VERSION AS OF ") + QString::number(version);
}

QString describeHistorySql(const QString &dbfsUri)
{
    return QStringLiteral("DESCRIBE HISTORY ") + deltaTableIdentifier(dbfsUri);
}

} // namespace brickdesk
