#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

namespace brickdesk::sparkSql {

// Spark SQL / Databricks SQL reserved and non-reserved keywords, upper case, sorted.
const QStringList &keywords();
// Built-in function names, lower case, sorted.
const QStringList &functions();
// Type names (INT, BIGINT, STRING, DECIMAL ...), upper case.
const QStringList &typeNames();

// Case-insensitive membership.
bool isKeyword(const QString &word);
bool isFunction(const QString &word);
bool isTypeName(const QString &word);

} // namespace brickdesk::sparkSql
