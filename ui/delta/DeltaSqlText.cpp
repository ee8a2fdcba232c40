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
    return QStringLiteral("SELECT * FROM %1 VERSION AS OF %2")
        .arg(deltaTableIdentifier(dbfsUri))
        .arg(version);
}

QString restoreToVersionSql(const QString &dbfsUri, qint64 version)
{
    return QStringLiteral("RESTORE TABLE %1 TO VERSION AS OF %2")
        .arg(deltaTableIdentifier(dbfsUri))
        .arg(version);
}

QString describeHistorySql(const QString &dbfsUri)
{
    return QStringLiteral("DESCRIBE HISTORY %1").arg(deltaTableIdentifier(dbfsUri));
}

} // namespace brickdesk
