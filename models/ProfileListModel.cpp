#include "ProfileListModel.h"

#include "StateColours.h"

#include <QColor>

namespace brickdesk {

namespace {

bool sameForDisplay(const Profile &a, const Profile &b)
{
    return a.name == b.name && a.host == b.host && a.environment == b.environment && a.colour == b.colour &&
           a.problems == b.problems && a.authType == b.authType && a.tokenSource == b.tokenSource;
}

} // namespace

void ProfileListModel::setProfiles(const QList<Profile> &profiles, const QString &demoProfileName)
{
    m_demoProfileName = demoProfileName;
    // Drop rows whose profile is gone, from the bottom up.
    for (int row = static_cast<int>(m_profiles.size()) - 1; row >= 0; --row) {
        const bool kept = std::any_of(profiles.cbegin(), profiles.cend(),
                                      [&](const Profile &p) { return p.name == m_profiles[row].name; });
        if (!kept) {
            beginRemoveRows({}, row, row);
            m_profiles.removeAt(row);
            endRemoveRows();
        }
    }
    // Update the rest in place and append the new ones, keeping the incoming order for new rows.
    for (const Profile &profile : profiles) {
        const int row = rowOf(profile.name);
        if (row >= 0) {
            const bool changed = !sameForDisplay(m_profiles[row], profile);
            m_profiles[row] = profile;
            if (changed)
                Q_EMIT dataChanged(index(row), index(row));
        } else {
            const int last = static_cast<int>(m_profiles.size());
            beginInsertRows({}, last, last);
            m_profiles.append(profile);
            endInsertRows();
        }
    }
}

int ProfileListModel::rowOf(const QString &name) const
{
    for (int row = 0; row < m_profiles.size(); ++row) {
        if (m_profiles[row].name == name)
            return row;
    }
    return -1;
}

const Profile *ProfileListModel::profileAt(int row) const
{
    return row >= 0 && row < m_profiles.size() ? &m_profiles[row] : nullptr;
}

int ProfileListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_profiles.size());
}

QVariant ProfileListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Profile &profile = m_profiles[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return QStringLiteral("%1  [%2]").arg(profile.name, environmentTagLabel(profile.environment));
    case Qt::DecorationRole:
        return colourSwatch(profile.colour);
    case ColourRole:
        return QColor(profile.colour);
    case Qt::ToolTipRole: {
        QString tip = profile.host.isEmpty() ? tr("No host") : profile.host;
        if (!profile.problems.isEmpty())
            tip += QLatin1Char('\n') + profile.problems.join(QLatin1Char('\n'));
        return tip;
    }
    case NameRole:
        return profile.name;
    case HostRole:
        return profile.host;
    case EnvironmentRole:
        return static_cast<int>(profile.environment);
    case EnvironmentLabelRole:
        return environmentTagLabel(profile.environment);
    case IsProdRole:
        return profile.isProd();
    case UsableRole:
        return profile.isUsable();
    case IsDemoRole:
        return !m_demoProfileName.isEmpty() && profile.name == m_demoProfileName;
    default:
        return {};
    }
}

} // namespace brickdesk
