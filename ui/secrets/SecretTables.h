#pragma once

#include <QString>

class QTableView;
class QWidget;

namespace brickdesk::secrettables {

// A read-only, single-row-selection table as the Secrets tabs show their lists.
QTableView *makeTable(QWidget *parent, const QString &accessibleName);
// The `role` data of the selected row's first column; empty without a selection.
QString selectedValue(const QTableView *view, int role);
// Selects (and shows) the row whose first column has `value` under `role`.
bool selectRow(QTableView *view, int role, const QString &value);

} // namespace brickdesk::secrettables
