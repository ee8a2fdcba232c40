#pragma once

#include <QString>
#include <optional>

namespace brickdesk::dbfspath {

// Reads what a user types or pastes into a DBFS path: "/a/b", "dbfs:/a/b", "dbfs:///a/b" and the
// FUSE form "/dbfs/a/b" all mean /a/b. Repeated and trailing slashes go; "." segments go; ".."
// and empty input are refused with a reason in *error. The root is "/".
std::optional<QString> normalize(const QString &input, QString *error);

QString parentOf(const QString &path); // "/a/b" → "/a"; "/a" → "/"; "/" → "/"
QString nameOf(const QString &path);   // "/a/b.csv" → "b.csv"; "/" → ""
QString join(const QString &folder, const QString &name);
QString toUri(const QString &path);
// Whether `path` is `folder` or lies below it (everything is under "/").
bool isUnder(const QString &path,
             const QString &folder); // "/a/b" → "dbfs:/a/b", the form notebooks and jobs use
// "report.csv" → "report (1).csv", "data" → "data (1)": the "keep both" name for attempt n ≥ 1.
QString numberedName(const QString &name, int n);

} // namespace brickdesk::dbfspath
