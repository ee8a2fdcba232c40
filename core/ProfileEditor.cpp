#include "ProfileEditor.h"

#include "ConfigFileWriter.h"
#include "HostUrl.h"
#include "ProfileCatalog.h"
#include "ProfileSettings.h"
#include "TokenStore.h"

namespace brickdesk {

QString validateProfileEdit(const ProfileEdit &edit, const QStringList &existingNames)
{
    if (edit.name.trimmed().isEmpty())
        return QStringLiteral("The profile needs a name.");
    if (!ConfigDocument::isValidSectionName(edit.name))
        return QStringLiteral("A profile name cannot contain '[', ']' or line breaks, or start or end with a space.");
    if (edit.name == QStringLiteral("__settings__") || edit.name == QLatin1String(kEnvironmentProfileName))
        return QStringLiteral("'%1' is a reserved name.").arg(edit.name);
    if (edit.name != edit.originalName && existingNames.contains(edit.name))
        return QStringLiteral("A profile named '%1' already exists.").arg(edit.name);
    const HostUrlResult host = normaliseHostUrl(edit.host);
    if (!host.ok())
        return QStringLiteral("Host: %1.").arg(host.error);
    if (edit.token.contains(u'\n') || edit.token != edit.token.trimmed())
        return QStringLiteral("The token has spaces or line breaks around it; paste it again.");
    return {};
}

namespace {

void writeFileAndSettings(const ProfileEdit &edit, const QString &configPath, bool tokenInKeychain,
                          ProfileSettings &settings, const std::function<void(const QString &)> &done)
{
    const QString host = normaliseHostUrl(edit.host).url;
    const ConfigWriteResult written = ConfigFileWriter::edit(configPath, [&](ConfigDocument &document, QString &error) {
        const bool renaming = !edit.originalName.isEmpty() && edit.originalName != edit.name;
        if (renaming) {
            // Carry every key over to the new name, then drop the old section.
            if (const ConfigDocument::Section *old = document.section(edit.originalName)) {
                const QList<ConfigDocument::Entry> entries = old->entries;
                for (const ConfigDocument::Entry &entry : entries) {
                    if (!document.setValue(edit.name, entry.key, entry.value)) {
                        error = QStringLiteral("cannot copy '%1' to the renamed profile").arg(entry.key);
                        return false;
                    }
                }
                document.removeSection(edit.originalName);
            }
        }
        if (!document.setValue(edit.name, QStringLiteral("host"), host)) {
            error = QStringLiteral("cannot write the host");
            return false;
        }
        // pat is what the SDKs detect from a token, so it is not written out.
        if (!edit.authType.isEmpty() && edit.authType != QStringLiteral("pat") &&
            !document.setValue(edit.name, QStringLiteral("auth_type"), edit.authType)) {
            error = QStringLiteral("cannot write the auth type");
            return false;
        }
        if (tokenInKeychain)
            document.removeKey(edit.name, QStringLiteral("token")); // the keychain holds it now
        return true;
    });
    if (!written.ok()) {
        done(written.error);
        return;
    }
    if (!edit.originalName.isEmpty() && edit.originalName != edit.name) {
        const bool hadKeychainToken = settings.tokenInKeychain(edit.originalName);
        settings.forget(edit.originalName);
        settings.setTokenInKeychain(edit.name, hadKeychainToken || tokenInKeychain);
    }
    settings.setEnvironment(edit.name, edit.environment);
    settings.setColour(edit.name, edit.colour);
    settings.setCaBundlePath(edit.name, edit.caBundlePath);
    if (tokenInKeychain)
        settings.setTokenInKeychain(edit.name, true);
    done(QString());
}

} // namespace

void saveProfile(const ProfileEdit &edit, const QString &configPath, TokenStore &tokens,
                 ProfileSettings &settings, QObject *context, std::function<void(const QString &error)> done)
{
    const bool renaming = !edit.originalName.isEmpty() && edit.originalName != edit.name;
    auto afterToken = [edit, configPath, &settings, done, renaming, &tokens, context](bool tokenWritten) {
        if (renaming && !tokenWritten && settings.tokenInKeychain(edit.originalName)) {
            // Move the keychain entry to the new name before the file changes.
            tokens.readToken(edit.originalName, context, [=, &settings, &tokens](const TokenStoreResult &read) {
                if (!read.ok()) {
                    done(QStringLiteral("cannot read the token to move it: ") + read.error);
                    return;
                }
                tokens.writeToken(edit.name, read.token, context, [=, &settings, &tokens](const TokenStoreResult &write) {
                    if (!write.ok()) {
                        done(QStringLiteral("cannot move the token: ") + write.error);
                        return;
                    }
                    tokens.deleteToken(edit.originalName, context, [](const TokenStoreResult &) {});
                    writeFileAndSettings(edit, configPath, true, settings, done);
                });
            });
            return;
        }
        writeFileAndSettings(edit, configPath, tokenWritten, settings, done);
    };
    if (edit.token.isEmpty()) {
        afterToken(false);
        return;
    }
    tokens.writeToken(edit.name, edit.token, context, [afterToken, done](const TokenStoreResult &result) {
        if (!result.ok()) {
            done(QStringLiteral("the keychain did not store the token, so nothing was saved: ") + result.error);
            return;
        }
        afterToken(true);
    });
}

void removeProfile(const QString &name, const QString &configPath, TokenStore &tokens,
                   ProfileSettings &settings, QObject *context, std::function<void(const QString &error)> done)
{
    const ConfigWriteResult written = ConfigFileWriter::edit(configPath, [&](ConfigDocument &document, QString &error) {
        if (!document.removeSection(name)) {
            error = QStringLiteral("has no profile '%1'").arg(name);
            return false;
        }
        return true;
    });
    if (!written.ok()) {
        done(written.error);
        return;
    }
    const bool hadKeychainToken = settings.tokenInKeychain(name);
    settings.forget(name);
    if (!hadKeychainToken) {
        done(QString());
        return;
    }
    tokens.deleteToken(name, context, [done](const TokenStoreResult &result) {
        done(result.ok() || result.status == TokenStoreResult::Status::NotFound
                 ? QString()
                 : QStringLiteral("the profile was removed but its keychain entry was not: ") + result.error);
    });
}

} // namespace brickdesk
