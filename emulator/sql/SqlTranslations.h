#pragma once

#include "SqlPlan.h"

#include <QString>

namespace brickdesk::emulator {

// Databricks statements SQLite does not have, planned as queries over SQLite's catalog (with
// the column types Databricks answers) or as checks:
//   SHOW TABLES [IN|FROM [catalog.]schema] [[LIKE] 'pattern']  → database, tableName, isTemporary
//   SHOW SCHEMAS|DATABASES [[LIKE] 'pattern']                  → databaseName
//   SHOW CATALOGS [[LIKE] 'pattern']                           → catalog
//   SHOW COLUMNS IN|FROM table [IN|FROM schema]                → col_name
//   DESCRIBE [TABLE] [EXTENDED] name                           → col_name, data_type, comment
//   DESCRIBE HISTORY delta.`path` [LIMIT n]                    → see SqlDeltaHistory.h
//   USE [CATALOG|SCHEMA|DATABASE] name                         → nothing; the name must exist
// Each fills `plan` (sql, fixedTypes, requiredSchema, failureWhenEmpty) or sets plan->failure.
void planShow(SqlPlan *plan, const QString &statement, const QString &currentSchema);
void planDescribe(SqlPlan *plan, const QString &statement);
void planUse(SqlPlan *plan, const QString &statement);

} // namespace brickdesk::emulator
