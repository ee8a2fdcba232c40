#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace brickdesk {

// One job definition found in a text or file, ready for jobs/create or jobs/reset.
struct JobDefinition
{
    QString label;        // "job settings", "default / nightly-etl" (dbx environment / job name)
    QJsonObject settings; // JobSettings
    QStringList warnings; // what was dropped or cannot be resolved here (dbx-only keys, file://)
};

// Reads job definitions that a user pastes or opens: JobSettings themselves (= a jobs/create
// body), a jobs/get answer ({"job_id", "settings"}), a jobs/reset body ({"job_id",
// "new_settings"}), or a dbx deployment file ({"environments": {"<env>": {"workflows" | "jobs":
// [...]}}}). JSON only: dbx's YAML and Jinja files are not read.
namespace jobDefinition {

// Every job definition in `text`; empty with `error` set when there is none or the text is not
// JSON ("line 4, column 12: unterminated string").
QList<JobDefinition> fromText(const QString &text, QString *error);
QList<JobDefinition> fromFile(const QByteArray &bytes, QString *error);

// Exactly one definition; a deployment file with several jobs is an error naming them.
std::optional<JobDefinition> single(const QString &text, QString *error);

// What "New job" starts from: one notebook task on a small job cluster.
QJsonObject newJobTemplate();

// The text the editor shows for settings: indented JSON, keys sorted.
QString toText(const QJsonObject &settings);

// Basic checks before sending, for messages the user can act on at once (the service checks the
// rest): tasks is a list of objects with a task_key, name is text, and so on.
QString checkSettings(const QJsonObject &settings);

} // namespace jobDefinition

} // namespace brickdesk
