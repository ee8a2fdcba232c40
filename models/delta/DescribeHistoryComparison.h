#pragma once

#include <QString>
#include <QStringList>
#include <functional>

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

// `rowAvailable` says which result rows are in memory: only those are read, so comparing never
// makes a lazily fetched result fetch anything. Without it every row is read.
DescribeHistoryComparison
compareDescribeHistory(const QAbstractItemModel &result, const DeltaHistory &history,
                       const std::function<bool(int row)> &rowAvailable = {});

} // namespace brickdesk
