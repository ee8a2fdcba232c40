#pragma once

#include <QSortFilterProxyModel>

namespace brickdesk {

// The environment matrix as shown: optionally only rows that differ between the profiles, and
// rows whose scope or key contains a text. Rows come and go as profiles arrive.
class SecretMatrixProxy final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit SecretMatrixProxy(QObject *parent = nullptr);

    void setOnlyDifferences(bool only);
    bool onlyDifferences() const { return m_onlyDifferences; }
    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool m_onlyDifferences = false;
    QString m_text;
};

} // namespace brickdesk
