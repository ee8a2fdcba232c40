#pragma once

#include <QAbstractTableModel>
#include <QStringList>

namespace brickdesk {

// The records of a CSV preview. The first record names the columns (CSV files on DBFS nearly
// always have a header); ragged records show empty cells.
class PreviewTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    using QAbstractTableModel::QAbstractTableModel;

    void setRecords(const QList<QStringList> &records, int columnCount);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QStringList m_header;
    QList<QStringList> m_rows;
    int m_columns = 0;
};

} // namespace brickdesk
