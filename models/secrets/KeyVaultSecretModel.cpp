#include "KeyVaultSecretModel.h"

#include "KeyVaultClient.h"
#include "SecretFormat.h"
#include "TypedCall.h"

#include <QColor>

namespace brickdesk {

namespace {

QString tagsText(const QMap<QString, QString> &tags)
{
    QStringList parts;
    for (auto it = tags.cbegin(); it != tags.cend(); ++it)
        parts.append(it.value().isEmpty() ? it.key() : it.key() + QLatin1Char('=') + it.value());
    return parts.join(QStringLiteral(", "));
}

qint64 msOf(const QDateTime &time)
{
    return time.isValid() ? time.toMSecsSinceEpoch() : qint64(0);
}

// What the model keeps of an answer: everything but the value.
KeyVaultSecret withoutValue(KeyVaultSecret secret)
{
    secret.value.reset();
    return secret;
}

} // namespace

QString keyVaultExpiryLabel(KeyVaultExpiry expiry)
{
    switch (expiry) {
    case KeyVaultExpiry::Never:
        return KeyVaultSecretModel::tr("never expires");
    case KeyVaultExpiry::Valid:
        return KeyVaultSecretModel::tr("valid");
    case KeyVaultExpiry::ExpiresSoon:
        return KeyVaultSecretModel::tr("expires within 30 days");
    case KeyVaultExpiry::Expired:
        return KeyVaultSecretModel::tr("expired");
    }
    return {};
}

KeyVaultSecretModel::KeyVaultSecretModel(QObject *parent)
    : SecretTableModel(parent)
    , m_now([] { return QDateTime::currentDateTimeUtc(); })
{}

void KeyVaultSecretModel::setClient(KeyVaultClient *client)
{
    ++m_generation;
    m_client = client;
    clearRows();
    forgetLoad();
}

void KeyVaultSecretModel::switchView(View view, const QString &versionsOf)
{
    const bool changed = view != m_view || versionsOf != m_versionsOf;
    if (changed) {
        ++m_generation;
        clearRows();
        forgetLoad();
        m_view = view;
        m_versionsOf = versionsOf;
        Q_EMIT viewChanged(view);
    }
    refresh();
}

void KeyVaultSecretModel::showSecrets()
{
    switchView(View::Secrets, {});
}

void KeyVaultSecretModel::showVersions(const QString &name)
{
    switchView(View::Versions, name);
}

void KeyVaultSecretModel::showDeleted()
{
    switchView(View::Deleted, {});
}

void KeyVaultSecretModel::refresh()
{
    if (!m_client)
        return;
    startLoading();
    const quint64 generation = m_generation;
    auto done = [this, generation](const CallResult<QList<KeyVaultSecret>> &result) {
        listed(generation, result);
    };
    switch (m_view) {
    case View::Secrets:
        m_client->listSecrets(this, done, [this, generation](int count) {
            if (generation == m_generation)
                Q_EMIT progress(count);
        });
        break;
    case View::Versions:
        m_client->listVersions(m_versionsOf, this, done);
        break;
    case View::Deleted:
        m_client->listDeletedSecrets(this, done);
        break;
    }
}

void KeyVaultSecretModel::listed(quint64 generation,
                                 const CallResult<QList<KeyVaultSecret>> &result)
{
    if (generation != m_generation)
        return;
    if (result.ok()) {
        QList<KeyVaultSecret> secrets;
        secrets.reserve(result.value.size());
        for (const KeyVaultSecret &secret : result.value)
            secrets.append(withoutValue(secret));
        replaceAll(std::move(secrets));
    }
    finishLoading(result.ok() ? QString() : result.error.summary());
}

std::function<void(const CallResult<KeyVaultSecret> &)>
KeyVaultSecretModel::action(const QString &failureText, std::function<void(KeyVaultSecret)> onOk)
{
    const quint64 generation = m_generation;
    return [this, generation, failureText, onOk](const CallResult<KeyVaultSecret> &result) {
        if (generation != m_generation)
            return;
        if (!result.ok()) {
            Q_EMIT actionFailed(failureText.arg(result.error.summary()));
            return;
        }
        onOk(withoutValue(result.value));
    };
}

void KeyVaultSecretModel::fetchValue(const QString &name, const QString &version, QObject *context,
                                     ValueHandler handler)
{
    if (!m_client) {
        answerLater<CallResult<QString>>(
            context, invalidInputError(tr("The vault is not connected")), std::move(handler));
        return;
    }
    m_client->getSecret(name, version, context,
                        [handler](const CallResult<KeyVaultSecret> &result) {
                            CallResult<QString> value;
                            value.error = result.error;
                            if (result.ok() && result.value.value)
                                value.value = *result.value.value;
                            handler(value);
                        });
}

void KeyVaultSecretModel::setValue(const QString &name, const QString &value)
{
    if (!m_client)
        return;
    m_client->setSecret(
        name, value, {}, this,
        action(tr("The value of '%1' was not set: %2").arg(name, QStringLiteral("%1")),
               [this, name](KeyVaultSecret secret) {
                   if (m_view == View::Secrets) {
                       secret.version.clear(); // rows of this view name secrets, not versions
                       upsert(secret);
                   } else if (m_view == View::Versions && m_versionsOf == name) {
                       upsert(secret);
                   }
                   Q_EMIT actionSucceeded(tr("A new version of '%1' is now its value.").arg(name));
               }));
}

void KeyVaultSecretModel::setEnabled(const QString &name, const QString &version, bool enabled)
{
    if (!m_client)
        return;
    if (version.isEmpty()) {
        // Properties belong to a version, and list items name none: the newest one is the
        // secret's current value, whose state the list shows.
        const quint64 generation = m_generation;
        m_client->listVersions(
            name, this,
            [this, generation, name, enabled](const CallResult<QList<KeyVaultSecret>> &result) {
                if (generation != m_generation)
                    return;
                if (!result.ok() || result.value.isEmpty()) {
                    Q_EMIT actionFailed(tr("'%1' was not changed: %2")
                                            .arg(name, result.ok() ? tr("it has no versions")
                                                                   : result.error.summary()));
                    return;
                }
                const auto newest =
                    std::max_element(result.value.cbegin(), result.value.cend(),
                                     [](const KeyVaultSecret &a, const KeyVaultSecret &b) {
                                         return a.attributes.created < b.attributes.created;
                                     });
                updateEnabled(name, newest->version, enabled, true);
            });
        return;
    }
    updateEnabled(name, version, enabled, false);
}

void KeyVaultSecretModel::updateEnabled(const QString &name, const QString &version, bool enabled,
                                        bool isCurrent)
{
    KeyVaultSecretProperties properties;
    properties.enabled = enabled;
    m_client->updateSecret(name, version, properties, this,
                           action(tr("'%1' was not changed: %2").arg(name, QStringLiteral("%1")),
                                  [this, name, enabled, isCurrent](KeyVaultSecret secret) {
                                      if (m_view == View::Secrets && isCurrent) {
                                          secret.version.clear();
                                          upsert(secret);
                                      } else if (m_view == View::Versions && m_versionsOf == name) {
                                          upsert(secret);
                                      }
                                      Q_EMIT actionSucceeded(
                                          enabled ? tr("'%1' is enabled.").arg(name)
                                                  : tr("'%1' is disabled.").arg(name));
                                  }));
}

void KeyVaultSecretModel::deleteSecret(const QString &name)
{
    if (!m_client)
        return;
    m_client->deleteSecret(
        name, this,
        action(tr("'%1' was not deleted: %2").arg(name, QStringLiteral("%1")),
               [this, name](const KeyVaultSecret &deleted) {
                   if (m_view == View::Secrets)
                       removeKey(name);
                   else if (m_view == View::Versions && m_versionsOf == name)
                       clearRows();
                   else if (m_view == View::Deleted)
                       upsert(deleted);
                   Q_EMIT actionSucceeded(
                       deleted.scheduledPurgeDate.isValid()
                           ? tr("'%1' deleted; it can be recovered until %2.")
                                 .arg(name, secretformat::shortTime(deleted.scheduledPurgeDate))
                           : tr("'%1' deleted.").arg(name));
               }));
}

void KeyVaultSecretModel::recoverSecret(const QString &name)
{
    if (!m_client)
        return;
    m_client->recoverSecret(name, this,
                            action(tr("'%1' was not recovered: %2").arg(name, QStringLiteral("%1")),
                                   [this, name](KeyVaultSecret secret) {
                                       if (m_view == View::Deleted)
                                           removeKey(name);
                                       else if (m_view == View::Secrets) {
                                           secret.version.clear();
                                           upsert(secret);
                                       }
                                       Q_EMIT actionSucceeded(tr("'%1' recovered.").arg(name));
                                   }));
}

void KeyVaultSecretModel::purgeSecret(const QString &name)
{
    if (!m_client)
        return;
    const quint64 generation = m_generation;
    m_client->purgeSecret(name, this, [this, generation, name](const CallResult<Done> &result) {
        if (generation != m_generation)
            return;
        if (!result.ok()) {
            Q_EMIT actionFailed(tr("'%1' was not purged: %2").arg(name, result.error.summary()));
            return;
        }
        if (m_view == View::Deleted)
            removeKey(name);
        Q_EMIT actionSucceeded(tr("'%1' purged for good.").arg(name));
    });
}

QString KeyVaultSecretModel::keyOf(const KeyVaultSecret &secret) const
{
    return m_view == View::Versions ? secret.version : secret.name;
}

bool KeyVaultSecretModel::sameItem(const KeyVaultSecret &a, const KeyVaultSecret &b) const
{
    const KeyVaultAttributes &x = a.attributes;
    const KeyVaultAttributes &y = b.attributes;
    return a.id == b.id && a.name == b.name && a.version == b.version &&
           a.contentType == b.contentType && a.tags == b.tags && a.managed == b.managed &&
           a.recoveryId == b.recoveryId && a.deletedDate == b.deletedDate &&
           a.scheduledPurgeDate == b.scheduledPurgeDate && x.enabled == y.enabled &&
           x.notBefore == y.notBefore && x.expires == y.expires && x.created == y.created &&
           x.updated == y.updated && x.recoveryLevel == y.recoveryLevel;
}

bool KeyVaultSecretModel::isColumnUsed(int column) const
{
    switch (column) {
    case Version:
        return m_view == View::Versions;
    case DeletedOn:
    case PurgeOn:
        return m_view == View::Deleted;
    case Enabled:
        return m_view != View::Deleted;
    default:
        return column >= 0 && column < ColumnCount;
    }
}

int KeyVaultSecretModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant KeyVaultSecretModel::display(const KeyVaultSecret &secret, int column) const
{
    switch (column) {
    case Name:
        return secret.name;
    case Version:
        return secret.version;
    case Enabled:
        return secret.attributes.enabled ? tr("Enabled") : tr("Disabled");
    case ContentType:
        return secret.contentType;
    case Expires:
        return secret.attributes.expires.isValid()
                   ? secretformat::shortTime(secret.attributes.expires)
                   : tr("never");
    case Updated:
        return secretformat::shortTime(secret.attributes.updated);
    case Tags:
        return tagsText(secret.tags);
    case DeletedOn:
        return secretformat::shortTime(secret.deletedDate);
    case PurgeOn:
        return secretformat::shortTime(secret.scheduledPurgeDate);
    default:
        return {};
    }
}

QVariant KeyVaultSecretModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const KeyVaultSecret &secret = itemAt(index.row());
    const KeyVaultExpiry expiry = keyVaultExpiry(secret.attributes, m_now());
    switch (role) {
    case Qt::DisplayRole:
        return display(secret, index.column());
    case Qt::ForegroundRole:
        if (index.column() == Expires && expiry == KeyVaultExpiry::Expired)
            return QColor(0xc6, 0x28, 0x28);
        if (index.column() == Expires && expiry == KeyVaultExpiry::ExpiresSoon)
            return QColor(0xe6, 0x51, 0x00);
        if (!secret.attributes.enabled && m_view != View::Deleted)
            return QColor(0x75, 0x75, 0x75);
        return {};
    case Qt::BackgroundRole:
        if (index.column() == Expires && expiry == KeyVaultExpiry::Expired)
            return QColor(0xff, 0xeb, 0xee);
        if (index.column() == Expires && expiry == KeyVaultExpiry::ExpiresSoon)
            return QColor(0xff, 0xf3, 0xe0);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Expires)
            return secret.attributes.expires.isValid()
                       ? tr("%1: %2").arg(
                             keyVaultExpiryLabel(expiry),
                             secretformat::longTime(secret.attributes.expires, m_now()))
                       : keyVaultExpiryLabel(expiry);
        if (secret.managed)
            return tr("Backs a certificate: change it through the certificate");
        return secret.id;
    case NameRole:
        return secret.name;
    case VersionRole:
        return secret.version;
    case IdRole:
        return secret.id;
    case EnabledRole:
        return secret.attributes.enabled;
    case ExpiryStateRole:
        return static_cast<int>(expiry);
    case ExpiresRole:
        return secret.attributes.expires;
    case UpdatedRole:
        return secret.attributes.updated;
    case ManagedRole:
        return secret.managed;
    case SortRole:
        switch (index.column()) {
        case Expires:
            // Secrets that never expire sort after every date.
            return secret.attributes.expires.isValid() ? msOf(secret.attributes.expires)
                                                       : std::numeric_limits<qint64>::max();
        case Updated:
            return msOf(secret.attributes.updated);
        case DeletedOn:
            return msOf(secret.deletedDate);
        case PurgeOn:
            return msOf(secret.scheduledPurgeDate);
        default:
            return display(secret, index.column()).toString().toLower();
        }
    default:
        return {};
    }
}

QVariant KeyVaultSecretModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Version:
        return tr("Version");
    case Enabled:
        return tr("State");
    case ContentType:
        return tr("Content type");
    case Expires:
        return tr("Expires");
    case Updated:
        return tr("Updated");
    case Tags:
        return tr("Tags");
    case DeletedOn:
        return tr("Deleted");
    case PurgeOn:
        return tr("Purged on");
    default:
        return {};
    }
}

} // namespace brickdesk
