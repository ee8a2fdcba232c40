#pragma once

#include <QString>
#include <QStringList>

class QAbstractItemModel;

namespace brickdesk {

class DeltaHistory;

// How DESCRIBE HISTORY's rows (a result grid with "version" and "operation" columns) agree with
// the history read from the log, over the versions both have loaded.
struct DescribeHistoryComparison
{
    int compared = 0;
    int resultRows = 0;
    QStringList differences; // "version 5: WRITE in the log, MERGE from DESCRIBE HISTORY"
    QString problem;         // the result has no version/operation column

    QString summary() const;
};

DescribeHistoryComparison compareDescribeHistory(const QAbstractItemModel &result,
                                                 const DeltaHistory &history);

} // namespace brickdesk
