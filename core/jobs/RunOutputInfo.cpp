#include "RunOutputInfo.h"

#include "JsonFields.h"

#include <QJsonDocument>

namespace brickdesk {

bool RunOutputInfo::isEmpty() const
{
    return !hasNotebookOutput && error.isEmpty() && errorTrace.isEmpty() && logs.isEmpty() &&
           sqlOutputUrl.isEmpty() && info.isEmpty();
}

std::optional<RunOutputInfo> RunOutputInfo::fromJson(const QJsonObject &object, QString *error)
{
    const JsonFields fields(object, QStringLiteral("output"));
    RunOutputInfo output;
    if (fields.has(QStringLiteral("metadata"))) {
        const JsonFields metadata = fields.child(QStringLiteral("metadata"));
        if (fields.ok())
            output.metadata = RunInfo::fromFields(metadata);
    }
    if (fields.has(QStringLiteral("notebook_output"))) {
        const JsonFields notebook = fields.child(QStringLiteral("notebook_output"));
        output.hasNotebookOutput = true;
        output.notebookResult = notebook.string(QStringLiteral("result"));
        output.notebookTruncated = notebook.boolean(QStringLiteral("truncated"));
    }
    output.error = fields.string(QStringLiteral("error"));
    output.errorTrace = fields.string(QStringLiteral("error_trace"));
    output.logs = fields.string(QStringLiteral("logs"));
    output.logsTruncated = fields.boolean(QStringLiteral("logs_truncated"));
    const JsonFields sql = fields.child(QStringLiteral("sql_output"));
    for (const QString &kind : {QStringLiteral("query_output"), QStringLiteral("dashboard_output"),
                                QStringLiteral("alert_output")}) {
        const QString url = sql.child(kind).string(QStringLiteral("output_link"));
        if (!url.isEmpty() && output.sqlOutputUrl.isEmpty())
            output.sqlOutputUrl = url;
    }
    for (const QString &kind : {QStringLiteral("dbt_output"), QStringLiteral("run_job_output"),
                                QStringLiteral("clean_rooms_notebook_output")}) {
        const QJsonObject other = fields.object(kind);
        if (!other.isEmpty() && output.info.isEmpty())
            output.info = kind + QStringLiteral(": ") +
                          QString::fromUtf8(QJsonDocument(other).toJson(QJsonDocument::Indented));
    }
    if (error)
        *error = fields.error();
    if (!fields.ok())
        return std::nullopt;
    return output;
}

} // namespace brickdesk
