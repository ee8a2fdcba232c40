#include "SecretTables.h"

#include <QHeaderView>
#include <QTableView>

namespace brickdesk::secrettables {

QTableView *makeTable(QWidget *parent, const QString &accessibleName)
{
    auto *view = new QTableView(parent);
    view->setAccessibleName(accessibleName);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setHighlightSections(false);
    view->setWordWrap(false);
    view->setAlternatingRowColors(true);
    return view;
}

QString selectedValue(const QTableView *view, int role)
{
    const QModelIndexList rows =
        view->selectionModel() ? view->selectionModel()->selectedRows() : QModelIndexList();
    return rows.isEmpty() ? QString() : rows.first().data(role).toString();
}

bool selectRow(QTableView *view, int role, const QString &value)
{
    QAbstractItemModel *model = view->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (index.data(role).toString() == value) {
            view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                               QItemSelectionModel::Rows);
            view->scrollTo(index);
            return true;
        }
    }
    return false;
}

} // namespace brickdesk::secrettables
