#pragma once

#include "Profile.h"

#include <QAbstractListModel>
#include <QList>

namespace brickdesk {

// The profiles the switcher offers: name, host, environment tag and colour.
class ProfileListModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        NameRole = Qt::UserRole + 1,
        HostRole,
        EnvironmentRole, // EnvironmentTag as int
        EnvironmentLabelRole,
        ColourRole,
        IsProdRole,
        UsableRole,
        IsDemoRole,
    };

    using QAbstractListModel::QAbstractListModel;

    // Replaces the list. Rows whose profile is unchanged are left alone, changed ones report
    // dataChanged, so a reload of .databrickscfg does not disturb the switcher.
    void setProfiles(const QList<Profile> &profiles, const QString &demoProfileName = {});
    const QList<Profile> &profiles() const { return m_profiles; }
    int rowOf(const QString &name) const;
    const Profile *profileAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<Profile> m_profiles;
    QString m_demoProfileName;
};

} // namespace brickdesk
