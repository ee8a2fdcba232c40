#include "DescribeHistoryComparison.h"

#include "DeltaHistory.h"

#include <QAbstractItemModel>
#include <QCoreApplication>

namespace brickdesk {

namespace {

int columnNamed(const QAbstractItemModel &model, const QString &name)
{
    for (int column = 0; column < model.columnCount(); ++column) {
        // Headers may carry the type below the name ("version\nBIGINT").
        const QString header = model.headerData(column, Qt::Horizontal).toString();
        if (header.section(QLatin1Char('\n'), 0, 0).trimmed() == name)
            return column;
    }
    return -1;
}

} // namespace

QString DescribeHistoryComparison::summary() const
{
    if (!problem.isEmpty())
        return problem;
    if (compared == 0)
        return QCoreApplication::translate("DescribeHistoryComparison",
                                           "DESCRIBE HISTORY gave %1 rows; none of their versions "
                                           "is loaded from the log yet, so nothing was compared")
            .arg(resultRows);
    // One arg() call each: an operation name could hold "%1".
    if (!differences.isEmpty())
        return QCoreApplication::translate("DescribeHistoryComparison",
                                           "DESCRIBE HISTORY differs from the log at %1 of %2 "
                                           "versions compared: %3")
            .arg(QString::number(differences.size()), QString::number(compared),
                 differences.mid(0, 3).join(QStringLiteral("; ")));
    return QCoreApplication::translate("DescribeHistoryComparison",
                                       "DESCRIBE HISTORY agrees with the log on all %1 versions "
                                       "compared (%2 rows)")
        .arg(QString::number(compared), QString::number(resultRows));
}

DescribeHistoryComparison compareDescribeHistory(const QAbstractItemModel &result,
                                                 const DeltaHistory &history,
                                                 const std::function<bool(int row)> &rowAvailable)
{
    DescribeHistoryComparison comparison;
    const int versionColumn = columnNamed(result, QStringLiteral("version"));
    const int operationColumn = columnNamed(result, QStringLiteral("operation"));
    if (versionColumn < 0 || operationColumn < 0) {
        comparison.problem = QCoreApplication::translate(
            "DescribeHistoryComparison",
            "The result has no version and operation columns to compare");
        return comparison;
    }
    comparison.resultRows = result.rowCount();
    for (int row = 0; row < result.rowCount(); ++row) {
        if (rowAvailable && !rowAvailable(row))
            continue;
        bool ok = false;
        const qint64 version = result.index(row, versionColumn).data().toString().toLongLong(&ok);
        if (!ok)
            continue;
        const int logRow = history.rowOfVersion(version);
        if (logRow < 0)
            continue;
        ++comparison.compared;
        const QString fromLog = history.entryAt(logRow).commit.operation;
        const QString fromSql = result.index(row, operationColumn).data().toString();
        if (fromLog != fromSql)
            comparison.differences.append(
                QCoreApplication::translate("DescribeHistoryComparison",
                                            "version %1: %2 in the log, %3 from DESCRIBE HISTORY")
                    .arg(QString::number(version), fromLog, fromSql));
    }
    return comparison;
}

} // namespace brickdesk
