#pragma once

#include "RunInfo.h"

#include <QJsonObject>
#include <QString>
#include <optional>

namespace brickdesk {

// What runs/get-output returns for one task run: the notebook's exit value, the error and its
// trace, the driver's logs (the service sends at most the first 5 MB of each).
struct RunOutputInfo
{
    std::optional<RunInfo> metadata;
    bool hasNotebookOutput = false;
    QString notebookResult; // dbutils.notebook.exit() value
    bool notebookTruncated = false;
    QString error;
    QString errorTrace;
    QString logs;
    bool logsTruncated = false;
    QString sqlOutputUrl; // sql_output: results live elsewhere; the link is all there is here
    QString info;         // dbt/run job/other outputs, as compact JSON, when there is nothing else

    bool isEmpty() const;

    static std::optional<RunOutputInfo> fromJson(const QJsonObject &object,
                                                 QString *error = nullptr);
};

} // namespace brickdesk
