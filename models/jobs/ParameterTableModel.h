#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QMap>
#include <QString>

namespace brickdesk {

// Name/value pairs the user edits before "Run now": job parameters (names fixed by the job) or
// notebook parameters (names free, rows can be added and removed).
class ParameterTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Value,
        ColumnCount
    };

    explicit ParameterTableModel(QObject *parent = nullptr);

    void setParameters(const QMap<QString, QString> &parameters);
    // Names that are not blank, with their values; later rows win over earlier ones.
    QMap<QString, QString> parameters() const;
    // Only the rows whose value differs from what setParameters() gave, plus added rows.
    QMap<QString, QString> changedParameters() const;
    void setNamesEditable(bool editable) { m_namesEditable = editable; }
    bool namesEditable() const { return m_namesEditable; }

    int addRow(const QString &name = {}, const QString &value = {}); // returns the new row
    void removeRowAt(int row);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString name;
        QString value;
    };
    QList<Row> m_rows;
    QMap<QString, QString> m_initial;
    bool m_namesEditable = true;
};

} // namespace brickdesk
